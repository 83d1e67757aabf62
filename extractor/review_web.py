"""The review page in Datasette (a plugin through Datasette's own hooks, registered as the
`datasette` entry point `cablex_review`): the same queue and context as `cablex review`, buttons
and the same keys (a accept, x reject, e edit, s skip, u undo), the next figure after each decision.

The reviewer is the signed-in actor (`request.actor`), never a form field; with no actor the page
asks to sign in (`cablex serve --root` prints a sign-in link). Forms carry Datasette's CSRF token.
"""
from __future__ import annotations

import asyncio
import html
from urllib.parse import urlencode

from datasette import Response, hookimpl

from extractor.errors import CablexError


@hookimpl
def register_routes():
    return [(r"^/-/review$", review_page), (r"^/-/review/decide$", review_decide)]


@hookimpl
def menu_links(datasette, actor):
    if actor:
        return [{"href": datasette.urls.path("/-/review"), "label": "Review figures"}]
    return []


async def _db_path(datasette) -> str | None:
    for db in datasette.databases.values():
        if db.path and await db.table_exists("figures"):
            return db.path
    return None


async def _call(fn, *args):
    """Run store work in a thread, with its own connection (sqlite connections stay in their thread)."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


def _store(path: str):
    from extractor.store.review import Reviews
    return Reviews(path)


def _actor_id(request) -> str | None:
    actor = request.actor
    if not actor:
        return None
    return str(actor.get("id") or actor.get("username") or actor.get("name") or "") or None


async def review_page(datasette, request):
    reviewer = _actor_id(request)
    if reviewer is None:
        return Response.html(_page("Review figures", "<p class=error>Sign in to review. Start the server with "
                                   "<code>cablex serve --root</code> and open the link it prints, or use an "
                                   "authentication plugin.</p>"), status=403)
    path = await _db_path(datasette)
    if path is None:
        return Response.html(_page("Review figures", "<p>No cablex database is open.</p>"), status=404)
    args = request.args
    return Response.html(await _call(_render, datasette, request, path, reviewer, args.get("cable"),
                                     args.get("measure"), args.get("id"), None))


async def review_decide(datasette, request):
    reviewer = _actor_id(request)
    if reviewer is None:
        return Response.html(_page("Review figures", "<p class=error>Sign in to review.</p>"), status=403)
    if request.method != "POST":
        return Response.redirect(datasette.urls.path("/-/review"))
    path = await _db_path(datasette)
    form = await request.post_vars()
    cable, measure = form.get("cable") or None, form.get("measure") or None
    fid, decision = form.get("figure_id", ""), form.get("decision", "")

    def act():
        from extractor.store.review import Correction
        store = _store(path)
        if decision == "undo":
            last = next(store.db.query(
                "select figure_id from reviews r where reviewer = ? and undoes is null "
                "and not exists (select 1 from reviews u where u.undoes = r.id) order by id desc limit 1",
                [reviewer]), None)
            if last is None:
                raise CablexError("nothing of yours to undo")
            store.undo(last["figure_id"], reviewer)
            return last["figure_id"]
        correction = None
        if decision == "correct":
            correction = Correction(*(form.get(k) or None for k in ("value", "value_max", "unit", "qualifier", "item")))
        store.decide(fid, decision, reviewer, correction, form.get("note") or None)
        return None

    try:
        show = await _call(act)
    except CablexError as exc:
        page = await _call(_render, datasette, request, path, reviewer, cable, measure, fid or None, str(exc))
        return Response.html(page, status=400)
    query = {k: v for k, v in (("cable", cable), ("measure", measure), ("id", show)) if v}
    return Response.redirect(datasette.urls.path("/-/review") + ("?" + urlencode(query) if query else ""))


def _render(datasette, request, path, reviewer, cable, measure, figure_id, error) -> str:
    store = _store(path)
    queue = store.queue(cable=cable, measure=measure)
    if figure_id is None:
        if not queue:
            return _page("Review figures", f"<p>Nothing waits for review. Signed in as {_e(reviewer)}.</p>"
                         f"<p><a href='{_e(datasette.urls.path('/'))}'>Back to the database</a></p>")
        figure_id = queue[0]["id"]
    try:
        ctx = store.context(figure_id)
    except CablexError as exc:
        return _page("Review figures", f"<p class=error>{_e(str(exc))}</p>")
    f, c = ctx["figure"], ctx["cable"]
    a, b = ctx["highlight"]
    ex = ctx["excerpt"]
    excerpt = _e(ex[:a]) + "<mark>" + _e(ex[a:b]) + "</mark>" + _e(ex[b:])
    head = _e(ctx["header"])
    parts = [f"<p class=meta>{len(queue)} waiting · signed in as <b>{_e(reviewer)}</b></p>"]
    if error:
        parts.append(f"<p class=error role=alert>Not stored: {_e(error)}</p>")
    parts.append(f"<h2>{head}</h2>")
    if c["subject"]:
        parts.append(f"<p>SUBJECT: {_e(c['subject'])}</p>")
    if ctx["place"]:
        parts.append(f"<p class=meta>{' · '.join(_e(x) for x in ctx['place'])}</p>")
    parts.append(f"<blockquote class=excerpt>{excerpt}</blockquote>")
    value = _e(f["value"]) + (f"&ndash;{_e(f['value_max'])}" if f["value_max"] else "")
    rows = [("value", value), ("unit", _e(f["unit"] or "") + (f" per {_e(f['per'])}" if f["per"] else "")),
            ("kind", _e(f["kind"])), ("qualifier", _e(f["qualifier"] or "exact")), ("item", _e(f["item"] or "")),
            ("rule", _e(f["rule"])), ("confidence", _e(f["confidence"])),
            ("doubts", "<br>".join(_e(x) for x in f["flags"]) or "none")]
    parts.append("<table class=figure>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>")
    if ctx["last_decision"]:
        parts.append(f"<p class=meta>{_e(ctx['last_decision'])}</p>")
    token = request.scope.get("csrftoken")
    hidden = "".join(f"<input type=hidden name={k} value='{_e(v)}'>" for k, v in (
        ("csrftoken", token() if token else ""), ("figure_id", figure_id), ("cable", cable or ""),
        ("measure", measure or "")))
    action = _e(datasette.urls.path("/-/review/decide"))
    quals = "".join(f"<option{' selected' if q == (f['qualifier'] or 'exact') else ''}>{q}</option>"
                    for q in ("exact", "approx", "at_least", "more_than", "less_than", "at_most"))
    parts.append(f"""
<form method=post action="{action}" id=decide>{hidden}
 <button type=submit name=decision value=accept>Accept <kbd>a</kbd></button>
 <button type=submit name=decision value=reject>Reject <kbd>x</kbd></button>
 <button type=button id=edit-button>Edit <kbd>e</kbd></button>
 <button type=submit name=decision value=skip>Skip <kbd>s</kbd></button>
 <button type=submit name=decision value=undo>Undo <kbd>u</kbd></button>
</form>
<form method=post action="{action}" id=edit hidden>{hidden}<input type=hidden name=decision value=correct>
 <label>value <input name=value value='{_e(f["value"])}'></label>
 <label>value_max <input name=value_max value='{_e(f["value_max"] or "")}'></label>
 <label>unit <input name=unit value='{_e(f["unit"] or "")}'></label>
 <label>qualifier <select name=qualifier>{quals}</select></label>
 <label>item <input name=item value='{_e(f["item"] or "")}'></label>
 <label>note <input name=note></label>
 <button type=submit>Save correction <kbd>Enter</kbd></button>
</form>
<script>
const edit = document.getElementById('edit');
function send(decision) {{ document.querySelector(`#decide button[value=${{decision}}]`).click(); }}
document.getElementById('edit-button').onclick = () => {{ edit.hidden = false; edit.querySelector('input[name=value]').focus(); }};
document.addEventListener('keydown', (ev) => {{
  if (ev.target.closest('input, select, textarea') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const keys = {{a: 'accept', x: 'reject', s: 'skip', u: 'undo'}};
  if (keys[ev.key]) {{ ev.preventDefault(); send(keys[ev.key]); }}
  else if (ev.key === 'e') {{ ev.preventDefault(); document.getElementById('edit-button').click(); }}
}});
</script>""")
    return _page("Review figures", "\n".join(parts))


def _e(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang=en><head><meta charset=utf-8><title>{_e(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }}
.excerpt {{ white-space: pre-wrap; font-family: ui-monospace, monospace; background: #f6f6f4; padding: .75rem; }}
mark {{ background: #ffd54a; font-weight: bold; }}
.meta {{ color: #555; }} .error {{ color: #b00020; font-weight: bold; }}
table.figure th {{ text-align: left; padding-right: 1rem; }}
kbd {{ border: 1px solid #999; border-radius: 3px; padding: 0 .25rem; font-size: .8em; }}
form {{ margin: .75rem 0; }} label {{ display: inline-block; margin: .25rem .5rem .25rem 0; }}
</style></head>
<body><h1>{_e(title)}</h1>
{body}
</body></html>"""
