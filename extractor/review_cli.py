"""`cablex review`: decide on low-confidence figures, one at a time in the terminal or by id in scripts."""
from __future__ import annotations

import getpass
import os
import sys

import click

from extractor.errors import CablexError
from extractor.output import FORMATS, write_rows
from extractor.store.schema import DEFAULT_DB

QUEUE_COLUMNS = ["id", "identifier", "confidence", "kind", "value", "value_max", "unit", "qualifier", "item", "text",
                 "section", "part", "measure", "flags", "previous_decision"]
KEYS = "[a]ccept  [x] reject  [e]dit  [s]kip  [u]ndo  [q]uit"


def default_reviewer() -> str:
    return os.environ.get("CABLEX_REVIEWER") or getpass.getuser()


def _reviews(db: str, threshold: float | None = None, patterns_dir=None):
    from extractor.store.review import Reviews
    if not os.path.exists(db):
        raise click.ClickException(f"{db}: no database; build one with: python -m extractor run corpus/")
    return Reviews(db, patterns_dir=patterns_dir, threshold=threshold)


def _options(f):
    f = click.option("--db", default=DEFAULT_DB, show_default=True, help="The database to review.")(f)
    f = click.option("--reviewer", default=None, help="Who decides (default: $CABLEX_REVIEWER or the login name).")(f)
    return f


@click.group(invoke_without_command=True)
@_options
@click.option("--cable", default=None, help="Only this cable (identifier).")
@click.option("--measure", default=None, help="Only figures about this measure (seizure, eradication, ...).")
@click.option("--threshold", default=None, type=float,
              help="Review figures below this confidence (default: those flagged by the run).")
@click.option("--list", "list_queue", is_flag=True, help="Print the queue instead of reviewing it.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.pass_context
def review(ctx, db, reviewer, cable, measure, threshold, list_queue, fmt):
    """Review low-confidence figures: accept, reject or correct each one.

    With no subcommand, shows one figure at a time with its cable, benchmark and paragraph;
    keys: a accept, x reject, e edit, s skip, u undo, q quit.

    \b
    Examples:
      python -m extractor review
      python -m extractor review --list --format csv
      python -m extractor review accept 3f2a... 9b1c...
      python -m extractor review correct 3f2a... --value 750000 --unit count
      python -m extractor review export > decisions.jsonl
    """
    if ctx.invoked_subcommand:
        ctx.obj = {"db": db, "reviewer": reviewer}
        return
    store = _reviews(db, threshold)
    if list_queue:
        write_rows(store.queue(cable=cable, measure=measure), fmt, sys.stdout, columns=QUEUE_COLUMNS)
        return
    _interactive(store, reviewer or default_reviewer(), cable, measure)


def _pick(ctx, db, reviewer):
    parent = ctx.obj or {}
    return (db if db != DEFAULT_DB else parent.get("db", db)), (reviewer or parent.get("reviewer") or default_reviewer())


def _decide_many(ctx, ids, db, reviewer, decision, note):
    db, reviewer = _pick(ctx, db, reviewer)
    store = _reviews(db)
    failed = 0
    for fid in ids:
        try:
            store.decide(fid, decision, reviewer, note=note)
            click.echo(f"{fid}: {decision}", err=True)
        except CablexError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
    if failed:
        sys.exit(1)


def _decision_command(decision: str, doc: str):
    @review.command(decision, help=doc + f"\n\nExample: python -m extractor review {decision} 3f2a9c0b51d1e4a7b6c2 "
                    "9b1c0d2e3f4a5b6c7d8e --note \"checked\"")
    @click.argument("ids", nargs=-1, required=True)
    @_options
    @click.option("--note", default=None)
    @click.pass_context
    def command(ctx, ids, db, reviewer, note):
        _decide_many(ctx, ids, db, reviewer, decision, note)
    return command


accept = _decision_command("accept", "Accept the figures with these ids as extracted.")
reject = _decision_command("reject", "Reject the figures with these ids (they leave figures_reviewed).")


@review.command("correct")
@click.argument("figure_id")
@_options
@click.option("--value", default=None, help="The right value (a number; for dates 2008, 2008-03, FY2008, ...).")
@click.option("--value-max", default=None, help="The upper end of a range.")
@click.option("--unit", default=None, help="A unit code: ha, kg, t, count, USD, PEN, ...")
@click.option("--qualifier", default=None, help="exact, approx, at_least, more_than, less_than or at_most.")
@click.option("--item", default=None, help="What is counted or measured.")
@click.option("--note", default=None)
@click.pass_context
def correct(ctx, figure_id, db, reviewer, value, value_max, unit, qualifier, item, note):
    """Correct a figure; fields not given keep their extracted value.

    Example: python -m extractor review correct 3f2a9c0b51d1e4a7b6c2 --value 750000 --unit count
    """
    from extractor.store.review import Correction
    db, reviewer = _pick(ctx, db, reviewer)
    try:
        _reviews(db).decide(figure_id, "correct", reviewer, Correction(value, value_max, unit, qualifier, item), note)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{figure_id}: corrected", err=True)


@review.command("undo")
@click.argument("ids", nargs=-1, required=True)
@_options
@click.pass_context
def undo(ctx, ids, db, reviewer):
    """Undo the latest decision on each figure (the history keeps both rows).

    Example: python -m extractor review undo 3f2a9c0b51d1e4a7b6c2
    """
    db, reviewer = _pick(ctx, db, reviewer)
    store = _reviews(db)
    try:
        for fid in ids:
            store.undo(fid, reviewer)
            click.echo(f"{fid}: undone", err=True)
    except CablexError as exc:
        raise click.ClickException(str(exc)) from None


@review.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
@click.pass_context
def export_decisions(ctx, db, fmt):
    """Print every figure's current decision with its span and cable (JSONL: usable as gold data).

    Example: python -m extractor review export > decisions.jsonl
    """
    db, _ = _pick(ctx, db, "-")
    write_rows(_reviews(db).export(), fmt, sys.stdout)


# ------------------------------------------------------------------ interactive
def render(ctx: dict, position: str = "") -> str:
    """The screen for one figure: header line, benchmark, paragraph with the figure highlighted,
    the parsed figure and the reasons for doubt."""
    f, c = ctx["figure"], ctx["cable"]
    lines = [click.style(f"{position} {ctx['header']}".strip(), bold=True)]
    if c["subject"]:
        lines.append(f"SUBJECT: {c['subject']}")
    lines += ctx["place"]
    a, b = ctx["highlight"]
    ex = ctx["excerpt"]
    lines.append("")
    lines.append(ex[:a] + click.style(ex[a:b], reverse=True, bold=True) + ex[b:])
    lines.append("")
    value = f["value"] + (f"-{f['value_max']}" if f["value_max"] else "")
    lines.append(f"{f['kind']}: {value} {f['unit'] or ''}" + (f" per {f['per']}" if f["per"] else "")
                 + f"  qualifier {f['qualifier'] or 'exact'}" + (f"  item {f['item']!r}" if f["item"] else ""))
    lines.append(f"rule {f['rule']} · confidence {f['confidence']}"
                 + (" · doubts: " + "; ".join(f["flags"]) if f["flags"] else ""))
    if ctx["last_decision"]:
        lines.append(ctx["last_decision"])
    lines.append("")
    lines.append(KEYS)
    return "\n".join(lines)


def _interactive(store, reviewer: str, cable: str | None, measure: str | None) -> None:
    from extractor.store.review import Correction
    seen: set[str] = set()
    done: list[str] = []  # figures decided in this session, for undo
    current: str | None = None
    counts = {"accept": 0, "reject": 0, "correct": 0, "skip": 0}

    def undo_last() -> str:
        fid = done.pop()
        store.undo(fid, reviewer)
        seen.discard(fid)
        return fid

    while True:
        if current is None:
            queue = [r for r in store.queue(cable=cable, measure=measure) if r["id"] not in seen]
            if not queue:
                click.echo("The queue is empty." if not seen else "Every figure in the queue has been seen.")
                if not done:
                    break
                click.echo("[u]ndo the last decision  [q]uit")
                if click.getchar() != "u":
                    break
                current, left = undo_last(), 1
                continue
            current = queue[0]["id"]
            left = len(queue)
        click.clear() if sys.stdout.isatty() else click.echo("-" * 72)
        click.echo(render(store.context(current), f"[{left} left]"))
        key = click.getchar()
        if key in ("q", "\x03", "\x04"):
            break
        if key == "u":
            if done:
                current = undo_last()
            else:
                click.echo("Nothing to undo in this session.")
            continue
        decision = {"a": "accept", "x": "reject", "s": "skip", "e": "correct"}.get(key)
        if decision is None:
            click.echo(f"Unknown key {key!r}. {KEYS}")
            continue
        correction = None
        if decision == "correct":
            f = store.figure(current)
            correction = Correction(
                value=click.prompt("value", default=f["value"]),
                value_max=click.prompt("value_max (empty: none)", default=f["value_max"] or "", show_default=False) or None,
                unit=click.prompt("unit", default=f["unit"] or "", show_default=bool(f["unit"])) or None,
                qualifier=click.prompt("qualifier", default=f["qualifier"] or "exact"),
                item=click.prompt("item (empty: none)", default=f["item"] or "", show_default=bool(f["item"])) or None)
        try:
            store.decide(current, decision, reviewer, correction)
        except CablexError as exc:
            click.echo(click.style(f"not stored: {exc}", fg="red"))
            click.pause()
            continue
        counts[decision] += 1
        done.append(current)
        seen.add(current)
        current = None
    click.echo(", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
