"""Extraction speed and memory over a large corpus (the dev cables repeated), next to a plain
`regex` pass over the same text as the floor. Not a test.

    python scripts/bench_extract.py [--docs 5000]
    python scripts/bench_extract.py --texts ../shared/eval/peer-vectors/cables

The dev cables were chosen for their figures (one in 150 bytes); the second line runs the five
whole cables of the peer vectors, as ordinary as Cablegate's (one figure in 430 bytes).
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdata import bench_args, copies  # noqa: E402
from extractor.models import Document  # noqa: E402
from extractor.pipeline import Pipeline  # noqa: E402


def main() -> None:
    args = bench_args(5000)
    docs = list(copies(args.texts, args.docs))
    mb = sum(len(d.encode()) for d in docs) / 1e6
    rx = regex.compile(r"\d[\d,.]*\s+\w+")
    # The machine's speed drifts from minute to minute: the floor is the best of five passes, and
    # both are given in CPU time too, which time spent waiting for the processor does not count.
    floor = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        n = sum(len(rx.findall(d)) for d in docs)
        floor = min(floor, time.perf_counter() - t)
    pipe = Pipeline.from_patterns()
    t, c = time.perf_counter(), time.process_time()
    figs = 0
    for i, d in enumerate(docs):
        figs += len(pipe.process(Document(text=d, source_path=f"{i}.txt", source_format="text"))[1])
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents {len(docs)}, {mb:.1f} MB of text")
    print(f"extract: {dt:.1f}s, {len(docs) / dt:.0f} cables/s, {mb / dt:.2f} MB/s, {figs} figures "
          f"(CPU time {cpu:.1f}s: {mb / cpu:.2f} MB/s)")
    print(f"regex floor: {floor:.2f}s, {mb / floor:.1f} MB/s ({n} matches)")
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
