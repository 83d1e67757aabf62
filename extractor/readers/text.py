"""Plain-text cables: decode UTF-8, fall back to cp1252 then latin-1 with a recorded warning."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from extractor.errors import BadInput
from extractor.models import Document
from extractor.readers.ids import id_from_filename

MAX_BYTES = 64 * 1024 * 1024
MAX_LINE = 2_000_000


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Text from bytes, with the warnings a reader should record. Raises BadInput for binary data."""
    if not data.strip():
        raise BadInput(source, "empty file: nothing to read")
    sample = data[:8192]
    if b"\x00" in sample:
        raise BadInput(source, "binary file (NUL bytes): not cable text")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(sample) * 0.05:
        raise BadInput(source, "binary file (control bytes): not cable text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = exc.start
    for enc in ("cp1252", "latin-1"):
        try:
            return data.decode(enc), [f"not UTF-8 (first bad byte at {where}); decoded as {enc}"]
        except UnicodeDecodeError:
            continue
    raise BadInput(source, "undecodable bytes")  # latin-1 decodes anything; kept for clarity


def check_lines(text: str, source: str) -> None:
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > MAX_LINE:
        raise BadInput(source, f"a single line of {longest:,} characters: not cable text")


def read(path: Path) -> Iterator[Document]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise BadInput(str(path), f"{size:,} bytes is larger than a cable ({MAX_BYTES:,} at most); split it or use a cables.csv")
    text, warnings = decode(path.read_bytes(), str(path))
    check_lines(text, str(path))
    yield Document(text=text, source_path=str(path), source_format="text",
                   identifier=id_from_filename(path), warnings=warnings)
