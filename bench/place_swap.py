"""How much the extractor depends on the particular places of its design documents.

For every keyed document, each answer-key Region and Zone is replaced by
another place of the same level and kind, in the text and in the key alike,
then the extractor runs on the swapped texts and is scored against the
swapped keys.  A metric that drops from the original to the swapped run is
held up by the names of the design documents, not by general mechanisms.

* Regions (province, city, county) come from the gazetteer, with the same
  level word (省/自治区, 市/州, 县/区), and keep their hierarchy: a county
  whose city is swapped goes to a county of the new city, a city to a city of
  the new province.  Every written form is swapped: 浙江省 and 浙江, 德清县
  and 德清, 杭州市 inside 杭州市财政局, and the traditional forms of a
  traditional-script text.
* Zones are, at random (``--listed``, default half of them), another
  gazetteer zone of the same kind (高新区 for 高新区) under the new host, or
  a synthetic zone the gazetteer does not list: the new host place, a new
  distinctive name when the zone had one (金普新区 -> 某某新区; the bare name
  of a county the document does not name), and the same zone word (县经开区,
  产业园...).
* New names never occur in the original text; 中国, towns and generic forms
  (经开区, 新区, 自治区) stay as written.

Scores are the F1 of ``score.py`` (the shared scorer), original beside the
mean over the seeds, with the lowest seed.  Swapped texts and keys are
written only to a temporary folder (``--keep DIR`` writes them, the mapping
and the predictions there instead, for diffing per document).  The run is
deterministic for a given ``--seed`` and ``--seeds``.

    python bench/place_swap.py [--shared ../shared] [--exclude b07,b08] [--seeds 3] [--seed 0]
                               [--listed 0.5] [--per-doc] [--keep DIR] [--docs a01,a02] [--root CHECKOUT]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest.places import ZONE_SUFFIX  # noqa: E402
from kg.gazetteer import Gazetteer, Place  # noqa: E402

METRICS = ("Place", "Region", "Zone", "Agency", "Enterprise", "region_category", "support", "located_in", "amount")
_DEPTH = {"province": 1, "city": 2, "county": 3}
# zone words longest first, so that 高新技术产业开发区 is not read as 开发区
_SUFFIXES = sorted(ZONE_SUFFIX.split("|") + ["国家高新区", "国家级经济技术开发区", "国家级经开区", "经济开发区"], key=len, reverse=True)
# what a zone's name holds between its host and its zone word without being a name of its own
_GENERIC_MIDDLE = re.compile(r"^(?:[省市区县]|国家级?|高新技术|经济技术|经济|技术|新技术|高新)*$")
_LEVEL_WORD = re.compile(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗)$")


def level_word(place: Place) -> str:
    """The level word that ends the place's full name (省, 自治区, 市, 州, 县, 区...)."""
    m = _LEVEL_WORD.search(place.full_name)
    return m.group(1) if m else ""


def bare(place: Place) -> str | None:
    """The form without level word that the gazetteer lists (德清 of 德清县), if any."""
    forms = {place.name, *place.aliases}
    stem = _LEVEL_WORD.sub("", place.full_name)
    return stem if stem in forms and stem != place.full_name else None


def zone_word(name: str) -> str:
    """The zone word a zone's name ends with ('' when none)."""
    return next((s for s in _SUFFIXES if name.endswith(s)), "")


def generic(form: str) -> bool:
    """A form that names a zone in scope, not this zone (经开区, 县经开区, 新区, 基地)."""
    rest = form[: len(form) - len(zone_word(form))]
    return bool(_GENERIC_MIDDLE.match(rest)) or any(s.endswith(form) for s in _SUFFIXES) or len(form) < 2


def simplified(form: str) -> bool:
    """Written in simplified script (traditional forms are derived from the swapped simplified ones)."""
    try:
        import opencc
    except ImportError:
        return True
    return _t2s(opencc)(form) == form


@lru_cache(maxsize=1)
def _t2s(opencc: Any) -> Callable[[str], str]:
    return opencc.OpenCC("t2s").convert


class Swapper:
    """One document's swap: a map from written forms to their replacements, chosen with ``rng``."""

    def __init__(self, gaz: Gazetteer, rng: random.Random, text: str, key: dict[str, Any], listed: float = 0.5) -> None:
        self.gaz, self.rng, self.text, self.listed = gaz, rng, text, listed
        self.blob = text + json.dumps(key, ensure_ascii=False)
        self.key = key
        self.regions: dict[Place, Place] = {}
        self.forms: dict[str, str] = {}
        self.used: set[str] = set()
        self._by_level: dict[str, list[Place]] = {}
        for p in gaz.places:
            self._by_level.setdefault(p.level if p.type == "Region" else "zone:" + (p.kind or ""), []).append(p)
        self.context: list[Place] = []
        self.gold: set[Place] = set()

    # -- regions ---------------------------------------------------------
    def resolve(self, names: Iterable[str], want: str) -> Place | None:
        """The gazetteer place one of ``names`` denotes (type ``want``), using the document's other places."""
        for n in names:
            found = [p for p in self.gaz.lookup(n) if p.type == want]
            if len(found) == 1:
                return found[0]
            if found:
                chosen = self.gaz.resolve(n, self.context) if self.context else None
                return chosen if chosen in found else min(found, key=lambda p: _DEPTH.get(p.level, 9))
        return None

    def fresh(self, place: Place) -> bool:
        """A candidate none of whose names occurs in the document or is already chosen."""
        names = {place.name, place.full_name, *(a for a in place.aliases if len(a) >= 2)}
        return not any(n in self.blob or n in self.used for n in names)

    def free(self, place: Place) -> bool:
        """A candidate not yet chosen whose names the document writes only as a place being swapped."""
        return place.name not in self.used and (self.fresh(place) or place in self.gold)

    def pick_region(self, old: Place) -> Place:
        """Another region of the same level and level word, under the swap of its nearest swapped ancestor."""
        anc = next((a for a in self.gaz.ancestors(old) if a in self.regions), None)
        same = [p for p in self._by_level[old.level] if p != old]
        # crowded documents (every province named) swap among their own places: one pass rewrites them all
        pool = next(
            (
                tier
                for tier in (
                    [p for p in same if level_word(p) == level_word(old) and self.fresh(p)],
                    [p for p in same if level_word(p) == level_word(old) and self.free(p)],
                    [p for p in same if self.free(p)],
                )
                if tier
            )
        )
        if old.level == "county" and bare(old):
            pool = [p for p in pool if bare(p)] or pool
        if anc is not None:
            under = [p for p in pool if self.regions[anc] in self.gaz.ancestors(p)]
            pool = under or pool
        unique = [p for p in pool if len(self.gaz.lookup(p.name)) == 1]
        new = self.rng.choice(sorted(unique or pool, key=lambda p: p.code or p.name))
        self.regions[old] = new
        self.used.update({new.name, new.full_name, *new.aliases})
        for form in {old.name, old.full_name, *old.aliases}:
            self.add(form, self.region_form(form, old, new))
        return new

    def region_form(self, form: str, old: Place, new: Place) -> str:
        """The new place's form of the same shape (full name, bare name, name)."""
        if form == old.full_name:
            return new.full_name
        if form == bare(old):
            return bare(new) or new.name
        return new.name

    def region(self, old: Place) -> Place:
        """The swap of a region, chosen once per document."""
        return self.regions.get(old) or self.pick_region(old)

    def add(self, old: str, new: str) -> None:
        """Map a written form; the first mapping wins, one-character forms stay (京, 省)."""
        if len(old) >= 2 and old != new:
            self.forms.setdefault(old, new)

    # -- zones -----------------------------------------------------------
    def split(self, name: str) -> tuple[list[tuple[str, Place]], str, str]:
        """A zone's name as its host places (prefix forms with their places), its middle and its zone word."""
        hosts: list[tuple[str, Place]] = []
        rest = name
        while True:
            for n in range(min(len(rest) - 1, 9), 1, -1):
                p = self.resolve([rest[:n]], "Region")
                if p is not None and p.level != "country":
                    hosts.append((rest[:n], p))
                    rest = rest[n:]
                    break
            else:
                break
        word = zone_word(rest)
        return hosts, rest[: len(rest) - len(word)], word

    def new_core(self) -> str:
        """A distinctive name for a synthetic zone: the bare name of a county the document does not name."""
        pool = [b for p in self._by_level["county"] if (b := bare(p)) and len(b) == 2 and b not in self.blob and b not in self.used]
        core = self.rng.choice(sorted(pool))
        self.used.add(core)
        return core

    def zone(self, name: str, aliases: list[str]) -> None:
        old = self.resolve([name, *aliases], "Zone")
        hosts, middle, word = self.split(name)
        if old is None and not word:
            return  # neither listed nor written with a zone word: nothing general to test
        forms = []
        own = {name, old.name, old.full_name} if old else {name}
        for f in dict.fromkeys([name, *aliases, *((old.name, old.full_name, *old.aliases) if old else ())]):
            region = self.resolve([f], "Region") if f not in own else None
            if region is not None and region.level in _DEPTH:
                self.region(region)  # the zone's district (某经开区(某某区)) is swapped as a district
            elif simplified(f) and not generic(f) and not re.search(r"[(（]", f):
                forms.append(f)
        for _, place in hosts:
            self.region(place)
        sub = substitute(self.forms)
        # a zone whose name holds another swapped place (某自贸试验区厦门片区) stays built from it
        if old is not None and self.rng.random() < self.listed and sub(middle) == middle and self.listed_zone(old, hosts, forms):
            return
        distinct = bool(middle) and not _GENERIC_MIDDLE.match(middle)
        core = sub(middle) if sub(middle) != middle or not distinct else self.new_core()
        head = sub(name[: len(name) - len(middle) - len(word)])
        # a zone known by a nickname (中关村) gets the zone word of its full name
        word = word or zone_word(old.full_name if old else "")
        while head + core + word in self.used or head + core + word in self.blob:
            core = self.new_core()  # never the name of another zone of the swap
        whole = head + core + word
        self.used.add(whole)
        for f in forms:
            if distinct and middle in f:
                new = sub(f.replace(middle, "\0")).replace("\0", core)
            elif zone_word(f) or sub(f) != f:
                new = sub(f)
            else:
                new = whole  # a nickname (光谷)
            self.add(f, whole if f == name else new)

    def listed_zone(self, old: Place, hosts: list[tuple[str, Place]], forms: list[str]) -> bool:
        """Swap for another listed zone of the same kind and zone word, under the new host when there is one."""
        host = hosts[-1][1] if hosts else self.gaz.parent(old)
        target = self.regions.get(host) if host else None
        pool = [p for p in self._by_level["zone:" + (old.kind or "")] if p != old and zone_word(p.name) == zone_word(old.name) and self.fresh(p)]
        if not pool:
            return False
        near = [p for p in pool if target is not None and (p.parent == target.code or target in self.gaz.ancestors(p))]
        if target is not None and not near:
            return False  # no listed zone under the new host: a synthetic one keeps the hierarchy
        new = self.rng.choice(sorted(near or pool, key=lambda p: p.name))
        self.used.update({new.name, new.full_name, *new.aliases})
        word, new_word = zone_word(old.name), zone_word(new.name)
        stem, new_stem = old.name[: len(old.name) - len(word)], new.name[: len(new.name) - len(new_word)]
        for f in forms:
            if f == old.full_name:
                self.add(f, new.full_name)
            elif f.startswith(stem) and zone_word(f) == word:
                self.add(f, new_stem + f[len(stem) :])
            else:
                self.add(f, new.name)
        return True

    # -- the whole document ----------------------------------------------
    def build(self) -> dict[str, str]:
        ents = [e for e in self.key.get("entities", []) if e.get("type") in ("Region", "Zone")]
        found = []
        for e in ents:
            if e["type"] == "Region":
                p = self.resolve([e["name"], *e.get("aliases", [])], "Region")
                if p is not None and p.level in _DEPTH:
                    found.append(p)
                    self.context.append(p)
        self.gold = set(found)
        for p in sorted(dict.fromkeys(found), key=lambda p: (_DEPTH[p.level], p.code or "")):
            self.region(p)
        for e in ents:
            if e["type"] == "Zone":
                self.zone(e["name"], [a for a in e.get("aliases", []) if a])
        self.script_forms()
        return self.forms

    def script_forms(self) -> None:
        """The traditional forms of every swapped name, where a traditional text writes them."""
        try:
            import opencc
        except ImportError:
            return
        for config in ("s2t", "s2tw", "s2hk", "s2twp"):
            conv = opencc.OpenCC(config).convert
            for old, new in list(self.forms.items()):
                t = conv(old)
                if t != old and t in self.text:
                    self.forms.setdefault(t, conv(new))


def substitute(forms: dict[str, str]) -> Callable[[str], str]:
    """A function that rewrites every form (the longest at each place) in one pass."""
    if not forms:
        return lambda s: s
    rx = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    return lambda s: rx.sub(lambda m: forms[m.group(0)], s)


def rewrite(obj: Any, sub: Callable[[str], str]) -> Any:
    """The answer key with every string swapped (names, aliases, facts, evidence)."""
    if isinstance(obj, str):
        return sub(obj)
    if isinstance(obj, list):
        return [rewrite(x, sub) for x in obj]
    if isinstance(obj, dict):
        return {k: (v if k in ("doc_id", "type") else rewrite(v, sub)) for k, v in obj.items()}
    return obj


def swap(text: str, key: dict[str, Any], gaz: Gazetteer, rng: random.Random, listed: float = 0.5) -> tuple[str, dict[str, Any], dict[str, str]]:
    """The swapped text, the swapped key and the map of forms used."""
    forms = Swapper(gaz, rng, text, key, listed).build()
    sub = substitute(forms)
    return sub(text), rewrite(key, sub), forms


def extract(root: Path, texts: list[Path], out: Path) -> None:
    """Run the checkout's ``kg extract`` over the texts into ``out`` (JSON lines)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    with out.open("w", encoding="utf-8") as fh:
        # run from the checkout: ``python -c`` puts the working folder first on the import path
        subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "extract", *map(str, texts), "--format", "jsonl"], stdout=fh, env=env, cwd=root, check=True)


def score(scorer: Path, gold: Path, pred: Path) -> dict[str, Any]:
    """The shared scorer's overall and per-document figures."""
    res = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json", "--per-doc"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def run(root: Path, scorer: Path, docs: dict[str, tuple[str, dict[str, Any]]], folder: Path) -> dict[str, Any]:
    """Write texts and keys to ``folder``, extract and score."""
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    (folder / "text").mkdir(exist_ok=True)
    paths = []
    for doc, (text, key) in docs.items():
        (folder / "gold" / f"{doc}.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
        p = folder / "text" / f"{doc}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    extract(root, paths, folder / "pred.jsonl")
    return score(scorer, folder / "gold", folder / "pred.jsonl")


def load(shared: Path, exclude: set[str], only: set[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Keyed documents with a text in dev/ or corpus/: id -> (text, key)."""
    docs = {}
    for g in sorted((shared / "gold" / "dev").glob("*.json")):
        if g.stem in exclude or only and g.stem not in only:
            continue
        src = next((p for p in (shared / "dev" / f"{g.stem}.txt", shared / "corpus" / f"{g.stem}.txt") if p.is_file()), None)
        if src is None:
            continue
        docs[g.stem] = (src.read_text(encoding="utf-8"), json.loads(g.read_text(encoding="utf-8")))
    return docs


def swapped_runs(root: Path, scorer: Path, docs: dict[str, tuple[str, dict[str, Any]]], gaz: Gazetteer, args: argparse.Namespace, base: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Scores of the original documents and of each seed's swap (texts, keys and maps written under ``base``)."""
    original = run(root, scorer, docs, base / "original")
    swapped = []
    for seed in range(args.seed, args.seed + args.seeds):
        out, maps = {}, {}
        for doc, (text, key) in docs.items():
            t, k, forms = swap(text, key, gaz, random.Random(f"{seed}:{doc}"), args.listed)
            out[doc], maps[doc] = (t, k), forms
        folder = base / f"seed{seed}"
        swapped.append(run(root, scorer, out, folder))
        (folder / "map.json").write_text(json.dumps(maps, ensure_ascii=False, indent=1), encoding="utf-8")
    return original, swapped


def keyed_args(doc: str | None) -> argparse.ArgumentParser:
    """A parser with the options every run over the keyed documents takes: where they are and which checkout runs."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="folder with dev/, corpus/, gold/dev/ and eval/score.py")
    ap.add_argument("--root", type=Path, default=REPO, help="checkout whose extractor runs")
    return ap


def scorer_of(args: argparse.Namespace, prog: str) -> Path | None:
    """The shared scorer, or None after saying on stderr that it is missing."""
    scorer = args.shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"{prog}: no scorer at {scorer}", file=sys.stderr)
        return None
    return scorer


def main(argv: list[str] | None = None) -> int:
    ap = keyed_args(__doc__)
    ap.add_argument("--exclude", default="", help="comma-separated document ids to leave out")
    ap.add_argument("--docs", default="", help="comma-separated document ids to use (default: all keyed)")
    ap.add_argument("--seeds", type=int, default=3, help="how many swaps of every document")
    ap.add_argument("--seed", type=int, default=0, help="first seed")
    ap.add_argument("--listed", type=float, default=0.5, help="share of listed zones swapped for listed zones (0: every zone synthetic)")
    ap.add_argument("--per-doc", action="store_true", help="also print per-document F1, original and swapped")
    ap.add_argument("--keep", type=Path, help="write texts, keys, maps and predictions here (not a temporary folder)")
    args = ap.parse_args(argv)
    root, scorer = args.root.resolve(), scorer_of(args, "place_swap")
    if scorer is None:
        return 2
    docs = load(args.shared, set(filter(None, args.exclude.split(","))), set(filter(None, args.docs.split(","))))
    if not docs:
        print("place_swap: no keyed documents found", file=sys.stderr)
        return 2
    if args.seeds < 1:
        print("place_swap: --seeds must be at least 1", file=sys.stderr)
        return 2
    if not (root / "kg").is_dir():
        print(f"place_swap: {root} is no checkout of the project (no kg/)", file=sys.stderr)
        return 2
    gaz = Gazetteer.default()
    with tempfile.TemporaryDirectory() as tmp:
        try:
            original, swapped = swapped_runs(root, scorer, docs, gaz, args, args.keep or Path(tmp))
        except subprocess.CalledProcessError as err:
            print(f"place_swap: extraction or scoring failed (exit {err.returncode})", file=sys.stderr)
            return 1
    print(f"{len(docs)} documents, seeds {args.seed}..{args.seed + args.seeds - 1}")
    print(f"{'metric':<16} {'original':>8} {'swapped':>8} {'lowest':>8} {'change':>8}")
    for m in METRICS:
        o = original["overall"][m]["f1"]
        s = [r["overall"][m]["f1"] for r in swapped]
        mean = sum(s) / len(s)
        print(f"{m:<16} {o:>8.3f} {mean:>8.3f} {min(s):>8.3f} {mean - o:>+8.3f}")
    if args.per_doc:
        for doc in docs:
            cells = []
            for m in ("Place", "region_category", "support", "located_in"):
                o = original["per_doc"][doc][m]["f1"]
                s = sum(r["per_doc"][doc][m]["f1"] for r in swapped) / len(swapped)
                cells.append(f"{m}={o:.2f}->{s:.2f}")
            print(doc, " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
