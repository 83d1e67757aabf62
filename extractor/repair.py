"""Repair the known artifacts of Cablegate text into a clean text used for matching.

The clean text keeps an offset map back to the text as read, so every offset the project reports
refers to the input. Most repairs are one character for one character; the few that change length
(HTML entities, a unit's or qualifier's word broken at a line's end, a unit's word that lost a
letter) are recorded in the map.
"""
from __future__ import annotations

import bisect
import collections
import html
import re

import regex

from extractor import rx

# `&coca insignificant8`: the old character set turned opening and closing quotes into `&` and `8`.
# The closing `8` stands glued to a word and is followed by a non-word character: a digit that
# ends a word like that is never a figure (nor one after a decimal point: `0.8`). An `&` between
# letters is an ampersand (`R&D spending was 0.8 percent`, `AT&T`).
_AMP_QUOTE = regex.compile(r"(?<![A-Za-z])&(?=[A-Za-z])([^&\n]{1,120}?[A-Za-z.,!?])(?<!\d[.,])8(?![\w])")
# `Peru,s` for Peru's; `don,t`, `they,re`.
_COMMA_APOS = regex.compile(r"(?<=[A-Za-z]),(?=(?:s|t|re|ve|ll|d|m)\b)")
# `PresidentQs Representative`: Q for an apostrophe before a possessive s.
_Q_APOS = regex.compile(r"(?<=[a-z])Q(?=s\b)")
_LINE_BACKSLASH = regex.compile(r"\\(?=\r?\n)")
# `15 PER-\nCENT`, `2.5 MIL-\nLION`, `162 MILLION DOL-\nLARS`, `ab-\nout 2,000`: a word broken
# at the line's end by a hyphen, as telegrams were typed; joined where the two halves make a word
# of a unit, a scale, a currency or a qualifier (`cocaine-\nbase` is a compound and stays; no
# such compound is made of one of those words). Found from the hyphen that ends a line (a scan
# led by a literal), then read back to the word's first half.
_LINE_END_HYPHEN = regex.compile(r"-[ \t]*\r?\n[ \t]*(?P<b>[A-Za-z]{2,})\b")
_WORD = regex.compile(r"[a-z]{4,}")
_LETTER_RUN = regex.compile(r"[a-z]+")
_WORD_BEFORE_HYPHEN = regex.compile(r"(?r)(?<![A-Za-z])(?P<a>[A-Za-z]{2,})\Z")
# `12 percet`, `5,000 hectres`: a word after an amount that lost a letter, as some texts of the
# archive lose one now and then (`Execuive`, `smmary`); restored where it is a unit's, a
# currency's or a scale's word (see `dropped_letter_words` in patterns/units.json).
# Likewise a unit's word glued to a short word after it (`19,226 metric tonsof food`), the unit's
# word after the amount or after one word after it.
# (from a number's first digit only, each run taken whole: tried from each digit of a long run, or
# parting a run of spaces two ways, the scan is quadratic; the digit before the test of the one
# before it lets the engine skip to the digits, on the standard library's engine, as measured)
_WORDS_AFTER_NUMBER = rx.short(r"[0-9](?<![\d,.][0-9])[\d,.]*+[ \t]*+(?:\n[ \t]*+)?(?P<w>[A-Za-z]{4,}+)(?:(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)(?P<w2>[A-Za-z]{4,}+))?")
_DIGIT_SPACE_BEFORE = regex.compile(r"\d[ \t]*+(?:\n[ \t]*+)?(?<=\s)\Z")  # (a number, then a space or line break only)
_AFTER_WORD = regex.compile(r"[A-Za-z0-9](?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})\Z")  # (a word or number, then a space or line break)
_ENTITY = regex.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_CHAR_MAP = str.maketrans({
    "\u00b6": " ",  # pilcrow before paragraph marks
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\r": " ", "\t": " ", "\x0c": " ",
    # the file, group, record and unit separators: spaces to `re`, not to `regex`, so none is left
    "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x1f": " ",
})


def _unescape(entity: str) -> str | None:
    """The character an HTML entity stands for, in capitals too (`&NBSP;`, `&AMP;`), or None."""
    for form in (entity, entity.lower()) if entity.isupper() else (entity,):
        if (d := html.unescape(form)) != form:
            return d
    return None


# (bytes of letters kept, all else a space: a text's words in one pass of the C library)
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(256))


class WordScans:
    """The scans for a word that lost a letter or a space away from digits: after a number's
    word (`twelve monhs`) and glued to the short word before a number's word (`inten`). Each
    scans the whole text, so both run only where one of the words they restore stands in it,
    found among the text's words in one pass (most texts hold none)."""

    def __init__(self, after_number_words: re.Pattern | None, glued_joins: re.Pattern | None, words: frozenset[str]):
        self.after_number_words = after_number_words
        self.glued_joins = glued_joins
        self._words = frozenset(w.encode("latin-1", "replace") for w in words)

    def wanted(self, raw: str) -> bool:
        return not self._words.isdisjoint(raw.encode("latin-1", "replace").lower().translate(_LETTERS_ONLY).split())


class RepairedText:
    """The clean text and the map from its offsets to the offsets of the text as read."""

    def __init__(self, raw: str, joinable: frozenset[str] = frozenset(), dropped: dict[str, str] | None = None,
                 page_break: regex.Pattern | None = None, known: frozenset[str] = frozenset(),
                 gluable: frozenset[str] = frozenset(), word_scans: WordScans | None = None):
        self.raw = raw
        self.page_breaks: list[tuple[int, int]] = []
        if page_break is not None and ("PAGE" in raw or " OF " in raw):
            # A telegram's page break inside a sentence (`L 190` over the page's lines over
            # `MILLION`): made spaces, so that the text before it goes on after it; the text as read
            # keeps it, and the offsets do not move.
            parts, at = [], 0
            for m in page_break.finditer(raw):
                parts += [raw[at:m.start()], " " * (m.end() - m.start())]
                at = m.end()
                self.page_breaks.append(m.span())
            raw = "".join(parts) + raw[at:] if parts else raw
        self.repairs: list[tuple[int, int, str]] = []  # raw start, raw end, rule id
        pieces: list[str] = []
        # Segments of (clean_start, raw_start); between changes the two advance together.
        self._clean_starts: list[int] = [0]
        self._raw_starts: list[int] = [0]
        pos = 0
        clean_len = 0
        # The repairs that change the length of the text, in order: HTML entities, and words
        # broken at a line's end beside a number that make one of the `joinable` words.
        changes = []
        if "&" in raw:
            changes += [(m.start(), m.end(), d, "html-entity") for m in _ENTITY.finditer(raw) if (d := _unescape(m.group())) is not None]
        if joinable and "-" in raw:
            vocabulary = words = None
            for m in _LINE_END_HYPHEN.finditer(raw):
                a = _WORD_BEFORE_HYPHEN.search(raw, max(0, m.start() - 20), m.start())
                if not a:
                    continue
                w = a.group("a") + m.group("b")
                if w.lower() not in joinable:
                    # (or a word the text writes whole elsewhere: `CO-\nMPARED` where `COMPARED`
                    # stands in another line; `cocaine-\nbase` stays, a compound written so)
                    if vocabulary is None:
                        low = raw.lower()
                        vocabulary = set(_WORD.findall(low))
                        words = _WordCounts(low)
                    if w.lower() not in vocabulary and not _pieces(a.group("a"), m.group("b"), known, words):
                        # (or two pieces that are no words: `fac-\ntor`, `ad-\nults`; neither a word
                        # the rules know, `two-\nyear`, nor one the text writes elsewhere, `anti-\ndrug`)
                        continue
                if dropped and (full := dropped.get(w.lower())) is not None and " " not in full and _DIGIT_SPACE_BEFORE.search(
                        raw, max(0, a.start() - 12), a.start()):
                    # (`1.8 prc-\nentage points`: a word after an amount, broken, that lost a letter)
                    w = _cased_as(full, w)
                changes.append((a.start(), m.end("b"), w, "line-end-hyphen"))
        if dropped:
            counts = None
            for m in _WORDS_AFTER_NUMBER.finditer(raw):
                for g in ("w", "w2"):
                    w = m.group(g)
                    if w is not None and (full := dropped.get(w.lower())) is not None:
                        changes.append((m.start(g), m.end(g), _cased_as(full, w), "dropped-letter"))
                    elif (g == "w" and gluable and len(w) >= 7 and (w.islower() or w.isupper()) and w.lower() not in known
                          and _DIGIT_SPACE_BEFORE.search(raw, max(0, m.start(g) - 12), m.start(g))):
                        # (`130,000 hectaressprayed`, `8,000 hctgoal`: a word of a figure glued to a word
                        # after it that the text writes apart elsewhere, where the two glued are written once)
                        if counts is None:
                            counts = _WordCounts(raw.lower())
                        if (k := _glued_unit(w.lower(), gluable, counts)) is not None:
                            changes.append((m.start(g), m.end(g), w[:k] + " " + w[k:], "dropped-letter"))
            scans = word_scans if word_scans is not None and word_scans.wanted(raw) else None
            # (`twelve monhs`: after a number's word too, standing apart)
            if scans is not None and scans.after_number_words is not None:
                for m in scans.after_number_words.finditer(raw):
                    w = m.group("w")
                    if (full := dropped.get(w.lower())) is not None and not (m.start() and raw[m.start() - 1].isalpha()):
                        changes.append((m.start("w"), m.end("w"), _cased_as(full, w), "dropped-letter"))
            # (`four orfive`, `resulting inten impacts`: a number's word glued to the short word before it)
            if scans is not None and scans.glued_joins is not None:
                for m in scans.glued_joins.finditer(raw):
                    w = m.group("w")
                    if (m.start() and not raw[m.start() - 1].isalpha() and _AFTER_WORD.search(raw, max(0, m.start() - 8), m.start())
                            and (full := dropped.get(w.lower())) is not None):
                        changes.append((m.start("w"), m.end("w"), _cased_as(full, w), "dropped-letter"))
        changes.sort(key=lambda c: (c[0], -c[1]))  # (the longer first: `hectar-\nes` is joined, not a dropped letter restored)
        for start, end, decoded, rule in changes:
            if start < pos:
                continue
            pieces.append(raw[pos:start])
            clean_len += start - pos
            pieces.append(decoded)
            self.repairs.append((start, end, rule))
            self._clean_starts.append(clean_len)
            self._raw_starts.append(start)
            if (k := decoded.find(" ")) > 0 and decoded[:k] + decoded[k + 1:] == raw[start:end]:
                # (a glued word parted, `inten`: the second word's offsets are where it stands glued)
                self._clean_starts.append(clean_len + k + 1)
                self._raw_starts.append(start + k)
            clean_len += len(decoded)
            self._clean_starts.append(clean_len)
            self._raw_starts.append(end)
            pos = end
        pieces.append(raw[pos:])
        text = "".join(pieces)
        text = text.translate(_CHAR_MAP)
        # Each repair below puts one character in place of one: the offsets do not move.
        put: dict[int, str] = {}  # offset -> the character put there (the last repair to touch it wins)
        for m in _AMP_QUOTE.finditer(text):
            put[m.start()] = put[m.end() - 1] = '"'
            self.repairs.append((self.to_raw(m.start()), self.to_raw(m.end()), "amp-quote"))
        for rx, rule in ((_COMMA_APOS, "comma-apostrophe"), (_Q_APOS, "q-apostrophe"), (_LINE_BACKSLASH, "line-backslash")):
            for m in rx.finditer(text):
                put[m.start()] = "'" if rule != "line-backslash" else " "
                self.repairs.append((self.to_raw(m.start()), self.to_raw(m.end()), rule))
        if put:
            pieces, pos = [], 0
            for i, ch in sorted(put.items()):
                pieces += [text[pos:i], ch]
                pos = i + 1
            text = "".join(pieces) + text[pos:]
        self.text = text
        self.repairs.sort()
        self._repair_starts = [r[0] for r in self.repairs]

    def to_raw(self, i: int) -> int:
        """The offset in the text as read of clean offset `i`."""
        k = bisect.bisect_right(self._clean_starts, i) - 1
        return self._raw_starts[k] + (i - self._clean_starts[k])

    def page_break_at(self, i: int) -> bool:
        """Whether clean offset `i` starts the spaces a page break was made (no table's gap)."""
        r = self.to_raw(i)
        return any(s <= r < e for s, e in self.page_breaks)

    def repaired_near(self, raw_start: int, raw_end: int, margin: int = 20) -> bool:
        """Whether a repair touched the raw text within `margin` characters of a span, or a page
        break stands inside it."""
        if any(raw_start < s and e < raw_end for s, e in self.page_breaks):
            return True
        k = bisect.bisect_left(self._repair_starts, raw_start - margin - 200)
        for s, e, _ in self.repairs[k:]:
            if s > raw_end + margin:
                break
            if e >= raw_start - margin:
                return True
        return False


def _cased_as(full: str, w: str) -> str:
    """The restored `full` in the case `w` was written in (`PERCET`: `PERCENT`; `Tonsof`: `Tons of`)."""
    return full.upper() if w.isupper() else full.capitalize() if w[0].isupper() else full


def repair(raw: str, joinable: frozenset[str] = frozenset(), dropped: dict[str, str] | None = None,
           page_break: regex.Pattern | None = None, known: frozenset[str] = frozenset(),
           gluable: frozenset[str] = frozenset(), word_scans: WordScans | None = None) -> RepairedText:
    return RepairedText(raw, joinable, dropped, page_break, known, gluable, word_scans)


class _WordCounts:
    """How often each run of letters stands in a text in lower case: looked for in the text for the
    first few words asked of, then counted for all at once (a text of many broken words is read
    once, not once a word)."""

    def __init__(self, low: str):
        self.low = low
        self.asked: dict[str, int] = {}
        self.all: collections.Counter | None = None

    def __getitem__(self, word: str) -> int:
        if self.all is not None:
            return self.all[word]
        if (n := self.asked.get(word)) is None:
            if len(self.asked) >= 8:
                self.all = collections.Counter(_LETTER_RUN.findall(self.low))
                return self.all[word]
            n = self.asked[word] = len(regex.findall(r"(?<![a-z])" + word + r"(?![a-z])", self.low)) if word in self.low else 0
        return n


def _glued_unit(w: str, gluable: frozenset[str], words: _WordCounts) -> int | None:
    """Where the word `w` (lower case, after a number) parts into one of the `gluable` words and a
    word of four letters or more the text writes apart elsewhere, the longest first; None where it
    parts so nowhere, or where the text writes `w` itself more than once."""
    for k in range(len(w) - 4, 2, -1):
        if w[:k] in gluable and words[w[k:]] >= 1:
            return k if words[w] <= 1 else None
    return None


def _pieces(a: str, b: str, known: frozenset[str], words: _WordCounts) -> bool:
    """Whether `a` and `b`, the two sides of a hyphen at a line's end, are pieces of one word: in
    the same case (or the first capitalised), and neither a word the rules know (`known`) nor one
    the text writes elsewhere (`words`, the counts of the text's words, these two included)."""
    if not (a.islower() and b.islower() or a.isupper() and b.isupper() or a[:1].isupper() and a[1:].islower() and b.islower()):
        return False
    return all(p not in known and words[p] <= 1 for p in (a.lower(), b.lower()))
