"""HTML reading speed: the selectolax (Lexbor) reader against the html.parser reader it replaced, same run, same page.

Builds a government-portal page of about ``--size-mb`` MB (navigation,
sidebar of links, many paragraphs and measure tables, footer), reads it with
both readers, taking turns, ``--repeat`` times each, and prints the median
CPU seconds of each (the ratio is of these: CPU time hardly moves when other
work shares the machine, wall time does) and the median wall seconds beside
them.  The old reader lives here only as the reference.  Exit 1 when the
ratio is below ``--min-ratio``.

    python bench/bench_read.py [--size-mb 2] [--repeat 9] [--min-ratio 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from html.parser import HTMLParser
from typing import Callable

from ingest.webpage import page_text


class _ReferenceHtmlText(HTMLParser):
    """The former reader: visible text, one line per block element."""

    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "blockquote", "pre"}
    CELL = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def reference_text(markup: str) -> str:
    parser = _ReferenceHtmlText()
    parser.feed(markup)
    parser.close()
    lines = ("".join(parser.parts)).split("\n")
    out = [ln.strip(" \r").lstrip("\t") for ln in lines]
    return "\n".join(ln for ln in out if ln.strip())


#: pages saved from portals carry the markup of the word processor they were written in: a styled run per phrase
RUN = '<span style="font-family:仿宋_GB2312;font-size:16pt;mso-spacerun:yes" lang="EN-US">{}</span>'
PARAGRAPH = (
    '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt;mso-line-height-rule:exactly" align="justify">'
    + "".join(RUN.format(t) for t in ("甲市设立3亿元专项资金，", "对受疫情影响较大的", "中小微企业给予贷款贴息，", "贴息比例最高50%。"))
    + "</p>\n"
)
TABLE = (
    '<table border="1"><tr><th rowspan="2">地区</th><th colspan="2">支持政策</th></tr>'
    "<tr><th>租金补贴</th><th>贷款贴息</th></tr>"
    "<tr><td><p>乙区</p></td><td><p>√</p></td><td></td></tr><tr><td>丙县</td><td></td><td>√</td></tr></table>\n"
)
LINKS = "".join(f'<li><a href="/doc/{i}.html">丁市关于促进产业发展的若干意见（第{i}号）</a></li>' for i in range(40))


def portal_page(size: int) -> str:
    head = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title><meta name="PubDate" content="2026-03-05">'
        "<script>var x = 1;</script></head><body>"
        f'<div class="nav"><ul>{LINKS}</ul></div><div class="crumbs">当前位置：<a href="/">首页</a></div>'
        '<div class="wrap"><div class="content"><h1>关于支持小微企业发展的通知</h1>'
    )
    tail = f'</div><div class="sidebar"><ul>{LINKS}</ul></div></div><div class="footer">版权所有</div></body></html>'
    block = PARAGRAPH * 20 + TABLE
    count = max(1, (size - len((head + tail).encode())) // len(block.encode()))
    return head + block * count + tail


def timed(read: Callable[[str], str], markup: str) -> tuple[float, float]:
    """CPU and wall seconds of one read."""
    cpu, wall = time.process_time(), time.perf_counter()
    read(markup)
    return time.process_time() - cpu, time.perf_counter() - wall


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--min-ratio", type=float, default=5.0)
    args = ap.parse_args()
    markup = portal_page(int(args.size_mb * 1024 * 1024))
    old_runs, new_runs = [], []
    for _ in range(args.repeat):
        old_runs.append(timed(reference_text, markup))
        new_runs.append(timed(page_text, markup))
    (old, old_wall), (new, new_wall) = medians(old_runs), medians(new_runs)
    ratio = old / new
    print(
        f"page {len(markup.encode()) / 1e6:.2f} MB, CPU medians of {args.repeat}: html.parser {old:.3f} s, "
        f"selectolax {new:.3f} s, {ratio:.1f}x faster (wall medians {old_wall:.3f} s, {new_wall:.3f} s)"
    )
    return 0 if ratio >= args.min_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
