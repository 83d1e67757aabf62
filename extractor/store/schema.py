"""The database: explicit tables with real foreign keys, indexes on what people filter by,
full-text search on cable text and subjects, and views for the common questions."""
from __future__ import annotations

import sqlite_utils

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
}

INDEXES = {
    "cables": [["identifier"], ["created"], ["origin"]],
    "paragraphs": [["cable_id"]],
    "sections": [["cable_id"]],
    "benchmarks": [["cable_id"]],
    "figures": [["cable_id"], ["kind"], ["unit"], ["measure"], ["year"], ["confidence"], ["kind", "unit", "measure", "year"]],
    "errors": [["run_id"]],
}

VIEWS = {
    "figures_with_cables": """
        select f.*, c.identifier, c.created, c.origin, c.subject, c.classification
        from figures f join cables c on c.id = f.cable_id""",
    "totals_by_measure": """
        select measure, kind, coalesce(base_unit, unit) as unit, year, count(*) as figures,
               sum(value_base) as total_base, count(distinct cable_id) as cables
        from figures where kind != 'date'
        group by measure, kind, coalesce(base_unit, unit), year""",
    "review_queue": """
        select f.id, f.cable_id, f.confidence, f.kind, f.value, f.value_max, f.unit, f.qualifier, f.item,
               f.text, f.section, f.flags, c.identifier, c.created, c.subject
        from figures f join cables c on c.id = f.cable_id
        where f.flagged = 1
        order by f.cable_id, f.confidence""",
}


def open_db(path: str) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma foreign_keys = on")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "figures" in db.table_names():
        return
    db.enable_wal()
    for name, (cols, pk, fks) in TABLES.items():
        db[name].create(cols, pk=pk, foreign_keys=[(c, t, k) for c, (t, k) in fks.items()], if_not_exists=True)
    for name, idx in INDEXES.items():
        for cols in idx:
            db[name].create_index(cols, if_not_exists=True)
    db["cables"].enable_fts(["subject", "text"], create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql, replace=True)
