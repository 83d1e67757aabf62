"""Load and validate the rule and lexicon files in patterns/.

Every file is validated by a pydantic schema that forbids unknown keys; a surface form claimed
twice (two units for `mt`, two currencies for `$`) is rejected, so adding a unit or a currency is
a data change that cannot silently shadow another one.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extractor.errors import BadRuleFile

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "patterns"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UnitRule(Strict):
    id: str
    unit: str
    dimension: str
    to_base: float | None
    forms: list[str]
    case_sensitive: list[str] = []
    rate_forms: list[str] = []  # forms read only as the unit of a rate (`$1.50 a pound`), not after an amount
    compound: bool = True  # false: no unit after a hyphen (`a 180-degree turn` is a figure of speech)
    scale_above: tuple[float, float] | None = None  # [n, s]: after a number above n, the scale is s (`450 MB/D` is thousands)
    max_value: float | None = None  # no number above it is of this unit (`3,000 degrees awarded` counts degrees)
    per: str | None = None
    scale: float | None = None


class DurationRule(Strict):
    id: str
    unit: str
    to_years: float
    forms: list[str]
    scale: float | None = None


class PercentRule(Strict):
    id: str
    forms: list[str]


class UnitsFile(Strict):
    description: str = ""
    units: list[UnitRule]
    durations: list[DurationRule]
    percent: PercentRule
    rate_words: list[str]
    rate_adverbs: dict[str, str] = {}
    amount_rate_adverbs: dict[str, str] = {}
    case_sensitive_verbs: dict[str, list[str]] = {}
    rate_units: dict[str, list[str]]
    # forms of the languages that group thousands with a full stop: `2.300 hectáreas` is 2,300
    thousands_stop_forms: list[str] = []
    # Words of a unit, a currency or a scale after an amount that a repair restores where the
    # text as read lost one of their letters (`12 percet`, `5,000 hectres`); the short words a
    # repair parts from such a word where the text lost the space between them (`19,226 metric
    # tonsof food`); and the words either repair would make of words in their own right (`ears`,
    # `ponds`, `lotion`): those stay.
    dropped_letter_words: list[str] = []
    glued_words_after: list[str] = []
    glued_two_letter_units: list[str] = []  # (`28,900 hain 2007`: units of two letters a short word is parted from)
    glued_words_before_numbers: list[str] = []  # (`four orfive`, `resulting inten impacts`: glued before a number's word, read apart)
    dropped_letter_not_words: list[str] = []


class CurrencyRule(Strict):
    code: str
    before: list[str] = []
    after: list[str] = []


_LETTERS = regex.compile(r"[A-Za-z]+")


class Redenomination(Strict):
    """`{"code": "TRY", "old": "TRL", "since": "2005-01"}`: the currency `code` replaced `old` in
    that month; an amount in a cable written before it is in `old` (`TL 17.50` in 1977), and
    one in `old` written after it is in `code` (`GHC 1.2 billion` in 2009), but where the amount
    is said to be old (`10,000 old cedis`)."""
    code: str
    old: str
    since: str = Field(pattern=r"^\d{4}-\d{2}$")


class CurrenciesFile(Strict):
    description: str = ""
    currencies: list[CurrencyRule]
    redenominations: list[Redenomination] = []
    by_country: dict[str, dict[str, str]] = {}
    subunits: dict[str, int] = {}  # `cents`: 100 of them make one of the currency `by_country` names
    # Symbols that are everyday abbreviations too (`ID`; `M` and `E`, which name models: `M16`): a
    # currency only before an amount with a scale word, decimals or thousands, glued to it or not,
    # where `by_country` makes it one.
    needs_amount: list[str] = []
    # Currency names (after an amount in `currencies`) that are no currency before one, where
    # `PESOS 120 MILLION` and `Soles 5 million` are: `this marks 10 years`, `pounds 5 kilos`.
    not_before_amount: list[str] = []
    # Currency names after an amount that are verbs too, and the words after them that make them
    # the verb: `the 110 won by the Nepali Congress`, `the 45 won over`.
    verb_after: dict[str, list[str]] = {}
    # Currencies counted to three decimals (`KD 1.250`); in any other, an amount with one group of
    # three digits after a full stop is in thousands, as most of the world writes them (`50.000 pesos`)
    three_decimals: list[str] = []
    # For a word that is a currency only in the places `by_country` names (`pounds`): the words
    # that, in the sentence before an amount, say whose it is where the cable's post does not
    # (`THE UK PLANS A CUT OF 230 MILLION POUNDS` in a cable from NATO)
    named_in_sentence: dict[str, dict[str, list[str]]] = {}
    # Codes whose `subunits` word, where `by_country` gives that code, names the whole unit (the
    # piastre of South Vietnam, where the word is a part of the pound elsewhere)
    whole_unit_codes: list[str] = []
    # Currency names that make a rate of exchange after `to` or `against` without an article, as
    # telegrams write it (`SOL DEVALUED TO 250 TO DOLLAR`); the others need one (`to the euro`),
    # since a word of them may be a verb (`USD 5,000 to mark the day`)
    rate_without_article: list[str] = []
    # The word of one of a currency or a part of one and its plural (`rupee`: `rupees`): read as
    # `by_country` and `subunits` read the plural (`less than one rupee`, `one piastre`)
    singulars: dict[str, str] = {}

    @model_validator(mode="after")
    def _singulars_read_as_plurals(self) -> "CurrenciesFile":
        for one, many in self.singulars.items():
            if many not in self.by_country and many not in self.subunits:
                raise ValueError(f"singulars: {one!r} is of {many!r}, which by_country and subunits do not name")
            if one in self.by_country or one in self.subunits:
                raise ValueError(f"singulars: {one!r} is named already")
            if many in self.by_country:
                self.by_country[one] = self.by_country[many]
            if many in self.subunits:
                self.subunits[one] = self.subunits[many]
        return self


class WordList(Strict):
    description: str = ""
    words: list[str]


class VerbsBefore(Strict):
    """The words after which a qualifier is part of a verb: `take over 54,000`, `added up to 500`."""
    description: str = ""
    words: dict[str, list[str]] = {}


class QualifiersFile(Strict):
    description: str = ""
    before: dict[str, list[str]]
    after: dict[str, list[str]]
    over_spreads_after: WordList
    verb_before: VerbsBefore = VerbsBefore()


class NumbersFile(Strict):
    description: str = ""
    units: dict[str, int]
    tens: dict[str, int]
    hundred: list[str]
    scales: dict[str, int]
    scale_letters: dict[str, int]
    fractions: dict[str, float]
    one_needs_noun: list[str]
    not_after_number_word: list[str]
    # Number words of five letters or more also read where a letter of theirs was lost (`eght`,
    # `thre`), but for the `dropped_letter_not_words` of units.json (`tree`, `even`, `seen`)
    dropped_letter_numbers: list[str] = []
    counted_before: list[str] = []  # `a population of 407,182`: what is counted, written before the number
    # `Afghan refugees in the NWFP now number 193,000`: verbs after which a number counts the plural
    # noun before them (the subject)
    count_verbs: list[str] = []
    # verbs by which `it` gets or gives more of what the figure before measures: a bare number after `it has`
    # and one is in that figure's unit (`needs 1.2 million MT of maize; it has secured 400,000`)
    got_verbs: list[str] = []
    count_hyphen: list[str] = []    # `a 5,000-strong force`: the number counts what follows
    item_stop_words: list[str] = []  # what a number counts ends before these words
    # what a number alone in brackets counts starts after the last of these before it (`more` in
    # `167 percent more refining labs (16)`)
    item_stops_before_bracket: list[str] = []
    item_verbs: list[str] = []  # end what a number counts after its first word (`Filipinos work overseas`)
    item_skip_words: list[str] = []  # passed over at the start of what a number counts (`820 more police`)
    # nouns that end as adverbs and participles do (`27 eligible family members`): what is counted goes on
    item_nouns_like_verbs: list[str] = []
    # participles of reporting and planning that name nothing counted when they stand alone after a number
    # (`the 5,661 recorded in all of 2008`; `12 reported cases` counts cases)
    reporting_participles: list[str] = []
    # words that name a state, not who is in it (`1,300 dead`): no count after the verb of another clause
    # borrows them (`left 1,300 dead and displaced 350,000`)
    state_items: list[str] = []
    # what a share is, named before `is` after a share in parallel (`8.5 percent; inflation is 4.2`;
    # `and the Gini is 0.58` names no share)
    share_names: list[str] = []
    # words of a way after a past form that make it a verb of coming or going, nothing counted
    # (`50,000 crossed into Afghanistan`, `5,000 returned to their homes`; `5,000 returned refugees` counts)
    way_words: list[str] = []
    # nouns in the plural without an `s` (`people`, `police`): what a gerund after them is not part of
    plurals_without_s: list[str] = []
    singulars_with_s: list[str] = []
    # adjectives, by word or by ending, before a participle that describes what is counted (`illegal
    # armed groups`, `low enriched uranium`)
    item_adjectives: list[str] = []
    item_adjective_endings: list[str] = []
    # scale words of the languages that write decimals with a comma: before them a full stop and
    # three digits group thousands (`1.500 millones` is 1,500 million), and a comma marks decimals
    # (`2,5 billones`), as it does before the English ones
    comma_decimal_scales: list[str] = []
    table_scales: dict[str, float] = {}  # `(000 MT)`: what a table's figures are counted in
    comparison_words: list[str] = []  # `8.5 million tons, compared with 10.2 million`: the bare number takes the unit
    # what a figure is compared with, named between the comparison word and the number: `45 days,
    # against a goal of under 30`, `up from a peak of USD 264 billion`
    comparison_benchmarks: list[str] = []
    # words that say what sort of figure the number compared with is (`against a record 121 million`,
    # `versus the official 3.8`) or make it small (`compared to just ten`, `up from only 3 tons`)
    comparison_sorts: list[str] = []
    # words after a number glued to `m` that make it meters, not millions: `a 300m runway`, `300m long`
    meters_glued_before: list[str] = []
    # words before `to` or `at` that carry a change on to a bare number, after a figure a change led
    # to: `fell to 5,000 hectares in 2007 before recovering to 6,200`
    change_on_words: list[str] = []
    change_level_verbs: list[str] = []  # (a verb of a change that takes the level right after it: `will reach`)
    # verbs of price after one of a unit that make the amount after them a rate: `a kilo of cocaine
    # sells for USD 1,200`
    price_verbs: list[str] = []


class OtherCalendar(Strict):
    name: str
    posts: list[str]
    year_min: int
    year_max: int
    with_words: list[str] = []  # what the year stands before as a name: `the 1388 budget`


class DatesFile(Strict):
    description: str = ""
    months: dict[str, list[str]]
    fiscal_prefixes: list[str]
    calendar_prefixes: list[str]
    coarse_prefixes: list[str]
    quarters: dict[str, list[str]]
    span_joiners: list[str]
    span_openers: list[str]
    year_min: int
    year_max: int
    # a year after `year_max` up to this one is a date only after a preposition that opens a year
    # (`by 2100`, `in 2075`: a projection's)
    year_far_max: int = 0
    # years of another calendar, written as four digits, by the posts that use it: `the 1388
    # budget` in Kabul is a year of the Solar Hijri calendar, no count
    other_calendars: list[OtherCalendar] = []
    # months whose names are read also with one letter lost (`Jnuary 2008`, `Decmber 12`), as
    # some texts of the archive come; but for words of their own (`dropped_letter_not_words` of units.json)
    dropped_letter_months: list[str] = []



class MeasuresFile(Strict):
    description: str = ""
    measures: dict[str, list[str]]
    not_keywords: list[str] = []  # words that begin with a keyword but name no measure: `aids`, `deadline`
    money_measures: list[str] = []  # measures a money figure takes first, where its sentence names one
    not_quantity_measures: list[str] = []  # measures no quantity takes (`5.5 million tons, worth USD 2.2 billion` is no price)
    # measures of what is done to people (`killed`, `captured`, `prosecuted`): a bare count after a verb of
    # one in a list of clauses counts whom the count before it counts (`killed 8 FARC members and captured 3`)
    people_measures: list[str] = []
    # a quantity of a dimension reads one measure as another (`the 2008 crop of 2.8 million tons`: a
    # mass is no crop's area but its production)
    by_dimension: dict[str, dict[str, str]] = {}


class LineRule(Strict):
    id: str
    pattern: str
    description: str = ""  # what the rule matches, for the reader of the file
    requires: list[str] = []  # every match holds one of these: a text holding none is not scanned
    requires_pattern: str | None = None  # every match holds a match of this: a text without one is not scanned
    post_group: str | None = None  # a named group that must hold a known post (`posts.json`) for the match to count
    # every match starts with one of `requires`: the scan tries only where those stand (a required
    # run of one character, `----------`, only where the run starts: the pattern must begin with
    # an open-ended run of it, `-{10,}`)
    anchored: bool = False


class NonFiguresFile(Strict):
    description: str = ""
    metadata_lines: list[LineRule]
    id_words: list[str]
    id_words_titled: list[str] = []  # like id_words, but only as written in title case: `Region 4`, not `the region 500 people`
    id_nouns_after: list[str] = []
    # verbs that name a receiver before what they give: after one, a word of id_words_titled is the
    # receiver, not a name by number (`sent Congress four bills`, `gave Region 5 ambulances`)
    giving_verbs: list[str] = []
    # id_words after which a year stays a year: a law or plan named by its year, or the word read
    # otherwise (`the Finance Act 2009`, `in any case 2008 was`); after the others a year is a
    # number (`Resolution 2009-12`, `Flight 1998`), and after any a year followed by `of` and
    # another year (`Law 1996 of 2008`)
    id_words_before_years: list[str] = []
    ordinal_suffixes: list[str]
    postal_areas: list[str] = []  # before a five-digit postal code: `Washington, DC 20520`
    street_words: list[str] = []  # end the name of a street after a house number: `2201 C Street NW`
    clock_words: list[str] = []  # before a time of day: `at 1400 hours`
    clock_after: list[str] = []  # after it: `0513 local time`
    clock_events: list[str] = []  # verbs of an event before `at` and a time of day: `landed at 1430`, `the meeting began at 0930`
    clock_days: list[str] = []  # the day a time of day falls on, after it: `at 1430 on Monday`, `at 1000 tomorrow`
    caliber_nouns: list[str] = []  # after a length, a weapon it is the bore of: `120mm mortars`, `12-inch guns`


class HeaderFile(Strict):
    description: str = ""
    classifications: dict[str, list[str]]
    origin_aliases: dict[str, str]
    id_noise: list[str]
    titles: list[str]
    multiword_tags: list[str]
    tag_fixes: dict[str, str]
    tag_codes: list[str] = []       # subject tags (PREL, PGOV, ...): a glued run of them is split
    country_codes: list[str] = []   # two-letter country tags (FIPS 10-4: IZ, KS, ...)
    given_names: list[str] = []     # `REMON PEDRO` in TAGS is the person tag `REMON, PEDRO`
    person_tags: dict[str, str] = {}  # a bare person tag completed as TAGS write it: BUSH, GEORGE -> BUSH, GEORGE W.


class PostsFile(Strict):
    description: str = ""
    posts: list[str]
    countries: dict[str, str] = {}  # the country of a post (`MONTERREY`: Mexico), as currencies' places name it

    @field_validator("posts")
    @classmethod
    def _ids_form(cls, posts: list[str]) -> list[str]:
        bad = [p for p in posts if not p.isalpha() or not p.isupper()]
        if bad:
            raise ValueError(f"posts are written as in cable ids, upper-case letters only: {bad[:5]}")
        return posts


FILES: dict[str, type[Strict]] = {
    "header.json": HeaderFile,
    "posts.json": PostsFile,
    "units.json": UnitsFile,
    "currencies.json": CurrenciesFile,
    "qualifiers.json": QualifiersFile,
    "numbers.json": NumbersFile,
    "dates.json": DatesFile,
    "measures.json": MeasuresFile,
    "nonfigures.json": NonFiguresFile,
}


def _no_duplicates(path: Path, pairs: list[tuple[str, str]], fold_case: bool = True) -> None:
    seen: dict[str, str] = {}
    for form, owner in pairs:
        key = form.lower() if fold_case else form
        if key in seen and seen[key] != owner:
            raise BadRuleFile(str(path), f"surface form {form!r} is claimed by both {seen[key]!r} and {owner!r}")
        seen[key] = owner


def alternation(forms: list[str]) -> str:
    """A regex alternation of literal forms, longest first so that `metric tons` beats `tons`."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        pieces = [regex.escape(p) for p in form.split(" ")]
        parts.append(r"\s+".join(pieces))
    return "(?:" + "|".join(parts) + ")"


def with_a_letter_lost(values: dict[str, Any], plural_s: bool = True) -> dict[str, Any]:
    """Each word again with one of its letters lost, as some texts of the archive come (`percet`,
    `Jnuary`, `eght`), to the value of the word it came from; None for a form two words of other
    values make alike (the caller reads it as neither's). Without `plural_s`, a final `s` is kept
    (`rupee` is no `rupees` that lost one)."""
    out: dict[str, Any] = {}
    for w, value in values.items():
        for i in range(len(w) - (not plural_s and w.endswith("s"))):
            v = w[:i] + w[i + 1:]
            out[v] = value if out.get(v, value) == value else None
    return out


def trie_alternation(forms: list[str], cased: bool = False) -> str:
    """The same matches as `alternation`, built as a trie (`seven(?:teen|ty)?`), so that a scan
    tries a few branches at each position instead of every form. With `cased`, each form also
    matches in Title and UPPER case, so the pattern needs no IGNORECASE (which is slow to scan).
    A space in a form matches any run of whitespace."""
    variants = {v for f in forms for v in ((f, f.title(), f.upper()) if cased else (f,))}
    root: dict = {}
    for form in variants:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [(r"\s+" if ch == " " else regex.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not kids:
            return ""
        return "(?:" + "|".join(kids) + ")" + ("?" if "" in node else "")

    return build(root)


def suffix_trie_alternation(forms: list[str]) -> str:
    """The trie of `trie_alternation` built from the ends of the forms (`(?:well )?over`), for a
    REVERSE search: read from its end it tries the longest form first, as `alternation` does."""
    root: dict = {}
    for form in set(forms):
        node = root
        for ch in reversed(form):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [build(child) + (r"\s+" if ch == " " else regex.escape(ch)) for ch, child in sorted(node.items()) if ch]
        if not kids:
            return ""
        return "(?:" + "|".join(kids) + ")" + ("?" if "" in node else "")

    return build(root)


class _RepeatedKey(ValueError):
    pass


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each written once: a key written twice (a place in a
    currency's `by_country`, a form of a unit) would keep only its last value, unseen."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _RepeatedKey(key)
        out[key] = value
    return out


class Ruleset:
    """All rule and lexicon files, validated, with the regexes built from them."""

    def __init__(self, directory: Path | str | None = None):
        self.directory = Path(directory or os.environ.get("CABLEX_PATTERNS") or DEFAULT_DIR)
        if not self.directory.is_dir():
            raise BadRuleFile(str(self.directory), "patterns folder not found; pass --patterns DIR or set CABLEX_PATTERNS")
        digest = hashlib.sha256()
        loaded: dict[str, Any] = {}
        for name, schema in FILES.items():
            path = self.directory / name
            try:
                raw = path.read_bytes()
                data = json.loads(raw, object_pairs_hook=_no_repeated_keys)
                loaded[name] = schema.model_validate(data)
            except FileNotFoundError:
                raise BadRuleFile(str(path), "missing rule file") from None
            except json.JSONDecodeError as exc:
                raise BadRuleFile(str(path), f"not valid JSON at line {exc.lineno}: {exc.msg}") from None
            except _RepeatedKey as exc:
                raise BadRuleFile(str(path), f"the key {exc.args[0]!r} stands twice in one object (JSON keeps only the last)") from None
            except ValidationError as exc:
                first = exc.errors()[0]
                loc = ".".join(str(x) for x in first["loc"])
                raise BadRuleFile(str(path), f"{loc}: {first['msg']}") from None
            digest.update(name.encode() + b"\0" + raw)
        self.hash = digest.hexdigest()[:16]
        self.units: UnitsFile = loaded["units.json"]
        self.currencies: CurrenciesFile = loaded["currencies.json"]
        self.qualifiers: QualifiersFile = loaded["qualifiers.json"]
        self.numbers: NumbersFile = loaded["numbers.json"]
        self.dates: DatesFile = loaded["dates.json"]
        self.measures: MeasuresFile = loaded["measures.json"]
        self.nonfigures: NonFiguresFile = loaded["nonfigures.json"]
        self.header: HeaderFile = loaded["header.json"]
        self.posts: PostsFile = loaded["posts.json"]
        self._check()

    def vocabulary(self, figures_only: bool = False) -> set[str]:
        """Every word, in lower case, the rule files name (in lists, keys and patterns; not in
        their descriptions): the words the rules read; with `figures_only`, those of the files of
        figures alone (units, currencies, qualifiers, numbers, dates, measures), not of headers,
        posts and what is no figure."""
        words: set[str] = set()

        def walk(node) -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    if k != "description":
                        walk(k)
                        walk(v)
            elif isinstance(node, (list, tuple)):
                for v in node:
                    walk(v)
            elif isinstance(node, str):
                words.update(w.lower() for w in _LETTERS.findall(node))

        for model in (self.units, self.currencies, self.qualifiers, self.numbers, self.dates, self.measures) + (
                () if figures_only else (self.nonfigures, self.header, self.posts)):
            walk(model.model_dump())
        return words

    def words_after_amounts(self) -> set[str]:
        """The forms written after an amount, in lower case: units' (either case), lengths of
        time, percent, currencies' words and scale words."""
        u = self.units
        forms = {f for r in u.units for f in r.forms + r.case_sensitive} | {f for r in u.durations for f in r.forms}
        forms |= set(u.percent.forms) | {f for c in self.currencies.currencies for f in c.after} | set(self.numbers.scales)
        return {f.lower() for f in forms}

    def _check(self) -> None:
        u = self.units
        pairs = [(f, r.id) for r in u.units for f in r.forms] + [(f, r.id) for r in u.durations for f in r.forms]
        pairs += [(f, "percent") for f in u.percent.forms]
        _no_duplicates(self.directory / "units.json", pairs)
        cs = [(f, r.id) for r in u.units for f in r.case_sensitive]
        _no_duplicates(self.directory / "units.json", cs, fold_case=False)
        forms = {f.lower() for f, _ in pairs}
        for f in u.thousands_stop_forms:
            if f.lower() not in forms:
                raise BadRuleFile(str(self.directory / "units.json"), f"thousands_stop_forms: {f!r} is no unit's form")
        known_words = {w for f in self.words_after_amounts() for w in f.split()}  # (and a form's words: `metric` of `metric tons`)
        for w in u.dropped_letter_words:
            if w.lower() not in known_words or len(w) < 5 or not w.isalpha():
                raise BadRuleFile(str(self.directory / "units.json"),
                                  f"dropped_letter_words: {w!r} is no word of five letters or more of a unit's, a currency's or a scale's form")
        before = [(f, c.code) for c in self.currencies.currencies for f in c.before]
        after = [(f, c.code) for c in self.currencies.currencies for f in c.after]
        _no_duplicates(self.directory / "currencies.json", before, fold_case=False)
        _no_duplicates(self.directory / "currencies.json", after, fold_case=False)
        # (a word listed in the singular and the plural names the same places in both: `peso` once
        # lacked two of the countries `pesos` named; not a symbol, `R` is rand where `Rs` is rupees)
        places = self.currencies.by_country
        for word, where in places.items():
            if len(word) >= 3 and word.isalpha() and word + "s" in places and places[word + "s"] != where:
                raise BadRuleFile(str(self.directory / "currencies.json"),
                                  f"by_country: {word!r} and {word + 's'!r} name different places")
        q = [(f, k) for k, forms in self.qualifiers.before.items() for f in forms]
        _no_duplicates(self.directory / "qualifiers.json", q)
        known = {"approx", "at_least", "more_than", "less_than", "at_most"}
        for k in list(self.qualifiers.before) + list(self.qualifiers.after):
            if k not in known:
                raise BadRuleFile(str(self.directory / "qualifiers.json"), f"unknown qualifier {k!r}; use one of {sorted(known)}")
        for name in ("money_measures", "not_quantity_measures", "people_measures"):
            bad = [m for m in getattr(self.measures, name) if m not in self.measures.measures]
            if bad:
                raise BadRuleFile(str(self.directory / "measures.json"), f"{name}: {bad[0]!r} is no measure")
        dimensions = {r.dimension for r in u.units}
        for dim, swaps in self.measures.by_dimension.items():
            bad = [dim] if dim not in dimensions else [m for m in [*swaps, *swaps.values()] if m not in self.measures.measures]
            if bad:
                raise BadRuleFile(str(self.directory / "measures.json"), f"by_dimension: {bad[0]!r} is no unit's dimension or no measure")
        months = [(f, m) for m, forms in self.dates.months.items() for f in forms]
        _no_duplicates(self.directory / "dates.json", months)
        for w in self.dates.dropped_letter_months:
            if w.lower() not in {f.lower() for f, _ in months} or len(w) < 5:
                raise BadRuleFile(str(self.directory / "dates.json"), f"dropped_letter_months: {w!r} is no month's name of five letters or more")
        for w in self.numbers.dropped_letter_numbers:
            if w not in {**self.numbers.units, **self.numbers.tens} or len(w) < 5:
                raise BadRuleFile(str(self.directory / "numbers.json"), f"dropped_letter_numbers: {w!r} is no number's word of five letters or more")
        for rule in self.nonfigures.metadata_lines:
            if regex.match(r"(?:\(\?[a-zA-Z]+\))?\^\\s\*", rule.pattern):
                raise BadRuleFile(str(self.directory / "nonfigures.json"),
                                  f"rule {rule.id}: starts with ^\\s*, which tries each blank line of a run again at every "
                                  f"one before it; write ^[^\\S\\n]* (spaces, not line breaks)")
            for pattern in filter(None, (rule.pattern, rule.requires_pattern)):
                try:
                    regex.compile(pattern, regex.M)
                except regex.error as exc:
                    raise BadRuleFile(str(self.directory / "nonfigures.json"), f"rule {rule.id}: bad pattern: {exc}") from None
            if rule.post_group and rule.post_group not in regex.compile(rule.pattern, regex.M).groupindex:
                raise BadRuleFile(str(self.directory / "nonfigures.json"),
                                  f"rule {rule.id}: post_group {rule.post_group!r} is no named group of its pattern")


def load_ruleset(directory: Path | str | None = None) -> Ruleset:
    """Load and validate the ruleset in `directory` (default: the project's patterns/)."""
    return Ruleset(directory)
