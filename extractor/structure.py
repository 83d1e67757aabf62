"""Numbered paragraphs with their markings, lettered benchmark sections, their numbered items,
and each item's request and response.

All offsets are into the repaired text, which the caller maps back to the text as read.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from extractor import rx

from extractor.models import Benchmark, Paragraph, Section, Span

# The match starts at the number (a scan for digits is fast); what may stand before it is a lookbehind.
_PARAGRAPH = regex.compile(
    r"(?<=(?:\n|^|-{3,}\s|[.!?\"]\s\s?)[ \t]*\u00b6?)(?P<num>\d{1,2})\s?\.(?!\d)[ \t]*"
    r"(?:\((?P<mark>[A-Z][A-Za-z/ \-]{0,20})\)|(?P<broken>[A-Z]{1,4}(?:/[A-Z]{1,4})?)\))?")
# (or, without its full stop, before a classification marking at a line's start: `5 (C) Three police
# died`: found from the markings, as few as the paragraphs; one alternative more in the scan above
# makes it twice as slow)
_MARKING = rx.short(r"\((?P<mark>(?:U|C|S|TS|SBU|LOU)(?:/[A-Za-z/ \-]{1,16})?)\)")
_BARE_NUMBER = rx.short(r"[ \t]*\u00b6?(?P<num>\d{1,2})[ \t]+")
_PARAGRAPH_RUN_IN = regex.compile(
    r"(?<=(?:\s|^)\u00b6?)(?P<num>\d{1,2})\s?\.(?!\d)[ \t]*(?=\(|[A-Z])"
    r"(?:\((?P<mark>[A-Z][A-Za-z/ \-]{0,20})\)|(?P<broken>[A-Z]{1,4}(?:/[A-Z]{1,4})?)\))?")
# `A. Coca and opium poppy reduction:`; the title holds no digits, so `B. STATE 38825` (a
# reference bullet) is no section.
# (or `A) Coca eradication`, `(A) Coca eradication`: sections so lettered only where an item of
# theirs is answered after a dashed line or a label, as benchmarks are)
_SECTION = regex.compile(r"(?m)^[ \t]*(?P<paren>\()?(?P<letter>[A-Z])(?(paren)\)|[.)])[ \t]+(?P<title>[A-Za-z][A-Za-z ,'&/()\-]{2,118}?)[ \t]*(?::[ \t]*)?$")
# (or named so at a line's start: `Benchmark 2: The GOP will eradicate ...`, or unnumbered and
# taken in sequence: `Benchmark: Seize 200 MT`, `Request: Extradite 150 persons`)
_ITEM = rx.short(r"(?m)^[ \t]*(?:\(?(?P<num>\d{1,2})\)|(?:Benchmark|BENCHMARK)[ \t]+(?P<named>\d{1,2})[ \t]*[:.]"
                 r"|(?P<label>Benchmark|BENCHMARK|Request|REQUEST)[ \t]*:)[ \t]+")
_ITEM_DOTTED = rx.short(r"(?m)^[ \t]*(?P<num>\d{1,2})\.[ \t]+(?=[A-Z])")
_DOTTED_AT = rx.short(r"\d{1,2}\.[ \t]")
# (or a label that opens the answer at a line's start: `Response:`, `GOP Response:`, `-- Status:`, `GOP Action:`, `Progress:`)
# (after an agency's initials the word may be in lower case: `GOC response:`)
_ANSWER_LABELS = ("Response", "Status", "Progress", "Action", "Actions", "Answer", "Assessment", "Update", "Result", "Results")
_DASHES = rx.short(r"(?m)^[ \t]*(?:-{3,}|(?:-{1,2}[ \t]*)?(?:(?:[A-Z]{2,4}[ \t]+)?(?:"
                   + "|".join(w for label in _ANSWER_LABELS for w in (label, label.upper()))
                   + r")|[A-Z]{2,4}[ \t]+(?:" + "|".join(label.lower() for label in _ANSWER_LABELS) + r"))[ \t]*:)[ \t]*")
_NEXT_LINE = rx.short(r"\n[ \t]*(?P<line>\S[^\n]*)")  # (the line right after, not after a blank one)
_BLANK = rx.short(r"\n[ \t]*\n[ \t\n]*")
# The same in a text whose line breaks were lost: a section's title ends at its colon or before its
# first item; items and dashed lines stand after any space.
_SECTION_RUN_IN = regex.compile(
    r"(?<=\s|^)(?P<letter>[A-Z])\.[ \t]+(?P<title>[A-Z][A-Za-z ,'&/()\-]{2,118}?)[ \t]*(?::[ \t]*|(?=[ \t]+\(?1\)[ \t]))")
_ITEM_RUN_IN = rx.short(r"(?<=\s)\(?(?P<num>\d{1,2})\)[ \t]+(?=[A-Z])")
_DASHES_RUN_IN = rx.short(r"-{3,}[ \t]*")
_SENTENCE_END = rx.short(r"(?<=[A-Za-z)][a-z)]|[A-Z)][A-Z)]|\d)\.\s+(?=[A-Z]|-{2,}[ \t]*[A-Z])")  # (not `U.S. AND`; `-- Status:`)


def _run_in(text: str) -> bool:
    """Whether a text has lost its line breaks: a line every 300 characters or fewer."""
    return len(text) > 200 and text.count("\n") * 300 < len(text)


def split_paragraphs(text: str, items: frozenset[int] = frozenset()) -> list[Paragraph]:
    """Numbered paragraphs in order; a number must follow the one before it (1, 2, 3, ...). In a
    text whose line breaks were lost (a line every 300 characters or fewer), a number may open a
    paragraph after any space. `items`: where benchmark items numbered like paragraphs start
    (`1. The USG asked ...` inside a lettered section), which open no paragraph."""
    found: list[tuple[int, int, str | None]] = []
    expected = 1
    run_in = _run_in(text)
    heads = [(m.start("num"), m.group("num"), m.group("mark") or m.group("broken"))
             for m in (_PARAGRAPH_RUN_IN if run_in else _PARAGRAPH).finditer(text)]
    if not run_in and "(" in text:
        bare = []
        for mk in _MARKING.finditer(text):
            ls = text.rfind("\n", 0, mk.start()) + 1
            if b := _BARE_NUMBER.fullmatch(text, ls, mk.start()):
                bare.append((b.start("num"), b.group("num"), mk.group("mark")))
        if bare:
            heads = sorted(heads + bare)
    for at, num, mark in heads:
        num = int(num)
        if num != expected or at in items:
            continue
        start = at - 1 if text[at - 1:at] == "\u00b6" else at
        found.append((start, num, f"({mark.strip()})" if mark else None))
        expected += 1
    paras = []
    for i, (start, num, mark) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        paras.append(Paragraph(number=num, marking=mark, start=start, end=end))
    return paras


def find_sections(text: str, paragraphs: Sequence[Paragraph] = ()) -> list[Section]:
    """Lettered sections A., B., C. ... in sequence, each with its numbered benchmarks. Where the
    sections all stand inside one numbered paragraph, the next numbered paragraph ends the last
    (`2. (SBU) Comment: ...` after the benchmarks is in none of them)."""
    heads = []
    expected = "A"
    run_in = _run_in(text)
    item_rx = _ITEM_RUN_IN if run_in else _ITEM
    for m in (_SECTION_RUN_IN if run_in else _SECTION).finditer(text):
        if m.group("letter") != expected or heads and _closer(heads[0]) != _closer(m):
            continue
        title = m.group("title").strip()
        # (`B. STATE` over `38825`: a reference bullet cut at the line's end; `B. POLICE ENFORCEMENT`
        # over `1) THE USG ...` is a section of a cable in capitals)
        if title.isupper() and len(title.split()) <= 3 and rx.match(r"\s*\d{2,}(?![\d).])", text[m.end():m.end() + 12]):
            continue
        if not run_in and _wrapped_sentence(text, m):
            continue
        heads.append(m)
        expected = chr(ord(expected) + 1)
    if len(heads) < 2 and not (heads and item_rx.search(text, heads[0].end())):
        return []
    last_end = len(text)
    starts = [p.start for p in paragraphs]
    if not any(heads[0].start() < p < heads[-1].start() for p in starts):
        last_end = next((p for p in starts if p > heads[-1].start()), last_end)
    sections = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else last_end
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        sec = Section(letter=m.group("letter"), title=m.group("title").strip().rstrip(":").strip(),
                      start=start, end=end)
        sec.benchmarks = _benchmarks(text, sec, run_in)
        sections.append(sec)
    if _closer(heads[0]) != "." and not any(b.response is not None and not b.response_uncertain for s in sections for b in s.benchmarks):
        return []  # (`A) Increase the police ...`: a list lettered so, no benchmarks)
    return sections


def _wrapped_sentence(text: str, m) -> bool:
    """`A. The government will raise the VAT rate and cut capital` over `spending by 20 percent.`:
    a lettered point whose sentence goes on in the next line, no section's title. A title ends at
    its colon or its line; the next line starts the section's text or its first item."""
    if m.group().rstrip().endswith(":"):
        return False
    nl = _NEXT_LINE.match(text, m.end())
    if nl is None:
        return False
    line = nl.group("line")
    if line.endswith(":") or _ITEM.match(line) or _DASHES.match(line):
        return False
    # (in a cable in capitals the case tells nothing: a line as wide as the text's lines is cut)
    return line[:1].islower() or m.group("title").isupper() and len(m.group().strip()) >= 55


def _closer(m) -> str:
    """What closes a section's letter: `.` in `A.`, `)` in `A)` and `(A)`."""
    return m.group()[m.end("letter") - m.start():][:1]


def _benchmarks(text: str, sec: Section, run_in: bool = False) -> list[Benchmark]:
    out = _items(text, sec, _ITEM_RUN_IN if run_in else _ITEM, run_in)
    if not out and not run_in:
        # (items numbered like paragraphs, `1. The USG asked ...`: read so only where one of them
        # is answered after a dashed line or a label, as benchmarks are)
        out = _items(text, sec, _ITEM_DOTTED, run_in)
        if not any(b.response is not None and not b.response_uncertain for b in out):
            out = []
    return out


def dotted_items(text: str, sections: list[Section]) -> frozenset[int]:
    """Where the benchmark items numbered like paragraphs (`1. The USG asked`) start."""
    return frozenset(b.request.start for s in sections for b in s.benchmarks if _DOTTED_AT.match(text, b.request.start))


def _items(text: str, sec: Section, item_rx, run_in: bool) -> list[Benchmark]:
    items = []
    expected = 1
    for m in item_rx.finditer(text, sec.start, sec.end):
        if m.groupdict().get("label") or int(m.group("num") or m.group("named")) == expected:
            items.append(m)
            expected += 1
    out = []
    for i, m in enumerate(items):
        num = i + 1  # (the items stand in sequence from 1)
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = items[i + 1].start() if i + 1 < len(items) else sec.end
        end = len(text[:end].rstrip()) if text[:end].rstrip() else end
        request_end, response, uncertain = _split_response(text, start, end, run_in)
        out.append(Benchmark(id=f"{sec.letter}.{num}", number=num,
                             request=Span(start=start, end=request_end), response=response,
                             response_uncertain=uncertain))
    return out


def _split_response(text: str, start: int, end: int, run_in: bool = False) -> tuple[int, Span | None, bool]:
    """The answer follows a dashed line (`-----`, `---`, text may follow on the line) or a label
    opening a line (`Response:`, `-- Status:`). Where both are missing, the answer is taken to start
    after the first blank line, or else after the request's first sentence: uncertain."""
    d = (_DASHES_RUN_IN if run_in else _DASHES).search(text, start, end)
    if d:
        dash = d.start() + len(d.group()) - len(d.group().lstrip())
        return dash, Span(start=dash, end=end), False
    b = _BLANK.search(text, start, end)
    if b and b.end() < end:
        return b.start(), Span(start=b.end(), end=end), True
    if (f := _SENTENCE_END.search(text, start, end)) and f.end() < end:
        # (no blank line either, as in a text whose line breaks were lost or a PDF's text: after
        # the request's sentence)
        return f.start() + 1, Span(start=f.end(), end=end), True
    return end, None, False


def locate(sections: list[Section], pos: int) -> tuple[str | None, str | None]:
    """The benchmark (`A.2`, or `A` before any item) and the part a position stands in."""
    for sec in sections:
        if sec.start <= pos < sec.end:
            for b in sec.benchmarks:
                if b.response and b.response.start <= pos < b.response.end:
                    return b.id, "response"
                if b.request.start <= pos < (b.response.start if b.response else b.request.end + 1):
                    return b.id, "request"
                if b.response and b.request.end <= pos < b.response.start:
                    return b.id, "response"
            if sec.benchmarks and pos >= sec.benchmarks[0].request.start:
                last = [b for b in sec.benchmarks if b.request.start <= pos][-1]
                return last.id, "response" if last.response else "request"
            return sec.letter, None
    return None, None
