"""``kg viz`` and ``kg export``: look at a part of the graph, or hand it to another tool."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Callable

import click

from .backends import Backend, BackendError
from .cli_common import EXIT_USAGE, backend_options, fail, say
from .export import FORMATS, ExportError, export
from .files import write_text
from .select import Selection, SelectionError, select_stored, selection_options


def _selected(backend: Backend, selection: dict[str, Any]) -> Selection:
    """The selection answered by the store, its notes said on stderr."""
    try:
        if not backend.documents():
            fail("the store holds no documents; load some with: kg load FILE")
        chosen = select_stored(backend, **selection)
    except SelectionError as exc:
        fail(str(exc), EXIT_USAGE)
    except BackendError as exc:
        fail(str(exc))
    if not len(chosen.subgraph):
        chosen.notes.append("the selection is empty: nothing matches all the filters")
    for note in chosen.notes:
        say(f"note: {note}")
    return chosen


def _free(path: Path, force: bool) -> None:
    if path.exists() and not force:
        fail(f"{path} already exists; use --force to overwrite", EXIT_USAGE)


@click.command()
@selection_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML page to write (with --heatmap: FILE.png and FILE.html).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--heatmap", is_flag=True, help="Draw the place × category heatmap instead of the network.")
@click.option("--title", default=None, help="Page title [default: what was selected].")
@backend_options
def viz(selection: dict[str, Any], output: Path, force: bool, heatmap: bool, title: str | None,
        open_store: Callable[[], Backend]) -> None:
    """Draw a part of the graph as an interactive page that works offline.

    Colours and shapes show node types (legend on top; tick boxes hide a type),
    node size shows the number of links, hovering shows the evidence sentence
    and its document.  Type a name in the search box and press Enter to select
    it and light up its neighbourhood.

    --heatmap writes the place × category matrix (counts of measures) as PNG
    and as an HTML table, places with similar policies next to each other;
    the --max-nodes cap does not apply to it.

    \b
    Examples:
      kg viz --place 杭州 -o hangzhou.html
      kg viz --around 达博公司 --hops 2 -o dabo.html
      kg viz --group FINANCE --heatmap -o finance
    """
    if heatmap:
        selection = {**selection, "max_nodes": 0}
    with open_store() as backend:
        chosen = _selected(backend, selection)
    sub = chosen.subgraph
    title = title or _describe(selection)
    if heatmap:
        _write_heatmap(sub, output, force, title)
        return
    from .viz import documents_of, write_page

    _free(output, force)
    write_page(sub, output, title=title, documents=documents_of(chosen.graph), notes=chosen.notes)
    say(f"wrote {sub.number_of_nodes()} nodes and {sub.number_of_edges()} edges to {output}")


def _write_heatmap(graph: Any, output: Path, force: bool, title: str) -> None:
    from .heatmap import html_table, matrix, write_png

    stem = output.with_suffix("") if output.suffix.lower() in (".png", ".html", ".htm") else output
    png, page = stem.with_name(stem.name + ".png"), stem.with_name(stem.name + ".html")
    for path in (png, page):
        _free(path, force)
    m = matrix(graph)
    if not m.places:
        fail("the selection holds no measures to count")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_png(m, png, title)
    for w in caught:
        say(f"warning: {w.message}")
    write_text(page, html_table(m, title))
    say(f"wrote a {len(m.places)} × {len(m.categories)} heatmap to {png} and {page}")


def _describe(selection: dict[str, Any]) -> str:
    """A page title from the selection, e.g. 'kg: place 杭州 · category TAX_DEFERRAL'."""
    parts = [f"{k} {'、'.join(v)}" for k in ("around", "place", "enterprise", "category", "group", "document")
             if (v := selection.get(k))]
    return "kg: " + (" · ".join(parts) if parts else "whole graph")


@click.command("export")
@selection_options(max_nodes=0)
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)),
              required=True, help="Output format (see the list above).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File (or folder for csv and neo4j-import); text formats go to stdout without it.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--bom", is_flag=True, help="csv: start each file with a UTF-8 byte-order mark (for Excel).")
@backend_options
def export_cmd(selection: dict[str, Any], fmt: str, output: Path | None, force: bool, bom: bool,
               open_store: Callable[[], Backend]) -> None:
    """Write the graph, or the selected part of it, for other tools.

    \b
    Formats:
      graphml, gexf     Gephi, yEd, Cytoscape desktop (lists as JSON strings)
      json              networkx node-link JSON
      cytoscape         Cytoscape.js JSON
      turtle, ntriples  RDF, all document graphs merged
      nquads, trig      RDF with one named graph per document
      jsonld            compact JSON-LD, one named graph per document
      cypher            MERGE script for cypher-shell -f
      csv               folder with nodes.csv and edges.csv (--bom for Excel)
      neo4j-import      folder for neo4j-admin database import (whole documents)

    \b
    Examples:
      kg export -f gexf -o graph.gexf
      kg export -f turtle --place 杭州高新区 > zone.ttl
      kg export -f csv -o out/ --group FINANCE
    """
    spec = FORMATS[fmt]
    if spec.documents is not None and output is not None and not _narrowed(selection):
        _export_documents(spec.documents, open_store, output, force)
        return
    with open_store() as backend:
        chosen = _selected(backend, selection)
        sub = chosen.subgraph
        try:
            result = export(fmt, sub, chosen.records(backend), output, force=force, bom=bom)
        except ExportError as exc:
            fail(str(exc), EXIT_USAGE)
        except BackendError as exc:
            fail(str(exc))
    if isinstance(result, str):
        click.echo(result, nl=False)
    else:
        say(f"wrote {sub.number_of_nodes()} nodes and {sub.number_of_edges()} edges as {fmt} to "
            + ", ".join(str(p) for p in result))


def _narrowed(selection: dict[str, Any]) -> bool:
    """Whether the options select a part of the graph (rather than all of it)."""
    return any(selection.get(k) for k in ("around", "place", "enterprise", "category", "group", "document", "max_nodes"))


def _export_documents(write: Callable[..., list[Path]], open_store: Callable[[], Backend], output: Path, force: bool) -> None:
    """Everything, streamed from the store to the writer: the graph is never built in memory."""
    try:
        with open_store() as backend:
            if not backend.documents():
                fail("the store holds no documents; load some with: kg load FILE")
            written = write(backend.records(), output, force)
    except BackendError as exc:
        fail(str(exc))
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    say("wrote every document of the store to " + ", ".join(str(p) for p in written))


commands = [viz, export_cmd]
