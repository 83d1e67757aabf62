"""Review: decisions with who and when, undo, validated corrections, decisions that survive
re-runs, changed values back in the queue, `figures_reviewed`, the terminal and the browser page."""
import asyncio
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.store.queries import run_query
from extractor.store.review import Correction, ReviewError, Reviews
from extractor.store.run import run_batch


@pytest.fixture()
def archive(tmp_path, seed_text):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "08LIMA1000.txt").write_text(seed_text)
    db = str(tmp_path / "c.db")
    run_batch([str(folder)], db, workers=1, progress=False)
    return folder, db


def reviews(db):
    return run_query(db, "select * from reviews order by id")


def queued(db, **kw):
    return Reviews(db).queue(**kw)


def test_queue_is_flagged_figures_lowest_confidence_first(archive):
    _, db = archive
    q = queued(db)
    flagged = run_query(db, "select count(*) as n from figures where flagged = 1")[0]["n"]
    assert len(q) == flagged > 0
    confidences = [r["confidence"] for r in q]
    assert confidences == sorted(confidences)  # one cable: lowest confidence first
    assert all(r["confidence"] < 0.7 for r in q)
    # A higher threshold reviews more figures.
    assert len(Reviews(db, threshold=0.95).queue()) > len(q)


def test_decision_is_stored_with_who_and_when_and_leaves_the_queue(archive):
    _, db = archive
    first = queued(db)[0]
    Reviews(db).decide(first["id"], "accept", "alice", note="checked against para 5")
    row = reviews(db)[-1]
    assert (row["figure_id"], row["decision"], row["reviewer"], row["note"]) == (
        first["id"], "accept", "alice", "checked against para 5")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", row["created"])
    assert row["run_id"] == 1
    assert first["id"] not in {r["id"] for r in queued(db)}


def test_undo_is_a_new_row_and_restores_the_state_before(archive):
    _, db = archive
    store = Reviews(db)
    fid = queued(db)[0]["id"]
    store.decide(fid, "accept", "alice")
    store.decide(fid, "reject", "alice")
    store.undo(fid, "alice")
    assert [r["decision"] for r in reviews(db)] == ["accept", "reject", "accept"]
    assert store.state(fid)["decision"] == "accept"
    store.undo(fid, "alice")  # undo again: back to no decision, in the queue
    assert store.state(fid)["decision"] == "pending"
    assert fid in {r["id"] for r in queued(db)}
    assert len(reviews(db)) == 4  # history is never lost
    with pytest.raises(ReviewError, match="no decision to undo"):
        store.undo(fid, "alice")


@pytest.mark.parametrize("correction, message", [
    (Correction(value="twelve"), "not a number"),
    (Correction(unit="furlong"), "unknown unit 'furlong'"),
    (Correction(qualifier="roughly"), "unknown qualifier"),
    (Correction(value="10", value_max="5"), "below value"),
    (Correction(), "needs at least one"),
], ids=["value-not-a-number", "unknown-unit", "unknown-qualifier", "range-upside-down", "empty"])
def test_bad_correction_is_refused_and_nothing_stored(archive, correction, message):
    _, db = archive
    fid = queued(db)[0]["id"]
    with pytest.raises(ReviewError, match=message):
        Reviews(db).decide(fid, "correct", "alice", correction)
    assert reviews(db) == []


def test_unknown_figure_and_decision_are_refused(archive):
    _, db = archive
    with pytest.raises(ReviewError, match="no figure with id"):
        Reviews(db).decide("nope", "accept", "alice")
    with pytest.raises(ReviewError, match="unknown decision"):
        Reviews(db).decide(queued(db)[0]["id"], "maybe", "alice")
    assert reviews(db) == []


def test_figures_reviewed_applies_corrections_and_drops_rejections(archive):
    _, db = archive
    q = queued(db)
    store = Reviews(db)
    to_fix = next(r for r in q if r["kind"] == "quantity" and r["unit"] == "count")
    to_drop = next(r for r in q if r["id"] != to_fix["id"])
    store.decide(to_fix["id"], "correct", "alice", Correction(value="1,250", unit="ha", qualifier="approx", item="coca"))
    store.decide(to_drop["id"], "reject", "alice")
    got = {r["id"]: r for r in run_query(db, "select * from figures_reviewed")}
    n_figures = run_query(db, "select count(*) as n from figures")[0]["n"]
    assert len(got) == n_figures - 1 and to_drop["id"] not in got
    fixed = got[to_fix["id"]]
    assert (fixed["value"], fixed["unit"], fixed["qualifier"], fixed["item"]) == ("1250", "ha", "approx", "coca")
    assert (fixed["value_base"], fixed["base_unit"]) == (1250.0, "ha")
    # Same columns as figures.
    cols = [c[1] for c in sqlite3.connect(db).execute("pragma table_info(figures)")]
    assert list(fixed) == cols


def test_decisions_survive_a_re_run_that_re_extracts(archive, tmp_path):
    folder, db = archive
    fid = queued(db)[0]["id"]
    Reviews(db).decide(fid, "reject", "alice")
    patterns = tmp_path / "patterns"
    import shutil

    from conftest import ROOT
    shutil.copytree(ROOT / "patterns", patterns)
    qual = json.loads((patterns / "qualifiers.json").read_text())
    qual["description"] += " (edited)"
    (patterns / "qualifiers.json").write_text(json.dumps(qual))
    s = run_batch([str(folder)], db, workers=1, progress=False, patterns_dir=str(patterns))
    assert s.updated == 1  # the ruleset changed, so the cable was extracted again
    state = Reviews(db).state(fid)
    assert (state["decision"], state["current"]) == ("reject", 1)
    assert fid not in {r["id"] for r in run_query(db, "select id from figures_reviewed")}


def test_changed_value_goes_back_to_the_queue_with_its_old_decision(archive):
    folder, db = archive
    target = next(r for r in queued(db) if r["text"].isdigit())
    Reviews(db).decide(target["id"], "accept", "alice")
    assert target["id"] not in {r["id"] for r in queued(db)}
    # The same place now says another number of the same length: same figure id, new value.
    path = folder / "08LIMA1000.txt"
    text = path.read_text()
    s, e = target["start"], target["end"]
    new = str(int(text[s:e]) + 1).rjust(e - s, "1")[: e - s]
    path.write_text(text[:s] + new + text[e:])
    run_batch([str(folder)], db, workers=1, progress=False)
    back = {r["id"]: r for r in queued(db)}
    assert target["id"] in back
    assert back[target["id"]]["value"] == new
    assert back[target["id"]]["previous_decision"] == f"accept by alice when the value was {target['value']}"


def test_cli_accept_reject_correct_undo_export(archive):
    _, db = archive
    runner = CliRunner()
    q = queued(db)
    a, b, c = q[0]["id"], q[1]["id"], q[2]["id"]
    env = {"CABLEX_REVIEWER": "bob"}
    assert runner.invoke(main, ["review", "accept", a, b, "--db", db], env=env).exit_code == 0
    assert runner.invoke(main, ["review", "reject", c, "--db", db], env=env).exit_code == 0
    bad = runner.invoke(main, ["review", "correct", a, "--db", db, "--value", "lots"], env=env)
    assert bad.exit_code == 1 and "not a number" in bad.output
    ok = runner.invoke(main, ["review", "correct", a, "--db", db, "--value", "7", "--note", "typo"], env=env)
    assert ok.exit_code == 0, ok.output
    assert runner.invoke(main, ["review", "undo", b, "--db", db], env=env).exit_code == 0
    assert [(r["figure_id"], r["decision"], r["reviewer"]) for r in reviews(db)] == [
        (a, "accept", "bob"), (b, "accept", "bob"), (c, "reject", "bob"), (a, "correct", "bob"), (b, "pending", "bob")]
    out = runner.invoke(main, ["review", "export", "--db", db])
    exported = [json.loads(line) for line in out.output.splitlines()]
    assert {(r["figure_id"], r["decision"]) for r in exported} == {(a, "correct"), (c, "reject")}
    fixed = next(r for r in exported if r["figure_id"] == a)
    assert (fixed["value"], fixed["extracted_value"], fixed["note"]) == ("7", q[0]["value"], "typo")
    assert {"cable", "text", "start", "end", "kind", "unit"} <= set(fixed)
    listed = runner.invoke(main, ["review", "--list", "--format", "jsonl", "--db", db])
    assert {json.loads(x)["id"] for x in listed.output.splitlines()} == {r["id"] for r in q} - {a, c}


def test_cli_interactive_keys(archive):
    _, db = archive
    q = queued(db)
    runner = CliRunner()
    # reject the first, skip the second, accept the third, undo that, quit.
    res = runner.invoke(main, ["review", "--db", db, "--reviewer", "carol"], input="xsauq")
    assert res.exit_code == 0, res.output
    assert "[a]ccept" in res.output and q[0]["text"] in res.output
    assert [(r["figure_id"], r["decision"]) for r in reviews(db)] == [
        (q[0]["id"], "reject"), (q[1]["id"], "skip"), (q[2]["id"], "accept"), (q[2]["id"], "pending")]
    assert all(r["reviewer"] == "carol" for r in reviews(db))


def test_cli_interactive_edit_is_validated(archive):
    _, db = archive
    q = queued(db)
    runner = CliRunner()
    # e, then a bad value: not stored; then e with a good value.
    keys = "e" + "many\n\n\n\n\n" + "\n" + "e" + "42\n\n\n\n\n" + "q"
    res = runner.invoke(main, ["review", "--db", db, "--reviewer", "dan"], input=keys)
    assert res.exit_code == 0, res.output
    assert "not stored: value 'many' is not a number" in res.output
    assert [(r["figure_id"], r["decision"], r["value"]) for r in reviews(db)] == [(q[0]["id"], "correct", "42")]


# ------------------------------------------------------------------ browser page (in-process)
def _signed(ds, actor_id):
    return ds.sign({"a": {"id": actor_id}}, "actor")


def test_review_page_in_datasette(archive):
    from datasette.app import Datasette
    _, db = archive
    q = queued(db)

    async def go():
        ds = Datasette([db])
        anon = await ds.client.get("/-/review")
        assert anon.status_code == 403 and "Sign in" in anon.text
        cookies = {"ds_actor": _signed(ds, "erin")}
        page = await ds.client.get("/-/review", cookies=cookies)
        assert page.status_code == 200
        assert f"{len(q)} waiting" in page.text and "<mark>" in page.text and "signed in as <b>erin</b>" in page.text
        token = re.search(r"name=csrftoken value='([^']+)'", page.text).group(1)
        cookies["ds_csrftoken"] = page.cookies["ds_csrftoken"]
        # The reviewer comes from the actor, never from the form.
        r = await ds.client.post("/-/review/decide", cookies=cookies, data={
            "csrftoken": token, "figure_id": q[0]["id"], "decision": "accept", "reviewer": "mallory"})
        assert r.status_code == 302
        bad = await ds.client.post("/-/review/decide", cookies=cookies, data={
            "csrftoken": token, "figure_id": q[1]["id"], "decision": "correct", "unit": "furlong"})
        assert bad.status_code == 400 and "unknown unit" in bad.text
        no_token = await ds.client.post("/-/review/decide", cookies=cookies, data={
            "figure_id": q[1]["id"], "decision": "reject"})
        assert no_token.status_code == 403
        nxt = await ds.client.get("/-/review", cookies=cookies)
        assert f"{len(q) - 1} waiting" in nxt.text
        r = await ds.client.post("/-/review/decide", cookies=cookies, data={"csrftoken": token, "decision": "undo"})
        assert r.status_code == 302 and q[0]["id"] in r.headers["location"]

    asyncio.run(go())
    assert [(r["figure_id"], r["decision"], r["reviewer"]) for r in reviews(db)] == [
        (q[0]["id"], "accept", "erin"), (q[0]["id"], "pending", "erin")]


# ------------------------------------------------------------------ browser page (real Chromium)
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags, Chromium keeps calling out, and a closed network refuses it.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _browser_or_skip():
    import os
    import shutil
    missing = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "the playwright package is not installed (pip install -e '.[dev]')"
    if missing is None and not shutil.which(CHROMIUM):
        missing = f"{CHROMIUM} is absent (apt-get install chromium; .ci/run installs it)"
    if missing:
        if os.environ.get("CABLEX_REQUIRE_BROWSER"):
            pytest.fail(missing)
        pytest.skip(missing)


@pytest.mark.browser
def test_review_page_in_headless_chromium(archive, tmp_path):
    _browser_or_skip()
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from datasette.app import Datasette
    from playwright.sync_api import sync_playwright
    _, db = archive
    first = queued(db)[0]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    secret = "cablex-browser-test"
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", db, "--port", str(port), "--secret", secret],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        cookie = Datasette(secret=secret).sign({"a": {"id": "frank"}}, "actor")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context()
                context.add_cookies([{"name": "ds_actor", "value": cookie, "url": base}])
                page = context.new_page()
                page.goto(base + "/-/review")
                assert page.locator("mark").inner_text() == first["text"]
                with page.expect_navigation():
                    page.keyboard.press("a")
                page.wait_for_selector("text=signed in as")
            finally:
                browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert [(r["figure_id"], r["decision"], r["reviewer"]) for r in reviews(db)] == [(first["id"], "accept", "frank")]
