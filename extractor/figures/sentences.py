"""Sentence boundaries, found only in the blocks (text between blank lines) where a figure needs
its sentence, so the cost follows the figures, not the length of the cable.

The default splitter applies the rule of spaCy's `sentencizer` (a sentence ends after `.`, `!` or
`?`, with any closing quotes or brackets, before the next word) to whitespace-separated words,
and takes its abbreviations (`U.S.`, `Jan.`, `Mr.`) from the exceptions of spaCy's blank English
tokenizer. It needs no per-token Python work, which is what makes extraction fast: over the dev
and peer cables it draws 98.6% of the boundaries spaCy draws, and the same figures.

`CABLEX_SENTENCES=spacy` (or `model="spacy"`) runs spaCy's blank English pipeline with its
sentencizer over each block instead, about twice as slow in all; the name of an installed spaCy
pipeline runs that pipeline (a statistical parser, if one is installed, gives its own boundaries).
"""
from __future__ import annotations

import bisect
import os
import re

import regex
import spacy

_BLOCK_END = regex.compile(r"\n[ \t]*\n")
# A bulleted line, a numbered paragraph or a labelled line of the header (`REF:`, `Classified By:`)
# starts a sentence even without a full stop before it.
# So does each line of a list of labelled figures after the first (`Inflation:   11.8%` under
# `GDP growth (%):   6.1`): a label, a colon, and a figure on the line, over and under.
_LINE_START = regex.compile(r"\n(?=[ \t]*(?:(?:\*{1,2}|-{1,2}|o|\u2022|\d{1,2}\.)[ \t]|(?:[A-Z]{3,}|Classified[ \t][Bb]y):))"
                            r"|\n(?=[ \t]*[A-Z][^\n:]{0,40}:[ \t]+[^\n\d]*\d)(?<=^[ \t]*[A-Z][^\n:]{0,40}:[ \t]+[^\n\d]*\d[^\n]*\n)", regex.M)
# (each part read one way only: the text up to a line's first digit, then the rest)
# The end of a word that ends in sentence punctuation, before the whitespace that follows it.
_END = regex.compile(r"(?<=\S)[.!?\u0589\u061f\u06d4\u3002]+[\"')\]\u201d\u2019]*(?=\s)")
# Like spaCy's tokenizer, a single letter (`H.`) or a dotted form (`E.O.`) keeps its full stop.
_KEEPS_STOP = regex.compile(r"[A-Za-z]\.|\w+(?:\.\w+)+\.")
_SPACES = re.compile(r"\s*")
_NO_WORD_IN_CAPITALS = frozenset(("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
                                  "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Adm.", "Gov.", "Sen.", "Prof.", "Jr.", "Messrs."))
_OPENERS = "\"'([\u201c\u2018"
_CLOSERS = "\"')]\u201d\u2019"


class SentenceSplitter:
    def __init__(self, model: str | None = None):
        model = model if model is not None else os.environ.get("CABLEX_SENTENCES", "rules")
        self.nlp = None
        if model and model != "rules":
            # spaCy's blank English pipeline, or an installed pipeline by name; the default needs none.
            self.nlp = spacy.blank("en") if model == "spacy" else spacy.load(model)
            if "sentencizer" not in self.nlp.pipe_names and "parser" not in self.nlp.pipe_names:
                self.nlp.add_pipe("sentencizer")
        rules = spacy.blank("en").tokenizer.rules
        # Words that keep their full stop: `U.S.`, `Jan.`, `e.g.`, `a.m.`.
        abbreviations = {k for k in rules if k.endswith(".") and len(k) > 1 and k.replace(".", "").isalnum()}
        # In capitals (`DEC. 12`, `GEN. SMITH`): the short forms of months and titles, which no word is.
        self.abbreviations = frozenset(abbreviations | {k.upper() for k in abbreviations & _NO_WORD_IN_CAPITALS})
        self._text: str | None = None  # the text the cached blocks belong to (held, so never confused)
        self._blocks: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}  # block start -> sentences, their starts
        self._gap_starts: list[int] = []  # the blank lines of the text
        self._gap_ends: list[int] = []

    def _block(self, pos: int) -> tuple[int, int]:
        """The block (text between blank lines) that holds `pos`, from the blank lines found once per text."""
        k = bisect.bisect_right(self._gap_ends, pos)
        bstart = self._gap_ends[k - 1] if k else 0
        j = bisect.bisect_left(self._gap_starts, pos)
        bend = self._gap_starts[j] if j < len(self._gap_starts) else len(self._text)
        return bstart, bend

    def _sentences(self, text: str, bstart: int, bend: int) -> list[tuple[int, int]]:
        if self.nlp is not None:
            doc = self.nlp(text[bstart:bend])
            return [(bstart + s.start_char, bstart + s.end_char) for s in doc.sents]
        out = []
        a = _SPACES.match(text, bstart, bend).end()
        for m in _END.finditer(text, a, bend):
            p = m.start()
            w = max(text.rfind(" ", a, p), text.rfind("\n", a, p), text.rfind("\t", a, p), a - 1) + 1
            token = text[w:m.end()].lstrip(_OPENERS).rstrip(_CLOSERS)
            if token in self.abbreviations or _KEEPS_STOP.fullmatch(token):
                continue
            if m.end() > a:
                out.append((a, m.end()))
            a = _SPACES.match(text, m.end(), bend).end()
        end = len(text[a:bend].rstrip()) + a
        if end > a:
            out.append((a, end))
        return out

    def sentence(self, text: str, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding offset `pos`."""
        if self._text is not text:
            self._text = text
            self._blocks = {}
            gaps = [m.span() for m in _BLOCK_END.finditer(text)]
            self._gap_starts = [a for a, _ in gaps]
            self._gap_ends = [b for _, b in gaps]
        bstart, bend = self._block(pos)
        cached = self._blocks.get(bstart)
        if cached is None:
            spans = []
            # Line starts found once in the block; a sentence is searched for its own (whose
            # lookahead may not reach past its end) only when one of those falls inside it.
            breaks = [m.start() for m in _LINE_START.finditer(text, bstart, bend)]
            for a, b in self._sentences(text, bstart, bend):
                k = bisect.bisect_left(breaks, a)
                if k < len(breaks) and breaks[k] < b:
                    for m in _LINE_START.finditer(text, a, b):
                        spans.append((a, m.start()))
                        a = m.end()
                spans.append((a, b))
            spans = spans or [(bstart, bend)]
            cached = self._blocks[bstart] = (spans, [a for a, _ in spans])
        spans, starts = cached
        k = bisect.bisect_right(starts, pos) - 1
        return spans[max(k, 0)]
