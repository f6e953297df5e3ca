"""``kg viz`` and ``kg export``: look at a part of the graph, or hand it to another tool."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import click

from ..backends import Backend, BackendError
from ..export import FORMATS, SHAPES, ExportError, dataset_formats, export, write_dataset
from ..files import write_text
from ..model import FlatRecord, Record
from ..select import Selection, SelectionError, select_stored, selection_options
from .common import EXIT_USAGE, backend_options, fail, say


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
    from ..viz import documents_of, write_page

    _free(output, force)
    write_page(sub, output, title=title, documents=documents_of(chosen.graph), notes=chosen.notes)
    say(f"wrote {sub.number_of_nodes()} nodes and {sub.number_of_edges()} edges to {output}")


def _write_heatmap(graph: Any, output: Path, force: bool, title: str) -> None:
    from ..heatmap import html_table, matrix, write_png

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
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@selection_options(max_nodes=0)
@click.option("-f", "--format", "fmt", type=click.Choice(list(FORMATS)),
              required=True, help="Output format (see the list above).")
@click.option("--shape", type=click.Choice(SHAPES), default="view", show_default=True,
              help="nquads, trig: the Linked Data view, or the store's own dataset for a bulk loader (see above).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File (or folder for csv and neo4j-import); text formats go to stdout without it.")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--bom", is_flag=True, help="csv: start each file with a UTF-8 byte-order mark (for Excel).")
@backend_options
def export_cmd(files: tuple[Path, ...], selection: dict[str, Any], fmt: str, shape: str, output: Path | None, force: bool,
               bom: bool, open_store: Callable[[], Backend]) -> None:
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
    Shapes of nquads and trig (--shape):
      view      Linked Data for RDF tools, as the other RDF formats write it:
                standard-vocabulary types, @zh labels, typed dates, each
                document's mentions; a selection cuts it; kg load reads it back
      dataset   exactly what kg keeps in a store: each document's graph with
                its completion marker, the taxonomy graph and the entity index
                (with a selection: the whole documents it touches).  For a
                SPARQL server's bulk loader (oxigraph load, tdb2.tdbloader,
                GraphDB preload); --backend sparql then uses the server at
                once, with nothing to re-index (docs/scale.md)

    The view stays the default: it is what RDF tools expect of a file, and
    what turtle, ntriples and jsonld hold too.

    FILES are records (.jsonl, .json, or RDF kg export wrote) to write
    instead of the store's documents, streamed without building a store: for
    --shape dataset and -f neo4j-import.

    \b
    Examples:
      kg export -f gexf -o graph.gexf
      kg export -f turtle --place 杭州高新区 > zone.ttl
      kg export -f csv -o out/ --group FINANCE
      kg export -f nquads --shape dataset -o dataset.nq shard-*.jsonl
    """
    spec = FORMATS[fmt]
    if shape == "dataset" and not spec.dataset:
        fail(f"--shape dataset is written as {' or '.join(dataset_formats())}, not {fmt}", EXIT_USAGE)
    if files:
        _export_files(files, fmt, shape, selection, output, force)
        return
    if shape == "dataset" and not _narrowed(selection):
        _export_documents(lambda backend: _dataset(fmt, backend.records(), output, force), open_store)
        return
    if spec.documents is not None and output is not None and not _narrowed(selection):
        _export_documents(lambda backend: _documents(spec.documents, backend.flat_records(), output, force), open_store)
        return
    with open_store() as backend:
        chosen = _selected(backend, selection)
        sub = chosen.subgraph
        try:
            if shape == "dataset":
                say(f"wrote the whole documents behind {sub.number_of_nodes()} selected nodes: "
                    + _dataset(fmt, chosen.records(backend), output, force))
                return
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


def _dataset(fmt: str, records: Iterable[Record], output: Path | None, force: bool) -> str:
    """Write the store-shaped dataset to ``output`` or stdout; what was written, for the message."""
    quads = write_dataset(fmt, records, output if output is not None else click.get_text_stream("stdout"), force)
    return f"the dataset ({quads} quads) as {fmt} to {output or 'stdout'}"


def _documents(write: Callable[[Iterable[FlatRecord], Path, bool], list[Path]], records: Iterable[FlatRecord], output: Path,
               force: bool) -> str:
    return ", ".join(str(p) for p in write(records, output, force))


def _export_documents(write: Callable[[Backend], str], open_store: Callable[[], Backend]) -> None:
    """Everything, streamed from the store (given to ``write``) to the writer: the graph is never built in memory."""
    try:
        with open_store() as backend:
            if not backend.documents():
                fail("the store holds no documents; load some with: kg load FILE")
            written = write(backend)
    except BackendError as exc:
        fail(str(exc))
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    say("wrote every document of the store: " + written)


def _export_files(files: tuple[Path, ...], fmt: str, shape: str, selection: dict[str, Any], output: Path | None,
                  force: bool) -> None:
    """The records of FILES streamed to a whole-document writer; bad records are reported and skipped (exit 1)."""
    from ..rdfread import read_inputs
    from ..records import Problem

    spec = FORMATS[fmt]
    if shape != "dataset" and spec.documents is None:
        fail(f"FILES are read for --shape dataset and -f neo4j-import; to export them as {fmt}, "
             "load them first (kg load FILES)", EXIT_USAGE)
    if _narrowed(selection):
        fail("a selection needs a store: load the FILES first (kg load FILES), then export without them", EXIT_USAGE)
    if spec.documents is not None and output is None:
        fail(f"{fmt} writes a folder: give it with -o FOLDER", EXIT_USAGE)
    problems = 0

    def records() -> Iterator[Record]:
        nonlocal problems
        for item in read_inputs(files):
            if isinstance(item, Problem):
                problems += 1
                say(f"error: {item}")
            else:
                yield item

    try:
        if shape == "dataset":
            written = _dataset(fmt, records(), output, force)
        else:
            assert spec.documents is not None and output is not None
            written = _documents(spec.documents, (r.flat() for r in records()), output, force)
    except ExportError as exc:
        fail(str(exc), EXIT_USAGE)
    say("wrote the records of " + ", ".join(map(str, files)) + ": " + written)
    if problems:
        fail(f"{problems} problem(s); the good records were written")


commands = [viz, export_cmd]
