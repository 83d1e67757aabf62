"""The Cablegate `cables.csv` dump, streamed row by row in flat memory.

Columns: sequence number, created (`M/D/YYYY H:MM`), identifier, origin, classification,
references, header, content. No header row.
"""
from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import regex

from extractor.errors import BadInput
from extractor.models import Document

_CREATED = regex.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?\s*$")
COLUMNS = 8


def created_iso(value: str) -> str | None:
    """`12/19/2008 19:27` -> `2008-12-19 19:27`."""
    m = _CREATED.match(value or "")
    if not m:
        return None
    mo, d, y, hh, mm = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if hh is not None:
        out += f" {int(hh):02d}:{mm}"
    return out


_ROW_START = regex.compile(r'^"?\d+"?,"?\d{1,2}/\d{1,2}/\d{4}')
MAX_RECORD = 16 * 1024 * 1024


def _records(fh) -> Iterator[tuple[int, str, bool]]:
    """Physical records of the file: (first line number, text, quotes balanced).

    A record ends where its quotes balance. A stray quote would swallow the rest of the file, so a
    line that opens a new row while quotes are still open ends the broken record there.
    """
    buf: list[str] = []
    size = quotes = 0
    first = 1
    for line_no, line in enumerate(fh, 1):
        if buf and quotes % 2 and (_ROW_START.match(line) or size > MAX_RECORD):
            yield first, "".join(buf), False
            buf, size, quotes = [], 0, 0
        if not buf:
            first = line_no
        buf.append(line)
        size += len(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            yield first, "".join(buf), True
            buf, size, quotes = [], 0, 0
    if buf:
        yield first, "".join(buf), False


def read(path: Path) -> Iterator[Document | BadInput]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open(path, "rb") as raw:
        head = raw.read(4096)
        if b"\x00" in head:
            raise BadInput(str(path), "binary file (NUL bytes): not a cables.csv")
        if not head.strip():
            raise BadInput(str(path), "empty file: nothing to read")
    row_no = 0
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for line_no, record, balanced in _records(fh):
            if not record.strip():
                continue
            row_no += 1
            if not balanced:
                yield BadInput(str(path), f"broken CSV quoting (an unclosed quote) at line {line_no}", row=row_no)
                continue
            try:
                rows = list(csv.reader(io.StringIO(record), strict=True))
            except csv.Error as exc:
                yield BadInput(str(path), f"broken CSV quoting at line {line_no}: {exc}", row=row_no)
                continue
            row = rows[0] if len(rows) == 1 else None
            if row is None or len(row) != COLUMNS:
                found = len(row) if row is not None else f"{len(rows)} rows"
                yield BadInput(str(path), f"expected {COLUMNS} columns, found {found} (line {line_no})", row=row_no)
                continue
            _seq, created, ident, origin, classification, refs, header, content = row
            text = header.rstrip("\n") + "\n\n" + content if header.strip() else content
            if not text.strip():
                yield BadInput(str(path), "row has no cable text", row=row_no)
                continue
            warnings = ["text had undecodable bytes (replaced)"] if "\ufffd" in text else []
            yield Document(text=text, source_path=str(path), source_format="csv", row=row_no,
                           identifier=ident.strip() or None, created=created_iso(created),
                           origin=origin.strip() or None,
                           classification=classification.strip().upper() or None,
                           references_raw=refs or None, warnings=warnings)


def write_rows(rows: list[list[str]]) -> str:
    """CSV text in the Cablegate layout (used to build test fixtures and synthetic archives)."""
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return buf.getvalue()
