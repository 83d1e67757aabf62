"""Sentence boundaries from spaCy's blank English pipeline with its rule-based sentencizer.

spaCy runs only on the blocks (text between blank lines) where a figure needs its sentence, so
the cost follows the figures, not the length of the cable.
"""
from __future__ import annotations

import bisect

import regex
import spacy

_BLOCK_END = regex.compile(r"\n[ \t]*\n")
# A bulleted line or a numbered paragraph starts a sentence even without a full stop before it.
_LINE_START = regex.compile(r"\n(?=[ \t]*(?:\*{1,2}|-{1,2}|o|\u2022|\d{1,2}\.)[ \t])")


class SentenceSplitter:
    def __init__(self, model: str | None = None):
        # An installed statistical model may be named; the default needs none.
        self.nlp = spacy.load(model) if model else spacy.blank("en")
        if "sentencizer" not in self.nlp.pipe_names and "parser" not in self.nlp.pipe_names:
            self.nlp.add_pipe("sentencizer")
        self._text: str | None = None  # the text the cached blocks belong to (held, so never confused)
        self._blocks: dict[int, list[tuple[int, int]]] = {}

    def _block(self, text: str, pos: int) -> tuple[int, int]:
        start = text.rfind("\n\n", 0, pos)
        m = None
        for m in _BLOCK_END.finditer(text, max(0, start - 5) if start >= 0 else 0, pos):
            pass
        bstart = m.end() if m else 0
        m2 = _BLOCK_END.search(text, pos)
        bend = m2.start() if m2 else len(text)
        return bstart, bend

    def sentence(self, text: str, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding offset `pos`."""
        if self._text is not text:
            self._text = text
            self._blocks = {}
        bstart, bend = self._block(text, pos)
        spans = self._blocks.get(bstart)
        if spans is None:
            doc = self.nlp(text[bstart:bend])
            spans = []
            for sent in doc.sents:
                a, b = bstart + sent.start_char, bstart + sent.end_char
                for m in _LINE_START.finditer(text, a, b):
                    spans.append((a, m.start()))
                    a = m.end()
                spans.append((a, b))
            spans = spans or [(bstart, bend)]
            self._blocks[bstart] = spans
        k = bisect.bisect_right([s for s, _ in spans], pos) - 1
        return spans[max(k, 0)]
