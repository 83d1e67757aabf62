"""Header and structure parsing: the seed's sections and benchmarks against the gold file,
header fields of real cables, and a parser that never raises."""
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.models import Document
from extractor.repair import repair

from conftest import load_json


def parse(pipeline, text, name="x.txt"):
    return pipeline.parse(Document(text=text, source_path=name, source_format="text")).structure


def figures_of(pipeline, text):
    return pipeline.process(Document(text=text, source_path="x.txt", source_format="text"))[1]


def test_seed_sections_and_benchmarks_match_gold(pipeline, seed_text, shared):
    gold = load_json(shared / "gold" / "seed.structure.json")
    got = parse(pipeline, seed_text)
    assert [s.letter for s in got.sections] == [s["letter"] for s in gold["sections"]]
    assert sum(len(s.benchmarks) for s in got.sections) == 16
    for gs, s in zip(gold["sections"], got.sections):
        assert s.title == gs["title"] and abs(s.start - gs["offset"]) <= 3
        for gb, b in zip(gs["benchmarks"], s.benchmarks):
            assert b.id == gb["id"]
            assert abs(b.request.start - gb["request_offset"]) <= 3
            assert b.response is not None and abs(b.response.start - gb["response_offset"]) <= 6


BENCHMARKS_THEN_COMMENT = """1. (SBU) Post presented these benchmarks:

A. Coca reduction:

1) The USG asked the GOB to eradicate 5,000 hectares.

----- The GOB eradicated 2,900 hectares.

B. Interdiction:

1) The USG asked the GOB to seize more cocaine.

----- FELCN seized 12.4 MT.

2. (SBU) Comment: The GOB cut 15 percent from the budget.
"""


def test_a_numbered_paragraph_after_the_sections_is_in_none(pipeline):
    text = BENCHMARKS_THEN_COMMENT
    got = parse(pipeline, text)
    assert got.sections[-1].end == text.index("2. (SBU)")
    assert got.sections[-1].benchmarks[-1].response.end <= text.index("2. (SBU)")
    fs = figures_of(pipeline, text)
    assert [(f.text, f.section, f.part) for f in fs][-2:] == [("12.4 MT", "B.1", "response"), ("15 percent", None, None)]


def test_items_numbered_in_brackets(pipeline):
    text = BENCHMARKS_THEN_COMMENT.replace("1) The USG", "(1) The USG")
    got = parse(pipeline, text)
    assert [b.id for s in got.sections for b in s.benchmarks] == ["A.1", "B.1"]
    assert text[got.sections[0].benchmarks[0].request.start:].startswith("(1) The USG")
    fs = figures_of(pipeline, text)
    assert [(f.text, f.section, f.part) for f in fs][:2] == [("5,000 hectares", "A.1", "request"), ("2,900 hectares", "A.1", "response")]


def test_items_in_brackets_and_short_dashes_without_line_breaks(pipeline):
    text = ("1. (U) Below are the benchmarks. A. Marijuana eradication: (1) The USG asked the GOP to eradicate "
            "1,500 hectares in 2008. -- Status: SENAD eradicated 1,120 hectares. (2) The USG asked the GOP to "
            "destroy 500 MT. -- Status: SENAD destroyed 312 MT. B. Money laundering: (1) The USG asked the GOP "
            "to pass a law. -- Status: it passed on July 15, 2008, with 5-10 years in prison.")
    fs = figures_of(pipeline, text)
    assert [(f.text, f.section, f.part) for f in fs if f.kind != "date"] == [
        ("1,500 hectares", "A.1", "request"), ("1,120 hectares", "A.1", "response"), ("500 MT", "A.2", "request"),
        ("312 MT", "A.2", "response"), ("5-10 years", "B.1", "response")]


@pytest.mark.parametrize("label", ["Response:", "GOE Response:", "-- Status:", "GOP Action:", "Progress:", "-- Assessment:",
                                   "GOC response:", "GOB status:"])
def test_a_label_opens_the_response(pipeline, label):
    text = BENCHMARKS_THEN_COMMENT.replace("----- ", label + " ")
    got = parse(pipeline, text)
    b = got.sections[0].benchmarks[0]
    assert not b.response_uncertain and text[b.response.start:].startswith(label)


def test_items_numbered_like_paragraphs_answered_after_an_agency_s_label(pipeline):
    text = ("1. (U) The benchmarks follow.\nA. Coca reduction:\n1. The USG asked the GOC to spray 130,000 hectares.\n"
            "GOC response: The GOC sprayed 133,496 hectares.\n2. The USG asked the GOC to extradite 150 traffickers.\n"
            "GOC response: The GOC extradited 208.\nB. Interdiction:\n1. The USG asked the GOC to seize 200 MT.\n"
            "GOC response: It seized 245 MT.\n2. (U) Comment: all were met.\n")
    fs = figures_of(pipeline, text)
    assert [(f.text, f.section, f.part) for f in fs] == [
        ("130,000 hectares", "A.1", "request"), ("133,496 hectares", "A.1", "response"), ("150", "A.2", "request"),
        ("208", "A.2", "response"), ("200 MT", "B.1", "request"), ("245 MT", "B.1", "response")]


@pytest.mark.parametrize("text,expected", [
    ("A. Eradication\n\nBenchmark 1: The GOP will eradicate 10,000 hectares of coca.\n\nResult: CORAH eradicated 10,025 hectares.\n\n"
     "Benchmark 2: The GOP will eradicate 500 hectares of poppy.\n\nResult: Police eradicated 80 hectares.\n\n"
     "B. Interdiction\n\nBENCHMARK 1: SEIZE 20 MT OF COCAINE.\n\nRESULTS: DIRANDRO SEIZED 27.8 MT.\n",
     [("10,000 hectares", "A.1", "request"), ("10,025 hectares", "A.1", "response"), ("500 hectares", "A.2", "request"),
      ("80 hectares", "A.2", "response"), ("20 MT", "B.1", "request"), ("27.8 MT", "B.1", "response")]),
    ("A. Eradication\n\nBenchmark: Eradicate 160,000 hectares of coca.\n\nStatus: The GOC sprayed 133,496 hectares.\n\n"
     "Benchmark: Eradicate 500 hectares of poppy.\n\nStatus: Police eradicated 80 hectares.\n\n"
     "B. Extradition\n\nRequest: Extradite 150 persons.\n\nResponse: The GOC extradited 208 persons.\n",
     [("160,000 hectares", "A.1", "request"), ("133,496 hectares", "A.1", "response"), ("500 hectares", "A.2", "request"),
      ("80 hectares", "A.2", "response"), ("150", "B.1", "request"), ("208", "B.1", "response")]),
], ids=["named-benchmark-and-a-number-answered-after-a-result-label", "unnumbered-benchmark-or-request-in-sequence"])
def test_items_named_benchmark_or_request_and_answered_after_a_label(pipeline, text, expected):
    assert [(f.text, f.section, f.part) for f in figures_of(pipeline, text)] == expected


def test_numbered_paragraphs_inside_sections_stay_in_them(pipeline):
    text = ("A. Eradication\n\n1. (U) The GOB eradicated 2,900 hectares.\n\n2. (U) It uprooted 30 percent more.\n\n"
            "B. Interdiction\n\n3. (U) FELCN seized 12.4 MT.\n\n4. (U) Seizures rose 20 percent.\n")
    fs = figures_of(pipeline, text)
    assert [f.section for f in fs] == ["A", "A", "B", "B"]


def test_seed_h1_response_without_dashes_is_uncertain(pipeline, seed_text):
    got = parse(pipeline, seed_text)
    h1 = [b for s in got.sections for b in s.benchmarks if b.id == "H.1"][0]
    assert h1.response_uncertain and seed_text[h1.response.start:].startswith("For the first time, in 2007")
    a1 = got.sections[0].benchmarks[0]
    assert not a1.response_uncertain


def _benchmark_texts(text, structure):
    """Each benchmark's id and the first words of its request and its response."""
    def words(span):
        return " ".join(text[span.start:span.end].split()[:6]).upper() if span else None
    return [(b.id, words(b.request), words(b.response)) for sec in structure.sections for b in sec.benchmarks]


_FORMS = {"capitals": str.upper, "line breaks lost": lambda t: " ".join(t.split()),
          "both": lambda t: " ".join(t.split()).upper()}


@pytest.mark.parametrize("form", list(_FORMS))
def test_seed_benchmarks_in_capitals_and_without_line_breaks(pipeline, seed_text, form):
    """A cable in capitals, or one whose line breaks were lost, has the same sections, items,
    requests and responses."""
    text = _FORMS[form](seed_text)
    want = _benchmark_texts(seed_text, parse(pipeline, seed_text))
    assert len(want) == 16
    assert _benchmark_texts(text, parse(pipeline, text)) == want


def test_cable_without_header_has_null_fields(pipeline, seed_text):
    got = parse(pipeline, seed_text)
    assert got.identifier is None and got.subject is None and got.tags == [] and got.created is None
    assert got.paragraphs[0].number == 1 and got.paragraphs[0].marking == "(SBU)"


@pytest.mark.parametrize("name,field,expected", [
    ("07KABUL1154.txt", "classification", "CONFIDENTIAL"),
    ("07KABUL1154.txt", "subject", "AEF FINISHES ERADICATION IN HELMAND; URUZGAN A POSSIBLE NEXT TARGET"),
    ("07KABUL1154.txt", "tags", ["SNAR", "PREL", "KCRM", "AF"]),
    ("07KABUL1154.txt", "references", ["07KABUL1131"]),
    ("07KABUL1154.txt", "classified_by", ["Richard B. Norland"]),
    ("07KABUL1154.txt", "nondisclosure_deadline", "2017-04-07"),
    ("08QUITO99.txt", "references", ["07QUITO2570", "07QUITO2233", "07QUITO2434"]),
    ("08BOGOTA4499.txt", "created", "2008-12-19 19:27"),
    ("08BOGOTA4499.txt", "origin", "Embassy Bogota"),
    ("06LIMA4566.txt", "subject", "NAS MONTHLY REPORT, NOVEMBER 2006"),
    ("04ABUJA1655.txt", "signed_by", ["CAMPBELL"]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 25 else None)
def test_header_fields_of_real_cables(pipeline, shared, name, field, expected):
    from extractor.readers import read_path
    got = pipeline.parse(next(read_path(shared / "texts" / name))).structure
    assert getattr(got, field) == expected


TELEGRAM_1976 = """CONFIDENTIAL
PAGE 01  CARACA 04512  01 OF 02  121530Z
ACTION ARA-10
R 121500Z MAY 76
FM AMEMBASSY CARACAS
TO SECSTATE WASHDC 4512
C O N F I D E N T I A L SECTION 1 OF 2 CARACAS 4512
E.O. 11652: GDS
TAGS: ENRG, EINV, VE
SUBJECT: OIL NATIONALIZATION: FIRST QUARTER RESULTS
1. SUMMARY: PETROVEN PRODUCED 2.25 MILLION B/D IN FIRST QUARTER 1976.
"""


def test_telegram_whose_page_line_follows_its_classification(pipeline):
    got = parse(pipeline, TELEGRAM_1976)
    assert (got.identifier, got.origin, got.created) == ("76CARACAS4512", "Embassy Caracas", "1976-05-12 15:00")


@pytest.mark.parametrize("post,identifier", [("DACCA", "77DACCA1288"), ("TEHRAN", "77TEHRAN1288"), ("SAIGON", "77SAIGON1288"),
                                              ("ACCRA", "77ACCRA1288")],
                         ids=["dacca-is-no-accra", "tehran", "saigon", "accra"])
def test_posts_of_the_1970s_by_their_names_then(pipeline, post, identifier):
    text = f"R 141530Z MAR 77\nFM AMEMBASSY {post}\nTO SECSTATE WASHDC 4411\nBT\nUNCLAS {post} 1288\n\nSUBJECT: FOODGRAIN\n\n1. TEXT.\n"
    assert parse(pipeline, text).identifier == identifier


def test_identifier_from_file_name(pipeline, shared):
    text = (shared / "texts" / "09HAVANA308.txt").read_text()
    got = pipeline.parse(Document(text=text, source_path="09HAVANA308.txt", source_format="text",
                                  identifier="09HAVANA308")).structure
    assert got.identifier == "09HAVANA308" and got.classification == "CONFIDENTIAL"


def test_repair_keeps_offsets_and_fixes_quotes(seed_text):
    rep = repair(seed_text)
    assert len(rep.text) == len(seed_text)
    i = seed_text.index("&coca insignificant8")
    assert rep.text[i:i + 20] == '"coca insignificant"'
    assert "Peru's burdensome" in rep.text


def test_repair_offset_map_for_entities():
    raw = "CROCKER&#8217;S team seized 5 kilos"
    rep = repair(raw)
    assert rep.text.startswith("CROCKER'S")
    i = rep.text.index("5 kilos")
    assert raw[rep.to_raw(i):rep.to_raw(i + 7)] == "5 kilos"


def test_repair_joins_a_figures_word_broken_at_a_lines_end(pipeline):
    raw = "INFLATION ROSE 15 PER-\nCENT &amp; GDP 2.5 MIL-\n  LION; 5 tons of cocaine-\nbase; a long-\nterm plan"
    rep = pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")).repaired
    assert rep.text == "INFLATION ROSE 15 PERCENT & GDP 2.5 MILLION; 5 tons of cocaine-\nbase; a long-\nterm plan"
    i = rep.text.index("15 PERCENT")
    assert raw[rep.to_raw(i):rep.to_raw(i + 10)] == "15 PER-\nCENT"
    j = rep.text.index("2.5 MILLION")
    assert raw[rep.to_raw(j):rep.to_raw(j + 11)] == "2.5 MIL-\n  LION"
    figs = [(f.kind, f.value, f.text) for f in pipeline.extractor.extract(
        pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")))]
    assert figs[:2] == [("percent", 15, "15 PER-\nCENT"), ("quantity", 2500000, "2.5 MIL-\n  LION")]
    rep = pipeline.parser.parse(Document(text="seized ab-\nout 2,000 kilos; a well-\nknown 5", source_path="x.txt",
                                         source_format="text")).repaired
    assert rep.text == "seized about 2,000 kilos; a well-\nknown 5"  # (a qualifier before a number, too)
    rep = pipeline.parser.parse(Document(text="WITH MI-\nNIMUM OF POUNDS 2.50", source_path="x.txt", source_format="text")).repaired
    assert rep.text == "WITH MINIMUM OF POUNDS 2.50"  # (a word of a qualifier of several)
    raw = "Path remnan-\nts number 300-500; the remnants are weak; 5 tons of cocaine-\nbase; a hectar-\nes count; CO-\nMPARED"
    rep = pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")).repaired
    # (a word the text writes whole elsewhere, or one the rules name; a compound stays; a word
    # broken is joined before a lost letter is looked for in its first half)
    assert rep.text == "Path remnants number 300-500; the remnants are weak; 5 tons of cocaine-\nbase; a hectares count; COMPARED"
    raw = "162 MILLION DOL-\nLARS for six to ei-\nght weeks in Mar-\nch 2009; wait times aver-\naged 21 days"
    got = [(f.kind, f.value, f.value_max, f.unit) for f in pipeline.extractor.extract(
        pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")))]
    # (a scale word between, a number word, a month; and `aged` ending a broken word is no age)
    assert got == [("money", 162000000, None, "USD"), ("duration", 6, 8, "week"), ("date", "2009-03", None, None),
                   ("duration", 21, None, "day")]


def test_repair_joins_two_pieces_of_no_word_broken_at_a_lines_end(pipeline):
    raw = "Visits rose by a fac-\ntor of three to 9 million; ad-\nults (50+) were 40 percent; a cocaine-\nbase lab; a two-\nyear plan; Gov-\nernment; Al-\nQaida"
    rep = pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")).repaired
    # (pieces that are no words join; a word the rules know, `cocaine`, `two`, or a name's capitals, stay)
    assert rep.text == ("Visits rose by a factor of three to 9 million; adults (50+) were 40 percent; a cocaine-\nbase lab; "
                        "a two-\nyear plan; Government; Al-\nQaida")
    figs = [(f.kind, f.value) for f in pipeline.extractor.extract(pipeline.parser.parse(Document(text=raw, source_path="x.txt",
                                                                                                  source_format="text")))]
    assert figs == [("quantity", 9000000), ("percent", 40), ("duration", 2)]


@pytest.mark.parametrize("raw,clean,figure", [
    ("Inflation was 12 percet last year.", "Inflation was 12 percent last year.", ("percent", 12, "percent", "12 percet")),
    ("The army eradicated 5,000 HECTRES of coca.", "The army eradicated 5,000 HECTARES of coca.", ("quantity", 5000, "ha", "5,000 HECTRES")),
    ("Police seized 300 Kilgrams of cocaine.", "Police seized 300 Kilograms of cocaine.", ("quantity", 300, "kg", "300 Kilgrams")),
    ("It was 19,226 metic tons of food.", "It was 19,226 metric tons of food.", ("quantity", 19226, "t", "19,226 metic tons")),
    ("The fine was 500 dolars.", "The fine was 500 dollars.", ("money", 500, "USD", "500 dolars")),
    ("A total of 19,226 metric tonsof food aid", "A total of 19,226 metric tons of food aid", ("quantity", 19226, "t", "19,226 metric tons")),
    ("It rose 4.5\npercentin 2007", "It rose 4.5\npercent in 2007", ("percent", 4.5, "percent", "4.5\npercent")),
    ("The goal of 10,000 hctby 2008 was met.", "The goal of 10,000 hct by 2008 was met.", ("quantity", 10000, "ha", "10,000 hct")),
    ("Output reached 19.2 millionmetric tons.", "Output reached 19.2 million metric tons.", ("quantity", 19.2e6, "t", "19.2 millionmetric tons")),
    ("Lukoil will spend 6.5 billiondollars.", "Lukoil will spend 6.5 billion dollars.", ("money", 6.5e9, "USD", "6.5 billiondollars")),
    ("LIBOR plus 110 basis pointsand runs", "LIBOR plus 110 basis points and runs", ("quantity", 110, "bp", "110 basis points")),
    ("It was 28,900 hain 2007.", "It was 28,900 ha in 2007.", ("quantity", 28900, "ha", "28,900 ha")),
    ("It fell 10 percentagepoints.", "It fell 10 percentage points.", ("percent", 10, "percent", "10 percentagepoints")),
    ("It costs Rs 1.2 lakh croe in all.", "It costs Rs 1.2 lakh crore in all.", ("money", 1.2e12, "INR", "Rs 1.2 lakh croe")),
    ("It was 19,703 metric tonsworth Bs. 1.1 billion.", "It was 19,703 metric tons worth Bs. 1.1 billion.", ("quantity", 19703, "t", "19,703 metric tons")),
], ids=["a-letter-lost-in-percent", "in-hectares-in-capitals", "in-kilograms-capitalised", "in-metric-before-tons",
        "in-a-currency", "a-space-lost-after-a-unit", "a-space-lost-after-a-unit-on-the-next-line", "a-space-lost-after-a-unit-of-three-letters",
        "a-space-lost-after-a-scale-word-before-a-unit", "before-a-currency", "after-the-last-word-of-a-unit",
        "after-a-unit-of-two-letters", "the-words-of-a-unit-of-two-glued", "a-letter-lost-in-a-scale-word-after-another", "worth-glued-after-a-unit"])
def test_repair_restores_a_figure_s_word_that_lost_a_letter_or_the_space_after_it(pipeline, raw, clean, figure):
    parsed = pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text"))
    assert parsed.repaired.text == clean
    f = pipeline.extractor.extract(parsed)[0]
    assert (f.kind, f.value, f.unit, f.text) == figure
    assert raw[f.start:f.end] == f.text and "text repaired nearby" in f.flags


def test_a_month_s_name_that_lost_a_letter_is_read_and_flagged(pipeline):
    raw = "Containers arrived between Jnuary and April 2008; on Decmber 12, 2008 the law passed; Septembr 2009; the Set 2008 plan."
    figs = pipeline.extractor.extract(pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")))
    assert [(f.value, f.value_max, "text repaired nearby" in f.flags) for f in figs] == [
        ("2008-01", "2008-04", True), ("2008-12-12", None, True), ("2009-09", None, True), ("2008", None, False)]


@pytest.mark.parametrize("raw", ["He found 3 copper mines.", "He has 2 ears and 10 ponds.", "Some 5 tones sounded; 3 aces won", "The 20 lotion bottles", "In 2008 years of",
                                 "It took 3 dyas.", "A 4 percentage rise"],
                         ids=["a-currency-s-code-and-a-short-word-that-make-a-word", "words-in-their-own-right", "more-of-them", "a-unit-and-a-short-word-that-make-a-word",
                              "a-figure-s-word-whole", "a-word-of-three-letters-lost-one", "a-longer-word-is-no-unit-lost-a-letter"])
def test_repair_leaves_words_that_only_look_like_a_figure_s_word_lost_a_letter(pipeline, raw):
    assert pipeline.parser.parse(Document(text=raw, source_path="x.txt", source_format="text")).repaired.text == raw


def test_repair_leaves_no_space_the_two_regex_engines_read_differently():
    """Rules run on `re` or `regex`, whichever is faster for each (`extractor.rx`). The engines
    agree on `\\w` and `\\d` over ASCII, and on `\\s` everywhere but the four separator controls,
    which the repair turns into spaces."""
    import re

    import regex
    def differ(k, chars):
        return [ch for ch in chars if bool(re.fullmatch(k, ch)) != bool(regex.fullmatch(k, ch))]
    ascii_chars = [chr(c) for c in range(128)]
    assert differ(r"\w", ascii_chars) == differ(r"\d", ascii_chars) == []
    spaces = differ(r"\s", [chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000])
    assert spaces == ["\x1c", "\x1d", "\x1e", "\x1f"]
    assert repair("a" + "".join(spaces) + "1").text == "a    1"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_repair_and_parser_never_raise(pipeline, text):
    rep = repair(text)
    assert rep.to_raw(len(rep.text)) <= len(text)
    parse(pipeline, text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["A. Title:", "1) The USG asked", "-----", "\n", "2) ", "B. Next", "SUBJECT: x", "REF: A. LIMA 1",
                                 "1. (C) text", "&quoted8", "Peru,s", "TAGS: PREL", " 500 hct ", "E.O. 12958: DECL: 1/2/2019"]),
                max_size=40))
def test_parser_never_raises_on_cable_like_text(pipeline, parts):
    parse(pipeline, " ".join(parts))


_OLD_SIPDIS = __import__("regex").compile(r"(?:\n[ \t]*)*\n[ \t]*SIPDIS[ \t]*(?=\n)|\A[ \t]*SIPDIS[ \t]*\n")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\n", " ", "\t", "SIPDIS", "x", "SIPDIS\n", "\n\n"]), max_size=25))
@example(["\n", " ", "\n", "SIPDIS", "\n", "\n", "SIPDIS", "\n"])
def test_sipdis_lines_go_with_the_blank_lines_before_them(parts):
    """Found at the SIPDIS line and widened backwards, as the pattern that starts at each blank line did."""
    from extractor.header import _drop_sipdis
    text = "".join(parts)
    assert _drop_sipdis(text) == _OLD_SIPDIS.sub("", text)


_DOTTED_ITEMS = """1. (U) Below are the benchmarks and the GOP's progress to date.

A. Marijuana eradication:

1. The USG asked the GOP to eradicate at least 1,500 hectares of
marijuana in 2008.

-- Status: SENAD eradicated 1,120 hectares through September.

2. The USG asked the GOP to destroy 500 MT of processed marijuana.

-- Status: SENAD destroyed 312 MT.

B. Money laundering:

1. The USG asked the GOP to pass an anti-money laundering law.

-- Status: Congress passed the law; it provides 5-10 years in prison.

2. (U) Comment: SENAD's budget of USD 3.4 million is 40 percent below plan. End comment.
"""


def test_benchmark_items_numbered_like_paragraphs(pipeline):
    """`1. The USG asked ...` inside a lettered section, answered after a label: items, not
    paragraphs; the paragraph after them (`2. (U) Comment`) ends the last section."""
    got = parse(pipeline, _DOTTED_ITEMS)
    assert [(s.letter, [b.id for b in s.benchmarks]) for s in got.sections] == [("A", ["A.1", "A.2"]), ("B", ["B.1"])]
    assert [p.number for p in got.paragraphs] == [1, 2]
    figs = pipeline.process(Document(text=_DOTTED_ITEMS, source_path="x.txt", source_format="text"))[1]
    assert [(f.value, f.section, f.part) for f in figs if f.kind != "date"] == [
        (1500, "A.1", "request"), (1120, "A.1", "response"), (500, "A.2", "request"), (312, "A.2", "response"),
        (5, "B.1", "response"), (3400000, None, None), (40, None, None)]


@pytest.mark.parametrize("opener", ["{}) ", "({}) "], ids=["a-letter-and-a-bracket", "a-letter-in-brackets"])
def test_sections_lettered_with_brackets_hold_benchmarks(pipeline, opener):
    """`A) Marijuana eradication:` heads a section as `A.` does, where its items are answered."""
    text = _DOTTED_ITEMS.replace("A. ", opener.format("A")).replace("B. ", opener.format("B"))
    got = parse(pipeline, text)
    assert [(s.letter, [b.id for b in s.benchmarks]) for s in got.sections] == [("A", ["A.1", "A.2"]), ("B", ["B.1"])]


def test_a_list_lettered_with_brackets_is_no_section(pipeline):
    text = ("1. (C) The plan has two parts:\n\nA) Increase the size of the police force and\nsend 2,000 officers south.\n\n"
            "B) Spend more on the training of police and\nbuy 300 trucks.\n\n2. (C) Comment: It costs USD 20 million.\n")
    assert parse(pipeline, text).sections == []


@pytest.mark.parametrize("case", [str, str.upper], ids=["mixed-case", "capitals"])
def test_lettered_points_whose_sentences_go_on_in_the_next_line_are_no_sections(pipeline, case):
    text = case("1. (U) The main measures announced were:\n\n"
                "A. The government will raise the value added tax rate and cut\ncapital spending by 20 percent.\n\n"
                "B. Public sector wages will rise in April, costing the budget an\nadditional 300 million.\n\n"
                "2. (U) The deficit is projected at 9.4 percent of GDP.\n")
    assert parse(pipeline, text).sections == []


def test_a_lettered_title_over_its_text_in_the_next_line_is_a_section(pipeline):
    text = ("1. (U) Post reports as follows.\n\nA. Eradication\nThe GOC sprayed 133,496 hectares.\n\n"
            "B. Interdiction:\nThe GOC seized 198 MT.\n")
    assert [(s.letter, s.title) for s in parse(pipeline, text).sections] == [("A", "Eradication"), ("B", "Interdiction")]


def test_paragraphs_under_lettered_headings_are_no_items(pipeline):
    text = ("A. Introduction:\n\n1. The Embassy hosted 40 guests.\n\n2. The Ambassador spoke.\n\n"
            "B. Outlook:\n\n3. Growth will reach 5 percent.\n")
    got = parse(pipeline, text)
    assert [b.id for s in got.sections for b in s.benchmarks] == []
    assert [p.number for p in got.paragraphs] == [1, 2, 3]


def test_a_paragraph_number_without_its_full_stop_before_a_marking(pipeline):
    text = ("SUBJECT: IRAQ: SECURITY UPDATE\n\n1.(S//NF) Attacks fell to 25 a day.\n\n2. (C/NF) 12 IEDs were found.\n\n"
            "3 (C) 3 police died in Mosul.\n\n4. 4 soldiers were wounded.\n\nThe 5 (U) rule is no paragraph.\n")
    paras = parse(pipeline, text).paragraphs
    assert [(p.number, p.marking) for p in paras] == [(1, "(S//NF)"), (2, "(C/NF)"), (3, "(C)"), (4, None)]
    fs = figures_of(pipeline, text)
    assert [(f.value, f.paragraph) for f in fs] == [(25, 1), (12, 2), (3, 3), (4, 4), (5, 4)]
