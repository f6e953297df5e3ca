"""Measure categories: the cue table against a logistic regression over character n-grams.

Each measure of the answer keys is one example (its text, its categories).
Leave-one-document-out cross-validation: the classifier is trained on the
other documents' measures and scored on the left-out one; the cue table
(``ingest.categories.classify``) and the whole category step
(``ingest.classify.classify_measure``, with its filters) are scored on the
same texts.  Prints micro precision, recall and F1 over (measure, category)
pairs for the cue table, the category step, the classifier, and the
classifier over n-grams plus cue scores.  With ``--test DIR`` the classifiers
are trained on all of ``gold`` and scored on the measures of the other key
folder instead (documents never seen in training).  Needs the ``learn``
extra (scikit-learn); deterministic for given key folders.

    python bench/category_cv.py ../shared/gold/dev [--exclude b07,b08] [--test OTHER_KEYS ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def examples(gold: Path, exclude: set[str]) -> list[tuple[str, str, set[str]]]:
    """(document, measure text, categories) for every measure of the keys."""
    out = []
    for f in sorted(gold.glob("*.json")):
        if f.stem in exclude:
            continue
        for m in json.loads(f.read_text(encoding="utf-8")).get("measures", []):
            if m.get("text") and m.get("categories"):
                out.append((f.stem, m["text"], set(m["categories"])))
    return out


def prf(pairs_true: set, pairs_pred: set) -> tuple[float, float, float]:
    tp = len(pairs_true & pairs_pred)
    p = tp / len(pairs_pred) if pairs_pred else 0.0
    r = tp / len(pairs_true) if pairs_true else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--exclude", default="", help="comma-separated key names to leave out entirely")
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--test", type=Path, action="append", default=[], help="score on this key folder, trained on all of gold")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE.parent))
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import MultiLabelBinarizer

    from ingest.categories import classify, scores
    from ingest.classify import classify_measure
    from ingest.normalize import analysis_view

    data = examples(args.gold, {s for s in args.exclude.split(",") if s})
    held_out = [(f"test:{folder}/{d}", t, c) for folder in args.test for d, t, c in examples(folder, set())]
    data += held_out
    docs = sorted({d for d, _, _ in data})
    texts = [analysis_view(t) for _, t, _ in data]
    labels = MultiLabelBinarizer()
    y = labels.fit_transform([c for _, _, c in data])
    codes = list(labels.classes_)
    cue = np.array([[scores(t).get(c, 0.0) for c in codes] for t in texts])
    scored = [i for i, (d, _, _) in enumerate(data) if not held_out or d.startswith("test:")]
    truth = {(i, c) for i in scored for c in data[i][2]}
    table = {(i, c) for i in scored for c in classify(texts[i])}
    step = {(i, c) for i in scored for c in classify_measure(texts[i])}
    preds: dict[str, set] = {"ngrams": set(), "ngrams+cues": set()}
    if held_out:  # one fold: all of gold against the other folders
        folds = [([i for i, (d, _, _) in enumerate(data) if not d.startswith("test:")], scored)]
    else:
        folds = [([i for i, (d, _, _) in enumerate(data) if d != held], [i for i, (d, _, _) in enumerate(data) if d == held]) for held in docs]
    for train, test in folds:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
        xtr, xte = vec.fit_transform([texts[i] for i in train]), vec.transform([texts[i] for i in test])
        for name, a, b in (
            ("ngrams", xtr, xte),
            ("ngrams+cues", hstack([xtr, csr_matrix(cue[train])]).tocsr(), hstack([xte, csr_matrix(cue[test])]).tocsr()),
        ):
            for j, code in enumerate(codes):
                col = y[train, j]
                if col.min() == col.max():
                    continue
                model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000).fit(a, col)
                for i, p in zip(test, model.predict_proba(b)[:, 1]):
                    if p >= args.threshold:
                        preds[name].add((i, code))
    preds["cues|ngrams+cues"] = table | preds["ngrams+cues"]
    preds["step|ngrams+cues"] = step | preds["ngrams+cues"]
    how = "trained on all of gold" if held_out else "leave one document out"
    print(f"{len(scored)} measures scored, {len(docs)} documents, {len(codes)} categories ({how})")
    for name, got in [("cue table", table), ("category step", step)] + list(preds.items()):
        p, r, f = prf(truth, got)
        print(f"{name:18s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
