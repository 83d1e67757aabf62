"""Batch runs: read every source, parse and extract in worker processes, and let one writer
store each cable in one transaction.

Incremental (an unchanged cable under an unchanged ruleset is skipped), idempotent (rows are keyed
by stable ids and replaced whole), crash-safe (a cable is written in one transaction, so a run
killed at any moment and started again ends with the rows of an uninterrupted run).
"""
from __future__ import annotations

import hashlib
import json
import operator
import multiprocessing as mp
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from extractor import __version__
from extractor.errors import BadInput
from extractor.models import Document
from extractor.store.schema import (QUERY_INDEXES, TABLES, create_indexes, drop_fts_triggers, drop_indexes, ensure_fts,
                                    open_db)


@dataclass
class RunSummary:
    run_id: int = 0
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    figures: int = 0
    flagged: int = 0
    errors: int = 0
    seconds: float = 0.0
    bytes: int = 0
    error_messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"run {self.run_id}: {self.read} cables read ({self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged), {self.figures} figures, {self.flagged} flagged, "
                f"{self.errors} errors, {self.seconds:.1f}s ({rate:.0f} cables/s)")


def cable_key(doc: Document) -> str:
    if doc.identifier:
        return doc.identifier
    return f"{doc.source_path}#{doc.row}" if doc.row is not None else doc.source_path


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def figure_id(cable_id: str, start: int, end: int, kind: str) -> str:
    """A stable key: the same figure found again at the same place keeps its id (and its review)."""
    return hashlib.sha1(f"{cable_id}\0{start}\0{end}\0{kind}".encode()).hexdigest()[:20]


# -------------------------------------------------------------- worker side
_PIPE = None


def _init_worker(patterns_dir, threshold):
    global _PIPE  # one pipeline per worker process, built once
    from extractor.pipeline import Pipeline
    _PIPE = Pipeline.from_patterns(patterns_dir, **({"threshold": threshold} if threshold is not None else {}))


def _process(job):
    key, doc = job
    try:
        parsed, figures = _PIPE.process(doc)
    except Exception as exc:  # a parser bug must not stop the batch; it is recorded as an error
        return key, None, f"internal error while extracting: {type(exc).__name__}: {exc}"
    return key, _packed(_rows(key, parsed, figures)), None


def _packed(rows: dict) -> dict:
    """The rows of each child table as tuples in the order of its insert (see `_SQL`), made in the
    worker: the writer, which every cable goes through, hands them to `executemany` as they are,
    and tuples cross between processes for less than dicts."""
    out = {"cable": rows["cable"], "figure_count": len(rows["figures"]),
           "flagged": sum(f["flagged"] for f in rows["figures"])}
    for table in _CHILDREN:
        out[table] = list(map(_COLUMNS_OF[table], rows[table]))
    return out


def _rows(key: str, parsed, figures) -> dict:
    st = parsed.structure
    text = parsed.document.text
    paragraphs = [{"id": f"{key}:p{p.number}", "cable_id": key, "number": p.number, "marking": p.marking,
                   "start": p.start, "end": p.end} for p in st.paragraphs]
    sections, benchmarks = [], []
    for s in st.sections:
        sid = f"{key}:{s.letter}"
        sections.append({"id": sid, "cable_id": key, "letter": s.letter, "title": s.title, "start": s.start, "end": s.end})
        for b in s.benchmarks:
            benchmarks.append({
                "id": f"{key}:{b.id}", "cable_id": key, "section_id": sid, "benchmark": b.id, "title": s.title,
                "request_start": b.request.start, "request_end": b.request.end,
                "request_text": text[b.request.start:b.request.end],
                "response_start": b.response.start if b.response else None,
                "response_end": b.response.end if b.response else None,
                "response_text": text[b.response.start:b.response.end] if b.response else None,
                "response_uncertain": int(b.response_uncertain)})
    figs = []
    seen = set()
    for f in figures:
        fid = figure_id(key, f.start, f.end, f.kind)
        if fid in seen:
            continue
        seen.add(fid)
        figs.append({
            "id": fid, "cable_id": key, "kind": f.kind, "value": str(f.value),
            "value_num": float(f.value) if isinstance(f.value, (int, float)) else None,
            "value_max": None if f.value_max is None else str(f.value_max), "unit": f.unit, "per": f.per,
            "qualifier": f.qualifier, "item": f.item, "text": f.text, "start": f.start, "end": f.end,
            "section": f.section, "part": f.part, "paragraph": f.paragraph, "value_base": f.value_base,
            "base_unit": f.base_unit, "year": f.year, "measure": f.measure, "rule": f.rule,
            "confidence": f.confidence, "flags": json.dumps(f.flags) if f.flags else "[]", "flagged": int(f.flagged)})
    cable = {"identifier": st.identifier, "created": st.created, "origin": st.origin,
             "classification": st.classification, "subject": st.subject, "tags": json.dumps(st.tags),
             "references": json.dumps(st.references), "classified_by": json.dumps(st.classified_by),
             "signed_by": json.dumps(st.signed_by), "summary": st.summary,
             "nondisclosure_deadline": st.nondisclosure_deadline, "warnings": json.dumps(st.warnings)}
    return {"cable": cable, "paragraphs": paragraphs, "sections": sections, "benchmarks": benchmarks, "figures": figs}


# -------------------------------------------------------------- writer side
def _insert_sql(table: str) -> tuple[str, list[str]]:
    cols = list(TABLES[table][0])
    return f"insert or replace into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' * len(cols))})", cols


_CHILDREN = ("paragraphs", "sections", "benchmarks", "figures")
_SQL = {t: _insert_sql(t) for t in _CHILDREN}
_COLUMNS_OF = {t: operator.itemgetter(*_SQL[t][1]) for t in _CHILDREN}  # (a row's values in its insert's order)
_CABLE_COLS = [c for c in TABLES["cables"][0] if c != "id"]
# An upsert, not a replace: replacing would delete the cable row (and its full-text entry) first.
_UPSERT_CABLE = (
    f"insert into cables ([id], {', '.join(f'[{c}]' for c in _CABLE_COLS)}) values (?, {', '.join('?' * len(_CABLE_COLS))}) "
    f"on conflict(id) do update set {', '.join(f'[{c}] = excluded.[{c}]' for c in _CABLE_COLS)}")


def _write(db, key: str, doc: Document, digest: str, rows: dict, run_id: int, ruleset: str, new: bool = False) -> None:
    """One cable, all or nothing: its old rows go and its new rows come together (a savepoint
    inside the batch's transaction; see `_Batch`). A `new` cable (not in the database when the run
    began) has no old rows: rows can only hang from a stored cable.

    Plain `executemany` with the schema's column order: the writer is the one process every
    cable goes through, so it does no per-row work it can avoid."""
    conn = db.conn
    cable = {"id": key, **rows["cable"], "source_path": doc.source_path, "source_format": doc.source_format,
             "source_row": doc.row, "content_hash": digest, "ruleset": ruleset, "run_id": run_id, "text": doc.text}
    if not conn.in_transaction:
        # The batch's transaction: a savepoint opened outside one would start its own, and its
        # release would commit every cable alone.
        conn.execute("begin")
    conn.execute("savepoint cable")
    try:
        for table in reversed(_CHILDREN) if not new else ():
            conn.execute(f"delete from [{table}] where cable_id = ?", [key])
        conn.execute(_UPSERT_CABLE, [key] + [cable.get(c) for c in _CABLE_COLS])
        for table in _CHILDREN:
            if rows[table]:
                conn.executemany(_SQL[table][0], rows[table])
    except Exception:
        conn.execute("rollback to cable")
        raise
    finally:
        conn.execute("release cable")


class _Batch:
    """Whole cables committed together, at most `size` cables or `seconds` apart: a commit per
    cable would cost the writer more than the cable itself. A run killed between commits loses
    only whole cables, which the next run finds missing and writes again."""

    def __init__(self, conn, size: int = 64, seconds: float = 1.0):
        self.conn, self.size, self.seconds = conn, size, seconds
        self.pending, self.since = 0, time.monotonic()

    def added(self) -> None:
        self.pending += 1
        if self.pending >= self.size or time.monotonic() - self.since > self.seconds:
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.commit()
        self.pending, self.since = 0, time.monotonic()


def _input_size(paths) -> int:
    """Bytes of every input file, for the time-left estimate (text and csv sources read about as
    many bytes of text as their files hold; for PDFs the estimate runs long)."""
    from extractor.readers import iter_files
    total = 0
    for p in paths:
        if os.path.exists(p):
            total += sum(f.stat().st_size for f in iter_files(Path(p)))
    return total


def _documents(paths, errors):
    from extractor.readers import read_path
    for p in paths:
        for item in read_path(p):
            if isinstance(item, BadInput):
                errors.append(item)
                continue
            yield item


def run_batch(paths: list[str], db_path: str, workers: int = 0, patterns_dir=None, threshold=None,
              progress: bool | None = None) -> RunSummary:
    from extractor.patterns import Ruleset
    rules = Ruleset(patterns_dir)  # validate the rules before anything is read
    os.makedirs(os.path.dirname(os.path.abspath(db_path)), exist_ok=True)
    db = open_db(db_path)
    # The writer inserts figures under random ids into several indexes: a page cache that holds
    # them saves re-reading index pages as the database grows.
    db.execute("pragma cache_size = -65536")
    t0 = time.time()
    run_id = db["runs"].insert({"started": time.strftime("%Y-%m-%dT%H:%M:%S"), "version": __version__,
                                "ruleset": rules.hash, "paths": json.dumps(paths)}).last_pk
    summary = RunSummary(run_id=run_id)
    known = {r["id"]: (r["content_hash"], r["ruleset"]) for r in
             db.query("select id, content_hash, ruleset from cables")}
    errors: list[BadInput] = []
    done_keys: set[str] = set()
    # A first load builds the query indexes and the full-text index once, at its end (a run cut
    # short leaves them to the next `open_db`); a run over a stored archive keeps them up to date
    # as it goes.
    first_load = not known
    if first_load:
        drop_indexes(db, QUERY_INDEXES)
        drop_fts_triggers(db)

    def record(e: BadInput) -> None:
        summary.errors += 1
        summary.error_messages.append(str(e))
        db["errors"].insert({"run_id": run_id, "source": e.source, "row": e.row, "message": e.message})

    def record_errors():
        while errors:
            record(errors.pop(0))

    n_workers = workers or (os.cpu_count() or 1)
    # The pool reads this generator from its own thread, as fast as it can: the semaphore holds it
    # to a few cables per worker ahead of the writer, so memory stays flat however big the archive.
    inflight = threading.Semaphore(max(4, 8 * n_workers))
    pending: dict[str, tuple[Document, str]] = {}

    # It only queues errors for the writer.
    def jobs():
        for doc in _documents(paths, errors):
            summary.read += 1
            summary.bytes += len(doc.text)
            key = cable_key(doc)
            if key in done_keys:
                errors.append(BadInput(doc.source_path, f"duplicate cable {key}; the first copy was kept", row=doc.row))
                continue
            done_keys.add(key)
            digest = content_hash(doc)
            if known.get(key) == (digest, rules.hash):
                summary.unchanged += 1
                continue
            inflight.acquire()
            pending[key] = doc, digest  # the writer takes it back here: only the rows come back from a worker
            yield key, doc

    show = sys.stderr.isatty() if progress is None else progress
    total_bytes = _input_size(paths) if show else 0
    last_draw = 0.0

    batch = _Batch(db.conn)

    def handle(result):
        nonlocal last_draw
        key, rows, err = result
        inflight.release()
        record_errors()
        doc, digest = pending.pop(key)
        if err:
            record(BadInput(doc.source_path, err, row=doc.row))
            return
        if key in known:
            summary.updated += 1
        else:
            summary.new += 1
        try:
            _write(db, key, doc, digest, rows, run_id, rules.hash, new=key not in known)
        except Exception as exc:  # a row the database refuses: recorded, the run goes on
            batch.commit()
            record(BadInput(doc.source_path, f"could not store: {exc}", row=doc.row))
            return
        batch.added()
        summary.figures += rows["figure_count"]
        summary.flagged += rows["flagged"]
        if show and time.time() - last_draw > 0.2:
            last_draw = time.time()
            el = time.time() - t0
            left = ""
            if total_bytes and summary.bytes and el:  # the text read so far against the size of the input
                secs = max(0.0, (total_bytes - summary.bytes) / (summary.bytes / el))
                left = f", ~{secs / 60:.0f} min left" if secs >= 90 else f", ~{secs:.0f} s left"
            sys.stderr.write(f"\r{summary.read} cables, {summary.read / el if el else 0:.0f}/s{left}, "
                             f"{summary.figures} figures, {summary.errors} errors ")
            sys.stderr.flush()

    if n_workers <= 1:
        _init_worker(patterns_dir, threshold)
        for job in jobs():
            handle(_process(job))
    else:
        ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
        with ctx.Pool(n_workers, initializer=_init_worker, initargs=(patterns_dir, threshold)) as pool:
            for result in pool.imap(_process, jobs(), chunksize=4):
                handle(result)
    batch.commit()
    record_errors()
    if first_load:
        create_indexes(db, QUERY_INDEXES)
        ensure_fts(db)
    if show:
        sys.stderr.write("\n")
    summary.seconds = time.time() - t0
    db["runs"].update(run_id, {"finished": time.strftime("%Y-%m-%dT%H:%M:%S"), "cables_new": summary.new,
                               "cables_updated": summary.updated, "cables_unchanged": summary.unchanged,
                               "figures": summary.figures, "flagged": summary.flagged, "errors": summary.errors})
    db.close()  # and its page cache with it
    from extractor.store.metadata import write_metadata
    write_metadata(db_path)
    return summary
