"""kg viz pages in a real headless Chromium, network blocked: they must draw, search and stay inert.

Skipped when Chromium is missing on a user's machine; a failure in CI
(``CI=true``), where the browser is part of the setup.  Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner
from test_netgraph import HOSTILE, sample_records, use_memory_store

from kg import identity, netgraph, viz
from kg.cli.viz import commands

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A persistent Chromium context with a fresh profile; every request outside file: and data: is aborted."""
    exe = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        exe = None
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium (and playwright) must be installed in CI")
        pytest.skip("Chromium or playwright is not installed")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("profile")), executable_path=exe, headless=True, args=CHROMIUM_FLAGS
        )
        context.outside = []  # type: ignore[attr-defined]

        def guard(route: Any) -> None:
            url = route.request.url
            if url.startswith(("file:", "data:")):
                route.continue_()
            else:
                context.outside.append(url)  # type: ignore[attr-defined]
                route.abort()

        context.route("**/*", guard)
        yield context
        context.close()


def open_page(browser: Any, path: Path) -> tuple[Any, list[str]]:
    """Open a written page and wait for the network object; returns the page and its console errors."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.network && window.network.body && window.network.body.data")
    return page, errors


def write(tmp_path: Path, graph: Any, name: str, **kwargs: Any) -> Path:
    return viz.write_page(graph, tmp_path / name, **kwargs)


def test_page_has_no_remote_resources(tmp_path: Path) -> None:
    html = viz.page(netgraph.build(sample_records()))
    assert not re.search(r"""<(script|link|img)\b[^>]*(src|href)\s*=\s*["']?https?://""", html, re.I)
    assert not re.search(r"""url\(\s*["']?https?:""", html, re.I)
    assert "sourceMappingURL" not in html


def test_page_draws_every_node_and_search_selects(browser: Any, tmp_path: Path) -> None:
    graph = netgraph.build(sample_records())
    page, errors = open_page(browser, write(tmp_path, graph, "sample.html", title="杭州样例"))
    assert page.evaluate("network.body.data.nodes.length") == len(graph)
    assert page.evaluate("network.body.data.edges.length") == graph.number_of_edges()
    assert page.evaluate("Object.keys(network.body.nodes).length") >= len(graph)
    page.fill("#kg-search", "滨江高新区")  # an alias
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [identity.entity_iri("Zone", "杭州高新区")]
    page.click("#kg-reset")
    assert page.evaluate("network.getSelectedNodes()") == []
    page.uncheck("input.kg-filter[value=Measure]")
    hidden = page.evaluate("network.body.data.nodes.get({filter: n => n.hidden}).length")
    assert hidden == sum(1 for _, a in graph.nodes(data=True) if a["type"] == "Measure")
    page.check("input.kg-filter[value=Measure]")
    page.wait_for_function("!network.physics.options.enabled")  # stabilised, then physics switched off
    page.click("#kg-reset")  # also fits the whole graph into view for the screenshot
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-sample.png"))
    assert errors == []
    assert browser.outside == []


def test_hostile_names_stay_text(browser: Any, tmp_path: Path) -> None:
    graph = netgraph.build(sample_records())
    page, errors = open_page(browser, write(tmp_path, graph, "hostile.html", title=HOSTILE))
    page.wait_for_function("!network.physics.options.enabled")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.text_content("h1") == HOSTILE
    assert HOSTILE in page.eval_on_selector_all("#kg-names option", "os => os.map(o => o.value)")
    node = identity.entity_iri("Enterprise", HOSTILE)
    assert page.evaluate("id => network.body.data.nodes.get(id).label", node) == HOSTILE
    # hover the node: the tooltip shows the name as text, no element is created from it
    box = page.evaluate(
        """id => { const p = network.canvasToDOM(network.getPositions([id])[id]);
                   const r = document.getElementById('mynetwork').getBoundingClientRect();
                   return {x: r.left + p.x, y: r.top + p.y}; }""",
        node,
    )
    page.mouse.move(box["x"], box["y"])
    tip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert HOSTILE in tip.text_content()
    assert tip.query_selector("script") is None
    # the measure table and its menus show the name as text too
    assert page.query_selector("#kg-measures script") is None
    assert HOSTILE in page.text_content("#kg-table tbody")
    assert HOSTILE in page.eval_on_selector_all(".kg-table-menu option", "os => os.map(o => o.value)")
    page.select_option(".kg-table-menu[data-key=enterprise]", HOSTILE)
    shown = page.eval_on_selector_all("#kg-table tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.id)")
    assert shown == [m for m, a in graph.nodes(data=True) if a["type"] == "Measure" and HOSTILE in a.get("beneficiaries", ())]
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert errors == [] and browser.outside == []


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_viz", ROOT / "bench" / "bench_viz.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_large_page_uses_a_precomputed_layout(browser: Any, tmp_path: Path) -> None:
    graph = netgraph.build(_bench().synthetic_records(600))
    assert len(graph) > viz.PHYSICS_LIMIT
    page, errors = open_page(browser, write(tmp_path, graph, "large.html"))
    assert page.evaluate("network.body.data.nodes.length") == len(graph)
    assert page.evaluate("network.physics.options.enabled") is False
    first = next(iter(graph))
    assert page.evaluate("id => network.body.data.nodes.get(id).x", first) is not None
    page.fill("#kg-search", "测试公司3甲")
    page.press("#kg-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [identity.entity_iri("Enterprise", "测试公司3甲")]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-large.png"))
    assert errors == [] and browser.outside == []


def test_viz_command_writes_a_page(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_memory_store(monkeypatch)
    viz_cmd = commands[0]
    out = tmp_path / "zone.html"
    runner = CliRunner()
    result = runner.invoke(viz_cmd, ["--place", "杭州高新区", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert str(out) in result.stderr
    again = runner.invoke(viz_cmd, ["--place", "杭州高新区", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr
    capped = runner.invoke(viz_cmd, ["--max-nodes", "4", "-o", str(out), "--force"])
    assert capped.exit_code == 0 and "kept 4" in capped.stderr
    page, errors = open_page(browser, out)
    assert page.evaluate("network.body.data.nodes.length") == 4
    assert "kept 4" in page.text_content("header")
    assert errors == [] and browser.outside == []


def _hover(page: Any, node: str) -> Any:
    """Move the mouse onto a node and return its visible tooltip element."""
    box = page.evaluate(
        """id => { const p = network.canvasToDOM(network.getPositions([id])[id]);
                   const r = document.getElementById('mynetwork').getBoundingClientRect();
                   return {x: r.left + p.x, y: r.top + p.y}; }""",
        node,
    )
    page.mouse.move(box["x"], box["y"])
    return page.wait_for_selector("div.vis-tooltip", state="visible")


def test_large_page_labels_hubs_readably_and_tooltips_wrap(browser: Any, tmp_path: Path) -> None:
    graph = netgraph.build(_bench().synthetic_records(300))
    page, errors = open_page(browser, write(tmp_path, graph, "labels.html"))
    page.wait_for_function("network.body.data.nodes.get({filter: n => n.lead && n.font}).length > 0")
    # drawn size of each label in screen pixels, as vis-network computes it before drawing
    drawn = page.evaluate(
        """() => { const s = network.getScale(), t = network.body.nodes;
                   return network.body.data.nodes.get().map(n => [n.lead, t[n.id].labelModule.fontOptions.size * s]); }"""
    )
    readable = [px for lead, px in drawn if px >= viz.LABEL_PX]
    assert sum(1 for lead, _ in drawn if lead) == min(viz.LEAD_LABELS, len(graph))
    assert all(px >= viz.LABEL_PX for lead, px in drawn if lead)
    assert len(readable) >= min(viz.LEAD_LABELS, len(graph))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-labels-start.png"))
    degree = dict(graph.degree())
    hub = max(graph, key=lambda n: (degree[n], n))
    assert page.evaluate("id => network.body.data.nodes.get(id).lead", hub) is True
    page.evaluate("id => network.body.data.nodes.update({id: id, title: '长'.repeat(400) + ' ' + 'x'.repeat(300)})", hub)
    page.evaluate("id => network.focus(id, {scale: 1.5, animation: false})", hub)
    # zoomed in, a lead label is drawn no larger than any other
    page.wait_for_function(
        "([id, px]) => Math.abs(network.body.nodes[id].labelModule.fontOptions.size * network.getScale() - px) < 0.01",
        arg=[hub, 1.5 * viz.LABEL_PX], timeout=5000,
    )
    tip = _hover(page, hub)
    width, height, limit = page.evaluate(
        """t => { const c = getComputedStyle(t), r = t.getBoundingClientRect();
                  return [r.width, r.height, parseFloat(c.maxWidth)]; }""",
        tip,
    )
    assert tip.text_content().startswith("长" * 10), tip.text_content()[:80]
    assert width <= limit + 2 * 6 and height > 5 * 13  # wrapped over several lines inside max-width (plus padding)
    page.screenshot(path=str(ARTIFACTS / "viz-labels-tooltip.png"))
    assert errors == [] and browser.outside == []


def test_page_labels_tell_measures_apart_and_name_documents() -> None:
    graph = netgraph.build(_bench().synthetic_records(300))
    net = viz.network(graph)
    labels = {n["id"]: n["label"] for n in net.nodes}
    measures = [labels[n] for n, a in graph.nodes(data=True) if a["type"] == "Measure"]
    assert len(set(measures)) == len(measures)
    for n, a in graph.nodes(data=True):
        if a["type"] == "Measure":
            assert labels[n].startswith(a["label"] + "：")
        if a["type"] == "Document" and a.get("title"):
            assert a["doc_id"] not in labels[n] and a["title"][:5] in labels[n] and a.get("date", "") in labels[n]


def test_measure_table_filters_and_focuses_a_node(browser: Any, tmp_path: Path) -> None:
    graph = netgraph.build(_bench().synthetic_records(300))
    page, errors = open_page(browser, write(tmp_path, graph, "table.html"))
    measures = {n: a for n, a in graph.nodes(data=True) if a["type"] == "Measure"}
    assert page.eval_on_selector_all("#kg-table tbody tr", "rs => rs.length") == len(measures)
    target, attrs = next((n, a) for n, a in measures.items() if a.get("beneficiaries"))
    company = attrs["beneficiaries"][0]
    page.fill("#kg-table-filter", company)
    shown = page.eval_on_selector_all("#kg-table tbody tr:not([hidden])", "rs => rs.map(r => r.dataset.id)")
    expected = {n for n, a in measures.items() if any(company in b for b in a.get("beneficiaries", ()))}
    assert target in shown and set(shown) <= expected | {n for n, a in measures.items() if company in a.get("region", "")}
    assert len(shown) < len(measures)
    page.click(f'#kg-table tbody tr[data-id="{target}"]')
    assert page.evaluate("network.getSelectedNodes()") == [target]
    centre = page.evaluate("network.getViewPosition()")
    x, y = page.evaluate("id => { const p = network.getPositions([id])[id]; return [p.x, p.y]; }", target)
    assert abs(centre["x"] - x) < 1 and abs(centre["y"] - y) < 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-table.png"))
    assert errors == [] and browser.outside == []
