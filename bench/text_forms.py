"""How much the extractor depends on the form its design documents are written in.

Every keyed document is rewritten in other forms a user's folder holds, the
words and the key left as they are, and each form is extracted and scored
(F1 of the shared ``score.py``) beside the documents as written:

* traditional script: OpenCC's s2t, s2hk (Hong Kong forms) and s2tw;
* laid out: every line but a table row cut into lines of ``--width``
  characters, as pdftotext or a print copy gives it;
* Latin stops: 。 written as ``.`` and ， as ``,``;
* blank lines between paragraphs, and paragraphs indented with ideographic spaces;
* one line: the running text on one line, its lines joined with a space (a page scraped without its breaks),
  table rows kept;
* table: a notice's numbered articles (1. 2、) as the rows of a 序号 | 内容 table.

A metric that drops for a form is a form the reader or the analysis view
does not bring back to the plain text.  Texts are read from ``--shared`` at
run time and written only to a temporary folder.

    python bench/text_forms.py [--shared ../shared] [--forms s2t,laid-out] [--width 33] [--root CHECKOUT]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from place_swap import METRICS, keyed_args, load, run, scorer_of  # noqa: E402


def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def _laid_out(width: int) -> Callable[[str], str]:
    def cut(text: str) -> str:
        lines = []
        for line in text.split("\n"):
            lines += [line] if "\t" in line or len(line) <= width else [line[i : i + width] for i in range(0, len(line), width)]
        return "\n".join(lines)

    return cut


# an article opening its line with its number (1. 12、), not a number 1.5
_ARTICLE = re.compile(r"^\s*(\d{1,2})(?:[.．](?!\d)|、)\s*(.+)$")


def _as_table(text: str) -> str:
    """The numbered articles of a notice as rows under a 序号 | 内容 header, one header for each run of articles."""
    out: list[str] = []
    in_table = False
    for line in text.split("\n"):
        m = _ARTICLE.match(line)
        if m and not in_table:
            out.append("序号\t内容")
        in_table = m is not None
        out.append(f"{m.group(1)}\t{m.group(2)}" if m else line)
    return "\n".join(out)


def _one_line(text: str) -> str:
    """The running text of each stretch between tables on one line, its lines joined with a space; table rows kept."""
    out: list[str] = []
    run: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            out += [" ".join(run)] * bool(run) + [line]
            run = []
        elif line.strip():
            run.append(line.strip())
    return "\n".join(out + [" ".join(run)] * bool(run))


def forms(width: int) -> dict[str, Callable[[str], str]]:
    """Each form by name: a function from the text as written to the text in that form."""
    return {
        "s2t": _opencc("s2t"),
        "s2hk": _opencc("s2hk"),
        "s2tw": _opencc("s2tw"),
        "laid-out": _laid_out(width),
        "latin-stops": lambda t: t.replace("。", ".").replace("，", ","),
        "blank-lines": lambda t: t.replace("\n", "\n\n"),
        "indented": lambda t: "\n".join("\u3000\u3000" + line if line.strip() else line for line in t.split("\n")),
        "one-line": _one_line,
        "table": _as_table,
    }


def main(argv: list[str] | None = None) -> int:
    ap = keyed_args(__doc__)
    ap.add_argument("--forms", default="", help="comma-separated forms to run (default: all)")
    ap.add_argument("--width", type=int, default=33, help="characters per line of the laid-out form")
    args = ap.parse_args(argv)
    root, scorer = args.root.resolve(), scorer_of(args, "text_forms")
    if scorer is None:
        return 2
    table = forms(args.width)
    chosen = [f for f in args.forms.split(",") if f] or list(table)
    unknown = [f for f in chosen if f not in table]
    if unknown:
        print(f"text_forms: no form {', '.join(unknown)} (forms: {', '.join(table)})", file=sys.stderr)
        return 2
    docs = load(args.shared, set(), set())
    if not docs:
        print("text_forms: no keyed documents found", file=sys.stderr)
        return 2
    scores: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        try:
            scores["written"] = run(root, scorer, docs, Path(tmp) / "written")
            for name in chosen:
                rewritten = {doc: (table[name](text), key) for doc, (text, key) in docs.items()}
                scores[name] = run(root, scorer, rewritten, Path(tmp) / name)
        except subprocess.CalledProcessError as err:
            print(f"text_forms: extraction or scoring failed (exit {err.returncode})", file=sys.stderr)
            return 1
    print(f"{len(docs)} documents; F1 per form")
    print(f"{'metric':<16}" + "".join(f"{name:>12}" for name in scores))
    for m in METRICS:
        print(f"{m:<16}" + "".join(f"{s['overall'][m]['f1']:>12.3f}" for s in scores.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
