"""Plain records at the pipeline's boundaries: documents as read, their structure, their figures."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Span(BaseModel):
    start: int
    end: int


class Document(BaseModel):
    """A cable as read from its source: raw text plus whatever metadata the source carries."""

    text: str
    source_path: str
    source_format: Literal["text", "csv", "html", "pdf"]
    row: int | None = None
    identifier: str | None = None
    created: str | None = None
    origin: str | None = None
    classification: str | None = None
    references_raw: str | None = None
    warnings: list[str] = Field(default_factory=list)

    @property
    def location(self) -> str:
        return f"{self.source_path} row {self.row}" if self.row is not None else self.source_path


class Paragraph(BaseModel):
    number: int | None
    marking: str | None
    start: int
    end: int


class Benchmark(BaseModel):
    id: str
    number: int
    request: Span
    response: Span | None
    response_uncertain: bool = False


class Section(BaseModel):
    letter: str
    title: str
    start: int
    end: int
    benchmarks: list[Benchmark] = Field(default_factory=list)


class CableStructure(BaseModel):
    """What `parse` prints: the header fields, paragraphs and benchmark sections of one cable."""

    source_path: str
    source_format: str
    row: int | None = None
    identifier: str | None = None
    created: str | None = None
    origin: str | None = None
    classification: str | None = None
    subject: str | None = None
    tags: list[str] = Field(default_factory=list)
    references: list[str] = Field(default_factory=list)
    classified_by: list[str] = Field(default_factory=list)
    signed_by: list[str] = Field(default_factory=list)
    summary: str | None = None
    nondisclosure_deadline: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


Kind = Literal["quantity", "money", "percent", "date", "duration"]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "less_than", "at_most"]


class Figure(BaseModel):
    """One figure: the SCHEMA.md record plus what makes it traceable and explainable."""

    kind: Kind
    value: float | int | str
    value_max: float | int | str | None = None
    unit: str | None = None
    per: str | None = None
    qualifier: Qualifier = "exact"
    item: str | None = None
    text: str
    start: int
    end: int
    section: str | None = None
    part: Literal["request", "response"] | None = None
    paragraph: int | None = None
    value_base: float | None = None
    base_unit: str | None = None
    year: int | None = None
    measure: str | None = None
    rule: str
    confidence: float
    flags: list[str] = Field(default_factory=list)
    flagged: bool = False
