"""The database: explicit tables with real foreign keys, indexes on what people filter by,
full-text search on cable text and subjects, and views for the common questions."""
from __future__ import annotations

import sqlite_utils

DEFAULT_DB = "output/cables.db"

TABLES = {
    "runs": ({"id": int, "started": str, "finished": str, "version": str, "ruleset": str, "paths": str,
              "cables_new": int, "cables_updated": int, "cables_unchanged": int, "figures": int, "flagged": int,
              "errors": int}, "id", {}),
    "cables": ({"id": str, "identifier": str, "created": str, "origin": str, "classification": str, "subject": str,
                "tags": str, "references": str, "classified_by": str, "signed_by": str, "summary": str,
                "nondisclosure_deadline": str, "source_path": str, "source_format": str, "source_row": int,
                "content_hash": str, "ruleset": str, "run_id": int, "warnings": str, "text": str}, "id",
               {"run_id": ("runs", "id")}),
    "paragraphs": ({"id": str, "cable_id": str, "number": int, "marking": str, "start": int, "end": int}, "id",
                   {"cable_id": ("cables", "id")}),
    "sections": ({"id": str, "cable_id": str, "letter": str, "title": str, "start": int, "end": int}, "id",
                 {"cable_id": ("cables", "id")}),
    "benchmarks": ({"id": str, "cable_id": str, "section_id": str, "benchmark": str, "title": str,
                    "request_start": int, "request_end": int, "request_text": str, "response_start": int,
                    "response_end": int, "response_text": str, "response_uncertain": int}, "id",
                   {"cable_id": ("cables", "id"), "section_id": ("sections", "id")}),
    "figures": ({"id": str, "cable_id": str, "kind": str, "value": str, "value_num": float, "value_max": str,
                 "unit": str, "per": str, "qualifier": str, "item": str, "text": str, "start": int, "end": int,
                 "section": str, "part": str, "paragraph": int, "value_base": float, "base_unit": str, "year": int,
                 "measure": str, "rule": str, "confidence": float, "flags": str, "flagged": int}, "id",
                {"cable_id": ("cables", "id")}),
    "errors": ({"id": int, "run_id": int, "source": str, "row": int, "message": str}, "id", {"run_id": ("runs", "id")}),
    # Append-only. No foreign key to figures: a re-run replaces a cable's figures, and a decision
    # must outlive that (it applies again when the figure comes back with the same value).
    "reviews": ({"id": int, "figure_id": str, "cable_id": str, "decision": str, "value": str, "value_num": float,
                 "value_max": str, "unit": str, "qualifier": str, "item": str, "value_base": float, "base_unit": str,
                 "note": str, "reviewer": str, "created": str, "run_id": int, "undoes": int, "figure_value": str,
                 "figure_value_max": str, "figure_unit": str}, "id", {"run_id": ("runs", "id")}),
}

INDEXES = {
    "cables": [["identifier"], ["created"], ["origin"]],
    "paragraphs": [["cable_id"]],
    "sections": [["cable_id"]],
    "benchmarks": [["cable_id"]],
    # `kind` alone is served by the first column of the (kind, unit, measure, year) index.
    "figures": [["cable_id"], ["unit"], ["measure"], ["year"], ["confidence"], ["kind", "unit", "measure", "year"]],
    "errors": [["run_id"]],
    "reviews": [["figure_id", "id"], ["cable_id"]],
}

_FIGURE_FIELDS = ("value", "value_num", "value_max", "unit", "qualifier", "item", "value_base", "base_unit")

VIEWS = {
    "figures_with_cables": """
        select f.*, c.identifier, c.created, c.origin, c.subject, c.classification
        from figures f join cables c on c.id = f.cable_id""",
    "totals_by_measure": """
        select measure, kind, coalesce(base_unit, unit) as unit, year, count(*) as figures,
               sum(value_base) as total_base, count(distinct cable_id) as cables
        from figures where kind != 'date'
        group by measure, kind, coalesce(base_unit, unit), year""",
    # The state of each decided figure: its latest review, and whether that review still holds
    # (the figure is found with the value, range and unit it had when it was decided).
    "review_state": """
        select r.figure_id, r.id as review_id, r.decision, r.reviewer, r.created, r.note, r.value, r.value_num,
               r.value_max, r.unit, r.qualifier, r.item, r.value_base, r.base_unit, r.figure_value,
               r.figure_value_max, r.figure_unit,
               (f.id is not null and f.value is r.figure_value and f.value_max is r.figure_value_max
                and f.unit is r.figure_unit) as current
        from reviews r left join figures f on f.id = r.figure_id
        where r.id = (select max(r2.id) from reviews r2 where r2.figure_id = r.figure_id)""",
    "review_queue": """
        select f.id, f.cable_id, c.identifier, c.created, c.subject, f.confidence, f.kind, f.value, f.value_max,
               f.unit, f.qualifier, f.item, f.text, f.section, f.part, f.flags,
               case when s.current then null else s.decision end as previous_decision
        from figures f join cables c on c.id = f.cable_id left join review_state s on s.figure_id = f.id
        where f.flagged = 1 and (s.current is not 1 or s.decision in ('skip', 'pending'))
        order by min(f.confidence) over (partition by f.cable_id), f.cable_id, f.confidence, f.start""",
    # What analysts query: corrections applied, rejected figures left out.
    "figures_reviewed": """
        select f.id, f.cable_id, f.kind, """ + ", ".join(
        f"case when s.current and s.decision = 'correct' then coalesce(s.{c}, f.{c}) else f.{c} end as {c}"
        if c in _FIGURE_FIELDS else f"f.[{c}]" for c in TABLES["figures"][0] if c not in ("id", "cable_id", "kind")) + """
        from figures f left join review_state s on s.figure_id = f.id
        where not coalesce(s.current and s.decision = 'reject', 0)""",
}


def create_indexes(db: sqlite_utils.Database, indexes: dict[str, list[list[str]]]) -> None:
    for name, idx in indexes.items():
        for cols in idx:
            db[name].create_index(cols, index_name=index_name(name, cols), if_not_exists=True)


def drop_indexes(db: sqlite_utils.Database, indexes: dict[str, list[list[str]]]) -> None:
    for name, idx in indexes.items():
        for cols in idx:
            db.execute(f"drop index if exists [{index_name(name, cols)}]")


def open_db(path: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma foreign_keys = on")
    # With WAL, NORMAL keeps every committed cable through a killed process (only a power cut can
    # lose the last commits) and spares a disk sync per cable.
    db.execute("pragma synchronous = normal")
    ensure_schema(db)
    return db


# Indexes only queries use (a run finds a cable's rows by `cable_id`): a first load builds them
# once at its end, which costs less than keeping them up to date through every insert.
QUERY_INDEXES = {"figures": [cols for cols in INDEXES["figures"] if cols != ["cable_id"]]}


# The full-text index on cable subjects and text, kept up to date by triggers. A first load drops
# the triggers and indexes the text once, at its end: a bulk build costs a sixth of indexing each
# cable as it is inserted.
FTS_COLUMNS = ["subject", "text"]
FTS_TRIGGERS = {"cables_ai", "cables_ad", "cables_au"}


def drop_fts_triggers(db: sqlite_utils.Database) -> None:
    for name in sorted(FTS_TRIGGERS):
        db.execute(f"drop trigger if exists [{name}]")


def ensure_fts(db: sqlite_utils.Database) -> None:
    """The full-text index and its triggers; rebuilt from the cables where its triggers are missing."""
    db["cables"].enable_fts(FTS_COLUMNS, create_triggers=True, replace=True)


def index_name(table: str, cols: list[str]) -> str:
    return f"idx_{table}_{'_'.join(cols)}"  # the name sqlite-utils gives an index


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create what is missing: a database from an older version gains the new tables, views and
    indexes, and one whose first load was cut short gets the query indexes it lacked."""
    have = set(db.table_names())
    views = set(db.view_names())
    indexes = {r[0] for r in db.execute("select name from sqlite_master where type = 'index'").fetchall()}
    triggers = {r[0] for r in db.execute("select name from sqlite_master where type = 'trigger'").fetchall()}
    wanted = {index_name(t, cols) for t, idx in INDEXES.items() for cols in idx}
    if set(TABLES) <= have and set(VIEWS) <= views and wanted <= indexes and FTS_TRIGGERS <= triggers:
        return
    db.enable_wal()
    for name, (cols, pk, fks) in TABLES.items():
        db[name].create(cols, pk=pk, foreign_keys=[(c, t, k) for c, (t, k) in fks.items()], if_not_exists=True)
    create_indexes(db, INDEXES)
    ensure_fts(db)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
