"""Text forms real cables come in, shared by `robustness.py` and the tests."""
from __future__ import annotations


def fill_breaking_words(text: str, width: int) -> str:
    """`textwrap.fill`, but as a telegram was typed: a word that would pass the line's end is
    broken there by a hyphen (`15 PER-` / `CENT`), where it has two letters or more on each side."""
    lines, line = [], ""
    for w in text.split():
        room = width - len(line) - (1 if line else 0)
        if len(w) <= room:
            line = f"{line} {w}" if line else w
            continue
        if w.isalpha() and len(w) >= 4 and room >= 3:
            k = min(room - 1, len(w) - 2)
            line, w = f"{line} {w[:k]}-" if line else f"{w[:k]}-", w[k:]
        lines.append(line)
        line = w
    return "\n".join(lines + [line])
