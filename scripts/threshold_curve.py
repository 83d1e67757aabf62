"""How the review threshold trades wrong figures caught against right figures sent to review, on
the dev set (the scorer's own count at each threshold). Not a test.

    python scripts/threshold_curve.py [--thresholds 0.5,0.6,0.7,0.8,0.9]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def emit(pred_dir: str, file: str, threshold: float) -> None:
    """Print one file's saved predictions with `flagged` set at the threshold (the scorer's --run)."""
    for line in (Path(pred_dir) / (Path(file).stem + ".jsonl")).read_text().splitlines():
        rec = json.loads(line)
        rec["flagged"] = rec["confidence"] < threshold
        print(json.dumps(rec))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--emit":
        emit(sys.argv[2], sys.argv[3], float(sys.argv[4]))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", default="0.5,0.6,0.65,0.7,0.75,0.8,0.9,0.95")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for text in sorted((EVAL / "texts").glob("*.txt")):
            out = subprocess.run([sys.executable, "-m", "extractor", "extract", str(text), "--format", "jsonl"],
                                 capture_output=True, text=True, cwd=ROOT, check=True).stdout
            (Path(tmp) / (text.stem + ".jsonl")).write_text(out)
        print("threshold  wrong flagged  right flagged")
        for t in (float(x) for x in args.thresholds.split(",")):
            run = f"{sys.executable} {Path(__file__).resolve()} --emit {tmp} {{file}} {t}"
            res = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "gold"), "--texts",
                                  str(EVAL / "texts"), "--run", run, "--json"], capture_output=True, text=True, check=True)
            overall = json.loads(res.stdout.strip().splitlines()[-1])["overall"]
            print(f"{t:9.2f}  {overall['wrong_flagged']:13.3f}  {overall['right_flagged']:13.3f}")


if __name__ == "__main__":
    main()
