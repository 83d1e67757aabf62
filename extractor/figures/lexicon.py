"""Regexes and lookups built once from a ruleset: numbers, units, currencies, qualifiers, months."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from extractor import rx

from extractor.patterns import Ruleset, alternation, suffix_trie_alternation, trie_alternation, with_a_letter_lost

WS = r"[ \t]*(?:\n[ \t]*)?"  # a gap between words may hold one line break
GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # the same, but never empty: a space, a line break, or both


def _alt(forms: list[str]) -> str:
    """Like patterns.alternation, but a line break may stand between the words of a form."""
    return alternation(forms).replace(r"\s+", WS)


def ws_trie(forms: list[str]) -> str:
    """`_alt` as a trie, for patterns matched forwards: the same (longest) match, with a few
    branches to try at each position instead of every form."""
    return "(?:" + trie_alternation(forms).replace(r"\s+", WS) + ")"


def _suffix_trie(forms: list[str]) -> str:
    """`_alt` for a REVERSE search: a trie built from the ends of the forms, so that read from
    its end it still tries the longest form first."""
    return "(?:" + suffix_trie_alternation(forms).replace(r"\s+", WS) + ")"


class EndMatcher:
    """A backwards pattern for the words that end a string (`(?r)...forms[ \\t]*(?:\\n[ \\t]*)?\\Z`),
    behind a test of the string's last characters. A call into `regex` costs a few microseconds
    for an alternation of hundreds of forms, however short the string; most strings before a
    number end in no form, and the test turns them away without the call."""

    def __init__(self, pattern: str, forms: list[str], flags: int = 0):
        self.rx = regex.compile(pattern, flags | regex.REVERSE)
        self.fold = bool(flags & regex.I)
        # the last (up to) three characters of each form's last word, by their length
        tails = {f.split()[-1][-3:].lower() if self.fold else f.split()[-1][-3:] for f in forms if f.strip()}
        self.tails = [(n, frozenset(t for t in tails if len(t) == n)) for n in sorted({len(t) for t in tails})]

    def search(self, string: str):
        end = string.rstrip(" \t\n")[-3:]
        if self.fold:
            end = end.lower()
        for n, tails in self.tails:
            if end[-n:] in tails:
                return self.rx.search(string)
        return None


_ANCHORED_REACH = 2000  # the longest match an anchored rule is tried for (its rules match a line or two)


class AnchoredScan:
    """A rule every match of which starts with one of its required strings, scanned by finding
    those strings (`str.find`, about a gigabyte a second) and matching the rule only there: the
    same matches as `finditer`, where a pattern that starts with a word boundary or a set of
    words is otherwise tried at every character. The strings are found in lower case in the
    lowered text (`tel` once for `Tel`, `TEL` and `tel`); where lowering changes the length of
    the text, the whole text is scanned."""

    def __init__(self, pattern: regex.Pattern, anchors: tuple[str, ...]):
        self.pattern = pattern
        self.anchors = tuple(sorted({a.lower() for a in anchors}))

    def finditer(self, text: str, low: str | None = None):
        hay = text.lower() if low is None else low
        if len(hay) != len(text):
            yield from self.pattern.finditer(text)
            return
        starts = set()
        for a in self.anchors:
            run = len(a) > 1 and len(set(a)) == 1
            p = hay.find(a)
            while p != -1:
                starts.add(p)
                if run:
                    # (an anchor of one character repeated, `----------`, is tried where its run
                    # starts: a rule anchored so begins with an open-ended run, `-{10,}`, which
                    # matches from the run's start wherever it matches inside it; trying each
                    # position of a long run would cost its length squared)
                    q = p + len(a)
                    while q < len(hay) and hay[q] == a[0]:
                        q += 1
                    p = hay.find(a, q)
                else:
                    p = hay.find(a, p + 1)
        end = 0
        for p in sorted(starts):
            if p < end:
                continue
            # (within a reach: `regex` may first look for a literal the pattern needs through the
            # rest of the text, once per start, which a text without it pays for quadratically)
            m = self.pattern.match(text, p, p + _ANCHORED_REACH)
            if m:
                yield m
                end = max(m.end(), p + 1)


@dataclass(frozen=True)
class UnitInfo:
    rule: str
    kind: str            # quantity, duration, percent, money
    unit: str
    per: str | None = None
    scale: float = 1.0
    to_base: float | None = None
    base_unit: str | None = None
    scale_above: tuple[float, float] | None = None  # (n, s): after a number above n, the scale is s
    max_value: float | None = None  # no number above it is of this unit


# How a rule says it matches from the start of a line, after spaces but not across blank lines
# (`^\s*` would try every blank line of a long run again at each one before it).
LINE_HEAD = r"^[^\S\n]*"


class LineStartScan:
    """A rule that matches from the start of a line (`^[^\\S\\n]*...`, multi-line), scanned as a
    line break followed by the rest, plus a match at the start of the text: the engine skips from
    one line break to the next, where at `^` it tries every position. The same spans."""

    _HEAD = regex.compile(r"(\(\?[a-zA-Z]+\))?" + regex.escape(LINE_HEAD))

    def __init__(self, flags: str, rest: str):
        # On the standard library's engine where it reads the rule the same: it skips to the next
        # line break (a literal) two to three times faster than `regex` does.
        self.first = rx.short(flags + LINE_HEAD[1:] + rest, regex.M)  # matched at the start of the text
        self.after_break = rx.short(flags + r"\n" + LINE_HEAD[1:] + rest, regex.M)

    @classmethod
    def of(cls, pattern: str) -> LineStartScan | None:
        head = cls._HEAD.match(pattern)
        return cls(head.group(1) or "", pattern[head.end():]) if head else None

    def spans(self, text: str, keep=None) -> list[tuple[int, int]]:
        """The spans of the matches (those `keep(match)` accepts, if given)."""
        m = self.first.match(text)
        out = [m.span()] if m and (keep is None or keep(m)) else []
        pos = m.end() if m else 0
        # As `finditer` would: each match starts where the one before ended, or later; the line
        # break before a line start may have been the last character of the match before.
        while (m := self.after_break.search(text, max(pos - 1, 0))) is not None:
            start = m.start() + 1
            if keep is None or keep(m):
                out.append((start, m.end()))
            pos = max(m.end(), start + 1)
        return out


@dataclass(frozen=True)
class MetadataRule:
    id: str
    pattern: regex.Pattern          # the rule as written
    scan: regex.Pattern | LineStartScan  # what scans a text for it
    requires: tuple[str, ...]  # one of these is in every match (lower case when `fold`)
    # `requires` by their lower case form: (`tel`, (`Tel`, `TEL`, `tel`)); a cased form is looked for
    # only when the lowered text holds its lower case form. Empty forms for a `fold` rule.
    by_lower: tuple[tuple[str, tuple[str, ...]], ...]
    gate: regex.Pattern | None  # a pattern every match holds a match of (`requires_pattern`)
    post_group: str | None      # a group whose words must name a known post
    fold: bool                 # the pattern ignores case


class Lexicon:
    """Compiled lookups for one ruleset."""

    def __init__(self, rules: Ruleset):
        self.rules = rules
        n = rules.numbers
        self.word_values: dict[str, int] = {**n.units, **n.tens}
        # (`eght`, `thre`: a number's word that lost a letter, but for words of their own and
        # what two number words make alike)
        lost = with_a_letter_lost({w: self.word_values[w] for w in n.dropped_letter_numbers})
        not_words = {w.lower() for w in rules.units.dropped_letter_not_words} | rules.vocabulary()
        self.lost_letter_numbers = {v: k for v, k in lost.items() if k is not None and v not in not_words}
        self.word_values.update(self.lost_letter_numbers)
        self.scales: dict[str, int] = {squash(k.lower()): v for k, v in n.scales.items()}
        small = sorted(list(n.units) + list(n.tens) + list(self.lost_letter_numbers), key=len, reverse=True)
        small = [w for w in small if " " not in w]
        # (a scale of two words, `mil millones`, may be wrapped between them: see `scale`)
        scale = r"(?:" + "|".join(k.replace(" ", _WORD_GAP) for k in sorted(self.scales, key=len, reverse=True)) + r")"
        # (a scale's word is none where it is the first part of another word broken at a line's
        # end, `4,000 mil-\nitants`, unless the word whole is a scale too: `bil-\nhoes`, `mill-\nones`)
        rests = sorted({k[len(p):] for k in self.scales for p in self.scales if k.startswith(p) and k != p and " " not in k}, key=len, reverse=True)
        broken = r"(?!-[ \t]*\n[ \t]*" + (r"(?!(?:" + "|".join(map(regex.escape, rests)) + r")\b)" if rests else "") + r"[a-z])"
        self.scale_rx = rx.short(r"(?:[ \t]*(?:\n[ \t]*)?|-(?:\n[ \t]*)?)(" + scale + r")\b" + broken, regex.I)  # (`$1.5-million loan`, `$1.5-\nmillion`)
        self.scale_letters = n.scale_letters
        # (after digits, `hundred` and `dozen` scale too: `5 hundred detained`, `2 dozen arrests`)
        self.digit_scales: dict[str, int] = {**{w.lower(): 100 for w in n.hundred},
                                             **{w: v for w, v in n.units.items() if w.endswith("dozen") and " " not in w}}
        self.digit_scale_rx = rx.short(r"[ \t]*(?:\n[ \t]*)?(" + "|".join(sorted(self.digit_scales, key=len, reverse=True))
                                       + r")\b(?![ \t]*(?:\n[ \t]*)?of\b)", regex.I)
        # Number words in any case, scanned by the standard library's engine, which runs a trie
        # of literal words several times faster than `regex` does.
        first = trie_alternation(small, cased=True)
        more = trie_alternation(small + ["hundred", "thousand"], cased=True)
        # The word before is checked in `number_words`: a pattern led by a lookbehind is tried at
        # every character, one led by the trie skips to where a word can start.
        # `and` joins only after `hundred` or `thousand` (`two hundred and five`; `five and ten` are two);
        # a hyphen may end a line (`twenty-\nfive`).
        self._words_rx = re.compile(
            first + r"(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*|-(?:\n[ \t]*)?)(?:(?:(?<=(?i:hundred)[ \t\n])|(?<=(?i:thousand)[ \t\n]))" + trie_alternation(["and"], cased=True)
            + GAP + r")?" + more + r")*(?![\w])")
        self.one_words = {w.lower() for w in n.one_needs_noun}
        # `ONE POINT FIVE BILLION`: digits read out after `point` are a number's decimals
        digits = sorted(w for w, v in self.word_values.items() if 0 <= v <= 9 and w.isalpha())
        self.point_digits_rx = rx.short(r"(?i)[ \t]*(?:\n[ \t]*)?point(?P<d>(?:[ \t]*(?:\n[ \t]*)?(?:" + "|".join(digits) + r")\b)+)")
        # `half a billion`, `a quarter of a million`, `a quarter million`: a fraction of a scale word is a number.
        self.fraction_scale_rx = regex.compile(
            r"(?<![\w-])(?P<f>" + _alt(list(n.fractions)) + r")(?:(?:[ \t]*(?:\n[ \t]*)?of)?[ \t]*(?:\n[ \t]*)?an?)?[ \t-]*(?:\n[ \t]*)?"
            r"(?P<s>" + "|".join(k.replace(" ", _WORD_GAP) for k in sorted(n.scales, key=len, reverse=True) if n.scales[k] >= 1000000) + r")\b",
            regex.I)
        self.fractions = {_key(k): v for k, v in n.fractions.items()}
        # What every match ends with (the last word of its fraction, the article and the scale),
        # in lower case: the scan of the whole text, slow for its case-blind start, runs only on a
        # text whose lowered form holds such a run.
        big = [k.lower() for k in n.scales if n.scales[k] >= 1000000]
        self._fraction_gate = re.compile(
            trie_alternation(sorted({k.split()[-1].lower() for k in n.fractions})) + r"(?:(?:[ \t]*(?:\n[ \t]*)?of)?[ \t]*(?:\n[ \t]*)?an?)?"
            r"[ \t-]*(?:\n[ \t]*)?" + trie_alternation(big)) if n.fractions else None
        self.counted_before_rx = regex.compile(
            r"(?r)(?<![\w-])(?P<item>" + _suffix_trie(n.counted_before) + r")[ \t]*(?:\n[ \t]*)?(?:of|was|is|at|stood" + GAP + r"at|reached)?"
            r"[ \t]*(?:\n[ \t]*)?(?:[a-z]+(?:" + GAP + r"[a-z]+)?[ \t]*(?:\n[ \t]*)?)?\Z", regex.I) if n.counted_before else None
        # `Chinese students in the United States number 98,235`: the plural before a verb of counting,
        # past up to two places (`in the NWFP`), an adverb (`now`) and up to two words of a qualifier;
        # the words before the plural are part of it where they are no verb or word of the clause
        # (`Afghan`), and so is a name after `of` in title case (`the Sons of Iraq`)
        plural = r"[A-Za-z][\w-]*(?<=[^sSuUiI][sS])|" + "|".join(map(regex.escape, n.plurals_without_s))
        self.count_verb_rx = rx.short(
            r"(?r)(?<![\w-])(?P<mod>(?:[A-Za-z][\w-]*[A-RT-Za-rt-z]" + GAP + r"){0,2})(?P<head>" + plural + r")"
            r"(?P<of>" + GAP + r"of" + GAP + r"(?:the" + GAP + r")?[A-Z][\w.-]*(?:" + GAP + r"[A-Z][\w.-]*)?(?=" + GAP + r"[a-z]))?"
            r"(?:" + GAP + r"(?:in|from|at|on|inside|across|outside|within)" + GAP + r"(?:the" + GAP + r")?[A-Za-z][\w.-]*(?:" + GAP + r"[A-Za-z][\w.-]*){0,2}){0,2}"
            + GAP + r"(?:(?:now|currently|still|already|reportedly|officially|together|altogether)" + GAP + r")?(?:" + ws_trie(n.count_verbs) + r")"
            + r"(?:" + GAP + r"(?:[a-z]+(?:" + GAP + r"[a-z]+)?" + GAP + r"|[~<>])|" + GAP + r")\Z", regex.I) if n.count_verbs else None
        self.count_verb_words = tuple({v.lower() for v in n.count_verbs})  # (a window without one is not searched)
        # (`it has secured`, `it has so far received`: more of what a figure before measures, got or given)
        self.it_got_rx = rx.short(
            r"(?i)\b(?:it|this)" + GAP + r"(?:(?:has|had)" + GAP + r")?(?:(?:now|so" + GAP + r"far|already|only)" + GAP + r")?(?:"
            + ws_trie(n.got_verbs) + r")" + WS + r"\Z") if n.got_verbs else None
        # Every match holds the last word of its noun: a window without one is not searched.
        self._counted_words = tuple({f.split()[-1].lower() for f in n.counted_before})
        # After `one`: a word (or its plural) or a phrase that makes it no count (`one of`, `one way`,
        # `one by one`); a word is matched whole (`one official` counts, `one of` does not).
        after_one = [" ".join(w.lower().split()) for w in n.not_after_number_word]
        self.not_after_word = frozenset(w for w in after_one if " " not in w) | frozenset(w + "s" for w in after_one if " " not in w)
        self.not_after_phrase = tuple(w for w in after_one if " " in w)
        self.item_stops = frozenset(w.lower() for w in n.item_stop_words)
        self.item_stops_before_bracket = frozenset(w.lower() for w in n.item_stops_before_bracket)
        self.item_skips = frozenset(w.lower() for w in n.item_skip_words)
        self.item_nouns_like_verbs = frozenset(w.lower() for w in n.item_nouns_like_verbs)
        self.reporting_participles = frozenset(w.lower() for w in n.reporting_participles)
        self.state_items = frozenset(w.lower() for w in n.state_items)
        self.way_words = frozenset(w.lower() for w in n.way_words)
        self.share_names = frozenset(w.lower() for w in n.share_names)
        self.item_verbs = frozenset(w.lower() for w in n.item_verbs)
        self.plurals_without_s = frozenset(w.lower() for w in n.plurals_without_s)
        self.singulars_with_s = frozenset(w.lower() for w in n.singulars_with_s)
        self.adjective_rx = rx.short(r"[a-z]+(?:" + "|".join(map(regex.escape, n.item_adjective_endings)) + r")|"
                                     + "|".join(map(regex.escape, n.item_adjectives))) if n.item_adjectives or n.item_adjective_endings else None
        self.table_scales = {k.lower(): v for k, v in n.table_scales.items()}
        self.meters_before_rx = rx.short(GAP + r"(?:" + trie_alternation(n.meters_glued_before) + r")\b", regex.I) \
            if n.meters_glued_before else None
        self.comma_decimal_scales = frozenset(squash(w.lower()) for w in n.comma_decimal_scales)
        # `8.5 million tons, compared with 10.2 million`: a figure, a comparison word, a bare number
        # (the comparison word, and what the figure is compared with where the text names it: `against
        # a goal of`, `up from a record high of`)
        # (or a word that says what sort of figure it is: `against a record 121 million`, `from a revised 5.2`)
        # (or a word that makes it small: `compared to just ten`, `up from only 3 tons`)
        sort = r"(?:" + ws_trie(n.comparison_sorts) + r")\s+" if n.comparison_sorts else r"(?!)"
        # (`COMARED WITH 2.8 MILLION`: a word of seven letters or more of them that lost a letter)
        cmp_words = list(n.comparison_words) + _with_a_letter_lost(n.comparison_words, 7, rules.vocabulary())
        compared = ws_trie(cmp_words) + r"\s+(?:" + (
            r"(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[a-z][\w-]*\s+)?" + ws_trie(n.comparison_benchmarks) + r"\s+of\s+|"
            if n.comparison_benchmarks else "") + r"(?:the|an?)\s+(?:" + sort + r")?|" + sort + r")?"
        # (or a benchmark or a year, a colon and the number in brackets after the figure: `10,025
        # hectares (goal: 10,000)`, `12,450 kg (2008: 10,200)`)
        # (the year so written is the named group `label_year`: the second figure's)
        labelled = (r"|\s*\(\s*(?:(?:(?:the|a|an|its)\s+)?" + ws_trie(n.comparison_benchmarks) + r"|" if n.comparison_benchmarks else r"|\s*\(\s*(?:")
        labelled += r"(?P<label_year>(?:FY|CY)?\s?(?:19|20)\d{2}|(?:FY|CY)[\s-]?\d{2}))\s*:\s*"  # (`(FY08: 18)` too)
        self.comparison_rx = rx.short(r"\s*[,(]?\s*" + compared + labelled, regex.I) \
            if n.comparison_words else None  # (matched whole against the short gap between the two)
        # (or ending a short clause after the first: `2.7 million people live in camps, up from 2.4 million`)
        # (the stops of an abbreviation, `U.S.`, end no clause)
        self.comparison_end_rx = rx.short(r"(?:[^.;:\n]|\.(?=[\w,])|\n(?![ \t]*\n)){0,70}?[,(]\s*" + compared + r"\Z", regex.I) \
            if n.comparison_words else None
        # (`fell to 5,000 hectares in 2007 before recovering to 6,200`: in the sentence, a second
        # change to a bare number)
        # (or `and will reach`, `before hitting`: a verb that takes the level right after it)
        # (and a time the change was made in between: `revised in June to 7.5`)
        self.change_on_rx = rx.short(r"(?:[^.;:\n]|\.(?=\d)|\n(?![ \t]*\n)){0,80}?\b(?:" + ws_trie(n.change_on_words)
                                     + r"(?:\s+(?:in|on|by|during|last|this)\s+[A-Za-z]+\.?(?:\s+(?:19|20)\d{2})?)?\s+(?:to|at)"
                                     + (r"|" + ws_trie(n.change_level_verbs) if n.change_level_verbs else "")
                                     + r")\s+\Z", regex.I) if n.change_on_words else None
        # (`a target of 4 percent, later raised to 7.5`: a level named as a benchmark, then changed)
        self.benchmark_of_rx = rx.short(r"\b(?:" + ws_trie(n.comparison_benchmarks) + r")\s+of\s+(?:(?:about|some|around|roughly|nearly|almost|over|under)\s+)?\Z",
                                        regex.I) if n.comparison_benchmarks else None
        self.count_hyphen_rx = rx.short(r"-(?:[ \t]*\n[ \t]*)?(?:" + trie_alternation(n.count_hyphen) + r")(?![\w-])", regex.I) if n.count_hyphen else None

        u = rules.units
        self.thousands_stop_forms = frozenset(f.lower() for f in u.thousands_stop_forms)
        # (the units of an area or a length: a count may be at a rate in one, `12,000 plants per hectare`)
        self.area_length_units = frozenset(r.unit for r in u.units if r.dimension in ("area", "length"))
        self.units: dict[str, UnitInfo] = {}
        cs_forms: dict[str, UnitInfo] = {}
        rate_only: dict[str, UnitInfo] = {}  # forms read only in a rate or a compound (`a pound`, `50-pound`)
        no_compound: set[str] = set()
        for r in u.units:
            info = UnitInfo(r.id, "quantity", r.unit, r.per, r.scale or 1.0, r.to_base, _base_of(r.dimension), r.scale_above, r.max_value)
            for f in r.forms:
                self.units[_key(f)] = info
                if not r.compound:
                    no_compound.add(_key(f))
            for f in r.case_sensitive:
                cs_forms[f] = info
            for f in r.rate_forms:
                rate_only[_key(f)] = info
        for r in u.durations:
            info = UnitInfo(r.id, "duration", r.unit, None, r.scale or 1.0, r.to_years, "year")
            for f in r.forms:
                self.units[_key(f)] = info
        pct = UnitInfo("percent", "percent", "percent")
        for f in u.percent.forms:
            self.units[_key(f)] = pct
        self.cs_units = cs_forms
        # (the least `max_value` of any unit: a number at or below it is no unit's too large)
        self.unit_max_floor = min((r.max_value for r in u.units if r.max_value is not None), default=float("inf"))
        unit_forms = [f for f in self.units if f != "%"]
        self.unit_rx = rx.short(
            # (not the first half of a word a line's end broke: `1,600 mi-\nnisters`)
            r"(?:[ \t]*(?:\n[ \t]*)?(?P<u>" + ws_trie(unit_forms) + r")(?![\w]|-[ \t]*\n[ \t]*[a-z])|[ \t]?(?P<pct>%)|[ \t]*(?:\n[ \t]*)?(?P<cs>(?-i:"
            + "|".join(regex.escape(f) + _verb_after(u.case_sensitive_verbs.get(f)) for f in sorted(cs_forms, key=len, reverse=True))
            + r"))(?![\w-]))", regex.I)
        # (`five-\nyear`: a compound cut at the end of a line)
        # (a form read only in a rate reads in a compound too: `a 50-pound bale`; from here on it is a
        # unit form for the lookups and rates below, though `unit_rx` never reads it after an amount)
        rate_only = {f: info for f, info in rate_only.items() if f not in self.units}
        self.units.update(rate_only)
        self.hyphen_unit_rx = rx.short(r"-(?:[ \t]*\n[ \t]*)?(?P<u>" + ws_trie([f for f in unit_forms if f not in no_compound] + list(rate_only))
                                       + r")(?![\w]|-(?!(?:long|wide|high|deep|thick|tall)\b))", regex.I)  # (`a 40-km-long fence`)

        c = rules.currencies
        self.cur_before: dict[str, str] = {}
        self.cur_after: dict[str, str] = {}
        for cur in c.currencies:
            for f in cur.before:
                self.cur_before[f] = cur.code
            for f in cur.after:
                self.cur_after[f.lower()] = cur.code
        # A cable in capitals writes each form in capitals (`RS 35`, `BS.F 86.3 BILLION`); those
        # stand apart from the amount: glued (`RS232`) they are names.
        as_written = set(self.cur_before)
        for f in list(as_written):
            if len(f) > 1 and f.upper() != f and f.upper() not in self.cur_before:
                self.cur_before[f.upper()] = self.cur_before[f]
        self.by_country = c.by_country
        self._place_patterns: dict[str, list] = {}  # (see `_places_of`)
        self.whole_unit_codes = frozenset(c.whole_unit_codes)
        # (code -> (month it came, code it replaced); old code -> (month, code that replaced it))
        self._replaced = {r.code: ((int(r.since[:4]), int(r.since[5:])), r.old) for r in c.redenominations}
        self._replaced_by = {r.old: ((int(r.since[:4]), int(r.since[5:])), r.code) for r in c.redenominations}
        # (`pounds` -> a pattern of the words that name a country of each code, by code)
        self.named_in_sentence = {
            _key(word): [(code, rx.short(r"(?<![\w.])(?:" + "|".join(map(regex.escape, sorted(names, key=len, reverse=True))) + r")(?![\w])"))
                         for code, names in codes.items() if names]
            for word, codes in c.named_in_sentence.items()}
        self.subunits = {_key(k): n for k, n in c.subunits.items()}
        # (`won` -> the words after it that make it a verb: `the 110 won by the Nepali Congress`)
        self.currency_verb_after = {
            _key(word): rx.short(r"(?i)" + GAP + r"(?:" + "|".join(GAP.join(map(regex.escape, w.split())) for w in sorted(after, key=len, reverse=True)) + r")\b")
            for word, after in c.verb_after.items()}
        self.three_decimals = frozenset(c.three_decimals)
        self.needs_amount = frozenset(c.needs_amount)
        before = sorted(self.cur_before, key=len, reverse=True)
        # The patterns that end at `\Z` search backwards (REVERSE): they are tried at the end of the
        # text before a number first, not at each of its characters.
        # Symbols glue to the number ($40, S/75); codes and words stand apart (USD 7.59). A symbol
        # stands after no letter, digit or `$`, and after a slash only where it is no letter's
        # (`P48.5/$1`, `pesos/US$1`; not the `S` of `R/S`).
        self.cur_before_rx = EndMatcher(
            r"(?:(?<![\w$])(?<!/(?=\w)(?![A-Z]{1,3}\$))(?P<cur>" + suffix_trie_alternation(before) + r"))[ \t]*(?:\n[ \t]*)?\Z", before)
        # `isUSD 7.59 million`: an upper-case code glued to the word before it.
        codes = sorted({f for f in before if rx.fullmatch(r"[A-Z]{3}", f)})
        # (and in a cable in capitals, `ISUSD 7.59 MILLION`: only USD, which ends no English word)
        self.code_glued_rx = EndMatcher(r"(?:(?<=[a-z])(?P<cur>" + "|".join(codes) + r")|(?<=[A-Z])(?P<cur>USD))[ \t]*(?:\n[ \t]*)?\Z", codes)
        # A number stands apart, or glued to a three-letter code (`EUR2 billion`) or to a currency
        # written in letters (`N148.5`, `Rs.500`, `RM5 million`, `$US3.5 billion`); other glued letters are identifiers,
        # which the candidate step drops. Digits are grouped in threes, or in the Indian way
        # (`1,50,000` is 150,000), or with full stops in two groups or more (`1.000.000`; a single
        # group, `3.500`, is read as a decimal, except `.000` and in money: see `three_decimals`); a comma before one or two digits and a scale word
        # or percent is a decimal comma (`EUR 1,5 million`, `3,2 percent`). (Each alternative added
        # here costs every text its scan: `$.50` and groups apart by spaces are read apart, see
        # `FigureExtractor._number_tokens`.)
        # (in capitals too where a full stop ends the symbol: `RS.10`, as `Rs.10`)
        lettered = sorted((f for f in before if (f in as_written or f.endswith(".")) and rx.fullmatch(r"[$\u20ac\u00a3\u00a5]?[A-Za-z]{1,3}\.?", f)),
                          key=len, reverse=True)
        # (those forms in capitals glued only before an amount no name is written as: thousands or
        # decimals with a scale word, `RS1.2BN`, `RS1,200`; not `RS232`)
        capped = sorted({f.upper() for f in lettered if f.isalpha() and f.upper() != f and f.upper() not in lettered}, key=len, reverse=True)
        caps_scales = sorted({w.upper() for w in self.scales if w.isalpha() and self.scales[w] >= 1e5}, key=len, reverse=True)
        capped_alt = (r"|(?<=(?<![\w$.])(?:" + "|".join(map(regex.escape, capped)) + r"))(?=\d{1,3}(?:,\d{3}|\.\d+[ \t]*(?:"
                      + "|".join(map(regex.escape, caps_scales)) + r")\b))" if capped else "")
        # (and a symbol with a slash and a full stop, glued: `S/.2.50`)
        slashed = sorted((f for f in before if "/" in f and f.endswith(".")), key=len, reverse=True)
        slashed_alt = r"|(?<=(?<![\w$.])(?:" + "|".join(map(regex.escape, slashed)) + r"))" if slashed else ""
        self.digits_rx = regex.compile(
            r"(?:(?<![\w.])|(?<=(?<![\w$])[A-Z]{3})|(?<=(?<![\w$.])(?:" + "|".join(map(regex.escape, lettered))
            + r"))" + capped_alt + slashed_alt + r")(?:\d{1,3}(?:\.\d{3}){2,}(?![.]?\d|,\d{3})|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|"
            + _decimal_comma(n.comma_decimal_scales) + r"|\d+)(?:\.\d+)?(?![\d])")
        # `PESOS 120 MILLION`, `Soles 5 million`: a currency's name (words of four letters or more)
        # before the amount, as telegrams write it
        skip = {_key(w) for w in c.not_before_amount}
        names = sorted({k for k in list(self.cur_after) + list(self.by_country)
                        if len(k) >= 4 and k.replace(" ", "").isalpha() and k not in skip and k not in self.subunits},
                       key=len, reverse=True)
        self.cur_name_before_rx = EndMatcher(
            r"(?<![\w-])(?P<cur>" + _suffix_trie(names) + r")[ \t]*(?:\n[ \t]*)?\Z", names, regex.I) if names else None
        # (a one-letter symbol, `N`, is a currency only before the number)
        # (not a symbol read by the post only before an amount: `2 YR`, `12 LE staff`)
        symbols = {_key(f) for f in self.cur_before}
        after = sorted(set(self.cur_after) | {k for k in self.by_country if len(k) > 1 and not (len(k) <= 4 and k in symbols)},
                       key=len, reverse=True)
        # (`a 5-million-dollar grant`: a hyphen joins the currency word to the amount of a compound)
        self.cur_after_rx = rx.short(r"(?:[ \t]*(?:\n[ \t]*)?|-(?=[A-Za-z]))(?P<cur>" + ws_trie(after) + r")(?![\w]|-[ \t]*\n[ \t]*[a-z])", regex.I)  # (`1,600 sol-\ndiers`)

        q = rules.qualifiers
        self.qual_before: dict[str, str] = {}
        for kind, forms in q.before.items():
            for f in forms:
                self.qual_before[_key(f)] = kind
        # (`Appoximately 1800`: a word of eight letters or more that lost one of its letters, as some
        # texts of the archive come, unless the same letters make another form)
        lost = with_a_letter_lost({f: kind for f, kind in self.qual_before.items() if f.isalpha() and len(f) >= 8})
        self.qual_before.update({v: kind for v, kind in lost.items() if kind and v not in self.qual_before})
        self.qual_before_rx = EndMatcher(
            r"(?<![\w])(?P<q>" + _suffix_trie(list(self.qual_before)) + r")[ \t]*(?:\n[ \t]*)?\Z", list(self.qual_before), regex.I)
        self.verb_before = {_key(q): frozenset(w.lower() for w in ws) for q, ws in q.verb_before.words.items()}
        self.qual_after: dict[str, str] = {}
        for kind, forms in q.after.items():
            for f in forms:
                self.qual_after[_key(f)] = kind
        # (`103 counts and up to 14 years`: `up to` belongs to the next figure)
        self.qual_after_rx = rx.short(
            r"(?<![\w])(?P<q>" + ws_trie(list(self.qual_after)) + r")(?![\w])(?![ \t]*(?:\n[ \t]*)?to\b)", regex.I)  # (not the end of `surplus`)

        rate_units = {}
        for code, forms in u.rate_units.items():
            for f in forms:
                rate_units[f] = code
        for f, info in list(self.units.items()) + list(self.cs_units.items()):
            if info.kind == "quantity" and info.per is None and info.scale == 1 and f != "%":
                rate_units.setdefault(f, info.unit)  # (`USD 300 per MT`)
        # `Rs. 78 per USD`, `1.55 dollars per euro`: a rate of exchange. Currency words whose
        # currency depends on the post (`pesos`, `pounds`) are left out.
        # (one of a currency its plural names: `per Swiss franc`, `against the shekel`, `per US
        # dollar`; after an amount the singular is none, where it may be a word or a weight, `pound`)
        for cur in c.currencies:
            for f in [cur.code] + cur.after:
                if _key(f) not in self.by_country:
                    rate_units.setdefault(f if f.isupper() else _key(f), cur.code)
                    if f.endswith("s") and len(f) > 4 and not f.isupper() and _key(f[:-1]) not in self.by_country:
                        rate_units.setdefault(_key(f[:-1]), cur.code)
        self.rate_units = rate_units
        self.time_units = frozenset(u.rate_units)  # a count's rate is per a time (`cases per month`)
        # `a year` is no rate in `8.4% a year earlier`, `a month ago` or `a year on,`; `per USD on
        # 3 June` and `R$465 a month on February 1` are rates.
        # (`2.50 soles the kilo`, `USD 300 the ton`: `the` before a unit of measure, not of time:
        # `5 tons the year before`)
        time_forms = [f for f in rate_units if _key(f) in {_key(t) for t in u.rate_units} or rate_units[f] in u.rate_units]
        self.rate_rx = rx.short(
            r"[ \t]*(?:\n[ \t]*)?(?:(?:per|each|every)" + GAP + r"|/[ \t]*|(?P<article>an?)" + GAP
            + r"|the" + GAP + r"(?!(?:" + ws_trie(time_forms) + r")(?![\w])))(?P<r>"
            + ws_trie(list(rate_units)) + r")(?![\w])"
            r"(?(article)(?![ \t]*(?:\n[ \t]*)?(?:earlier|ago|before|later|after|previously|prior|on(?!" + GAP + r"[\w(]))\b))", regex.I)
        # (`the price per kilo of base was 2,200 soles`: the rate named before the figure)
        # (or `a kilo of cocaine sells for USD 1,200`, `a kilo costs USD 1,500`: one of a unit, then a
        # verb of price)
        price_verbs = trie_alternation(n.price_verbs) if n.price_verbs else r"(?!)"
        self.price_verb_rx = rx.short(r"\b(?:" + price_verbs + r")\b")  # (in lowered text)
        # (or `the price of a kilo of cocaine base rose to USD 950`)
        # (or `prices for a kilo of rice rose`, `the kilo price of heroin is $2,500`)
        self.per_before_rx = rx.short(r"(?<![\w])(?:per" + GAP + r"(?P<r>" + ws_trie(list(rate_units)) + r")(?![\w])"
                                      + r"|(?P<k>" + ws_trie(list(rate_units)) + r")(?:[ \t-]+(?:\n[ \t]*)?|\n[ \t]*)(?:price|cost)s?\b|(?:(?P<p>price|cost)s?"
                                      + GAP + r"(?:of|for)" + GAP + r")?(?:an?|one|each|every)" + GAP
                                      + r"(?P<a>" + ws_trie(list(rate_units)) + r")" + GAP + r"(?:of\b(?=[^.;:!?\d]{0,40}?\b(?:" + price_verbs + r")\b)|(?="
                                      + price_verbs + r"\b)|(?(p)|(?!))))", regex.I)
        self.rate_adverbs = {_key(k): v for k, v in u.rate_adverbs.items()}
        self.rate_adverb_rx = rx.short(r"[ \t]*(?:\n[ \t]*)?(?P<r>" + ws_trie(list(self.rate_adverbs)) + r")(?!\w)", regex.I) \
            if self.rate_adverbs else None
        # (of an amount or a measure only: `USD 150 p.m.`)
        self.amount_rate_adverbs = {**self.rate_adverbs, **{_key(k): v for k, v in u.amount_rate_adverbs.items()}}
        self.amount_rate_adverb_rx = rx.short(r"[ \t]*(?:\n[ \t]*)?(?P<r>" + ws_trie(list(self.amount_rate_adverbs)) + r")(?!\w)", regex.I) \
            if self.amount_rate_adverbs else None
        # `N148.5 to the dollar`, `3.9 against the euro`, `N125/$`: money against a currency.
        self.fx_symbols = {f: cur.code for cur in c.currencies for f in cur.before
                           if len(f) == 1 and not f.isalnum() and _key(f) not in self.by_country}
        codes = {cur.code for cur in c.currencies}
        words = [f for f, code in rate_units.items() if code in codes]
        # The currency a sentence names before a bare rate (`the shilling traded at 62.5 to the dollar`)
        named: dict[str, str] = {}
        for f in list(self.cur_after) + [k for k in self.by_country if len(k) > 2 and k.isalpha() and k not in self.subunits]:
            f = _key(f)
            named[f] = f
            if f.endswith("s") and len(f) > 4:
                named.setdefault(f[:-1], f)  # `shilling` for `shillings`
        self.currency_word_of = named
        self.currency_codes = frozenset(cur.code for cur in c.currencies)
        self.currency_word_rx = rx.short(r"(?i)(?<![\w])(" + ws_trie(sorted(named)) + r")(?![\w])")
        # (`at the official rate of 2.15`, `the shekel closed at 3.97`: what stands before a bare
        # price of a dollar)
        self.fx_rate_before_rx = rx.short(
            r"(?r)(?i)(?:\b(?:exchange|official|parallel|market|interbank)" + GAP + r"rate(?:" + GAP + r"(?:of|at|was|is|stood" + GAP + r"at|averaged|reached))?"
            r"|(?<![\w])(?P<cur>" + ws_trie(sorted(named)) + r")(?:" + GAP + r"[a-z]+){0,2}" + GAP + r"(?:at|to))[ \t]*(?:\n[ \t]*)?\Z")
        # (`TO DOLLAR`, as telegrams write it: a name that makes a rate without an article, not
        # before an amount: `from EUR 5 million to dollar 7 million` is none)
        bare_forms = [_key(f) for f in c.rate_without_article if _key(f) in rate_units]
        bare = (r"|(?P<r>" + ws_trie(bare_forms) + r")(?![ \t]*(?:\n[ \t]*)?[\d$])") if bare_forms else ""
        self.fx_rx = rx.short(
            r"[ \t]*(?:\n[ \t]*)?(?:(?:to|against)" + GAP + r"(?:(?:the|one|a|1)" + GAP + r"(?P<r>"
            + ws_trie(words) + r")" + bare + r")|/[ \t]*(?P<r>" + "|".join(map(regex.escape, sorted(self.fx_symbols))) + r"|" + ws_trie(words) + r"))(?![\w])"
            # (`$5 million to the euro zone` is money sent somewhere)
            r"(?![ \t]*(?:\n[ \t]*)?(?:zone|area|region|bloc|economy|economies|market|markets|countries|system|peg)\b)",
            regex.I)

        d = rules.dates
        self.months: dict[str, int] = {}
        for num, forms in d.months.items():
            for f in forms:
                self.months[f.lower()] = int(num)
        # (`Jnuary`, `Decmber`: a month's name that lost a letter, but for words of their own)
        not_words = {w.lower() for w in rules.units.dropped_letter_not_words}
        variants = with_a_letter_lost({w.lower(): self.months[w.lower()] for w in d.dropped_letter_months})
        self.month_variants = frozenset(v for v, m in variants.items() if m is not None and v not in self.months and v not in not_words)
        self.months.update({v: variants[v] for v in self.month_variants})
        # (a full stop after a short form only: `Jan. 5`, `Sept.`; `1 April.` ends a sentence)
        self.month_alt = ws_trie([f for f in self.months if not f.endswith(".")]) + r"(?:(?<![A-Za-z]{5})(?<!(?i:may))(?<!(?i:june))(?<!(?i:july))\.)?"
        # (a time of a figure, the month it stands in: `from 431 per dollar in May to 677`)
        self.month_phrase_rx = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:in|during|by|through|until|till)" + GAP + r"(?:(?:early|mid|late)[ \t-]?)?" + self.month_alt
                                        + r"(?:" + GAP + r"[0-3]?\d(?:st|nd|rd|th)?(?![\w,.]\d))?(?:,?" + GAP + r"(?:19|20)\d{2})?(?![\w])", regex.I)
        self.year_min, self.year_max = d.year_min, d.year_max
        self.year_far_max = max(d.year_far_max, d.year_max)
        self.other_calendars = d.other_calendars
        self.quarters: dict[str, int] = {}
        for num, forms in d.quarters.items():
            for f in forms:
                self.quarters[f.lower()] = int(num)
        self.coarse = d.coarse_prefixes
        self.span_openers = d.span_openers
        self.fiscal = d.fiscal_prefixes
        self.calendar = d.calendar_prefixes

        nf = rules.nonfigures
        self.posts = frozenset(rules.posts.posts) | frozenset(rules.header.origin_aliases)
        self.post_countries = dict(rules.posts.countries)
        self._country_posts = tuple(rules.posts.posts)  # (every post, that `UNROME` is found whole)
        self._wheres: dict[str, tuple[str, str]] = {}  # (see `_where`)
        # Each rule scans the text only when it holds one of the strings the rule `requires`, and a
        # match of its `requires_pattern`.
        # Rules that match a whole line from its start share one scan (one pass over the text
        # instead of one per rule), built from those whose strings the text holds.
        self.metadata_rules: list[MetadataRule] = []
        self._line_rules: list[MetadataRule] = []
        self._line_scans: dict[tuple[str, ...], LineStartScan] = {}  # one combined scan per set of line rules
        for r in nf.metadata_lines:
            compiled = regex.compile(r.pattern, regex.M)
            fold = bool(compiled.flags & regex.I)
            scan = LineStartScan.of(r.pattern) or (AnchoredScan(compiled, tuple(r.requires)) if r.anchored else compiled)
            gate = regex.compile(r.requires_pattern, regex.M) if r.requires_pattern else None
            rule = MetadataRule(r.id, compiled, scan, tuple(w.lower() if fold else w for w in r.requires),
                                _by_lower(r.requires, fold), gate, r.post_group, fold)
            # A rule whose matches are checked one by one (`post_group`) keeps a scan of its own.
            shared = r.pattern.startswith(LINE_HEAD) and not r.post_group
            (self._line_rules if shared else self.metadata_rules).append(rule)

        ids = sorted(nf.id_words, key=len, reverse=True)
        # (not the end of a word broken at a line's end: `aver-\naged 21 days`)
        self.id_word_rx = EndMatcher(r"(?<![\w.])(?<!-[ \t]*\n[ \t]*)" + suffix_trie_alternation(ids) + r"[ \t]*(?:\n[ \t]*)?\Z", ids, regex.I)
        # (the words of a name whose number is part of it, as written: `Boeing`, `Bell`, `Region`)
        self.named_by_number = frozenset(w.lower() for w in nf.id_words) | frozenset(nf.id_words_titled)
        titled = sorted(nf.id_words_titled, key=len, reverse=True)
        # (not capitalised as a sentence's first word, after a full stop and a space; at a line's
        # start it is one of the line's head: `BENCHMARK 2:`, whatever ends the line before)
        self.id_titled_rx = EndMatcher(r"(?<![\w])(?<!\.[ \t])" + suffix_trie_alternation(titled) + r"[ \t]*(?:\n[ \t]*)?\Z", titled) \
            if titled else None

        self.id_nouns_after = {w.lower() for w in nf.id_nouns_after}
        self.giving_rx = rx.short(r"(?i)(?<![\w])(?:" + ws_trie(nf.giving_verbs) + r")" + GAP + r"(?:the" + GAP + r")?\Z") \
            if nf.giving_verbs else None
        self.id_words_before_years = frozenset(w.lower() for w in nf.id_words_before_years)
        # (after a comma, `Arlington, VA 22209`, or as `DC`: `IN 20520 CASES` is a cable in capitals)
        self.postal_rx = rx.short(r"(?:,[ \t]*(?:" + "|".join(map(regex.escape, nf.postal_areas)) + r")|(?<![\w.])D\.?C\.?)" + GAP + r"\Z") \
            if nf.postal_areas else None
        # (a house number, then up to three words in title case or capitals, or an ordinal, then the street word)
        self.street_words = tuple(nf.street_words)
        gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
        # (the words of the street's name: no English function word, `37 ATTACKS ON THE ROAD`)
        self.street_rx = rx.short(gap + r"(?:(?!(?i:on|the|of|in|at|to|and|an?|for|from|by|with|near|along)\b)(?:[A-Z][A-Za-z'.\-]*|\d+(?:st|nd|rd|th))" + gap + r"){0,3}(?:"
                                  + trie_alternation(nf.street_words, cased=True) + r")(?![A-Za-z])") if nf.street_words else None
        self.caliber_rx = rx.short(r"[ \t]*(?:\n[ \t]*)?(?:-[ \t]*)?" + ws_trie(nf.caliber_nouns) + r"(?![\w])", regex.I) \
            if nf.caliber_nouns else None
        self.over_spreads_after = frozenset(w.lower() for w in rules.qualifiers.over_spreads_after.words)
        self.clock_before_rx = EndMatcher(
            r"(?<![\w])(?:" + suffix_trie_alternation(nf.clock_words) + r")[ \t]*(?:\n[ \t]*)?\Z", nf.clock_words, regex.I) \
            if nf.clock_words else None
        self.clock_event_rx = EndMatcher(
            # (and a place or a flight between: `arrive on UA 967 at 1430`, `landed in Lima at 2200`)
            r"(?<![\w])(?:" + suffix_trie_alternation(nf.clock_events) + r")(?:" + GAP + r"(?:on|in|from|via|aboard|to)(?:" + GAP
            + r"[^\s\d.,;:]\S*|" + GAP + r"[A-Z][A-Z0-9](?:[ \t]?|[ \t]*\n[ \t]*)\d{1,4}){1,4})?" + GAP + r"at[ \t]*(?:\n[ \t]*)?\Z", ["at"], regex.I) \
            if nf.clock_events else None
        # (the day it falls on: `at 1430 on Monday`, `AT 1430 ON 3 NOVEMBER`, `at 1000 tomorrow`)
        days = [r"on" + GAP + r"(?:\d{1,2}(?:st|nd|rd|th)?" + GAP + self.month_alt + r"|" + self.month_alt + GAP + r"\d{1,2}(?!\d))"]
        if nf.clock_days:
            days.append(r"(?:on" + GAP + r")?" + trie_alternation(nf.clock_days))
        self.clock_after_rx = rx.short(GAP + r"(?:" + "|".join(([trie_alternation(nf.clock_after)] if nf.clock_after else []) + days)
                                       + r")\b", regex.I)
        self.tag_codes = {c for c in rules.header.tag_codes if len(c) == 4}
        self.measure_of: dict[str, str] = {}
        forms = set()
        for m, kws in rules.measures.measures.items():
            for k in kws:
                forms.add(k.lower())  # (a keyword's trailing space is a word's end: `lab ` is no `labor`)
                self.measure_of.setdefault(squash(k.lower()), m)  # (looked up as matched, spaces squashed)
        for k in rules.measures.not_keywords:
            forms.add(k.lower())
            self.measure_of[squash(k.lower())] = ""  # (the longest form matches: `deadline` over `dead`)
        self.measure_rx = re.compile(r"(?<![a-z])" + trie_alternation(sorted(forms)))
        self.money_measures = frozenset(rules.measures.money_measures)
        self.not_quantity_measures = frozenset(rules.measures.not_quantity_measures)
        self.people_measures = frozenset(rules.measures.people_measures)
        self.measure_by_base = {_base_of(dim): swaps for dim, swaps in rules.measures.by_dimension.items()}  # (by a unit's base unit)

    def metadata_spans(self, text: str, low: str | None = None) -> list[tuple[int, int]]:
        """The spans of `text` the metadata rules match, sorted and merged; a rule runs only over
        a text that holds one of its required strings."""
        # Each required string is looked for once. The cased forms of one string (`Tel`, `TEL`,
        # `tel`) are first looked for as one, in lower case in the lowered text: most texts hold none.
        low = text.lower() if low is None else low
        in_low: dict[str, bool] = {}
        in_text: dict[str, bool] = {}

        def wanted(rule: MetadataRule) -> bool:
            if rule.gate is not None and not rule.gate.search(text):
                return False
            for lw, forms in rule.by_lower:
                found = in_low.get(lw)
                if found is None:
                    found = in_low[lw] = lw in low
                if not found:
                    continue
                if not forms:
                    return True
                for w in forms:
                    found = in_text.get(w)
                    if found is None:
                        found = in_text[w] = w in text
                    if found:
                        return True
            return not rule.by_lower

        rules = [r for r in self.metadata_rules if wanted(r)]
        lines = tuple(r.id for r in self._line_rules if wanted(r))
        spans = []
        for rule in rules:
            # `08 LIMA 1234` is a reference; `1975 THERE WERE 250` is not.
            keep = (lambda m, g=rule.post_group: self.is_post(m.group(g))) if rule.post_group else None
            if isinstance(rule.scan, LineStartScan):
                spans += rule.scan.spans(text, keep)
            elif isinstance(rule.scan, AnchoredScan):
                spans += [m.span() for m in rule.scan.finditer(text, low) if keep is None or keep(m)]
            else:
                spans += [m.span() for m in rule.scan.finditer(text) if keep is None or keep(m)]
        if lines:
            spans += self._line_scan(lines).spans(text)
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def rate_unit(self, surface: str) -> str | None:
        """The code of a rate's unit as written (`per kilo`, `/USD`, `TO THE DOLLAR`), or None:
        forms in capitals (`USD`) are kept as written, the others in lower case."""
        return self.rate_units.get(_key(surface)) or self.rate_units.get(surface)

    def is_post(self, words: str) -> bool:
        """`BUENOS AIRES`, `Lima`, `SECSTATE`: the name of a post that sends cables."""
        name = "".join(words.split()).upper()
        return name in self.posts

    def _line_scan(self, ids: tuple[str, ...]) -> LineStartScan:
        scan = self._line_scans.get(ids)
        if scan is None:
            rules = [r for r in self._line_rules if r.id in ids]
            scan = self._line_scans[ids] = LineStartScan.of(
                LINE_HEAD + "(?:" + "|".join("(?:" + r.pattern.pattern[len(LINE_HEAD):] + ")" for r in rules) + ")")
        return scan

    def counted_before(self, window: str):
        """`the death toll stood at 1,200`: the noun counted by a number that follows it, or None."""
        if self.counted_before_rx is None:
            return None
        low = window.lower()
        if not any(w in low for w in self._counted_words):
            return None
        return self.counted_before_rx.search(window)

    def fraction_matches(self, text: str, low: str):
        """`fraction_scale_rx.finditer(text)`, skipped where the lowered text cannot hold a match."""
        if self._fraction_gate is None or text.isascii() and not self._fraction_gate.search(low):
            return ()
        return self.fraction_scale_rx.finditer(text)

    def number_word_at(self, text: str, pos: int):
        """The number words that start at `pos` (`fifty`, `twenty-five`), or None."""
        return self._words_rx.match(text, pos)

    def number_words(self, text: str):
        """The matches of number words that stand apart (not after a letter, digit, `_` or `-`,
        but for a hyphened `to` before them: `five` in `three-to-five-year`), as `finditer` of the
        pattern behind such a lookbehind would give them."""
        pos = 0
        while (m := self._words_rx.search(text, pos)) is not None:
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "_-") and text[max(0, s - 4):s].lower() != "-to-":
                pos = s + 1
                continue
            yield m
            pos = max(m.end(), s + 1)

    def month(self, s: str) -> int | None:
        return self.months.get(s.lower().rstrip(".")) or self.months.get(s.lower())

    def scale(self, surface: str) -> int:
        """The value of a scale word as matched (`Million`, `mil\nmillones`)."""
        return self.scales[squash(surface.lower())]

    def unit_info(self, surface: str) -> UnitInfo | None:
        if surface in self.cs_units:
            return self.cs_units[surface]
        return self.units.get(_key(surface))

    def subunit(self, surface: str, code: str | None = None) -> int | None:
        """How many of a currency's parts (`cents`, `kopecks`) make one of it; None for a currency
        (and for a part's word that is the whole unit of `code`: piastres in Saigon)."""
        return None if code in self.whole_unit_codes else self.subunits.get(_key(surface))

    def by_place(self, surface: str) -> bool:
        """True for a currency word whose code depends on the place (`pesos`, `Rs`, `DH`)."""
        return _key(surface) in self.by_country

    def post_only(self, surface: str) -> bool:
        """True for a currency word that is a currency only in the places named (`pounds`, `N`)."""
        return self.by_country.get(_key(surface), {}).get("*") == ""

    def other_calendar_year(self, value: float, origin: str | None, next_word: str | None, prev_word: str | None = None) -> bool:
        """Whether a four-digit `value` is a year of the calendar the cable's post uses (`the 1388
        budget` in Kabul), standing alone, before one of that calendar's words or after one (`FY 2552`)."""
        for cal in self.other_calendars:
            if (origin and cal.year_min <= value <= cal.year_max and any(_place(p) in _place(origin) for p in cal.posts)
                    and (next_word is None or next_word.lower() in cal.with_words or prev_word is not None and prev_word.lower() in cal.with_words)):
                return True
        return False

    def currency_named_in(self, surface: str, sentence: str) -> str | None:
        """The code for a currency word that the post does not settle (`pounds`), from the one
        country the sentence names among `named_in_sentence` (`UK`, `British`), else None."""
        found = {code for code, pattern in self.named_in_sentence.get(_key(surface), ()) if pattern.search(sentence)}
        return found.pop() if len(found) == 1 else None

    def _places_of(self, key: str) -> list:
        """The places `by_country` names for a currency word, as patterns of whole words, with
        their codes (cached)."""
        found = self._place_patterns.get(key)
        if found is None:
            found = self._place_patterns[key] = [
                (rx.short(r"(?<![\w])(?:" + regex.escape(place) + "|" + regex.escape(place.upper()) + r")(?![\w])"), code)  # (`COLOMBIA` in capitals)
                for place, code in self.by_country[key].items() if place != "*" and code and len(place) > 3]
        return found

    def _where(self, origin: str) -> tuple[str, str]:
        """An origin as places are compared with it, and its post's country (`09MONTERREY123` is in
        Mexico; the longest post it names is its post: `UNROME` is no embassy in Rome)."""
        where = self._wheres.get(origin)
        if where is None:
            letters = _post_letters(origin)
            post = max((p for p in self._country_posts if p in letters), key=len, default=None)
            country = self.post_countries.get(post) if post else None
            where = self._wheres[origin] = (_place(origin), _place(country) if country else "")
        return where

    def currency_at(self, code: str, year: int | None, month: int | None, said_old: bool = False) -> str:
        """The currency `code` names in a cable of that year and month, through the country's
        redenominations (`TRY` in 1977 is `TRL`, `GHC` in 2009 is `GHS`, but not where the text
        calls it old); a date known by its year alone settles none in that year but one of its January."""
        if year is None or not self._replaced:  # (`_replaced_by` holds the same redenominations)
            return code
        when = (year, month or 0)
        for _ in range(8):  # (a chain: `PEN`, `PEI`, `PES`)
            if code in self._replaced and (since := self._replaced[code][0]) > when and (month or since[0] > year):
                code = self._replaced[code][1]
            elif not said_old and code in self._replaced_by and self._replaced_by[code][0] <= (year, month or 1):
                code = self._replaced_by[code][1]  # (a year alone settles a redenomination of its January: `manat` in 2009)
            else:
                break
        return code

    def currency_by_post(self, surface: str, origin: str | None, sentence: str | None = None) -> tuple[str | None, bool]:
        """The code for a currency word or symbol, read by the cable's post where the word is
        ambiguous (`pesos`, `shillings`, `Rs`), or else by the one country of those the sentence
        names (`Malawi's ADMARC buys at MK 40 per kg` from Washington: for a word with a default,
        only where the cable's post is not known); True when it was guessed from the post or the
        sentence."""
        key = _key(surface)
        if key in self.by_country:
            where, country = self._where(origin) if origin else ("", "")
            for place, code in self.by_country[key].items():
                if place != "*" and where and _place(place) in where:
                    return code, True
            for place, code in self.by_country[key].items():  # (a consulate: its country's, `pesos` in Monterrey)
                if place != "*" and country and country.startswith(_place(place)):
                    return code, True
            default = self.by_country[key].get("*")
            # (a word with a default, `Rs`, only in a cable of no known post: from New Delhi, `India's
            # aid to Nepal totals Rs 10 billion` is in rupees of India)
            if sentence and (not default or not origin):
                named = {code for rx_, code in self._places_of(key) if rx_.search(sentence)}
                if len(named) == 1:
                    return named.pop(), True
            if default == "":
                return None, False  # a currency only in the places named (`pounds`)
            return (default, False) if default else (None, True)
        return self.cur_after.get(key), False


def _with_a_letter_lost(phrases: list[str], least: int, words: set[str]) -> list[str]:
    """Each phrase again with one letter lost from a word of it of `least` letters or more
    (`comared with`), as some texts of the archive come; not where the word so made is one of
    `words`, nor another phrase."""
    out = set()
    for p in phrases:
        ws = p.split(" ")
        for k, w in enumerate(ws):
            if len(w) >= least and w.isalpha():
                out |= {" ".join(ws[:k] + [v] + ws[k + 1:]) for v in with_a_letter_lost({w: w}) if v.lower() not in words}
    return sorted(out - set(phrases))


def _post_letters(name: str) -> str:
    """An origin's letters as posts are written in cable ids (`Consulate Monterrey`: `CONSULATEMONTERREY`)."""
    return "".join(ch for ch in name.upper() if ch.isalpha())


def _place(name: str) -> str:
    """A place's name to compare by: lower case, without spaces (`Buenos Aires` stands in the
    identifier `09BUENOSAIRES123` as `BUENOSAIRES`)."""
    return name.lower().replace(" ", "")


def _by_lower(requires: list[str], fold: bool) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = {}
    for w in requires:
        # (a non-ASCII form is looked for as written: lower case can change its letters' number)
        groups.setdefault(w.lower() if w.isascii() else "", []).append(w)
    return tuple((lw, () if fold else tuple(forms)) for lw, forms in groups.items())


def _decimal_comma(comma_decimal_scales: list[str]) -> str:
    """`1,5 million`, `2,5 billones`, `12,5%`: a comma that marks decimals, before a scale word or a
    percent (the scale words of the languages that write decimals so, and the English ones), or
    two decimals after a currency (`CZK 27,50`)."""
    words = ["million", "billion", "trillion", "mln", "bn", "mn", "percent", "per cent", *comma_decimal_scales]
    alt = "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"[ \t]") for w in sorted(set(words), key=len, reverse=True))
    # (and two decimals of money after its code or symbol: `CZK 27,50 per euro`, `EUR 1,50`; no
    # thousands are grouped in two)
    return (r"\d{1,3},\d{1,2}(?=[ \t]*(?:\n[ \t]*)?(?i:(?:" + alt + r")\b|%))"
            r"|(?<=(?:(?<![A-Za-z])[A-Z]{3}|[$\u20ac\u00a3\u00a5])(?:[ \t]?|[ \t]*\n[ \t]*))\d{1,3},\d{2}(?![\d]|,\d)")


_WORD_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"


def squash(s: str) -> str:
    """Runs of whitespace as one space, none at the ends: `US\n dollars` -> `US dollars`."""
    return " ".join(s.split())


def _verb_after(words: list[str] | None) -> str:
    """A lookahead that a case-sensitive unit's form is no verb: not before one of `words` nor a
    word ending in ED (`HAS BEEN`, `HAS DECLINED`)."""
    if not words:
        return ""
    return r"(?!" + _WORD_GAP + r"(?-i:" + "|".join(map(regex.escape, words)) + r"|[A-Z]+ED)\b)"


def _key(form: str) -> str:
    return squash(form.lower())


def _base_of(dimension: str) -> str | None:
    return {"area": "ha", "mass": "kg", "volume": "L", "length": "m", "power": "mw", "energy": "kwh",
            "data rate": "kbps", "data": "mb", "frequency": "khz"}.get(dimension)


def words_value(text: str, lex: Lexicon) -> float | None:
    """`eighty-eight` -> 88, `two hundred and five` -> 205, `three thousand` -> 3000, `two dozen` -> 24."""
    total = 0
    current = 0
    seen = False
    for tok in rx.split(r"[\s\-]+", text.lower()):
        if not tok or tok == "and":
            continue
        if tok in lex.word_values:
            if tok == "dozen" and current:
                current *= 12  # `two dozen`
            else:
                v, low = lex.word_values[tok], current % 100
                # (`nineteen ninety-eight`, `five six`: words that make no one number)
                if low and not (low >= 20 and low % 10 == 0 and v < 10):
                    return None
                current += v  # `twenty-two`, `one hundred twenty`
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in lex.scales:
            total += max(current, 1) * lex.scales[tok]
            current = 0
        else:
            return None
    return float(total + current) if seen else None
