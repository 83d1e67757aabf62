"""Command-line interface: `python -m extractor ...` and `cablex ...`.

Data goes to stdout, progress and errors to stderr; a bad input is one clear line naming the file
(and row), and a batch goes on past it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.errors import BadInput, CablexError
from extractor.output import FORMATS, write_rows
from extractor.review_cli import review
from extractor.store.schema import DEFAULT_DB

FIGURE_COLUMNS = ["cable", "kind", "value", "value_max", "unit", "per", "qualifier", "item", "text", "section", "part",
                  "paragraph", "year", "measure", "rule", "confidence", "flagged"]


def _pipeline(patterns_dir):
    from extractor.pipeline import Pipeline
    try:
        return Pipeline.from_patterns(patterns_dir)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None


def patterns_option(f):
    return click.option("--patterns", "patterns_dir", default=None, metavar="DIR",
                        help="Folder of rule files (default: the project's patterns/).")(f)


@click.group()
@click.version_option(package_name="cablex")
def main() -> None:
    """cablex: read U.S. diplomatic cables and extract every figure they report."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@patterns_option
def parse(paths, fmt, patterns_dir):
    """Print the structure of each cable in PATHS: header, paragraphs, sections, benchmarks.

    Example: python -m extractor parse corpus/seed.txt --format jsonl
    """
    pipe = _pipeline(patterns_dir)
    failed = ok = 0
    for item in pipe.documents(paths):
        if isinstance(item, BadInput):
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        st = pipe.parse(item).structure.model_dump()
        ok += 1
        click.echo(json.dumps(st, ensure_ascii=False, indent=None if fmt == "jsonl" else 1))
    if failed and not ok:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="jsonl", show_default=True)
@patterns_option
def extract(paths, fmt, patterns_dir):
    """Print every figure found in PATHS (files or folders); no database needed.

    Example: python -m extractor extract corpus/seed.txt --format table
    """
    pipe = _pipeline(patterns_dir)
    failed = 0
    rows = []
    for item in pipe.documents(paths):
        if isinstance(item, BadInput):
            click.echo(f"error: {item}", err=True)
            failed += 1
            continue
        parsed, figures = pipe.process(item)
        for f in figures:
            rec = {"cable": parsed.identifier, **f.model_dump()}
            if fmt == "jsonl":
                click.echo(json.dumps(rec, ensure_ascii=False))
            else:
                rows.append(rec)
    if fmt != "jsonl":
        write_rows(rows, fmt, sys.stdout, FIGURE_COLUMNS)
    if failed and not rows and fmt != "jsonl":
        sys.exit(1)


@main.command()
@click.argument("file")
@patterns_option
def explain(file, patterns_dir):
    """Show, paragraph by paragraph, each figure with the rule that fired and why its
    confidence is what it is.

    Example: python -m extractor explain corpus/seed.txt
    """
    pipe = _pipeline(patterns_dir)
    for item in pipe.documents([file]):
        if isinstance(item, BadInput):
            raise click.ClickException(str(item))
        parsed, figures = pipe.process(item)
        st = parsed.structure
        click.echo(f"{st.identifier or Path(file).name}  {st.created or ''}  {st.origin or ''}  {st.subject or ''}".strip())
        where = None
        for f in figures:
            here = (f.paragraph, f.section, f.part)
            if here != where:
                label = []
                if f.paragraph is not None:
                    label.append(f"paragraph {f.paragraph}")
                if f.section:
                    label.append(f"benchmark {f.section}" + (f" ({f.part})" if f.part else ""))
                click.echo("\n== " + (", ".join(label) or "outside numbered paragraphs"))
                where = here
            value = f"{f.value}" + (f"-{f.value_max}" if f.value_max is not None else "")
            unit = f" {f.unit}" if f.unit else ""
            per = f"/{f.per}" if f.per else ""
            mark = "?" if f.flagged else " "
            click.echo(f" {mark} {f.kind:9} {value}{unit}{per}  [{f.qualifier}]  {f.text!r}  @{f.start}-{f.end}")
            click.echo(f"     rule {f.rule}; confidence {f.confidence:.2f}"
                       + (f"; doubts: {', '.join(f.flags)}" if f.flags else "; no doubts")
                       + (f"; item {f.item!r}" if f.item else "") + (f"; measure {f.measure}" if f.measure else "")
                       + (f"; year {f.year}" if f.year else ""))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to create or update.")
@click.option("--workers", default=0, type=int, help="Worker processes (default: all cores).")
@click.option("--threshold", default=None, type=float, help="Confidence below which a figure goes to review.")
@patterns_option
def run(paths, db, workers, threshold, patterns_dir):
    """Read, parse, extract and store every cable in PATHS (files, folders, cables.csv, PDFs).

    Re-runs are incremental: an unchanged cable under an unchanged ruleset is skipped.

    Example: python -m extractor run corpus/ --db output/cables.db
    """
    from extractor.store.run import run_batch
    try:
        summary = run_batch(list(paths), db, workers=workers, patterns_dir=patterns_dir, threshold=threshold)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(summary.line(), err=True)
    if summary.read == 0 and summary.errors:
        sys.exit(1)


@main.command()
@click.argument("sql", required=False)
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_named", is_flag=True, help="List the named queries.")
@click.option("--named", default=None, help="Run a named query (see --list).")
def query(sql, db, fmt, list_named, named):
    """Run a read-only SQL query (or a named one) against the database.

    Example: python -m extractor query "select kind, count(*) from figures group by kind"
    """
    from extractor.store.queries import NAMED_QUERIES, run_query
    if list_named:
        for name, (desc, _sql) in NAMED_QUERIES.items():
            click.echo(f"{name:28} {desc}")
        return
    if named:
        if named not in NAMED_QUERIES:
            raise click.ClickException(f"no named query {named!r}; see --list")
        sql = NAMED_QUERIES[named][1]
    if not sql:
        raise click.ClickException("give SQL, --named NAME, or --list")
    try:
        rows = run_query(db, sql)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None
    write_rows(rows, fmt, sys.stdout)
    if not rows:
        click.echo("(no rows)", err=True)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "json"]), default="csv", show_default=True)
@click.option("--reviewed", is_flag=True, help="Export figures with review decisions applied.")
def export(db, fmt, reviewed):
    """Export figures with their cable's metadata.

    Example: python -m extractor export --format csv > figures.csv
    """
    from extractor.store.queries import run_query
    if reviewed:
        sql = ("select f.*, c.identifier, c.created, c.origin, c.subject, c.classification from figures_reviewed f "
               "join cables c on c.id = f.cable_id order by f.cable_id, f.start")
    else:
        sql = "select * from figures_with_cables order by cable_id, start"
    try:
        rows = run_query(db, sql)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None
    write_rows(rows, fmt, sys.stdout)


main.add_command(review)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--root", is_flag=True, help="Print a sign-in link for the root actor (reviewing needs a signed-in actor).")
def serve(db, port, root):
    """Browse the database in Datasette, with titles, descriptions, canned queries and a review
    page at /-/review (sign in first: --root prints a link, or use an authentication plugin).

    Example: python -m extractor serve --db output/cables.db --root
    """
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise click.ClickException("Datasette is not installed: pip install -e '.[serve]'") from None
    from extractor.store.metadata import write_metadata
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no database; build one with: python -m extractor run corpus/")
    meta = write_metadata(db)
    import subprocess
    sys.exit(subprocess.call([sys.executable, "-m", "datasette", "serve", db, "--metadata", str(meta),
                              "--port", str(port)] + (["--root"] if root else [])))


if __name__ == "__main__":
    main()
