"""Batch runs into SQLite: idempotent, incremental, crash-safe; bad files recorded; read-only queries."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from extractor.errors import CablexError
from extractor.store.queries import run_query
from extractor.store.run import run_batch

from conftest import ROOT


def rows(db, table):
    conn = sqlite3.connect(db)
    try:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] != "run_id"]
        sel = ", ".join(f"[{c}]" for c in cols)
        return sorted(conn.execute(f"select {sel} from [{table}]").fetchall())
    finally:
        conn.close()


def snapshot(db):
    return {t: rows(db, t) for t in ("cables", "paragraphs", "sections", "benchmarks", "figures")}


def make_archive(folder, seed_text, n):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"08LIMA{1000 + i}.txt").write_text(seed_text.replace("727 new drug police", f"{727 + i} new drug police"))


def test_run_is_idempotent_and_incremental(tmp_path, seed_text):
    make_archive(tmp_path / "in", seed_text, 3)
    db = str(tmp_path / "c.db")
    s1 = run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    assert (s1.new, s1.unchanged, s1.figures) == (3, 0, 303)
    before = snapshot(db)
    s2 = run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    assert (s2.new, s2.updated, s2.unchanged, s2.figures) == (0, 0, 3, 0)
    assert snapshot(db) == before
    # A changed cable is re-extracted, the others are skipped.
    p = tmp_path / "in" / "08LIMA1001.txt"
    p.write_text(p.read_text().replace("750 trainees", "751 trainees"))
    s3 = run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    assert (s3.updated, s3.unchanged) == (1, 2)
    vals = run_query(db, "select value from figures where cable_id = '08LIMA1001' and item = 'trainees'")
    assert vals == [{"value": "751"}]


def index_names(db):
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("select name from sqlite_master where type = 'index' and name like 'idx_%'")}
    finally:
        conn.close()


def test_first_load_builds_the_query_indexes_at_its_end_and_a_cut_short_one_gets_them_back(tmp_path, seed_text):
    from extractor.store.schema import INDEXES, QUERY_INDEXES, drop_indexes, index_name, open_db
    every = {index_name(t, cols) for t, idx in INDEXES.items() for cols in idx}
    make_archive(tmp_path / "in", seed_text, 2)
    db = str(tmp_path / "c.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    assert index_names(db) == every
    plan = run_query(db, "explain query plan select count(*) from figures where measure = 'seizure'")
    assert any("idx_figures_measure" in r["detail"] for r in plan)
    # A first load killed before its end leaves the query indexes out; the next open puts them back.
    d = open_db(db)
    drop_indexes(d, QUERY_INDEXES)
    d.close()
    assert every - index_names(db) == {index_name("figures", cols) for cols in QUERY_INDEXES["figures"]}
    open_db(db).close()
    assert index_names(db) == every


def fts_hits(db: str, word: str) -> int:
    return run_query(db, f"select count(*) n from cables_fts where cables_fts match '{word}'")[0]["n"]


def test_first_load_indexes_the_text_at_its_end_and_a_cut_short_one_gets_it_back(tmp_path, seed_text):
    from extractor.store.schema import FTS_TRIGGERS, drop_fts_triggers, open_db
    make_archive(tmp_path / "in", seed_text, 3)
    db = str(tmp_path / "c.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    assert fts_hits(db, "eradication") == 3
    # A first load killed before its end has no triggers and an index that misses its cables.
    d = open_db(db)
    drop_fts_triggers(d)
    d.execute("delete from cables_fts")
    d.conn.commit()
    d.close()
    assert fts_hits(db, "eradication") == 0
    d = open_db(db)
    assert {t.name for t in d["cables"].triggers} >= FTS_TRIGGERS
    d.close()
    assert fts_hits(db, "eradication") == 3
    # A later run keeps the index up to date as it goes.
    make_archive(tmp_path / "in2", seed_text.replace("eradication", "erradication"), 1)
    run_batch([str(tmp_path / "in2")], db, workers=1, progress=False)
    assert fts_hits(db, "erradication") >= 1


def test_changed_ruleset_re_extracts(tmp_path, seed_text):
    make_archive(tmp_path / "in", seed_text, 2)
    db = str(tmp_path / "c.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    pat = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", pat)
    units = json.loads((pat / "units.json").read_text())
    units["units"].append({"id": "unit-sack", "unit": "sack", "dimension": "count", "to_base": 1.0, "forms": ["sacks"]})
    (pat / "units.json").write_text(json.dumps(units))
    s = run_batch([str(tmp_path / "in")], db, workers=1, patterns_dir=str(pat), progress=False)
    assert (s.updated, s.unchanged) == (2, 0)


def test_bad_files_recorded_and_good_ones_stored(tmp_path, seed_text):
    make_archive(tmp_path / "in", seed_text, 2)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    db = str(tmp_path / "c.db")
    s = run_batch([str(tmp_path / "in")], db, workers=2, progress=False)
    assert s.new == 2 and s.errors == 2
    errs = run_query(db, "select source, message from errors order by source")
    assert [os.path.basename(e["source"]) for e in errs] == ["binary.txt", "empty.txt"]


def test_query_refuses_writes(tmp_path, seed_text):
    make_archive(tmp_path / "in", seed_text, 1)
    db = str(tmp_path / "c.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    with pytest.raises(CablexError, match="read-only"):
        run_query(db, "delete from figures")
    assert run_query(db, "select count(*) n from figures")[0]["n"] == 101


def test_views_answer_common_questions(tmp_path, seed_text):
    make_archive(tmp_path / "in", seed_text, 1)
    db = str(tmp_path / "c.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    kilos = run_query(db, "select sum(value_base) s from figures where base_unit = 'kg' and measure = 'seizure'")
    assert kilos[0]["s"] > 1000
    assert run_query(db, "select count(*) n from benchmarks")[0]["n"] == 16
    hits = run_query(db, "select identifier from cables_fts join cables on cables.rowid = cables_fts.rowid "
                         "where cables_fts match 'eradication'")
    assert hits


def test_kill_and_resume_ends_with_the_rows_of_a_clean_run(tmp_path, seed_text):
    # Enough cables that the run commits several batches (every 64 cables or every second).
    make_archive(tmp_path / "in", seed_text, 200)
    clean_db = str(tmp_path / "clean.db")
    run_batch([str(tmp_path / "in")], clean_db, workers=1, progress=False)
    db = str(tmp_path / "killed.db")
    cmd = [sys.executable, "-m", "extractor", "run", str(tmp_path / "in"), "--db", db, "--workers", "1"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(db, timeout=0.2)
            stored = conn.execute("select count(*) from cables").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            stored = 0
        if stored >= 5:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 200, "the run was not caught mid-way"
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert snapshot(db) == snapshot(clean_db)
    assert fts_hits(db, "eradication") == fts_hits(clean_db, "eradication") == 200


def test_datasette_serves_the_database(tmp_path, seed_text):
    datasette = pytest.importorskip("datasette.app")
    make_archive(tmp_path / "in", seed_text, 1)
    db = str(tmp_path / "cables.db")
    run_batch([str(tmp_path / "in")], db, workers=1, progress=False)
    meta = json.loads((tmp_path / "cables.metadata.json").read_text())
    ds = datasette.Datasette([db], metadata=meta)
    import asyncio

    async def go():
        page = await ds.client.get("/cables/figures")
        canned = await ds.client.get("/cables/kilos-seized-by-cable.json?_shape=array")
        return page, canned
    page, canned = asyncio.run(go())
    assert page.status_code == 200 and "figures" in page.text
    assert canned.status_code == 200 and canned.json()[0]["kilos"] > 1000


def test_progress_shows_rate_time_left_figures_and_errors(tmp_path, seed_text, capsys):
    make_archive(tmp_path / "in", seed_text, 2)
    run_batch([str(tmp_path / "in")], str(tmp_path / "c.db"), workers=1, progress=True)
    err = capsys.readouterr().err
    assert "cables, " in err and "/s" in err and " left, " in err and "figures" in err and "errors" in err
