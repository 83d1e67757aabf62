"""The dev set scored again in the forms real cables come in: in capitals (cables before the
1990s), wrapped at another width, wrapped with words broken by hyphens at the lines' ends (as
telegrams were typed), with every line break lost (some dumps), in capitals with no line
breaks, and with a letter lost from one word in twenty and a space from one gap in forty (as
some texts of the archive come). Rules fitted to the dev texts as written lose points here. Not a test.

    python scripts/robustness.py [--eval ../shared/eval]
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from textforms import fill_breaking_words  # noqa: E402


def rewrap(text: str, width: int = 50) -> str:
    """Each numbered paragraph of running text wrapped again at `width`; headers, lists and
    tables as they are."""
    out = []
    for block in re.split(r"(\n[ \t]*\n)", text):
        prose = (re.match(r"\s*\d{1,2}\.\s", block) and len(block) >= 80 and not re.search(r"  \S", block)
                 and not re.search(r"\n\s*(?:-{3,}|[A-Z]\.|\d\)|--|\*)", block))
        out.append(textwrap.fill(" ".join(block.split()), width=width, break_long_words=False,
                                 break_on_hyphens=False) if prose else block)
    return "".join(out)


def hyphenate(text: str, width: int = 50) -> str:
    """As `rewrap`, but as a telegram was typed: a word that would pass the line's end is broken
    there by a hyphen (`15 PER-` / `CENT`), where it has two letters or more on each side."""
    out = []
    for block in re.split(r"(\n[ \t]*\n)", text):
        prose = (re.match(r"\s*\d{1,2}\.\s", block) and len(block) >= 80 and not re.search(r"  \S", block)
                 and not re.search(r"\n\s*(?:-{3,}|[A-Z]\.|\d\)|--|\*)", block))
        out.append(fill_breaking_words(block, width) if prose else block)
    return "".join(out)


def lose_letters(text: str, share: float = 0.05) -> str:
    """As some texts of the archive come: a word of five letters or more now and then lost one of
    its letters (`Execuive`, `smmary`, `percet`), and a space after a word now and then lost
    (`isUSD`, `tonsof`); the same words each run."""
    rng = random.Random(0)

    def lose(m: re.Match) -> str:
        w = m.group()
        if rng.random() < share:
            k = rng.randrange(1, len(w) - 1)
            w = w[:k] + w[k + 1:]
        return w
    text = re.sub(r"(?<![A-Za-z])[A-Za-z]{5,}(?![A-Za-z])", lose, text)
    return re.sub(r"(?<=[a-z]) (?=[a-z])", lambda m: "" if rng.random() < share / 2 else " ", text)


FORMS = {
    "as written": lambda t: t,
    "capitals": str.upper,
    "wrapped at 50": rewrap,
    "wrapped at 50, words broken": hyphenate,
    "line breaks lost": lambda t: " ".join(t.split()),
    "capitals, line breaks lost": lambda t: " ".join(t.split()).upper(),
    "letters and spaces lost": lose_letters,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    args = ap.parse_args()
    ev = Path(args.eval)
    run = f"{sys.executable} -m extractor extract {{file}} --format jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        for name, form in FORMS.items():
            texts = Path(tmp) / name.replace(" ", "_").replace(",", "")
            texts.mkdir()
            for p in sorted((ev / "texts").glob("*.txt")):
                (texts / p.name).write_text(form(p.read_text()))
            out = subprocess.run([sys.executable, str(ev / "score.py"), "--gold", str(ev / "gold"), "--texts", str(texts),
                                  "--run", run], capture_output=True, text=True, cwd=ROOT).stdout.splitlines()
            overall = next((line for line in out if line.startswith("overall")), "no score")
            agree = next((line for line in out if line.startswith("agreement")), "")
            print(f"{name:28s} {overall}   {agree.replace('agreement among matched: ', '')}")


if __name__ == "__main__":
    main()
