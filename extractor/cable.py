"""Parse a document into its structure: repaired text, header fields, paragraphs, sections.

Offsets in the returned `CableStructure` refer to the text as read (the repair's offset map is
applied); the `ParsedCable` also keeps the repaired text for the figure extractor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

import regex

from extractor import header as H
from extractor.models import Benchmark, CableStructure, Document, Paragraph, Section, Span
from extractor.patterns import Ruleset, trie_alternation, with_a_letter_lost
from extractor.repair import RepairedText, WordScans, repair
from extractor.structure import dotted_items, find_sections, split_paragraphs

_YEAR_OF_ID = regex.compile(r"^(\d{2})(?=[A-Z])")


@dataclass
class ParsedCable:
    """A parsed cable. What figure extraction needs is read at once; the rest of the header
    (subject, tags, references, signers, summary) and the offsets mapped back to the text as read
    make up `structure`, built the first time it is asked for: `extract` never pays for it."""
    document: Document
    repaired: RepairedText
    clean_sections: list[Section]      # sections with offsets into the repaired text
    clean_paragraphs: list[Paragraph]  # paragraphs with offsets into the repaired text
    post: str | None = None            # where the cable was sent from: its origin, identifier or number line
    identifier: str | None = None
    created: str | None = None
    origin: str | None = None
    nondisclosure_deadline: str | None = None
    _parser: "CableParser | None" = field(default=None, repr=False)

    @cached_property
    def structure(self) -> CableStructure:
        return self._parser._structure(self)

    @property
    def date(self) -> str | None:
        """Best known date of the cable (`YYYY-MM-DD`), or None."""
        return self.created[:10] if self.created else None


def cable_year(identifier: str | None) -> int | None:
    m = _YEAR_OF_ID.match(identifier or "")
    if not m:
        return None
    yy = int(m.group(1))
    return 1900 + yy if yy > 50 else 2000 + yy


def _figure_words(rules: Ruleset) -> frozenset[str]:
    """The words, in lower case, of four letters or more that the rule files name: those a repair
    may join where a line's end broke them (`PER-\nCENT`, `ab-\nout 2,000`, `CO-\nMPARED WITH`,
    `SQ-\nUARE METERS`, `para-\ngraphs 27-30`); and the plural of each, as the rules read them."""
    words = {w for w in rules.vocabulary() if w.isalpha() and len(w) >= 4}
    return frozenset(words | {w + "s" for w in words})


def _dropped_letter_words(rules: Ruleset) -> dict[str, str]:
    """Each word `dropped_letter_words` lists without one of its letters (`percet`, `hectres`),
    in lower case, to the word, and each word of a figure glued to a short word after it
    (`tonsof`) to the two apart, and each word of a number glued to a short word before it (`orfive`);
    but for words of their own (`dropped_letter_not_words`), forms
    of any unit, currency or scale (`hectare` of `hectares`) and what two listed words make alike."""
    u = rules.units
    figure_words = rules.words_after_amounts()
    # (not a plural's `s`: `one rupee`, `a 10 pound bag` stay; made alike by two words: neither's)
    out: dict[str, str | None] = with_a_letter_lost({w.lower(): w.lower() for w in u.dropped_letter_words}, plural_s=False)
    not_words = {w.lower() for w in u.dropped_letter_not_words}
    # (`tonsof`: a word of a figure of four letters or more and a short word after it, glued; or
    # a unit's of two or three, `hain`, `hctby`, not a currency's: `copper` is no `cop per`)
    short_units = ({f.lower() for r in [*u.units, *u.durations] for f in r.forms if len(f) == 3} | {f.lower() for f in u.percent.forms if len(f) == 3}
                   | {f.lower() for f in u.glued_two_letter_units}  # (`28,900 hain 2007`, `10,000 hctby 2008`)
                   | {w.lower() for w in rules.numbers.scales if w.isalpha() and 2 <= len(w) <= 3})  # (`GBP 78bnin 2008-09`, `USD 50 blnto`)
    words_of = {f: f.split() for f in figure_words if f.split()}
    # (and the last word of a form of several: `basis pointsand`, `metric tonsof`)
    last_words = {ws[-1] for ws in words_of.values() if len(ws) > 1 and ws[-1].isalpha() and len(ws[-1]) >= 4}
    # (`USD 100 milliona day`: the article glued only to a word of four letters or more, and not
    # where the two make a word, `dropped_letter_not_words`: `drama` is no `dram a`)
    pairs = [(f, g) for f in figure_words | last_words if f.isalpha() and (len(f) >= 4 or f in short_units)
             for g in u.glued_words_after if len(g) > 1 or len(f) >= 4]
    # (`19.2 millionmetric tons`, `6.5 billiondollars`: a scale word glued to the first word of a
    # unit's or currency's form after it)
    scales = {w.lower() for w in rules.numbers.scales if w.isalpha() and len(w) >= 5}
    pairs += [(sc, w) for sc in scales for w in {ws[0] for ws in words_of.values() if ws[0].isalpha() and len(ws[0]) >= 2} - scales]
    # (`percentagepoints`, `metrictons`: the words of a form of two glued)
    pairs += [(ws[0], ws[1]) for ws in words_of.values() if len(ws) == 2 and "".join(ws).isalpha()]
    # (`four orfive`: a number's word glued to the word that joins it to the one before)
    pairs += [(g, n) for n in _number_words(rules) for g in u.glued_words_before_numbers]
    glued: dict[str, str | None] = {}
    for a, b in pairs:
        glued[a + b] = a + " " + b if glued.get(a + b, a + " " + b) == a + " " + b else None  # (parted two ways: neither)
    out.update({v: w for v, w in glued.items() if v not in out})
    return {v: w for v, w in out.items() if w and v not in figure_words and v not in not_words}


def _number_words(rules: Ruleset) -> list[str]:
    """The words of numbers of three letters or more, in lower case (`one`, `twelve`, `forty`)."""
    return sorted({w.lower() for w in [*rules.numbers.units, *rules.numbers.tens] if w.isalpha() and len(w) >= 3})


def _glued_joins(rules: Ruleset) -> re.Pattern | None:
    """A number's word glued to the word that joins it to the one before (`orfive`), in lower case
    or capitals: the join's letters first, for the engine to scan for; what stands before is
    looked at after, as a lookbehind in front makes the scan three times slower."""
    joins, numbers = rules.units.glued_words_before_numbers, _number_words(rules)
    if not joins or not numbers:
        return None
    return re.compile(r"(?P<w>(?:" + trie_alternation([*joins, *(j.upper() for j in joins)], cased=True) + r")(?:"
                      + trie_alternation([*numbers, *(n.upper() for n in numbers)], cased=True) + r"))(?![A-Za-z])")


def _words_after_number_words(rules: Ruleset) -> re.Pattern | None:
    """A number's word and the word after it (`two mnths`, `twelve monhs`), in lower case or
    capitals: a word there that lost a letter is restored as one after digits is. The number's
    letters first, for the engine to scan for; what stands before is looked at after."""
    numbers = _number_words(rules)
    if not numbers:
        return None
    return re.compile(r"(?:" + trie_alternation([*numbers, *(n.upper() for n in numbers)], cased=True)
                      + r")(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?P<w>[A-Za-z]{4,})(?![A-Za-z])")


def _gluable_words(rules: Ruleset) -> frozenset[str]:
    """The words of an amount that a word after it may be found glued to (`130,000 hectaressprayed`,
    `8,000 hctgoal`): of areas, masses and volumes, percent, currencies' words and scale words, of
    three letters or more; not lengths nor times, the first letters of words of their own
    (`milestones`, `weekends`)."""
    u = rules.units
    forms = {f for r in u.units if r.dimension in ("area", "mass", "volume") for f in r.forms + r.case_sensitive}
    forms |= set(u.percent.forms) | {f for c in rules.currencies.currencies for f in c.after} | set(rules.numbers.scales)
    return frozenset(f.lower() for f in forms if f.isalpha() and len(f) >= 3 and not f.isupper())  # (no code: `COP` of `copper`)


def _page_break(rules: Ruleset) -> regex.Pattern:
    """A telegram's page break inside its text: the line break that ends a line of text, the
    classification lines, and the page's line (`PAGE 02 LONDON 09263 01 OF 04 171728Z`) before the
    next line of text; not the first page's, nor one between paragraphs."""
    marks = sorted({f for fs in rules.header.classifications.values() for f in fs}, key=len, reverse=True)
    return regex.compile(
        r"(?<=\S[ \t]{0,8})\r?\n(?:[ \t]*(?:" + "|".join(regex.escape(m) for m in marks) + r")[ \t]*\r?\n)*"
        r"[ \t]*PAGE[ \t]+0*(?:[2-9]|[1-9]\d{1,2})[ \t]+[A-Z][A-Z ]{0,40}[ \t]+\d{3,6}\b[^\n]*?(?=\r?\n[ \t]*\S)"
        # (or a Cablegate section's line between blank lines, `BERN 00000881  002 OF 002`, between
        # a number ending a line and the word in lower case (or in capitals, in a cable so written)
        # that goes on after it: `10,000` over `hectares`; what a number counts stops at the blank
        # lines, as anywhere; in a text whose line breaks were lost, the line stands between spaces)
        # (possessive: a run of blank lines is taken once, not parted every way; and the spaces
        # looked back over are few: a run of them is not looked back over from each of its places)
        r"|(?<=\d[ \t]{0,8})(?:\r?\n(?:[ \t]*+\r?\n)*+[ \t]*+|(?<=\d)[ \t]+)[A-Z][A-Z ]{2,40}[ \t]+0{2,}\d{1,6}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}[ \t]*"
        r"(?:\r?\n[ \t]*(?=\r?\n))*(?=(?:\r?\n)?[ \t]*(?:[a-z]|(?!\d{1,2}\.[ \t]|[A-Z]\.[ \t]|[A-Z][a-z])[A-Z]{2,}\b))")


class CableParser:
    """Header, paragraphs and sections of a document, for one ruleset."""

    def __init__(self, rules: Ruleset):
        self.rules = rules
        self.header = H.HeaderParser(rules)
        self.joinable = _figure_words(rules)
        self.dropped = _dropped_letter_words(rules)
        self.page_break = _page_break(rules)
        self.known = frozenset(rules.vocabulary(figures_only=True))
        self.gluable = _gluable_words(rules)
        self.word_scans = WordScans(_words_after_number_words(rules), _glued_joins(rules), frozenset(self.dropped))

    def parse(self, doc: Document) -> ParsedCable:
        rep = repair(doc.text, self.joinable, self.dropped, self.page_break, self.known, self.gluable, self.word_scans)
        text = rep.text
        head = H.spaced_out(text[:4000])
        created = doc.created or H.dtg_created(text)
        ident = doc.identifier and H.canonical_id(doc.identifier, self.rules)
        ident = ident or self.header.identifier(head, created)
        paragraphs = split_paragraphs(text)
        sections = find_sections(text, paragraphs)
        if items := dotted_items(text, sections):
            # (benchmark items numbered like paragraphs: the paragraphs again without them, and the
            # sections again, whose last ends at the paragraph after them)
            paragraphs = split_paragraphs(text, items)
            sections = find_sections(text, paragraphs)
        origin = doc.origin or self.header.origin(text)
        post = origin or ident or self.header.post_line(head)
        return ParsedCable(doc, rep, sections, paragraphs, post, identifier=ident, created=created, origin=origin,
                           nondisclosure_deadline=H.nondisclosure_deadline(text), _parser=self)

    def _structure(self, pc: ParsedCable) -> CableStructure:
        doc, rep = pc.document, pc.repaired
        text = rep.text
        ident, created = pc.identifier, pc.created
        year = cable_year(ident) or (int(created[:4]) if created else None)
        warnings = list(doc.warnings)
        for s in pc.clean_sections:
            for b in s.benchmarks:
                if b.response_uncertain:
                    warnings.append(f"{b.id}: no dashed line before the response; split guessed at a blank line")
        return CableStructure(
            source_path=doc.source_path, source_format=doc.source_format, row=doc.row,
            identifier=ident, created=created, origin=pc.origin,
            classification=doc.classification or self.header.classification(H.spaced_out(text[:4000])),
            subject=H.subject(text) or None,
            tags=H.tags(text, self.rules),
            references=H.references(text, year, ident, self.rules),
            classified_by=H.classified_by(text, self.rules),
            signed_by=H.signed_by(text),
            summary=H.summary(text),
            nondisclosure_deadline=pc.nondisclosure_deadline,
            paragraphs=[self._map_paragraph(rep, p) for p in pc.clean_paragraphs],
            sections=[self._map_section(rep, s) for s in pc.clean_sections],
            warnings=warnings,
        )

    @staticmethod
    def _map_paragraph(rep: RepairedText, p: Paragraph) -> Paragraph:
        return p.model_copy(update={"start": rep.to_raw(p.start), "end": rep.to_raw(p.end)})

    @staticmethod
    def _map_span(rep: RepairedText, s: Span | None) -> Span | None:
        return None if s is None else Span(start=rep.to_raw(s.start), end=rep.to_raw(s.end))

    def _map_section(self, rep: RepairedText, s: Section) -> Section:
        return Section(letter=s.letter, title=s.title, start=rep.to_raw(s.start), end=rep.to_raw(s.end),
                       benchmarks=[Benchmark(id=b.id, number=b.number, request=self._map_span(rep, b.request),
                                             response=self._map_span(rep, b.response),
                                             response_uncertain=b.response_uncertain) for b in s.benchmarks])
