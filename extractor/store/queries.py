"""Read-only queries and the named queries for the common questions."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from extractor.errors import CablexError

NAMED_QUERIES = {
    "kilos-seized-by-cable": (
        "Kilos (base unit, tons and arrobas converted) seized per year, by cable",
        "select c.identifier, c.origin, f.year, round(sum(f.value_base), 1) as kilos, count(*) as figures "
        "from figures f join cables c on c.id = f.cable_id "
        "where f.base_unit = 'kg' and f.measure = 'seizure' group by c.identifier, f.year order by f.year, c.identifier"),
    "hectares-eradicated-by-year": (
        "Hectares eradicated per year, by cable",
        "select c.identifier, c.origin, f.year, sum(f.value_base) as hectares from figures f join cables c on c.id = f.cable_id "
        "where f.base_unit = 'ha' and f.measure = 'eradication' group by c.identifier, f.year order by f.year"),
    "money-by-currency": (
        "Money figures by currency and measure",
        "select unit as currency, measure, count(*) as figures, sum(value_num) as total from figures "
        "where kind = 'money' group by unit, measure order by figures desc"),
    "totals-by-measure": ("Totals by measure, unit and year", "select * from totals_by_measure order by measure, year"),
    "review-queue": ("Figures waiting for review, lowest confidence first, by cable", "select * from review_queue"),
    "review-progress": (
        "Review decisions in force, by decision and reviewer",
        "select decision, reviewer, count(*) as figures from review_state where current = 1 "
        "group by decision, reviewer order by figures desc"),
    "benchmarks": (
        "Benchmarks with the figures in their responses",
        "select b.cable_id, b.benchmark, b.title, count(f.id) as figures from benchmarks b "
        "left join figures f on f.cable_id = b.cable_id and f.section = b.benchmark and f.part = 'response' "
        "group by b.id order by b.cable_id, b.benchmark"),
    "errors": ("Sources that could not be read, by run", "select * from errors order by run_id desc, id"),
}


def run_query(db_path: str, sql: str) -> list[dict]:
    """Rows of a read-only query; a query that writes is refused."""
    if not Path(db_path).exists():
        raise CablexError(f"{db_path}: no database; build one with: python -m extractor run corpus/")
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        cur = conn.execute(sql)
        return [dict(r) for r in cur.fetchall()]
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise CablexError("query refused: queries are read-only; this one tries to write") from None
        raise CablexError(f"SQL error: {exc}") from None
    finally:
        conn.close()
