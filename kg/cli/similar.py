"""``kg similar PLACE``: places that ran similar policies, with the reasons side by side."""

from __future__ import annotations

import json
from typing import Any, Callable

import click

from ..backends import Backend, BackendError
from ..similarity import DEFAULT_WEIGHTS, LEVELS, PlaceNotFound, explain, similar as rank
from .common import EXIT_USAGE, backend_options, emit, fail, format_option, say

WEIGHT = click.FloatRange(min=0)
COLUMNS = ["place", "score", "categories", "text", "documents", "shared", "only_target", "only_match"]


@click.command()
@click.argument("place")
@click.option("--limit", "-k", default=10, show_default=True, type=click.IntRange(min=1), help="How many similar places (at least 1).")
@click.option("--level", type=click.Choice(LEVELS), default=None,
              help="Compare with places of this level only [default: the level of PLACE, so a zone is compared "
                   "with zones and a city with cities; any when PLACE's level is unknown]; any: every place.")
@click.option("--w-category", default=DEFAULT_WEIGHTS[0], show_default=True, type=WEIGHT, help="Weight of the weighted category Jaccard.")
@click.option("--w-text", default=DEFAULT_WEIGHTS[1], show_default=True, type=WEIGHT,
              help="Weight of the measure-text TF-IDF cosine (reads every measure: slower on a large store).")
@click.option("--w-docs", default=DEFAULT_WEIGHTS[2], show_default=True, type=WEIGHT,
              help="Weight of the shared policy documents, Jaccard (reads every measure).")
@click.option("--explain/--no-explain", "explain_", default=True, show_default=True, help="Show the measures of each shared category side by side (table format).")
@format_option
@backend_options(read_only=True)
def similar(place: str, limit: int, level: str | None, w_category: float, w_text: float, w_docs: float, explain_: bool,
            fmt: str, open_store: Callable[[], Backend]) -> None:
    """Rank the places whose policies resemble PLACE's, and say why.

    \b
    score = w_category * categories + w_text * text + w_docs * documents, where
      categories  weighted Jaccard of the measure categories (rare ones weigh more;
                  the same numbers and ranking as `kg query similar-places`)
      text        cosine of character 2-3-gram TF-IDF of the measure sentences
      documents   Jaccard of the named policy documents behind the measures
    Sub-measures split from one sentence count as one sentence.  The
    explanation lists the shared categories rarest first: what sets the pair
    apart from the rest.

    \b
    Example:  kg similar 杭州高新区 -k 5 --w-text 0.5
    """
    if w_category + w_text + w_docs == 0:
        raise click.UsageError("the weights --w-category, --w-text and --w-docs are all 0: give at least one a positive weight")
    with open_store() as backend:
        try:
            target, matches = rank(backend, place, (w_category, w_text, w_docs), limit, level)
            reasons = explain(backend, target, matches) if fmt == "json" or (fmt == "table" and explain_) else {}
        except PlaceNotFound as exc:
            fail(str(exc), EXIT_USAGE)
        except BackendError as exc:
            fail(str(exc))
    rows = [[m.name, m.score, m.categories, m.text, m.documents, list(m.shared), list(m.only_target), list(m.only_match)] for m in matches]
    if fmt == "json":
        out: list[dict[str, Any]] = []
        for m, row in zip(matches, rows):
            item = dict(zip(COLUMNS, row))
            item["side_by_side"] = [{"category": c, "target": a, "match": b} for c, a, b in reasons[m.node]]
            out.append(item)
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    emit(COLUMNS, rows, fmt)
    if not matches:
        say("no similar places" + (f" of level {level or target.level}" if (level or target.level) not in (None, "any") else ""))
    for m in matches if reasons else ():
        click.echo(f"\n== {target.name} / {m.name}  (score {m.score})")
        for code, mine, theirs in reasons[m.node]:
            click.echo(f"[{code}]")
            for i in range(max(len(mine), len(theirs))):
                left = mine[i] if i < len(mine) else ""
                right = theirs[i] if i < len(theirs) else ""
                click.echo(f"  {target.name}: {left}" if left else f"  {target.name}: -")
                click.echo(f"  {m.name}: {right}" if right else f"  {m.name}: -")


commands = [similar]
