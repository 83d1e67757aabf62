"""The one explicit pipeline: read -> repair -> parse structure -> extract figures."""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator

from extractor.cable import CableParser, ParsedCable
from extractor.errors import BadInput
from extractor.figures.extract import REVIEW_THRESHOLD, FigureExtractor
from extractor.models import Document, Figure
from extractor.patterns import Ruleset
from extractor.readers import read_path


class Pipeline:
    def __init__(self, rules: Ruleset, threshold: float = REVIEW_THRESHOLD):
        self.rules = rules
        self.parser = CableParser(rules)
        self.extractor = FigureExtractor(rules, threshold)
        _settle_collector()

    @classmethod
    def from_patterns(cls, directory=None, threshold: float = REVIEW_THRESHOLD) -> "Pipeline":
        return cls(Ruleset(directory), threshold)

    @staticmethod
    def documents(paths: Iterable[str]) -> Iterator[Document | BadInput]:
        for p in paths:
            yield from read_path(p)

    def parse(self, doc: Document) -> ParsedCable:
        return self.parser.parse(doc)

    def process(self, doc: Document) -> tuple[ParsedCable, list[Figure]]:
        parsed = self.parser.parse(doc)
        return parsed, self.extractor.extract(parsed)


def _settle_collector() -> None:
    """The ruleset's compiled patterns and lexicons live as long as the process: `gc.freeze()`
    keeps the cycle collector from walking them again at each collection, and a higher first
    threshold lets it run less often over the short-lived objects of each cable, which hold
    no cycles. About 7% of extraction time (`scripts/bench_extract.py`)."""
    gc.freeze()
    if gc.get_threshold()[0] < 50_000:
        gc.set_threshold(50_000, *gc.get_threshold()[1:])
