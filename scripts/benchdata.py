"""The synthetic archive both benchmark scripts read: the dev cables repeated to N documents,
each copy made unique by a line of its own."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench_args(default_docs: int) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=default_docs)
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "eval" / "texts"))
    return ap.parse_args()


def copies(texts_dir: str, n: int) -> Iterator[str]:
    """The texts of `texts_dir` repeated to `n`; a cable kept as `X.header.txt` and `X.body.txt`
    (the whole cables of `../shared/eval/peer-vectors/cables`) is read as one text."""
    paths = sorted(Path(texts_dir).glob("*.txt"))
    texts = [(p.with_name(p.name.replace(".body.", ".header.")).read_text() + "\n" if p.name.endswith(".body.txt") else "")
             + p.read_text() for p in paths if not p.name.endswith(".header.txt")]
    for i in range(n):
        yield texts[i % len(texts)] + f"\nCopy {i}.\n"
