"""Cable identifiers from file names."""
from __future__ import annotations

from pathlib import Path

import regex

_ID = regex.compile(r"^((?:19|20)?\d{2})([A-Z][A-Z]+)(\d{1,7})$")


def id_from_filename(path: Path) -> str | None:
    """`07TBILISI1605.txt` names cable 07TBILISI1605; other names name no cable."""
    m = _ID.match(path.stem.upper())
    if not m:
        return None
    return f"{m.group(1)}{m.group(2)}{int(m.group(3))}"
