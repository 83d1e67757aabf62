"""Datasette metadata written next to the database: titles, descriptions, column descriptions
with units, facets, label columns and canned queries, so the database explains itself."""
from __future__ import annotations

import json
from pathlib import Path

from extractor.store.queries import NAMED_QUERIES

FIGURE_COLUMNS = {
    "id": "Stable key from cable, span and kind: review decisions survive re-runs",
    "kind": "quantity, money, percent, date or duration",
    "value": "The figure as written, normalised (dates as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, FYYYYY)",
    "value_num": "The value as a number (null for dates)",
    "value_max": "Upper end of a range",
    "unit": "Unit code: ha, kg, t, count, ...; ISO 4217 currency for money; percent; time unit for durations",
    "per": "Denominator of a rate (USD per ha: unit USD, per ha)",
    "qualifier": "exact, approx, at_least, more_than, less_than, at_most",
    "item": "What is counted or measured, as written",
    "text": "Surface text of the mention",
    "start": "Character offset of the mention in the cable text as read",
    "end": "Character offset of the end of the mention",
    "section": "Benchmark (A.2) or section (A) the figure stands in",
    "part": "request or response within the benchmark",
    "value_base": "Value in the base unit of its dimension (kg, ha, L, m; years for durations); money in its own currency",
    "base_unit": "Unit of value_base",
    "year": "Year the figure refers to, where its sentence says it",
    "measure": "What the figure is about (eradication, seizure, price, funding, ...), from patterns/measures.json",
    "rule": "Id of the rule that produced the figure",
    "confidence": "Confidence in [0, 1]",
    "flags": "Reasons for doubt (JSON list)",
    "flagged": "1 when the figure goes to review",
}


def metadata(db_name: str) -> dict:
    return {
        "title": "cablex: figures from U.S. diplomatic cables",
        "description": "Every figure the cables report, with its unit, qualifier, benchmark, confidence and source span.",
        "databases": {db_name: {
            "tables": {
                "cables": {"description": "One row per cable, with its header fields and full text",
                           "label_column": "identifier", "facets": ["origin", "classification"]},
                "figures": {"description": "One row per figure; trace it back with cable_id, start and end",
                            "label_column": "text", "facets": ["kind", "unit", "measure", "year", "flagged"],
                            "columns": FIGURE_COLUMNS},
                "paragraphs": {"description": "Numbered paragraphs and their markings"},
                "sections": {"description": "Lettered benchmark sections", "label_column": "title"},
                "benchmarks": {"description": "Numbered benchmarks: the request and the response"},
                "runs": {"description": "One row per batch run"},
                "errors": {"description": "Sources that could not be read, by run"},
                "reviews": {"description": "Review decisions, append-only: accept, reject, correct, skip; "
                                           "an undo is a new row. Review at /-/review",
                            "facets": ["decision", "reviewer"]},
                "review_state": {"description": "Each decided figure's latest decision and whether it still holds "
                                                "(current = 0: the figure's value changed since)"},
                "figures_reviewed": {"description": "Figures with review decisions applied: corrections in, "
                                                    "rejections out. Query this one for analysis",
                                     "columns": FIGURE_COLUMNS, "facets": ["kind", "unit", "measure", "year"]},
            },
            "queries": {name: {"title": desc, "sql": sql} for name, (desc, sql) in NAMED_QUERIES.items()},
        }},
    }


def write_metadata(db_path: str) -> Path:
    path = Path(db_path).with_suffix(".metadata.json")
    path.write_text(json.dumps(metadata(Path(db_path).stem), indent=1))
    return path
