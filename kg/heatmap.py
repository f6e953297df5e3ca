"""Place × category heatmap: how many measures each place took in each category.

Rows are ordered by hierarchical clustering of the places' category profiles
(cosine distance, average linkage, optimal leaf ordering), so places with
similar policy mixes sit next to each other.  That clustering is cubic in the
rows, so it orders at most :data:`EXACT_ROWS` of them: beyond that, as many
well-spread rows (farthest-point sampling) are clustered exactly and every
other row goes next to its most similar one among them, in time linear in the
number of rows.  Written twice: a PNG for
reports and an HTML table that can be searched and copied.

matplotlib and scipy are imported only here and only when a heatmap is
asked for, so other commands start fast.
"""

from __future__ import annotations

import html
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from .files import atomic_open
from .taxonomy import taxonomy

#: font families known to cover Chinese, tried before scanning every installed font
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "AR PL UMing CN",
)


@dataclass
class Matrix:
    """Measure counts: ``counts[i][j]`` measures of place ``places[i]`` in category ``categories[j]``."""

    places: list[str]
    categories: list[str]
    counts: list[list[int]]


def matrix(graph: nx.MultiDiGraph) -> Matrix:
    """Counts of the graph's measures per (place, category), places ordered by clustering."""
    counts: dict[str, dict[str, int]] = {}
    labels: dict[str, str] = {}
    for m, place, etype in graph.edges(keys=True):
        if etype != "REGION":
            continue
        labels[place] = graph.nodes[place].get("label", place)
        row = counts.setdefault(place, {})
        for code in graph.nodes[m].get("categories", ()):
            row[code] = row.get(code, 0) + 1
    used = {c for row in counts.values() for c in row}
    order = list(taxonomy().categories)
    cats = [c for c in order if c in used] + sorted(used - set(order))
    places = sorted(counts, key=lambda p: labels[p])
    rows = [[counts[p].get(c, 0) for c in cats] for p in places]
    perm = _cluster_order(rows)
    return Matrix([labels[places[i]] for i in perm], cats, [rows[i] for i in perm])


#: rows ordered by the exact (cubic) clustering; larger matrices order the rest around as many chosen rows
EXACT_ROWS = 300
#: rows compared with the chosen ones at a time, which bounds the similarity block in memory
_CHUNK = 4096


def _cluster_order(rows: list[list[int]]) -> list[int]:
    """Rows in an order that puts similar category profiles next to each other."""
    if len(rows) < 3:
        return list(range(len(rows)))
    import numpy as np

    data = np.asarray(rows, dtype=float)
    if len(rows) <= EXACT_ROWS:
        return _exact_order(data)
    unit = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-12)
    chosen = _spread(unit, EXACT_ROWS)
    chosen = chosen[_exact_order(data[chosen])]
    rank = np.empty(len(rows), dtype=np.int64)
    similarity = np.empty(len(rows))
    for start in range(0, len(rows), _CHUNK):
        block = unit[start:start + _CHUNK] @ unit[chosen].T
        rank[start:start + _CHUNK] = block.argmax(1)
        similarity[start:start + _CHUNK] = block.max(1)
    similarity[chosen] = 2.0  # a chosen row heads its group
    # by group in the clustered order, then most similar first, then row number (a stable, total order)
    return [int(i) for i in np.lexsort((np.arange(len(rows)), -similarity, rank))]


def _exact_order(data: Any) -> list[int]:
    """Leaf order of an average-linkage clustering of the row profiles (optimal leaf ordering)."""
    import numpy as np
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import pdist

    if len(data) < 3:
        return list(range(len(data)))
    shares = data / np.maximum(data.sum(1, keepdims=True), 1)
    dist = np.nan_to_num(pdist(shares, metric="cosine"), nan=1.0)
    return [int(i) for i in leaves_list(linkage(dist, method="average", optimal_ordering=True))]


def _spread(unit: Any, k: int) -> Any:
    """``k`` rows far apart in cosine distance (greedy farthest-point sampling from the first row): O(rows × k)."""
    import numpy as np

    first = 0
    chosen = [first]
    nearest = 1.0 - unit @ unit[first]
    for _ in range(1, k):
        nxt = int(nearest.argmax())
        if nearest[nxt] <= 0:  # every row equals a chosen one
            break
        chosen.append(nxt)
        np.minimum(nearest, 1.0 - unit @ unit[nxt], out=nearest)
    return np.asarray(chosen)


def cjk_font() -> str | None:
    """The name of an installed font that can draw Chinese, or None."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    fonts = font_manager.fontManager.ttflist
    by_name = {f.name: f for f in fonts}
    for family in CJK_FAMILIES:
        if family in by_name:
            return family
    for f in fonts:
        try:
            if FT2Font(f.fname).get_char_index(ord("中")):
                return f.name
        except (OSError, RuntimeError):
            continue
    return None


#: up to this many rows the PNG names each row (0.3 inch each); a taller matrix is drawn as an overview of that height
NAMED_ROWS = 150
#: up to this many rows each non-empty cell of the PNG shows its count (every text costs milliseconds to draw)
NUMBERED_ROWS = 60


def write_png(m: Matrix, path: Path, title: str = "") -> Path:
    """Draw the matrix with matplotlib (Agg, no display needed).

    The drawing cost grows with the texts and pixels drawn, not only with
    the rows: a large matrix is drawn at a bounded size, without per-cell
    numbers or row names (the HTML table has both), so it takes seconds.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font is None:
        warnings.warn("no font with Chinese characters found; labels may show as boxes (install fonts-noto-cjk)", stacklevel=2)
    tx = taxonomy().categories
    names = [tx[c].zh if c in tx else c for c in m.categories]
    rows = len(m.places)
    width = max(6.0, 0.42 * len(m.categories) + 3)
    height = max(3.0, 0.3 * min(rows, NAMED_ROWS) + 2.5)
    rc: dict[str, Any] = {"font.family": [font, "sans-serif"]} if font else {}
    with plt.rc_context(rc):
        fig, ax = plt.subplots(figsize=(width, height), dpi=110)
        image = ax.imshow(m.counts or [[0]], cmap="YlOrRd", aspect="auto", interpolation="nearest")
        ax.set_xticks(range(len(names)), names, rotation=60, ha="right", fontsize=8)
        if rows <= NAMED_ROWS:
            ax.set_yticks(range(rows), m.places, fontsize=8)
        else:
            ax.set_yticks([])
            ax.set_ylabel(f"{rows} 个地区 places, clustered order (names in the HTML table)")
        top = max((n for row in m.counts for n in row), default=0)
        for i, row in enumerate(m.counts if rows <= NUMBERED_ROWS else ()):
            for j, n in enumerate(row):
                if n:
                    ax.text(j, i, str(n), ha="center", va="center", fontsize=7, color="white" if n > 0.6 * top else "black")
        fig.colorbar(image, ax=ax, shrink=0.6, label="措施数 measures")
        ax.set_title(title or "地区 × 措施类别 place × category")
        fig.tight_layout()
        with atomic_open(path, encoding=None) as out:
            fig.savefig(out, format="png")
        plt.close(fig)
    return path


def _shade(n: int, top: int) -> str:
    """Background from white to deep orange by share of the largest count."""
    if not n:
        return "#ffffff"
    t = 0.15 + 0.85 * n / top
    r, g, b = (255, round(255 - 170 * t), round(255 - 235 * t))
    return f"#{r:02x}{g:02x}{b:02x}"


def html_table(m: Matrix, title: str = "") -> str:
    """A standalone HTML page with the matrix as a coloured table; every name escaped."""
    tx = taxonomy().categories
    esc = html.escape
    top = max((n for row in m.counts for n in row), default=0) or 1
    head = "".join(
        f'<th title="{esc(c)} · {esc(tx[c].en) if c in tx else ""}"><span>{esc(tx[c].zh if c in tx else c)}</span></th>'
        for c in m.categories
    )
    body = "\n".join(
        f"<tr><th>{esc(place)}</th>"
        + "".join(f'<td style="background:{_shade(n, top)}">{n or ""}</td>' for n in row)
        + f"<td class=total>{sum(row)}</td></tr>"
        for place, row in zip(m.places, m.counts, strict=True)
    )
    heading = esc(title or "地区 × 措施类别 place × category")
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{heading}</title><link rel="icon" href="data:,">
<style>
body {{ font: 13px system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 16px; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #e5e5e5; padding: 2px 6px; text-align: center; }}
tbody th {{ text-align: left; white-space: nowrap; }}
thead th {{ vertical-align: bottom; height: 11em; }}
thead th span {{ writing-mode: vertical-rl; }}
td.total {{ font-weight: bold; background: #f5f5f5; }}
</style></head><body>
<h1>{heading}</h1>
<p>{len(m.places)} 个地区 places · {len(m.categories)} 个类别 categories · 行按措施结构聚类 rows clustered by category profile</p>
<table><thead><tr><th></th>{head}<th>合计 total</th></tr></thead>
<tbody>
{body}
</tbody></table></body></html>
"""
