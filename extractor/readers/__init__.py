"""Readers: one per source format, one interface: a path in, documents (or the errors that stand
for unreadable items) out. A batch records the errors and goes on."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from extractor.errors import BadInput
from extractor.models import Document
from extractor.readers import csvdump, html, pdf, text

SUFFIXES = {".txt": "text", ".text": "text", "": "text", ".csv": "csv", ".html": "html", ".htm": "html", ".pdf": "pdf"}
READERS = {"text": text.read, "csv": csvdump.read, "html": html.read, "pdf": pdf.read}


def format_of(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def iter_files(path: Path) -> Iterator[Path]:
    """A file, or the readable files below a folder, in a stable order."""
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not p.name.startswith(".") and format_of(p) is not None:
                yield p
    else:
        yield path


def read_path(path: str | Path) -> Iterator[Document | BadInput]:
    """Every document in a file or folder; an unreadable file or row is yielded as a BadInput."""
    path = Path(path)
    if not path.exists():
        yield BadInput(str(path), "no such file or folder")
        return
    for file in iter_files(path):
        fmt = format_of(file) or "text"
        try:
            yield from READERS[fmt](file)
        except BadInput as exc:
            yield exc
        except OSError as exc:
            yield BadInput(str(file), f"cannot read: {exc.strerror or exc}")
