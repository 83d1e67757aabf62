"""Saved cable web pages (WikiLeaks cable pages): the cable text is in `<pre>` blocks, the
metadata in a table whose header row names Reference ID, Created, Classification, Origin."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from extractor.errors import BadInput
from extractor.models import Document
from extractor.readers.ids import id_from_filename
from extractor.readers.text import decode

_FIELDS = {"reference id": "identifier", "created": "created", "classification": "classification", "origin": "origin"}


def metadata_table(tree: HTMLParser) -> dict[str, str]:
    """The cells of the first table with a `Reference ID` header, keyed by our field names."""
    for table in tree.css("table"):
        rows = table.css("tr")
        for i, row in enumerate(rows):
            heads = [c.text(strip=True).lower() for c in row.css("th, td")]
            if "reference id" in heads and i + 1 < len(rows):
                cells = [c.text(strip=True) for c in rows[i + 1].css("td, th")]
                return {_FIELDS[h]: v for h, v in zip(heads, cells) if h in _FIELDS and v}
    return {}


def read(path: Path) -> Iterator[Document]:
    raw, warnings = decode(path.read_bytes(), str(path))
    tree = HTMLParser(raw)
    blocks = [node.text(deep=True) for node in tree.css("pre")]
    if blocks:
        text = "\n\n".join(b.strip("\n") for b in blocks)
    else:
        body = tree.body
        text = body.text(separator="\n") if body is not None else ""
        warnings.append("no <pre> block: took the page text")
    if not text.strip():
        raise BadInput(str(path), "web page has no cable text")
    meta = metadata_table(tree)
    yield Document(text=text, source_path=str(path), source_format="html",
                   identifier=meta.get("identifier") or id_from_filename(path),
                   created=meta.get("created"), origin=meta.get("origin"),
                   classification=(meta.get("classification") or "").upper() or None, warnings=warnings)
