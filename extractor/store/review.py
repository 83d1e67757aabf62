"""Review of low-confidence figures: the queue, the decisions and their history.

Decisions go to the append-only `reviews` table; a figure's state is its latest row. An undo is a
new row that restores the state before the undone one. Each row keeps the value, range and unit
the figure had when it was decided, so a decision holds only while the figure is found again
with that value: when a re-run changes the value, the figure goes back to the queue with its old
decision shown.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.errors import CablexError
from extractor.store.schema import open_db

DECISIONS = ("accept", "reject", "correct", "skip")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "less_than", "at_most")
_DATE_VALUE = regex.compile(r"(?:FY)?\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?")


class ReviewError(CablexError):
    """A decision that cannot be stored: unknown figure, bad correction. Nothing is written."""


@dataclass
class Correction:
    value: str | None = None
    value_max: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    item: str | None = None

    def empty(self) -> bool:
        return all(v in (None, "") for v in (self.value, self.value_max, self.unit, self.qualifier, self.item))


@lru_cache(maxsize=4)
def _units(patterns_dir=None) -> dict[str, tuple[float | None, str | None]]:
    """Every unit code the ruleset can produce, with its factor to the base unit."""
    from extractor.figures.lexicon import Lexicon
    from extractor.patterns import Ruleset
    lex = Lexicon(Ruleset(patterns_dir))
    units: dict[str, tuple[float | None, str | None]] = {"count": (1.0, "count"), "percent": (1.0, "percent")}
    for info in lex.units.values():
        units.setdefault(info.unit, (info.to_base, info.base_unit))
    for code in list(lex.cur_before.values()) + list(lex.cur_after.values()):
        units.setdefault(code, (1.0, code))
    return units


def _number(text: str, what: str) -> float:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        raise ReviewError(f"{what} {text!r} is not a number (write it like 1250 or 12.5)") from None


class Reviews:
    """The review queue and decisions of one database."""

    def __init__(self, db_path: str, patterns_dir=None, threshold: float | None = None):
        self.db = open_db(db_path)
        self.patterns_dir = patterns_dir
        self.threshold = threshold
        self._unit_table: dict | None = None

    @property
    def units(self) -> dict:
        if self._unit_table is None:
            self._unit_table = _units(self.patterns_dir)
        return self._unit_table

    # ---------------------------------------------------------------- reading
    def queue(self, cable: str | None = None, measure: str | None = None, limit: int | None = None) -> list[dict]:
        """Figures waiting for a decision: lowest confidence first, grouped by cable (the cable with
        the least certain figure first), skipped ones after the rest."""
        where, params = [], []
        if self.threshold is None:
            where.append("f.flagged = 1")
        else:
            where.append("f.confidence < ?")
            params.append(self.threshold)
        if cable:
            where.append("(c.identifier = ? or c.id = ?)")
            params += [cable, cable]
        if measure:
            where.append("f.measure = ?")
            params.append(measure)
        sql = f"""
            select * from (
              select f.id, f.cable_id, coalesce(c.identifier, c.id) as identifier, c.created, c.origin, c.subject, f.kind, f.value,
                     f.value_max, f.unit, f.per, f.qualifier, f.item, f.text, f.section, f.part, f.paragraph,
                     f.measure, f.rule, f.confidence, f.flags, f.start, f."end",
                     s.decision as state, s.current, s.reviewer as last_reviewer, s.figure_value as decided_value,
                     min(f.confidence) over (partition by f.cable_id) as cable_confidence
              from figures f join cables c on c.id = f.cable_id
              left join review_state s on s.figure_id = f.id
              where {' and '.join(where)}
            ) where current is not 1 or state in ('skip', 'pending')
            order by state = 'skip' and current = 1, cable_confidence, cable_id, confidence, start"""
        if limit:
            sql += f" limit {int(limit)}"
        return [self._queue_row(r) for r in self.db.query(sql, params)]

    @staticmethod
    def _queue_row(r: dict) -> dict:
        r = dict(r)
        r["flags"] = json.loads(r["flags"] or "[]")
        if r["state"] and r["state"] != "pending" and not r["current"]:
            r["previous_decision"] = f"{r['state']} by {r['last_reviewer']} when the value was {r['decided_value']}"
        else:
            r["previous_decision"] = None
        for k in ("state", "current", "last_reviewer", "decided_value", "cable_confidence"):
            r.pop(k)
        return r

    def figure(self, figure_id: str) -> dict:
        rows = list(self.db.query("select * from figures where id = ?", [figure_id]))
        if not rows:
            raise ReviewError(f"no figure with id {figure_id!r} (ids are in `review --list` and the figures table)")
        return rows[0]

    def context(self, figure_id: str, width: int = 700) -> dict:
        """What a reviewer reads: the cable's header line, the benchmark and the paragraph, with the
        figure's place in that paragraph."""
        f = self.figure(figure_id)
        cable = next(self.db.query(
            "select id, identifier, created, origin, subject, text from cables where id = ?", [f["cable_id"]]))
        text = cable.pop("text")
        para = next(self.db.query(
            "select number, marking, start, \"end\" from paragraphs where cable_id = ? and start <= ? and \"end\" > ? ",
            [f["cable_id"], f["start"], f["start"]]), None)
        a, b = (para["start"], para["end"]) if para else (max(0, f["start"] - width // 2), f["end"] + width // 2)
        if b - a > width:  # a long paragraph: the whole lines around the figure
            lo, hi = a, b
            a = max(lo, f["start"] - width // 2)
            b = min(hi, max(f["end"] + width // 2, a + width))
            a = max(lo, text.rfind("\n", lo, a) + 1)
            nl = text.find("\n", b, hi)
            b = nl if nl >= 0 else hi
        bench = None
        if f["section"]:
            bench = next(self.db.query(
                "select benchmark, title from benchmarks where cable_id = ? and benchmark = ?",
                [f["cable_id"], f["section"]]), None) or next(self.db.query(
                "select letter as benchmark, title from sections where cable_id = ? and letter = ?",
                [f["cable_id"], f["section"]]), None)
        state = self.state(figure_id)
        place = []
        if bench:
            place.append(f"benchmark {bench['benchmark']}: {bench['title']}" + (f" ({f['part']})" if f["part"] else ""))
        if para:
            place.append(f"paragraph {para['number']}" + (f" {para['marking']}" if para["marking"] else ""))
        last = None
        if state and state["decision"] != "pending":
            held = "" if state["current"] else f" (when the value was {state['figure_value']}; it has changed since)"
            last = f"last decision: {state['decision']} by {state['reviewer']} at {state['created']}{held}"
        return {"figure": {**f, "flags": json.loads(f["flags"] or "[]")}, "cable": cable, "benchmark": bench,
                "paragraph": para, "excerpt": text[a:b], "excerpt_start": a,
                "highlight": (f["start"] - a, f["end"] - a), "state": state,
                "header": " · ".join(str(x) for x in (cable["identifier"] or cable["id"], cable["created"],
                                                      cable["origin"]) if x),
                "place": place, "last_decision": last}

    def state(self, figure_id: str) -> dict | None:
        return next(self.db.query("select * from review_state where figure_id = ?", [figure_id]), None)

    def history(self, figure_id: str) -> list[dict]:
        return list(self.db.query("select * from reviews where figure_id = ? order by id", [figure_id]))

    # ---------------------------------------------------------------- writing
    def decide(self, figure_id: str, decision: str, reviewer: str, correction: Correction | None = None,
               note: str | None = None) -> int:
        """Store one decision; returns its row id. Nothing is written when it does not validate."""
        if decision not in DECISIONS:
            raise ReviewError(f"unknown decision {decision!r}; use one of {', '.join(DECISIONS)}")
        if not reviewer:
            raise ReviewError("a decision needs a reviewer")
        f = self.figure(figure_id)
        row = self._base_row(f, decision, reviewer, note)
        if decision == "correct":
            if correction is None or correction.empty():
                raise ReviewError("a correction needs at least one of value, value_max, unit, qualifier, item")
            row.update(self._validated(f, correction))
        elif correction is not None and not correction.empty():
            raise ReviewError(f"a correction goes with the decision 'correct', not {decision!r}")
        return self._insert(row)

    def undo(self, figure_id: str, reviewer: str) -> int:
        """Restore the state before the figure's latest decision, as a new row."""
        f = self.figure(figure_id)
        rows = self.history(figure_id)
        # Walk back over undos: each one cancels the decision before it.
        stack: list[dict] = []
        for r in rows:
            if r["undoes"] is not None:
                stack = [s for s in stack if s["id"] != r["undoes"]]
            else:
                stack.append(r)
        if not stack:
            raise ReviewError(f"figure {figure_id} has no decision to undo")
        undone = stack[-1]
        prev = stack[-2] if len(stack) > 1 else None
        row = self._base_row(f, prev["decision"] if prev else "pending", reviewer, f"undo of review {undone['id']}")
        row["undoes"] = undone["id"]
        if prev:
            for k in ("value", "value_num", "value_max", "unit", "qualifier", "item", "value_base", "base_unit",
                      "figure_value", "figure_value_max", "figure_unit"):
                row[k] = prev[k]
        return self._insert(row)

    def _base_row(self, f: dict, decision: str, reviewer: str, note: str | None) -> dict:
        run = next(self.db.query("select max(id) as id from runs"))["id"]
        return {"figure_id": f["id"], "cable_id": f["cable_id"], "decision": decision, "reviewer": reviewer,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "run_id": run, "note": note, "undoes": None,
                "value": None, "value_num": None, "value_max": None, "unit": None, "qualifier": None, "item": None,
                "value_base": None, "base_unit": None,
                "figure_value": f["value"], "figure_value_max": f["value_max"], "figure_unit": f["unit"]}

    def _insert(self, row: dict) -> int:
        with self.db.conn:
            return self.db["reviews"].insert(row).last_pk

    def _validated(self, f: dict, c: Correction) -> dict:
        out: dict = {}
        if f["kind"] == "date":
            for name in ("value", "value_max"):
                v = getattr(c, name)
                if v and not _DATE_VALUE.fullmatch(v.strip()):
                    raise ReviewError(f"{name} {v!r} is not a date (write 2008, 2008-03, 2008-03-22, 2008-Q1 or FY2008)")
                out[name] = v.strip() if v else None
            if c.unit:
                raise ReviewError("a date has no unit")
        else:
            value = _number(c.value, "value") if c.value else None
            vmax = _number(c.value_max, "value_max") if c.value_max else None
            out["value"] = _fmt(value)
            out["value_num"] = value
            out["value_max"] = _fmt(vmax)
            if c.unit:
                if c.unit not in self.units:
                    known = sorted(u for u in self.units if not (len(u) == 3 and u.isupper()))
                    raise ReviewError(f"unknown unit {c.unit!r}; use an ISO 4217 currency code (USD, PEN, ...) "
                                      f"or one of: {', '.join(known)}")
                out["unit"] = c.unit
            if value is not None and vmax is not None and vmax < value:
                raise ReviewError(f"value_max {c.value_max} is below value {c.value}")
            base_of = value if value is not None else f["value_num"]
            unit = out.get("unit") or f["unit"]
            if base_of is not None:
                if f["kind"] in ("money", "percent") or unit == "count":
                    out["value_base"], out["base_unit"] = base_of, ("percent" if f["kind"] == "percent" else unit)
                else:
                    factor, base_unit = self.units.get(unit, (None, None))
                    if factor is not None:
                        out["value_base"], out["base_unit"] = base_of * factor, base_unit
        if c.qualifier:
            if c.qualifier not in QUALIFIERS:
                raise ReviewError(f"unknown qualifier {c.qualifier!r}; use one of {', '.join(QUALIFIERS)}")
            out["qualifier"] = c.qualifier
        if c.item:
            out["item"] = c.item.strip()
        return out

    # ---------------------------------------------------------------- export
    def export(self) -> list[dict]:
        """Each figure's current decision with the figure, its span and its cable: usable as gold data."""
        sql = """
            select coalesce(c.identifier, c.id) as cable, f.cable_id, f.id as figure_id, f.kind, f.text, f.start, f."end",
                   f.value as extracted_value, f.value_max as extracted_value_max, f.unit as extracted_unit,
                   f.qualifier as extracted_qualifier, f.item as extracted_item, f.section, f.part,
                   s.decision, s.reviewer, s.created, s.note,
                   case when s.decision = 'correct' then coalesce(s.value, f.value) else f.value end as value,
                   case when s.decision = 'correct' then coalesce(s.value_max, f.value_max) else f.value_max end as value_max,
                   case when s.decision = 'correct' then coalesce(s.unit, f.unit) else f.unit end as unit,
                   case when s.decision = 'correct' then coalesce(s.qualifier, f.qualifier) else f.qualifier end as qualifier,
                   case when s.decision = 'correct' then coalesce(s.item, f.item) else f.item end as item
            from review_state s join figures f on f.id = s.figure_id join cables c on c.id = f.cable_id
            where s.current = 1 and s.decision in ('accept', 'reject', 'correct')
            order by c.identifier, f.start"""
        return list(self.db.query(sql))


def _fmt(v: float | None) -> str | None:
    if v is None:
        return None
    return str(int(v)) if v.is_integer() else str(v)
