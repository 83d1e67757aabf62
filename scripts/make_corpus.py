"""Build the sample corpus's other formats from corpus/seed.txt: a cables.csv row and a PDF
release (with a release stamp and page numbers, as real releases have).

    python scripts/make_corpus.py
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.readers.csvdump import write_rows  # noqa: E402

STAMP = "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05739546 Date: 05/13/2015"


def make_pdf(text: str, out: Path, stamp: str = STAMP) -> None:
    from fpdf import FPDF

    class Release(FPDF):
        def header(self):
            self.set_font("Helvetica", size=7)
            self.cell(0, 5, stamp, new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Release(format="Letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Courier", size=9)
    for line in text.split("\n"):
        pdf.cell(0, 4, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def main() -> None:
    seed = (ROOT / "corpus" / "seed.txt").read_text()
    row = ["1", "5/2/2008 21:10", "", "Embassy Lima", "UNCLASSIFIED", "", "", seed]
    (ROOT / "corpus" / "cables.csv").write_text(write_rows([row]))
    make_pdf(seed, ROOT / "corpus" / "seed.pdf")
    print("wrote corpus/cables.csv and corpus/seed.pdf")


if __name__ == "__main__":
    main()
