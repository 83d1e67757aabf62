"""The cablemap vectors for the header fields we parse. Vectors we still fail are listed in
tests/data/peer_known_failures.json and run as xfail(strict=True), so a fix is noticed."""
import json
from collections import Counter

import pytest

from extractor.patterns import load_ruleset

from conftest import ROOT, SHARED
from peer_vectors import FIELDS, run_vector

VECTORS = SHARED / "peer-vectors" / "cablemap.jsonl"
KNOWN = json.loads((ROOT / "tests" / "data" / "peer_known_failures.json").read_text())
RULES = load_ruleset()


def _vectors():
    if not VECTORS.exists():
        return []
    out = []
    for i, line in enumerate(VECTORS.read_text().splitlines()):
        rec = json.loads(line)
        if rec["field"] in FIELDS:
            out.append((i, rec))
    return out


ALL = _vectors()


@pytest.mark.skipif(not ALL, reason="../shared/eval/peer-vectors is absent on this clone")
@pytest.mark.parametrize("index,rec", [
    pytest.param(i, r, marks=pytest.mark.xfail(strict=True, reason=KNOWN[str(i)])) if str(i) in KNOWN else (i, r)
    for i, r in ALL], ids=[f"{r['field']}-{i}" for i, r in ALL])
def test_vector(index, rec):
    assert run_vector(rec, RULES) == rec["expected"]


@pytest.mark.skipif(not ALL, reason="../shared/eval/peer-vectors is absent on this clone")
def test_pass_counts_against_cablemap(capsys):
    ours, peer, total = Counter(), Counter(), Counter()
    for _i, rec in ALL:
        f = rec["field"]
        total[f] += 1
        peer[f] += bool(rec.get("cablemap_passes_if_regression_fixed", rec.get("cablemap_passes")))
        try:
            ours[f] += run_vector(rec, RULES) == rec["expected"]
        except Exception:
            pass
    with capsys.disabled():
        print("\nfield                   ours  cablemap  vectors")
        for f in FIELDS:
            print(f"{f:22} {ours[f]:5} {peer[f]:9} {total[f]:8}")
    assert sum(ours.values()) >= 0.8 * sum(peer.values())
