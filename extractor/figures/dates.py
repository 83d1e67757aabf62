"""Dates: every form a cable writes a point or period in time that names a year.

A month or a day without a year is a date only when its year is stated in the same sentence:
the year it really falls in (counted back from the cable's date) must be a year the sentence names.
"""
from __future__ import annotations

import bisect

import re
import string
from dataclasses import dataclass, field

import regex

from extractor import rx

from extractor.figures.lexicon import GAP, WS, Lexicon, squash, ws_trie
from extractor.patterns import trie_alternation


@dataclass
class DateMention:
    start: int
    end: int
    value: str | None          # None: a month/day whose year must come from its sentence
    value_max: str | None = None
    rule: str = ""
    month: int | None = None   # for yearless mentions
    day: int | None = None
    month_max: int | None = None
    day_max: int | None = None
    flags: list[str] = field(default_factory=list)


_MONTH_GROUPS = ("m", "m_", "m1", "m2")  # (the groups of the rules that hold a month's name)
# Where a match of each anchored rule can start: at its anchor ("a"), at a number before the
# anchor ("d": `22 March`, `1st quarter`), at a word before it that opens a date ("w": `between`,
# `mid-`, `the end of`). A rule is tried only at those places.
_STARTS = {
    "date-calendar": "aw", "date-quarter": "adw", "date-coarse": "w", "date-year-span": "aw", "date-year": "a", "date-iso": "a", "date-dotted": "d", "date-numeric-my": "d",
    "date-month-span-year": "aw", "date-day-month-span-year": "dw", "date-day-month-year": "d", "date-month-day-year": "a", "date-month-year": "aw",
    "date-month-span": "aw", "date-month-day-span": "a", "date-day-span-month": "d", "date-month-day": "a", "date-day-month": "d", "date-month": "a",
}


_YEARS_LINE = rx.short(r"[ \t]*(?:(?:19|20)\d{2}[efp]?[ \t]*)+")  # (a line of years only)
_OF_YEAR = rx.short(r"[ \t]*(?:\n[ \t]*)?of(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(?:19|20)\d\d\b")  # (`Law 1996 of 2008`)


def full_year(y: str) -> int:
    """A year as written, four digits or two (`08` is 2008, `76` is 1976)."""
    n = int(y)
    if len(y) == 4:
        return n
    return 1900 + n if n > 40 else 2000 + n


class DateFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        M = lex.month_alt
        Y = r"(?:(?:19|20)\d{2}|2100)"
        D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
        fy = _prefixes(lex.fiscal)
        cy = _prefixes(lex.calendar)
        coarse = ws_trie(lex.coarse)
        quarters = ws_trie(list(lex.quarters))
        b = r"(?<![\w/.-])"
        bm = r"(?<![\w.-])(?:(?<!/)|(?=[A-Za-z]))"  # (before a month's name, a slash too: `2008/January 2009`)
        e = r"(?![\w]|/(?![A-Za-z])|-\d|\.\d)"  # (`December 2008/January 2009`: a slash before a word ends a date)
        part = r"(?:(?:early|mid|late)(?:-|" + WS + r"))?"
        self.patterns = [
            # (`JFY 2009`, Japan's fiscal year: the `J` before, outside the match, which keeps `F` its
            # first character for the engine to scan for)
            ("date-fiscal", regex.compile(
                # (`between FY2005 and FY2008`: `and` joins the two after `between` only)
                r"(?:" + b + r"|(?<=(?<![\w/.-])J))(?:(?<=\bbetween[ \t]{1,3}|\bbetween[ \t]*\n[ \t]*|\bBETWEEN[ \t]{1,3})(?P<btw>))?(?P<p>" + fy + r")"
                + r"[ \t]*(?:[-'\u2019][ \t]*)?(?:\n[ \t]*)?(?P<y1>\d{4}|\d{2})(?:[ \t]*(?:-|/|(?:\n[ \t]*)?(?:to|through|(?(btw)and|(?!))))[ \t]*(?:\n[ \t]*)?(?:(?:" + fy
                + r")[ \t]*(?:[-'\u2019][ \t]*)?(?:\n[ \t]*)?|['\u2019])?(?P<y2>\d{4}|\d{2}|(?<=/)\d))?" + e, regex.I)),
            ("date-calendar", regex.compile(
                b + r"(?:from" + GAP + r")?(?P<p>" + cy + r")[ \t]*(?:-[ \t]*)?(?:\n[ \t]*)?(?P<y1>\d{4}|\d{2})(?:[ \t]*(?:-|to|through)[ \t]*(?:(?:" + cy
                + r")[ \t]*(?:-[ \t]*)?)?(?P<y2>\d{4}))?" + e, regex.I)),
            # (`11-09-2009`: with dashes, a four-digit year only; month first, as U.S. cables write it,
            # unless the first number is no month; the lookahead lets the engine skip most digits fast)
            ("date-numeric", regex.compile(b + r"(?=\d{1,2}[/-]\d)(?P<m>[0-3]?\d)(?:/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})|-(?P<d_>[0-3]?\d)-(?P<y_>(?:19|20)\d{2}))" + e)),
            # `04.05.2008`: day, month and year with full stops, as written in Europe and Latin America
            ("date-dotted", regex.compile(b + r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>" + Y + r")" + e)),
            # `12/2008`: a month and a year with a slash, as forms and tables write them
            ("date-numeric-my", regex.compile(b + r"(?P<m>0?[1-9]|1[0-2])/(?P<y>" + Y + r")" + e)),
            ("date-iso", regex.compile(b + r"(?P<y>" + Y + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/]|-\d|\.\d)")),
            # (`between mid-June and mid-July 2008`, `from early June to late July 2008`: the months' parts)
            ("date-month-span-year", regex.compile(
                bm + r"(?:(?P<open>between|from)" + WS + r")?" + part + r"(?P<m1>" + M + r")(?:" + WS + r"(?P<d1>" + D + r"))?,?(?:" + WS + r"(?P<y1>" + Y
                + r"))?" + WS + r"(?:-|–|to|through|until|and)" + WS + part + r"(?P<m2>" + M + r")(?:" + WS + r"(?P<d2>" + D + r"))?,?" + WS
                + r"(?P<y2>" + Y + r")" + e, regex.I)),
            # (`1 January - 30 June 2009`, `from 1 July 2008 to 30 June 2009`: the day first, as most
            # of the world writes it)
            ("date-day-month-span-year", regex.compile(
                b + r"(?:(?P<open>between|from)" + WS + r")?(?P<d1>" + D + r")" + WS + r"(?:of" + WS + r")?(?P<m1>" + M + r"),?(?:" + WS
                + r"(?P<y1>" + Y + r"))?" + WS + r"(?:-|–|to|through|until|and)" + WS + r"(?P<d2>" + D + r")" + WS + r"(?:of" + WS + r")?(?P<m2>"
                + M + r"),?" + WS + r"(?P<y2>" + Y + r")" + e, regex.I)),
            # (`12 June 08`: a year cut to two digits with its leading zero, as military reports write
            # it, is read so that `08` is no count; it is no year of the date, see `_mention`)
            # (and `12-Jan-2010`, as forms and logs write it)
            ("date-day-month-year", regex.compile(b + r"(?P<d>" + D + r")(?:" + WS + r"(?:of" + WS + r")?(?P<m>" + M + r"),?" + WS
                                                  + r"|-(?P<m_>" + M + r")-)(?P<y>" + Y + r"|0\d)" + e, regex.I)),
            ("date-month-day-year", regex.compile(bm + r"(?P<m>" + M + r")" + WS + r"(?P<d>" + D + r"),?" + WS + r"(?P<y>" + Y + r")" + e, regex.I)),
            ("date-month-year", regex.compile(
                bm + r"(?:(?:mid|early|late|end)-?" + WS + r")?(?P<m>" + M + r")(?:" + WS + r"of)?,?" + WS + r"(?P<y>" + Y + r")(?:'s)?" + e, regex.I)),
            ("date-quarter", regex.compile(
                b + r"(?:the" + WS + r")?(?P<q>" + quarters + r")(?:" + WS + r"of)?(?:" + WS + r"|/|-)(?:(?P<fy>" + fy + r"|" + cy + r")[ \t]*(?:-[ \t]*)?)?(?P<y>" + Y + r"|\d{2}(?=\b))" + e, regex.I)),
            ("date-coarse", regex.compile(
                b + r"(?P<c>" + coarse + r")[ \t]*(?:-|" + WS + r")[ \t]*(?P<y>" + Y + r")(?:'s)?" + e, regex.I)),
            # (a year written short ends a span only after a hyphen or slash: `2007-08`, not `from 37 in 2007 to 12`;
            # the hyphen may end a line: `the 11th Plan (2007-\n12)`)
            ("date-year-span", regex.compile(
                b + r"(?:(?P<open>between|from)" + WS + r")?(?P<y1>" + Y + r")(?:" + WS + r"(?:-|–|to|through|and)" + WS + r"(?=(?:19|20)\d{2})|[-–][ \t]*(?:\n[ \t]*)?|/)(?P<y2>" + Y + r"|\d{2}|(?<=/)\d)" + e, regex.I)),
            # (a table's head: `2009e  2010f`, an estimate and a forecast)
            ("date-year", regex.compile(b + r"\(?(?P<y>" + Y + r")(?:'s)?\)?(?:" + e + r"|(?=[efpEFP](?:[ ]{2}|\t|[ \t]*(?:\n|\Z))))")),
            ("date-month-span", regex.compile(
                bm + r"(?:(?P<open>between|from)" + WS + r")?(?P<m1>" + M + r")(?:" + WS + r"(?P<d1>" + D + r"))?" + WS
                + r"(?:-|–|to|through|until|and)" + WS + r"(?P<m2>" + M + r")(?:" + WS + r"(?P<d2>" + D + r"))?" + e, regex.I)),
            ("date-month-day-span", regex.compile(
                bm + r"(?P<m>" + M + r")" + WS + r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?[ \t]*(?:-|–|(?:to|through|and)(?=\s))" + WS + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?" + WS
                # (not `on January 2 and 10 of 17 on January 16`: a count of a whole)
                + r"(?P<y>" + Y + r"))?(?![\w/]|:\d|\.\d|,\d|[ \t]+of[ \t]+(?:the[ \t]+)?\d)", regex.I)),
            ("date-day-span-month", regex.compile(
                b + r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?[ \t]*(?:-|–|(?:\n[ \t]*)?(?:to|through|and)(?=\s))" + WS + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
                + WS + r"(?:of" + WS + r")?(?P<m>" + M + r")(?:,?" + WS + r"(?P<y>" + Y + r"))?(?![\w/]|:\d|\.\d|,\d)", regex.I)),
            # (not a paragraph's number at a line's start: `reached 2,498 in May.\n4. (SBU)`)
            ("date-month-day", regex.compile(bm + r"(?P<m>" + M + r")\.?" + WS + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w/]|:\d|\.\d|,\d)"
                                             + r"(?!(?<=\n[ \t]*\d{1,2})\.(?:[ \t]|\Z))", regex.I)),
            ("date-day-month", regex.compile(b + r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?" + WS + r"(?:of" + WS + r")?(?P<m>" + M + r")(?![\w])", regex.I)),
            ("date-month", regex.compile(bm + r"(?P<m>" + M + r")(?![\w])", regex.I)),
        ]
        # Rules whose scan over the whole text is slow are tried only where a match of theirs can
        # start: at each anchor it must hold (a capitalised month name, a year, a quarter, a
        # calendar-year prefix), or at a word before it that can open a date (a number, a span
        # opener, a coarse period). Other rules scan the whole text.
        heads = sorted({f[:3] for f in lex.months if len(f) >= 3})
        # A month anchor must not follow a letter; that is checked in `find`, since the standard
        # library's engine scans for the names twice as fast without a lookbehind in front.
        # (as a trie: `J(?:AN|UN|...|an|un|...)`, which `re` scans for faster than an alternation)
        month_anchor = re.compile(trie_alternation([h.title() for h in heads] + [h.upper() for h in heads]))
        year_anchor = regex.compile(r"(?<!\d)" + Y + r"(?!\d)")
        # One character class first, scanned by `re` (twice as fast here as `regex`): where a
        # top-level alternation is slow.
        quarter_anchor = re.compile(r"[Qq1-4](?:(?<=[Qq])(?:uarter|UARTER|[1-4]|tr\b|TR\b)|(?<=[1-4])Q)")
        calendar_anchor = regex.compile(cy, regex.I)
        # (anchor, chars before it that a match holding it can reach, strings one of which a text
        # needs for the anchor to be there at all, characters the anchor may not follow)
        self._anchors = {"month": (month_anchor, 45, (), _ASCII_LETTERS), "year": (year_anchor, 70, (), frozenset()),
                         "quarter": (quarter_anchor, 30, ("uarter", "UARTER", "Q", "q1", "q2", "q3", "q4", "qtr"), frozenset()),
                         "calendar": (calendar_anchor, 8, (), frozenset())}
        anchor_of = {"date-calendar": "calendar", "date-quarter": "quarter", "date-coarse": "year",
                     "date-year-span": "year", "date-year": "year", "date-iso": "year",
                     "date-dotted": "year", "date-numeric-my": "year"}
        anchor_of.update({rule: "month" for rule, _ in self.patterns if "month" in rule})
        # The words a match of each rule can open with before its anchor ("w" in `_STARTS`), in
        # lower case: `between`, `mid-`, `the end of`, `fall of`, `the first quarter`.
        def first_words(phrases: list[str]) -> set[str]:
            return {words[0].lower() for p in phrases if (words := regex.findall(r"[A-Za-z]+", p))}
        span = first_words(lex.span_openers)
        opens = {"date-coarse": first_words(lex.coarse), "date-year-span": span, "date-month-span-year": span | {"mid", "early", "late"}, "date-day-month-span-year": span,
                 "date-month-span": span, "date-calendar": {"from"}, "date-month-year": {"mid", "early", "late", "end"},
                 "date-quarter": {"the"} | first_words(list(lex.quarters))}
        assert set(opens) == {rule for rule, where in _STARTS.items() if "w" in where}
        # anchor kind -> what stands at a start ("a", "d", "w") -> the rules tried there, each with
        # the words it can open with (for "w")
        self._rules_at: dict[str, dict[str, list[tuple[int, str, re.Pattern, frozenset[str] | None]]]] = {
            k: {w: [] for w in "adw"} for k in self._anchors}
        self._full_scan: list[tuple[int, str, regex.Pattern]] = []
        for order, (rule, pattern) in enumerate(self.patterns):
            kind = anchor_of.get(rule)
            if kind:  # matched at a position: the engine with the cheaper call
                at = rx.short(pattern.pattern, pattern.flags & (regex.I | regex.M | regex.S | regex.X))
                for where in _STARTS[rule]:
                    self._rules_at[kind][where].append((order, rule, at, frozenset(opens[rule]) if where == "w" else None))
            else:
                self._full_scan.append((order, rule, pattern))
        # Any word an opener holds is looked for (`end` in `the end of`): a start before the anchor.
        leads = {w.lower() for p in lex.coarse + lex.span_openers + list(lex.quarters) + ["mid", "early", "late", "the"]
                 for w in regex.findall(r"[A-Za-z]+", p)}
        # Stdlib `re`: many short scans, where its lower cost per call counts.
        firsts = "".join(sorted({c for w in leads for c in (w[0].lower(), w[0].upper())}))
        # (the first characters in a lookahead before the lookbehind: the engine skips the others fast)
        self._lead_rx = re.compile(r"(?=[(\[\d" + firsts + r"])(?<![\w/.\-])[(\[]?(?P<w>\d|(?i:" + trie_alternation(sorted(leads))
                                   + r")(?![A-Za-z]))")

    def find(self, text: str, blocked) -> list[DateMention]:
        """All date mentions, longest first; `blocked(start, end)` says a span is metadata."""
        found: list[tuple[int, int, DateMention]] = []

        variants = self.lex.month_variants

        def add(order: int, rule: str, m) -> None:
            dm = self._mention(rule, m)
            for d in dm if isinstance(dm, tuple) else (dm,) if dm is not None else ():
                if not blocked(d.start, d.end):
                    if variants and any((g := m.groupdict().get(k)) and g.lower().rstrip(".") in variants for k in _MONTH_GROUPS):
                        d.flags.append("text repaired nearby")  # (`Jnuary 2008`: read as if a letter were restored)
                    found.append((d.start - d.end, order, d))

        for order, rule, pattern in self._full_scan:
            for m in pattern.finditer(text):
                add(order, rule, m)
        tried: set[tuple[int, int]] = set()
        for kind, (anchor, reach, needs, not_after) in self._anchors.items():
            if needs and not any(w in text for w in needs):
                continue
            rules_at = self._rules_at[kind]
            for am in anchor.finditer(text):
                p = am.start()
                if p and text[p - 1] in not_after:
                    continue
                # Every month rule but the bare month needs a day or a year: none near, none tried.
                digits = kind != "month" or _DIGIT.search(text, max(0, p - 45), p + 110) is not None
                for q, where, word in self._starts(text, p, reach):
                    for order, rule, pattern, opens in rules_at[where]:
                        if opens is not None and word not in opens or not digits and rule != "date-month" or (order, q) in tried:
                            continue
                        tried.add((order, q))
                        m = pattern.match(text, q)
                        if m:
                            add(order, rule, m)
        # The longest mention wins (`March 2-6, 2009` over `2009`); among equals, the earlier rule.
        found.sort(key=lambda x: (x[0], x[1], x[2].start))
        # The spans taken are disjoint, kept sorted: only the last one starting before a mention's
        # end can overlap it.
        starts: list[int] = []
        ends: list[int] = []
        out: list[DateMention] = []
        for _, _, dm in found:
            k = bisect.bisect_left(starts, dm.end)
            if k and ends[k - 1] > dm.start:
                continue
            starts.insert(k, dm.start)
            ends.insert(k, dm.end)
            out.append(dm)
        out.sort(key=lambda d: d.start)
        return out

    def _starts(self, text: str, p: int, reach: int) -> list[tuple[int, str, str]]:
        """Where a match holding the anchor at `p` can start, each with what stands there (see
        `_STARTS`) and the word there in lower case: the anchor, and the words before it (within
        `reach`) that are numbers or can open a date."""
        out = []
        for m in self._lead_rx.finditer(text, max(0, p - reach), p):
            word = m.group("w")
            where = "d" if word[0].isdigit() else "w"
            word = word.lower()
            out.append((m.start(), where, word))
            if m.start("w") != m.start():
                out.append((m.start("w"), where, word))
        out.append((p, "a", ""))
        if p and text[p - 1] == "(":
            out.append((p - 1, "a", ""))
        return out

    def _amount(self, text: str, s: int, e: int) -> bool:
        """`paid 2000 US dollars`, `seized 1500 to 2000 tons`: a year's digits before a currency, a
        unit other than a time or a scale word are an amount, unless a preposition opens the year
        (`in 2007 tons of cocaine were seized`)."""
        if text[e:e + 1] not in _GAP_CHARS or text.startswith("   ", e) or text.startswith(("'s", "'S"), e - 2):
            return False  # (`in 2008,`, `(2008)`: most years end at a stop or a bracket; `1976   PERCENT CHANGE`, cells;
            # `double 2007's USD 310/t`, a year's)
        if ((le := text.find("\n", e, e + 80)) != -1 and not text[e:le].strip()
                and ((ls := text.rfind("\n", max(0, s - 200), s) + 1) or s < 200) and _YEARS_LINE.fullmatch(text, ls, le)):
            return False  # (`   2007      2008` over `Hectares  10,000  12,000`: a table's head, the last year on its short line)
        L = self.lex
        um = L.unit_rx.match(text, e)
        if not (um and not (um.group("u") and (info := L.unit_info(um.group("u"))) is not None and info.kind == "duration")
                or L.cur_after_rx.match(text, e) or L.scale_rx.match(text, e)):
            return False
        return _YEAR_PREPOSITION.search(text, max(0, s - 12), s) is None

    def _mention(self, rule: str, m) -> DateMention | None:
        g = m.groupdict()
        s, e = m.span()
        L = self.lex
        if rule in ("date-fiscal", "date-calendar") and len(g["y1"]) == 2 and len(g["p"].replace(".", "")) > 2:
            return None  # `this calendar year 10 communities`: a year written out takes four digits
        if rule in ("date-fiscal", "date-calendar") and not L.year_min <= full_year(g["y1"]) <= L.year_far_max:
            return None  # `fiscal year 2552` in Bangkok: a year of another calendar
        if rule == "date-fiscal":
            y1 = full_year(g["y1"])
            if g["y2"]:
                y2 = full_year(g["y2"]) if len(g["y2"]) > 1 else y1 + (int(g["y2"]) - y1) % 10  # (`FY 2008/9`)
                if y2 <= y1 or len(g["y2"]) == 1 and y2 != y1 + 1:
                    return None
                return DateMention(s, e, f"FY{y1}", f"FY{y2}", rule)
            return DateMention(s, e, f"FY{y1}", None, rule)
        if rule == "date-calendar":
            y1 = full_year(g["y1"])
            if g["y2"]:
                return DateMention(s, e, str(y1), str(full_year(g["y2"])), rule)
            return DateMention(s, e, str(y1), None, rule)
        if rule in ("date-numeric", "date-iso", "date-dotted"):
            mo, d, y = int(g["m"]), int(g["d"] or g.get("d_")), full_year(g["y"] or g.get("y_"))
            if rule == "date-numeric" and mo > 12 >= d:
                mo, d = d, mo  # `30/06/2012`: the day first, as most of the world writes it
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                return None
            return DateMention(s, e, f"{y:04d}-{mo:02d}-{d:02d}", None, rule)
        if rule in ("date-day-month-year", "date-month-day-year"):
            g["m"] = g["m"] or g.get("m_")
            mo, d = L.month(g["m"]), int(rx.sub(r"\D", "", g["d"]))
            if len(g["y"]) == 2:  # `12 June 08`: the schema counts no year cut to two digits here;
                if not mo or not 1 <= d <= 31 or not self._cased(g["m"]):  # a day and month, and `08` no count
                    return None
                return DateMention(s, e, None, None, rule, month=mo, day=d)
            y = int(g["y"])
            if not mo or not 1 <= d <= 31 or not self._year_ok(y) or not self._cased(g["m"]):
                return None
            return DateMention(s, e, f"{y:04d}-{mo:02d}-{d:02d}", None, rule)
        if rule == "date-numeric-my":
            y = int(g["y"])
            if not self._year_ok(y) or self._numbered(m.string, s, e):
                return None  # (`Resolution 12/2008`: a number of the year)
            return DateMention(s, e, f"{y:04d}-{int(g['m']):02d}", None, rule)
        if rule == "date-month-year":
            mo, y = L.month(g["m"]), int(g["y"])
            if not mo or not self._year_ok(y) or not self._cased(g["m"]):
                return None
            return DateMention(s, e, f"{y:04d}-{mo:02d}", None, rule)
        if rule in ("date-month-span-year", "date-day-month-span-year"):
            m1, m2 = L.month(g["m1"]), L.month(g["m2"])
            y2 = int(g["y2"])
            if not (m1 and m2) or not self._cased(g["m1"]) or not self._cased(g["m2"]):
                return None
            y1 = int(g["y1"]) if g["y1"] else (y2 if m1 <= m2 else y2 - 1)
            joiner = m.group()[m.end("m1") - s:m.start("m2") - s]
            v1 = _ymd(y1, m1, g["d1"])
            v2 = _ymd(y2, m2, g["d2"])
            if rx.search(r"\band\b", joiner, regex.I) and g["open"] is None:
                # `in January and April 2008`: two months of 2008
                first_end = max(m.end(k) for k in ("m1", "d1", "y1") if g[k])
                return DateMention(s, first_end, v1, None, rule), DateMention(m.start("m2"), e, v2, None, rule)
            return DateMention(s, e, v1, v2, rule)
        if rule == "date-quarter":
            q = L.quarters.get(squash(g["q"].lower()))
            y = full_year(g["y"])
            if q is None or not self._year_ok(y) or len(g["y"]) == 2 and not g["fy"]:
                return None  # (`1Q08`: a year cut to two digits counts only after FY or CY)
            return DateMention(s, e, f"{y:04d}-Q{q}", None, rule)
        if rule == "date-coarse":
            y = int(g["y"])
            return DateMention(s, e, str(y), None, rule) if self._year_ok(y) else None
        if rule == "date-year-span":
            y1 = int(g["y1"])
            y2 = full_year(g["y2"]) if len(g["y2"]) == 4 else (y1 // 10 ** len(g["y2"])) * 10 ** len(g["y2"]) + int(g["y2"])
            if len(g["y2"]) < 4 and y2 == y1 + 1 - 10 ** len(g["y2"]):
                y2 = y1 + 1  # (`1999-00`, `2009/0`: the next year, in the next century or decade)
            joiner = m.group()[m.end("y1") - s:m.start("y2") - s]
            if rx.search(r"\band\b", joiner, regex.I) and g["open"] is None:
                return None
            if "/" in joiner and len(g["y2"]) < 4 and y2 != y1 + 1:
                return None  # `2009/10`, `2008/9` are split years; `2009/12` is no span
            if (not (self._year_ok(y1) and self._year_ok(y2)) or y2 <= y1 or y2 - y1 > 30 or self._amount(m.string, s, e)
                    or self._numbered(m.string, s, e)):
                return None
            return DateMention(s, e, str(y1), str(y2), rule)
        if rule == "date-year":
            y = int(g["y"])
            if not self._year_ok(y) and not self._far_year(m.string, s, e, y):
                return None
            core_s, core_e = m.start("y"), m.end("y")
            if core_e - core_s != 4 or self._amount(m.string, s, e) or self._numbered(m.string, core_s, core_e) or self._clock(m.string, core_s, core_e):
                return None
            if (s < core_s) != m.group().endswith(")"):  # a bracket only when both are there: `(2008)`, not `2007)`
                s, e = core_s, e - (e > core_e and m.group().endswith(")"))
            return DateMention(s, e, str(y), None, rule, flags=[])
        if rule == "date-month-span":
            m1, m2 = L.month(g["m1"]), L.month(g["m2"])
            if not (m1 and m2) or not self._cased(g["m1"]) or not self._cased(g["m2"]):
                return None
            joiner = m.group()[m.end("m1") - s:m.start("m2") - s]
            if rx.search(r"\band\b", joiner, regex.I) and g["open"] is None:
                return None
            return DateMention(s, e, None, None, rule, month=m1, day=_day(g["d1"]), month_max=m2, day_max=_day(g["d2"]))
        if rule in ("date-month-day-span", "date-day-span-month"):
            mo, d1, d2 = L.month(g["m"]), _day(g["d1"]), _day(g["d2"])
            if not mo or not d1 or not d2 or d2 <= d1 or not self._cased(g["m"]):
                return None
            joiner = m.string[m.end("d1"):m.start("d2")]
            if rx.search(r"(?i)\band\b", joiner) and not _BETWEEN_BEFORE.search(m.string, max(0, s - 12), s):
                # `on 3 and 4 June 2008`, `June 5 and 6`: two days of one month
                first, second = (s, m.end("d1")), (m.start("d2"), e)
                if g["y"]:
                    y = int(g["y"])
                    return (DateMention(*first, f"{y:04d}-{mo:02d}-{d1:02d}", None, rule),
                            DateMention(*second, f"{y:04d}-{mo:02d}-{d2:02d}", None, rule))
                return (DateMention(*first, None, None, rule, month=mo, day=d1),
                        DateMention(*second, None, None, rule, month=mo, day=d2))
            if g["y"]:
                y = int(g["y"])
                return DateMention(s, e, f"{y:04d}-{mo:02d}-{d1:02d}", f"{y:04d}-{mo:02d}-{d2:02d}", rule)
            return DateMention(s, e, None, None, rule, month=mo, day=d1, month_max=mo, day_max=d2)
        if rule in ("date-month-day", "date-day-month"):
            mo, d = L.month(g["m"]), int(g["d"])
            if not mo or not 1 <= d <= 31 or not self._cased(g["m"]):
                return None
            if rule == "date-month-day" and _DAY_BEFORE.search(m.string, max(0, s - 8), s):
                return None  # `12 June 08`: the day stands before the month, `08` is a year
            return DateMention(s, e, None, None, rule, month=mo, day=d)
        if rule == "date-month":
            mo = L.month(g["m"])
            if not mo or not self._cased(g["m"]) or g["m"].lower() in ("may", "mar", "march", "jan", "sept", "dec"):
                return None
            return DateMention(s, e, None, None, rule, month=mo)
        return None

    def _numbered(self, text: str, s: int, e: int) -> bool:
        """`Resolution 2009-12`, `Flight 1998`, `Law 1996 of 2008`: a year's digits after a word that
        a number names a thing by are that number, but where the word names laws and plans by their
        year too (`the Finance Act 2009`) and the number is not followed by the year of its own."""
        L = self.lex
        if not text[max(0, s - 1):s].isspace() or not (idm := L.id_word_rx.search(text[max(0, s - 40):s])):
            return False
        return (regex.sub(r"\s+", " ", idm.group().strip()).lower() not in L.id_words_before_years
                or _OF_YEAR.match(text, e) is not None)

    def _clock(self, text: str, s: int, e: int) -> bool:
        """`at 2000 local time`, `by 1900 on Friday`: a time of day, as a word of the clock before and
        one after say (a minute past 59 is none: `at 2075 hours`)."""
        L = self.lex
        return (int(text[s + 2:e]) < 60 and L.clock_after_rx is not None and L.clock_before_rx is not None
                and L.clock_after_rx.match(text, e) is not None and L.clock_before_rx.search(text[max(0, s - 20):s]) is not None)

    def _year_ok(self, y: int) -> bool:
        return self.lex.year_min <= y <= self.lex.year_max

    def _far_year(self, text: str, s: int, e: int, y: int) -> bool:
        """`by 2100`, `in 2075`: a year after the last one a cable speaks of as a rule (a projection's)
        is one only after a preposition that opens a year, and not before a word of the clock
        (`by 2100 hours`)."""
        L = self.lex
        return (L.year_max < y <= L.year_far_max and _FAR_YEAR_PREPOSITION.search(text, max(0, s - 12), s) is not None
                and not (L.clock_after_rx is not None and L.clock_after_rx.match(text, e)))

    @staticmethod
    def _cased(word: str) -> bool:
        """Month names are capitalised (or all capitals): `may` and `march` in lower case are words."""
        return word[:1].isupper()


_DIGIT = regex.compile(r"\d")
_ASCII_LETTERS = frozenset(string.ascii_letters)


_GAP_CHARS = frozenset(" \t\n-")
# (and the year of a currency's value: `in constant 2005 dollars`, `real 2008 prices`)
_FAR_YEAR_PREPOSITION = rx.short(r"(?i)\b(?:in|by|until|till|through|before|after|beyond)" + GAP + r"\Z")
_YEAR_PREPOSITION = rx.short(r"(?i)\b(?:in|since|by|during|until|till|from|of|before|after|through|for|constant|real|current|nominal)" + GAP + r"\Z")
_BETWEEN_BEFORE = rx.short(r"(?i)\bbetween" + GAP + r"\Z")
_DAY_BEFORE = rx.short(r"(?i)(?<![\d,.])[0-3]?\d(?:st|nd|rd|th)?" + GAP + r"\Z")


def _prefixes(forms: list[str]) -> str:
    """Fiscal or calendar year prefixes as one pattern (matched ignoring case): `F.Y.` with or
    without its full stops, `fiscal year` across spaces or a line break. Forms that share their
    first letter are written behind it (`F(?:Y|.Y.|iscal...)`), which the engine scans for far
    faster than for an alternation."""
    def one(p: str) -> str:
        return regex.escape(p).replace(r"\.", r"\.?").replace(r"\ ", GAP)
    firsts = {p[:1].lower() for p in forms}
    if len(firsts) == 1 and all(len(p) > 1 for p in forms):
        return regex.escape(forms[0][:1]) + "(?:" + "|".join(one(p[1:]) for p in forms) + ")"
    return "|".join(one(p) for p in forms)


def _day(d: str | None) -> int | None:
    if not d:
        return None
    n = int(rx.sub(r"\D", "", d))
    return n if 1 <= n <= 31 else None


def _ymd(y: int, mo: int, d: str | None) -> str:
    day = _day(d)
    return f"{y:04d}-{mo:02d}-{day:02d}" if day else f"{y:04d}-{mo:02d}"
