"""Tables: rows of figures under a line of years.

                            2006        2007        2008
    Coca eradicated (ha)  10,137      12,072      10,025
    Arrests                1,457       1,532       1,798

A bare number in a row takes the unit its row label names (`(ha)`, `, kg`, `in hectares`), or
else the unit the line above the table names (`The budget, in millions of USD:`); what it counts
is the label, and its year is its column's. A row is a line with a label, a gap of two spaces or a
tab, and then nothing but figures (and `-` or `n/a` for empty cells); a minus before a cell is
its sign. Over columns headed by words (`Agency   Cocaine   Heroin`, `Province   Hectares`),
a head that names a unit gives its column that unit, and any other head joins the row label
in what the cell counts (`DEVIDA Cocaine`). Bars between cells (`Harare  | 17,642 |  308`) are gaps."""
from __future__ import annotations

from dataclasses import dataclass

from extractor import rx
from extractor.figures.dates import full_year
from extractor.figures.lexicon import Lexicon, UnitInfo, squash
from extractor.repair import RepairedText

_MAX_ROW = 240  # the longest line read as a row of a table
_EMPTY_CELLS = frozenset({"-", "--", "---", "n/a", "N/A", "NA", "n.a.", "nil", "0", "*", "+", "\u2212"})  # (and signs)
# (a year, or a part of one: `FY2008`, `Jan-Jun 2008`, `Dec. 2008`, `H1 2009`, `Q3 2009`; an estimate,
# a forecast or a provisional figure: `2009e`, `2010f`, `2009*`, `2009(p)`)
# (a fiscal or calendar year cut to two digits too: `FY08`, `CY 09`)
_YEAR_CELL = rx.short(r"(?:(?:FY|CY)[ -]?|(?:[A-Z][a-z]{2,8}\.?(?:-[A-Z][a-z]{2,8}\.?)?|[A-Z]{3,9}(?:-[A-Z]{3,9})?|H[12]|Q[1-4]|[1-4]Q)[ ])?"
                      r"((?:19|20)\d{2}|(?<=FY|CY|FY[ -]|CY[ -])\d{2})(?:[/-](?:\d{2}|\d{4}))?(?:[efpEFP*]|\((?:e|est\.?|p|f|proj\.?)\))?")
# (the head of a column of changes in percent after the years: `% change`, `pct chg`, `Change (%)`)
_YEAR_NOTE = rx.short(r"\([A-Za-z][A-Za-z.]{0,11}\)")  # (`(revised)`, `(budget)`, `(est.)` after a year's head)
_PERCENT_HEAD = rx.short(r"(?i)(?:%|pct\.?|percent|per[ ]cent)[ ]?(?:change|chg\.?|var\.?)|(?:change|chg\.?|var\.?)[ ]?\((?:%|pct|percent)\)")
_LABEL_UNIT = rx.short(r"(?:\(([^()\n]{1,40})\)|,[ \t]*([^,():\n]{1,30})|\b(?i:in)[ \t]+([^,():\n]{1,30}))[ \t]*:?\Z")
_TABLE_UNIT = rx.short(r"(?i)(?:(?:\(|\b)(?:in|figures in|amounts in|all figures in)[ \t]+([^()\n:;]{1,40}?)[ \t]*\)?|\(([^()\n]{1,40})\))[ \t]*[:.]?[ \t]*\Z")
_BRACKETED = rx.short(r"\(([^()\n]{1,40})\)")
_FOOTNOTE = rx.compiled(r"[ \t](?:\d{1,2}|[a-z])/(?=[ \t]|\Z)")
_RATE_LABEL = rx.short(r"\S+(?:[ \t]+(?:per|PER)[ \t]+|/)\S+[ \t]*\Z")  # (`Cedi per USD`, `Rs/USD` ending a label)
_PARA_HEAD = rx.short(r"\d{1,2}\.[ \t]+(?:\([A-Z/]{1,6}\)[ \t]*)?|(?:-{1,3}|\*|\u2022)[ \t]*|\(?[a-z]\)[ \t]+")  # or a bullet, or an item's letter: `a)`
_WORD = rx.short(r"[^\s()]+")
_GLUED_THOUSANDS = rx.short(r"(?P<cur>[^\d'\s]*[$\u20ac\u00a3])(?P<sc>'?000(?:,000)?s?)")
_WRAPPED_ROW = rx.short(r"[ \t]+\([^()\n]{1,40}\)(?:[ ]{2}|\t)[ \t]*[\d.$-]")  # (`  (manual, hectares)    12,072`)
_GROUP_LABEL = rx.short(r"[ \t]*[A-Za-z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+){0,4}[ \t]*")  # (a few words alone on a line)
# (a few words and a unit in brackets alone on a line: `Coca eradicated (ha)` over `  - manual   95,634`)
_GROUP_LABEL_UNIT = rx.short(r"[ \t]*[A-Za-z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+){0,4}[ \t]*\([^()\n]{1,20}\)[ \t]*:?[ \t]*")
_LABEL_CELLS = rx.short(r"[ ]{2,}|\t")  # (the gap between two cells of a label)
# (words of a label's unit that name no unit: `CPI (y/y %)`, `Exchange rate (avg)`, `GDP (est.)`)
_LABEL_FILLERS = frozenset(("of", "in", "the", "y/y", "yoy", "y-o-y", "avg", "avg.", "average", "est", "est.", "estimate",
                            "eop", "e.o.p.", "change", "annual", "nominal", "real", "current", "constant"))
# A year standing alone, as a sentence or a table's leading line names it
YEAR_NAMED = rx.short(r"(?=[12])(?<![\w/.,-])((?:19|20)\d{2})(?![\w/]|,\d)")  # (the lookahead first: a faster scan)
_UNITS_CELL = rx.short(r"\(([^()\n]{1,20})\)")
_UNITS_LINE = rx.short(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)+")
_RULE_LINE = rx.short(r"[ \t]*(?:[-=_]{2,}[ \t]*)+")
_ROW_GAP = rx.short(r"(?:[ ]{2,}|\t|\.{3,}[ ]*)[\d(.$-]")
_LEADER = rx.short(r"[ \t]*\.{3,}[ \t]*\Z")  # (dots that lead a label to its number)
_HEADER_WORD = rx.short(r"\S+(?:[ -](?=\d))?\S*")
_HEAD_CELL = rx.short(r"\S+(?: \S+)*")  # a cell of a header of words: words apart by single spaces
_QUARTER_HEAD = rx.short(r"(?i)Q[1-4]|[1-4]Q|[1-4](?:st|nd|rd|th)[ ]Q(?:tr|uarter)?|H[12]|[12]H")  # (`Q1   Q2   Q3`: heads of words too)
_MINUS = "-\u2212\u2013"


@dataclass
class TableUnit:
    kind: str
    unit: str
    scale: float = 1.0
    info: UnitInfo | None = None
    per: str | None = None  # (`Exchange rate (C$/USD)`: money per dollar)


_PERCENT_CELL = TableUnit("percent", "percent")


def _currency(surface: str, lex: Lexicon, post: str | None) -> str | None:
    """The code a label's currency names (by the post, where the word or symbol is ambiguous)."""
    surface = surface.strip()
    if squash(surface.lower()) not in lex.by_country and (code := lex.cur_before.get(surface)):
        return code  # (a form as written first: `GHc` is the new cedi, `GHC` the old)
    return (lex.currency_by_post(surface, post)[0] or lex.cur_before.get(squash(surface))
            or lex.cur_after.get(surface.lower()))


def _glued_thousands(word: str) -> tuple[str, ...]:
    """`$000` as (`$`, `000`); any other word alone."""
    gm = _GLUED_THOUSANDS.fullmatch(word)
    return (gm.group("cur"), gm.group("sc")) if gm else (word,)


def read_units(phrase: str, lex: Lexicon, post: str | None = None) -> TableUnit | None:
    """`USD millions`, `millions of US$`, `metric tons`, `ha`, `%`: the unit a label names; a
    rate of exchange, `C$/USD`, `Rs per USD`: money in one currency per another (by the post,
    where the symbol is ambiguous); a price, `soles per kilo`; a quantity in a time, `MT/year`."""
    per_word = " per " in phrase or " PER " in phrase  # (`USD PER KILO` in a cable in capitals)
    if "/" in phrase or per_word:
        parts = rx.split(r"(?i)\s+per\s+" if per_word else "/", phrase.strip())  # (`S/ per $`)
        if len(parts) == 2 and (a := _currency(parts[0], lex, post)) and (b := _currency(parts[1], lex, post)) and a != b:
            return TableUnit("money", a, 1.0, None, b)
        # (a price, `soles per kilo`, `USD/ha`; or a quantity in a time, `MT/year`)
        per = lex.rate_unit(parts[1].strip()) if len(parts) == 2 else None
        if per is not None and (a := _currency(parts[0], lex, post)) and a != per:
            return TableUnit("money", a, 1.0, None, per)
        if per in lex.time_units and (q := read_units(parts[0], lex, post)) is not None and q.kind == "quantity" and q.per is None:
            return TableUnit(q.kind, q.unit, q.scale, q.info, per)
    words = [w for w in _WORD.findall(phrase) if w.lower() not in _LABEL_FILLERS]
    # (`$000`, `US$'000`: a currency's symbol glued to the thousands its figures are written in)
    words = [p for w in words for p in _glued_thousands(w)]
    if not words or len(words) > 5:
        return None
    if words[0].lower() in ("%", "percent", "pct", "pct."):
        return TableUnit("percent", "percent")  # (`% of GDP`, `% change`)
    scale = 1.0
    rest = []
    for w in words:
        s = lex.scales.get(w.lower()) or lex.scales.get(w.lower().rstrip("s")) or lex.table_scales.get(w.lower())
        if s:
            scale *= s
        else:
            rest.append(w)
    if not rest:  # (`Population (million)`: a count in millions)
        return TableUnit("quantity", "count", scale) if scale > 1 else None
    surface = " ".join(rest)
    cur = _currency(surface, lex, post)
    if cur:
        return TableUnit("money", cur, scale)
    info = lex.unit_info(surface)
    if info is not None and info.kind == "percent":
        return TableUnit("percent", "percent", scale)
    if info is not None and info.kind == "quantity":
        return TableUnit("quantity", info.unit, scale * info.scale, info, info.per)  # (`bpd`: barrels a day)
    if info is not None and info.kind == "duration" and scale == 1:
        return TableUnit("duration", info.unit, 1.0, info)  # (`Reserves (months of imports)`, `Average sentence (years)`)
    if (k := phrase.lower().find(" of ")) > 0:
        return read_units(phrase[:k], lex, post)  # (`kg of cocaine`: the unit, then what is measured)
    return None


def label_unit(label: str, lex: Lexicon, post: str | None = None) -> tuple[TableUnit | None, str]:
    """The unit a label names at its end (`Coca eradicated (ha)`, `Urban, percent`, `Coca in
    hectares`), and the label without it; (None, the label) where it names none."""
    m = _LABEL_UNIT.search(label)
    phrase = next(g for g in m.groups() if g) if m else ""
    unit = read_units(phrase, lex, post) if m else None
    if unit is None and m and "," in phrase:
        unit = read_units(phrase.split(",")[0], lex, post)  # (`Inflation (pct, Dec)`, `Exports (USD bn, fob)`)
        if unit is None:
            unit = read_units(phrase.rsplit(",", 1)[-1], lex, post)  # (`(manual, hectares)`: the kind, then the unit)
    if unit is None and (rm := _RATE_LABEL.search(label, 0, m.start() if m else len(label))) and (
            rate := read_units(rm.group(), lex, post)) is not None and rate.per is not None:
        return rate, label  # (`Cedi per USD (avg)`: a rate of exchange the label itself names)
    if (m is None or unit is None) and (cells := _LABEL_CELLS.split(label.strip())) and len(cells) >= 2 and (
            cell_unit := read_units(cells[-1], lex, post)) is not None:
        return cell_unit, " ".join(cells[:-1])  # (`Cocaine       kg` under `Drug   Unit   2007`: a column of units)
    if m is None or unit is None:
        # (or at its start: `Kilos of cocaine seized`, `Hectares eradicated`, `Metric tons`)
        words = label.split()
        for n in (2, 1):
            if len(words) >= n and not words[n - 1].endswith(".") and (unit := read_units(" ".join(words[:n]), lex, post)) is not None:
                rest = words[n:][1:] if words[n:n + 1] == ["of"] else words[n:]
                while rest and rest[-1].lower() in ("in", "of", "for", "during", "by", "at"):
                    rest.pop()  # (`Metric tons seized in 2008:`: the year is the label's)
                return unit, " ".join(rest)
        return None, label
    return unit, label[:m.start()].strip(" ,:")


class TableReader:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def apply(self, text: str, cands: list, rep: RepairedText, post: str | None = None) -> None:
        """Give the figures of each table row their row's unit, item, measure and column year.
        Rows are found in the clean text; the gaps between columns and the lines above a row are
        read in the text as read, whose tabs the clean text has made single spaces. `post`: the
        cable's, which reads an ambiguous currency (`C$` is córdobas in Managua)."""
        raw = rep.raw
        if "\r" in raw:  # (a file with Windows line ends: the clean text's are spaces, as here, and keep the offsets)
            raw = raw.replace("\r", " ")
        if "|" in raw:  # (`Harare  | 17,642 |  308`: bars between the cells are gaps, and keep the offsets)
            text, raw = text.replace("|", " "), raw.replace("|", " ")
        rows: dict[int, list] = {}
        for c in cands:
            if c.kind == "date":
                continue
            ls = text.rfind("\n", max(0, c.start - _MAX_ROW), c.start) + 1
            if ls or c.start < _MAX_ROW:  # (a longer line is no row of a table)
                rows.setdefault(ls, []).append(c)
        for ls, cells in rows.items():
            cells.sort(key=lambda c: c.start)
            bare = any(c.rule == "count-bare" for c in cells)
            if not bare and (len(cells) < 2 or "\n" not in text[max(0, ls - 1):ls]):
                continue
            row = self._row(text, raw, ls, cells, rep, post)
            if row is None:
                continue
            label, unit, item = row
            raw_ls = rep.to_raw(ls)
            if not bare:  # (`Education   $1,200   $1,350`: cells of their own unit: the row's label and the head's years)
                header = self._above(raw, raw_ls)[0]
                years = None if header is None else self._column_years(header, raw_ls, [rep.to_raw(c.end) for c in cells])
                for k, c in enumerate(cells):
                    c.item = c.item or item
                    if years is not None and years[k] is not None:
                        c.year = years[k]
                continue
            # A row of one figure (`Cocaine seized (kg)      5,201`) names its unit or stands by another row.
            if len(cells) == 1 and unit is None and not self._beside_a_row(raw, raw_ls):
                continue
            # (a label cut over two lines, its unit's brackets on the row: `Coca eradicated` over
            # `  (manual, hectares)   12,072   10,025`; the line above is the label's first part)
            wrapped = label.startswith("(") and label.endswith(")") and text[ls:ls + 1] in " \t"
            header, heads, lead, units_line, label_head, group = self._above(raw, raw_ls, wrapped)
            if unit is None and group is not None:
                unit = label_unit(group, self.lex, post)[0]  # (the unit of the group's label the row is indented under)
            if label_head:
                item = f"{label_head} {item}" if item else label_head
                label = f"{label_head} {label}"
            if not label:
                # (a row of no label takes only the unit the table's leading line or its line of
                # units names, under a head of years or of words: its cells are all the columns)
                if header is None and heads is None or lead is None and units_line is None:
                    continue
                heads = None
            if unit is None and lead is not None:  # (the unit of the whole table)
                unit = self._lead_unit(lead, post)
            cell_ends = [rep.to_raw(c.end) for c in cells]
            col_units = [None] * len(cells)
            if unit is None and units_line is not None:  # (`(ha)   (kg)` under the years: each column's)
                col_units = [read_units(u, self.lex, post) if u else None for u in self._column_years(units_line, raw_ls, cell_ends)]
            years = None if header is None else self._column_years(header, raw_ls, cell_ends)
            if years is None and (ym := _YEAR_CELL.fullmatch(label.rstrip(":"))) is not None:
                years, item = [full_year(ym.group(1))] * len(cells), None  # (the year that labels the row)
            # (a header of words: `Agency   Cocaine   Heroin`, `Province   Hectares   Percent`)
            if heads is not None and heads[2] is not None and len(heads[1]) + 1 == len(cells):
                heads = ([heads[2][0], *heads[0]], [heads[2][1], *heads[1]], None)
            columns = None if heads is None else self._column_years(heads, raw_ls, cell_ends)
            if years is None and lead is not None:  # (`Results for 2008:`: the one year the leading line names)
                named = {int(y) for y in YEAR_NAMED.findall(lead)}
                years = [named.pop()] * len(cells) if len(named) == 1 else None
            # (or the group's, `Coca eradicated (ha)` over `  - manual`; or the table's: `Seizures by agency`)
            measure = self._measure(label) or (self._measure(group) if group else "") or (self._measure(lead) if lead else "")
            # (the cells under `% change` after the years: changes in percent, of no one year)
            in_pct = [header is not None and header[2] is not None and abs(cell_ends[k] - raw_ls - header[2]) <= 6
                      for k in range(len(cells))]
            for k, c in enumerate(cells):
                if years is not None and not in_pct[k]:
                    c.year = years[k]
                c.measure = measure
                if c.start >= 2 and text[c.start - 1] in _MINUS and text[c.start - 2] in " \t" and isinstance(c.value, (int, float)):
                    c.start, c.value = c.start - 1, -c.value  # (`-1.5` in a column of changes: a sign, not an empty cell)
                elif (c.rule == "count-bare" and (years is not None and years[k] is not None or in_pct[k]) and c.start >= 1
                      and text[c.start - 1] == "(" and text.startswith(")", c.end) and isinstance(c.value, (int, float))):
                    c.start, c.end, c.value = c.start - 1, c.end + 1, -c.value  # (`(3.3)` under a year or a change: below zero, as accounts write it)
                if c.rule != "count-bare":
                    continue
                head = columns[k] if columns is not None else None
                if head and (self.lex.month(head) or _QUARTER_HEAD.fullmatch(head)):
                    head = None  # (`Jan   Feb   Mar`, `Q1   Q2`: months and quarters over the columns name no item)
                cell_unit = None
                if head:  # (`Hectares`, `Share (%)`: the column's unit, and what the head names besides)
                    cell_unit, head = label_unit(head, self.lex, post)
                    if cell_unit is None and (cell_unit := read_units(head, self.lex, post)) is not None:
                        head = ""
                if head:
                    c.item = f"{item} {head}" if item else head  # (`DEVIDA Cocaine`: the row's, of the column's)
                    c.measure = c.measure or self._measure(head)
                elif item:
                    c.item = item
                cell_unit = _PERCENT_CELL if in_pct[k] else cell_unit or col_units[k] or unit
                if cell_unit is not None:
                    c.kind, c.unit, c.info = cell_unit.kind, cell_unit.unit, cell_unit.info
                    c.per = cell_unit.per or c.per
                    c.value = c.value * cell_unit.scale
                    c.rule = "table-row-unit"
                    c.flags = [f for f in c.flags if not f.startswith("bare number")] + ["unit from the table"]
                elif c.item:
                    c.rule = "table-row-count"
                    c.flags = [f for f in c.flags if not f.startswith("bare number")]

    def _row(self, text: str, raw: str, ls: int, cells: list, rep: RepairedText, post: str | None):
        le = text.find("\n", cells[-1].end, ls + _MAX_ROW)
        if le == -1:
            if ls + _MAX_ROW < len(text):
                return None
            le = len(text)
        # Nothing but the figures and empty cells after the label.
        # (brackets around a cell too: `Guinea   12,450  (46 percent)`)
        p = cells[0].start
        for c in cells:
            if any(w.strip("()") not in _EMPTY_CELLS and w.strip("()") for w in text[p:c.start].split()):
                return None
            p = c.end
        if any(w.strip("()") not in _EMPTY_CELLS and w.strip("()") for w in text[p:le].split()):
            return None
        first = cells[0].start
        if text[first - 1:first] in _MINUS and text[first - 2:first - 1] in (" ", "\t"):
            first -= 1  # (`IMPORTS FOB   -12,169`: the first cell below zero)
        head = text[ls:first]
        if "..." in head and (lm := _LEADER.search(head)):
            head = head[:lm.start()]  # (`Arrests ........ 1,890`)
        label = _FOOTNOTE.sub("", head).strip()  # (`Exports 1/`: the mark of a footnote)
        if not label and len(cells) >= 2 and all(c.rule == "count-bare" for c in cells):
            return "", None, None  # (a row of no label under its columns' head: `Q1   Q2   Q3` over `410   620   780`)
        para = _PARA_HEAD.match(label)  # (`5. (U) Police strength:  45,000  52,000`, `-- Share (%): 40`)
        label = label[para.end():] if para else label
        if not label or not any(ch.isalpha() for ch in label) and not _YEAR_CELL.fullmatch(label.rstrip(":")) or len(label) > 60:
            return None  # (a year may label a row: `2006    51,400    12,300` under `Year  Hectares  Seizures (kg)`)
        gap = raw[rep.to_raw(ls + len(head.rstrip())):rep.to_raw(first)]
        if "\t" not in gap and len(gap) < 2 and not label.endswith(":"):
            return None
        # (the unit belongs to the row, or else to the table)
        unit, item = label_unit(label, self.lex, post)
        return label, unit, item.rstrip(":").strip() or None

    def _lead_unit(self, lead: str, post: str | None) -> TableUnit | None:
        """The unit the line leading a table names at its end (`Seizures (kg):`, `in millions of
        USD:`), or else in brackets within it (`GLE results by province (ha), as verified by UNODC:`;
        not the paragraph's marking)."""
        m = _TABLE_UNIT.search(lead)
        if m:
            unit = read_units(m.group(1) or m.group(2), self.lex, post)
            if unit is None and m.group(2) and "," in m.group(2):
                # (`(USD million, change on a year earlier):`: the unit, then what other columns are)
                unit = read_units(m.group(2).split(",", 1)[0], self.lex, post)
            if unit is not None or ";" not in m.group():
                return unit
        if "(" not in lead:
            return None
        para = _PARA_HEAD.match(lead.lstrip())
        body = lead.lstrip()[para.end():] if para else lead
        for bm in _BRACKETED.finditer(body):
            if len(bm.group(1)) > 1 and (unit := read_units(bm.group(1), self.lex, post)) is not None:
                return unit
            # (`(in billion taka; USD 1 = Tk 68.6)`: the unit, then a note)
            if ";" in bm.group(1) and (im := _TABLE_UNIT.match(bm.group(1).split(";", 1)[0])) is not None and im.group(1):
                if (unit := read_units(im.group(1), self.lex, post)) is not None:
                    return unit
        return None

    def _beside_a_row(self, text: str, ls: int) -> bool:
        """Whether the line before or after the one starting at `ls` is a row too."""
        lines_before = text[:max(ls - 1, 0)].rsplit("\n", 1) if ls else [""]
        lines_after = text[ls:].split("\n", 2)
        return self._is_row_like(lines_before[-1]) or len(lines_after) > 1 and self._is_row_like(lines_after[1])

    @staticmethod
    def _is_row_like(line: str) -> bool:
        """A row of the table or its header: a run of two spaces or a tab before a digit."""
        return _ROW_GAP.search(line) is not None

    def _above(self, text: str, ls: int, wrapped: bool = False):
        """The header of years, the header of words (the end offset and the words of each
        column: `Agency   Cocaine   Heroin`), the line that leads the table whose row starts at
        `ls` and the line of units under the header (`(ha)   (ha)`): up over its rows, its
        headers and single blank lines. A row above a blank line or above the header belongs to
        another table. Where the row's label is `wrapped` (only brackets, indented), the line of
        words right above it is the label's first part, returned fifth; last, the label of a group
        of rows with a unit in brackets that the row and the rows between are indented under
        (`Coca eradicated (ha)` over `  - manual   95,634`)."""
        header = heads = units_line = label_head = group = None
        blank = False
        # (whether the row and each row over it, up to a group's label, is indented under it)
        under = text[ls:ls + 1] in (" ", "\t", "-")
        p = ls
        for k in range(40):
            if p <= 0:
                break
            prev = text.rfind("\n", 0, p - 1) + 1
            line = text[prev:p - 1]
            p = prev
            if wrapped and line.strip() and len(line) <= 60 and not any(ch.isdigit() for ch in line) and not self._is_row_like(line) \
                    and not line.rstrip().endswith((":", ".")):
                if k == 0:
                    label_head = line.strip()  # (the first part of the row's label)
                wrapped = False
                continue
            # (a row of a label cut over two lines, above: the line over it is its label's first part)
            wrapped = line[:1] in (" ", "\t") and _WRAPPED_ROW.match(line) is not None
            if not line.strip():
                if blank:
                    break
                blank = True
                continue
            if _RULE_LINE.fullmatch(line):
                continue  # (`----      ----      ----`: the rule under a header)
            if header is None and heads is None and units_line is None and _UNITS_LINE.fullmatch(line) and line.count("(") >= 2:
                cells = list(_UNITS_CELL.finditer(line))
                units_line = ([m.end() for m in cells], [m.group(1) for m in cells])
                continue  # (`(ha)    (ha)`, `(USD 000)`: the units of the columns, under their head)
            above = text[text.rfind("\n", 0, prev - 1) + 1:prev - 1] if prev else ""  # (the line over this one)
            if header is None and heads is None and self._subhead(line) and self._years(above) is not None:
                continue  # (`Actual   Budget   Proj.` under the years: what each year's figures are)
            if header is None and heads is None:
                header = self._years(line)
                if header is None:
                    heads = self._words_header(line)
                if header is not None or heads is not None:
                    blank = False
                    continue
            if self._is_row_like(line):
                if blank or header is not None or heads is not None:
                    break
                under = under and line[:1] in (" ", "\t", "-")
                continue
            grouped = None if header is not None or heads is not None or _GROUP_LABEL.fullmatch(line) else _GROUP_LABEL_UNIT.fullmatch(line)
            if header is None and heads is None and (grouped or _GROUP_LABEL.fullmatch(line)) and (
                    self._years(above) is not None or self._words_header(above) is not None or self._is_row_like(above)):
                # (`Revenue` over `  Oil   4,200   6,100`, under the years: a group of rows, no leading
                # line; `Coca eradicated (ha)` names the unit of the rows indented under it)
                if grouped and under and group is None:
                    group = line.strip()
                under = False
                continue
            return header, heads, self._lead_sentence(text, prev, line.rstrip()), units_line, label_head, group
        return header, heads, None, units_line, label_head, group

    def _lead_sentence(self, text: str, ls: int, lead: str) -> str:
        """The leading line starting at `ls`, with the lines of its sentence wrapped over it (a
        few, back to a blank line, a stop or a row): `the FY09 budget (in billion` over `taka;
        USD 1 = Tk 68.6):`; not a sentence ended by a full stop."""
        for _ in range(0 if lead.endswith(".") else 2):
            if ls <= 0:
                break
            ps = text.rfind("\n", 0, ls - 1) + 1
            above = text[ps:ls - 1].rstrip()
            if not above.strip() or above.endswith((".", ":", ";")) or self._is_row_like(above):
                break
            lead = above + " " + lead.strip()
            ls = ps
        return lead

    @staticmethod
    def _subhead(line: str) -> bool:
        """A line of short words over the columns, two or more apart by two spaces or a tab, no
        digit among them (`Actual   Budget   Proj.`, `est.   prel.`)."""
        cells = _HEAD_CELL.findall(line)
        return len(cells) >= 2 and not any(ch.isdigit() for ch in line) and all(len(c) <= 12 for c in cells)

    @staticmethod
    def _words_header(line: str) -> tuple[list[int], list[str], tuple[int, str] | None] | None:
        """A header of words over the columns after the labels (`Agency   Cocaine   Heroin`):
        three or more cells apart by two spaces or a tab, none with a digit but quarters and
        halves of a year (`Q1   Q2   Q3`); the end offset and
        the words of each column after the first (the labels' head), or of both cells of an
        indented line of two, which leaves the labels' column empty."""
        indented = line.startswith("\t") or len(line) - len(line.lstrip(" ")) >= 4
        if (para := _PARA_HEAD.match(line.lstrip())) is not None and para.group()[0].isdigit():
            # (`3. PROVINCE   HECTARES   STRAW (MT)`: the paragraph's number is no head; its place is kept blank)
            indented = False
            k = len(line) - len(line.lstrip()) + para.end()
            line = " " * k + line[k:]
        cells = list(_HEAD_CELL.finditer(line))
        # (two heads over the columns only, the labels' column left empty: `         Marijuana   Poppy`
        # over `2007  18,560  11,410`)
        two = indented and len(cells) == 2
        if (len(cells) < 3 and not two or any(ch.isdigit() for ch in line) and not all(_QUARTER_HEAD.fullmatch(m.group()) for m in cells[1:])
                or len(line) > _MAX_ROW
                or any(len(m.group()) > 25 or m.group().count(" ") > 2 or m.group()[-1] in ".,;" for m in cells)):
            return None  # (short heads, no sentences: `He left.  They stayed.  Then` is prose)
        heads = cells if two else cells[1:]
        # (an indented line's first cell may head a column too, where the rows have a cell more
        # than the heads after it: `          Aerial   Manual   Total` over `2007   153,134   66,395   219,529`)
        first = (cells[0].end(), cells[0].group()) if indented and not two else None
        return [m.end() for m in heads], [m.group() for m in heads], first

    @staticmethod
    def _column_years(header: tuple[list[int], list[int]], ls: int, cell_ends: list[int]) -> list[int | None]:
        """The year of each cell's column: in order where the counts agree, else by position."""
        ends, values = header[0], header[1]
        if len(values) == len(cell_ends):
            return list(values)
        out: list[int | None] = []
        for end in cell_ends:
            col = end - ls
            k = min(range(len(ends)), key=lambda j: abs(ends[j] - col))
            out.append(values[k] if abs(ends[k] - col) <= 6 else None)
        return out

    @staticmethod
    def _years(line: str) -> tuple[list[int], list[int], int | None] | None:
        """A header of years (`2006  2007  2008`, `Program   FY2007   FY2008`, `Jan-Jun 2008`): the
        end offset and the year of each column, and the end offset of a column of changes in
        percent after them (`% change`), or None."""
        words = list(_HEADER_WORD.finditer(line))
        years = [_YEAR_CELL.fullmatch(w.group()) for w in words]
        # (`FY08 (revised)   FY09 (budget)`: a note in brackets after a year is part of its head)
        for k in range(len(words) - 1, 0, -1):
            if years[k - 1] and words[k].start() == words[k - 1].end() + 1 and _YEAR_NOTE.fullmatch(words[k].group()):
                words[k - 1] = words[k]
                del words[k], years[k]
        first = next((k for k, y in enumerate(years) if y), len(years))  # (after a heading: `Program`)
        last = len(years)
        while last > first and not years[last - 1] and len(years) - last < 2:
            last -= 1  # (before a column of changes: `2007  2008  Change`, `2007  2008  % chg`)
        if last - first < 2 or first > 3 or not all(years[first:last]) or last < len(years) and not years[last - 1]:
            return None
        tail = _PERCENT_HEAD.search(line, words[last - 1].end())
        return ([w.end() for w in words[first:last]], [full_year(y.group(1)) for y in years[first:last]],
                tail.end() if tail else None)

    def _measure(self, label: str) -> str:
        """The measure the row label names; "" (none) where it names none, since the sentence
        around a table is the whole table."""
        m = self.lex.measure_rx.search(label.lower())
        return self.lex.measure_of[" ".join(m.group().split())] if m else ""
