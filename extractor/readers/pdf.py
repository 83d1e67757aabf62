"""PDF releases, read with pdfplumber one page at a time (each page closed after use).

Repeated page furniture (running headers and footers, release stamps, page numbers) is removed; a
PDF with no text layer is reported as needing OCR, not passed on as an empty cable.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import regex

from extractor.errors import BadInput
from extractor.models import Document
from extractor.readers.ids import id_from_filename

_STAMP = regex.compile(
    r"(?i)^\s*(?:UNCLASSIFIED\s+)?U\.?S\.? Department of State\s+Case No\.?\s*\S+\s+Doc No\.?\s*\S+\s+Date:\s*\S+\s*$")
_PAGE_NO = regex.compile(r"(?i)^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$")


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines that stand at the top or bottom of most pages: running headers and footers."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {ln.strip() for ln in lines[:3] + lines[-3:] if ln.strip()}
        counts.update(edge)
    need = max(2, (len(pages) + 1) // 2)
    return {ln for ln, n in counts.items() if n >= need}


def read(path: Path) -> Iterator[Document]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    source = str(path)
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head.strip():
        raise BadInput(source, "empty file: nothing to read")
    if b"%PDF" not in head:
        raise BadInput(source, "not a PDF (no %PDF signature)")
    pages: list[list[str]] = []
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                text = page.extract_text() or ""
                pages.append(text.split("\n"))
                page.close()
    except PDFPasswordIncorrect:
        raise BadInput(source, "encrypted PDF: needs a password") from None
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many types on corrupt files
        if isinstance(exc, BadInput):
            raise
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise BadInput(source, "encrypted PDF: needs a password") from None
        raise BadInput(source, f"corrupt PDF ({name}: {str(exc)[:120]})") from None
    if not any(ln.strip() for lines in pages for ln in lines):
        raise BadInput(source, f"needs OCR: {len(pages)} page(s) with no text layer")
    furniture = _furniture(pages)
    kept: list[str] = []
    for lines in pages:
        for ln in lines:
            s = ln.strip()
            if s in furniture or _STAMP.match(ln) or _PAGE_NO.match(ln):
                continue
            kept.append(ln.rstrip())
    yield Document(text="\n".join(kept) + "\n", source_path=source, source_format="pdf",
                   identifier=id_from_filename(path))
