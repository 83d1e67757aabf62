"""Batch speed of `run` over a synthetic archive: the dev cables repeated to N documents, each copy
made unique, as one cables.csv; 1 and 2 workers; peak memory. Not a test.

    python scripts/bench_run.py [--docs 20000]
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchdata import bench_args, copies  # noqa: E402
from extractor.readers.csvdump import write_rows  # noqa: E402
from extractor.store.run import run_batch  # noqa: E402


def main() -> None:
    args = bench_args(20000)
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "cables.csv"
        mb = 0.0
        with open(csv_path, "w") as fh:
            for i, body in enumerate(copies(args.texts, args.docs)):
                mb += len(body.encode()) / 1e6
                fh.write(write_rows([[str(i), "1/2/2008 10:00", f"08BENCH{i + 1}", "Embassy Lima", "UNCLASSIFIED", "", "", body]]))
        for workers in (1, 2):
            db = str(Path(tmp) / f"w{workers}.db")
            t = time.perf_counter()
            s = run_batch([str(csv_path)], db, workers=workers, progress=False)
            dt = time.perf_counter() - t
            print(f"workers {workers}: {s.read} cables, {mb:.1f} MB in {dt:.1f}s: {s.read / dt:.0f} cables/s, "
                  f"{mb / dt:.2f} MB/s ({mb / dt / workers:.2f} MB/s per worker), {s.figures} figures")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: writer {peak:.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
