"""Command-line interface: `python -m extractor` and `cablex`."""
from __future__ import annotations

import json
import sys

import click

from extractor.errors import BadInput, CablexError


@click.group()
@click.version_option(package_name="cablex")
def main() -> None:
    """cablex: read U.S. diplomatic cables and extract every figure they report."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl", show_default=True)
@click.option("--patterns", "patterns_dir", default=None, help="Folder of rule files (default: the project's patterns/).")
def extract(paths, fmt, patterns_dir):
    """Print every figure found in PATHS (files or folders).

    Example: python -m extractor extract corpus/seed.txt --format jsonl
    """
    from extractor.pipeline import Pipeline
    pipe = Pipeline.from_patterns(patterns_dir)
    failed = 0
    rows = []
    for item in pipe.documents(paths):
        if isinstance(item, BadInput):
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        _parsed, figures = pipe.process(item)
        for f in figures:
            rec = f.model_dump()
            rec["cable"] = _parsed.structure.identifier
            rows.append(rec)
            if fmt == "jsonl":
                click.echo(json.dumps(rec, ensure_ascii=False))
    if fmt != "jsonl":
        from extractor.output import write_rows
        write_rows(rows, fmt, sys.stdout)
    if failed and not rows:
        sys.exit(1)


if __name__ == "__main__":
    main()
