"""Measure whether a trained decision of which organizations sign transfers to articles
it was not trained on (bench/drafting-model.md has the results).

usage:
  python bench/party_model.py --grader GRADE.py --cache FEATURES.json SET_DIR ...   # read
  python bench/party_model.py --grader GRADE.py --cache FEATURES.json --cv [--learner K]

Each SET_DIR holds articles/NN.txt and truth/NN.yaml (the grader's corpus format). The
first form drafts every article with the rules, records every organization the article
names (its features, whether the rules kept it, its spellings) and labels it with the
grader's own name matching against the truth's parties; the cache (keep it outside the
project: it holds names from the articles) is what the other forms read.

--cv is leave-one-set-out: the model is trained on every set but one, its thresholds chosen
by the same leave-one-set-out inside those, and the parties of the set left out scored as
the grader scores them, rules alone against rules + model. The model only overturns the
rules where it is sure: a kept party is dropped below one threshold, a body the rules left
is added above the other. Nothing of the articles goes into the project.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from conventions_cli.drafting import parse_published_on
from conventions_cli.drafting.candidates import FEATURES, Candidate

DROPS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADDS = (1.0, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3)
L2 = 1.0


def load_grader(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("grade", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def known_base() -> Any:
    from conventions_cli.base.source import resolve_data
    from conventions_cli.cli.session import Session
    from conventions_cli.drafting.context import knowledge

    return knowledge(Session(resolve_data(None), quiet=True))


def org_spellings(known: Any) -> dict[str, set[str]]:
    """As the grader reads `conv orgs`: id, name, acronym, "name (ACRONYM)", aliases."""
    out = {}
    for o in known.organizations:
        names = {o["id"], o.get("name") or ""}
        if o.get("acronym"):
            names |= {o["acronym"], f"{o.get('name')} ({o['acronym']})"}
        names.update(o.get("aliases") or [])
        out[o["id"]] = {n for n in names if n}
    return out


def spellings(c: Candidate, orgs: dict[str, set[str]]) -> list[str]:
    m = c.mention
    if m.kb_id and m.kb_id in orgs:
        return sorted(orgs[m.kb_id])
    return sorted({m.name, *(m.aliases or [])} | ({m.acronym} if m.acronym else set()))


def draft_candidates(text: str, published_on: str | None, known: Any) -> list[Candidate]:
    """What `draft_article` does up to assembly, recording the candidates the rules left."""
    from conventions_cli.drafting import _finer
    from conventions_cli.drafting.assembly import assemble
    from conventions_cli.drafting.candidates import candidates
    from conventions_cli.drafting.knowledge import KnowledgeBase
    from conventions_cli.drafting.language import analyse, load_pipeline
    from conventions_cli.drafting.text import prepare

    pub = parse_published_on(published_on) if published_on else None
    article = prepare(text)
    if article.publication.date and (pub is None or _finer(
            parse_published_on(article.publication.date), pub)):
        pub = parse_published_on(article.publication.date)
    link = known.linking()
    kb = KnowledgeBase(list(link["organizations"]), list(link["people"]), list(link["events"]),
                       set(link["existing_ids"]), list(link["places"]), list(link["agreements"]))
    nlp = load_pipeline()
    doc = analyse(article.text, nlp, article.raw)
    seen: list[Candidate] = []
    assemble(article, doc, pub, kb, nlp, weigh=lambda work: seen.extend(candidates(work)))
    return seen


def read_sets(dirs: list[str], grade: Any) -> list[dict[str, Any]]:
    known = known_base()
    orgs = org_spellings(known)
    rows = []
    for d in dirs:
        for tpath in sorted((Path(d) / "truth").glob("*.yaml")):
            truth = yaml.safe_load(tpath.read_text(encoding="utf-8"))
            text = (Path(d) / "articles" / (tpath.stem + ".txt")).read_text(encoding="utf-8")
            found = draft_candidates(text, str(truth["published_on"])
                                     if truth.get("published_on") else None, known)
            want = [str(v) for v in grade.as_list(truth.get("public_parties"))
                    + grade.as_list(truth.get("partners"))]
            cands = []
            for c in found:
                names = spellings(c, orgs)
                cands.append({"x": c.vector(), "kept": c.kept, "names": names,
                              "y": any(grade.names_match(set(names), {w}) for w in want)})
            rows.append({"set": d, "article": tpath.stem, "want": want, "cands": cands})
            print(f"{d} {tpath.stem}: {len(cands)} candidates", file=sys.stderr)
    return rows


def mark_useful(rows: list[dict[str, Any]], grade: Any) -> None:
    """Each candidate the rules left: does it match a truth party no kept one matches?"""
    for r in rows:
        drafted = [w for w in r["want"] if any(grade.names_match(set(c["names"]), {w})
                                               for c in r["cands"] if c["kept"])]
        for c in r["cands"]:
            c["useful"] = not c["kept"] and any(grade.names_match(set(c["names"]), {w})
                                                for w in r["want"] if w not in drafted)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression by Newton's method, L2 on every weight but the bias."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -60, 60)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def design(rows: list[dict[str, Any]], kept: bool | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' features and labels (those the rules kept, or left, if `kept`)."""
    cands = [c for r in rows for c in r["cands"] if kept is None or c["kept"] == kept]
    xs = [c["x"] for c in cands]
    # a body the rules left is worth adding only for a party they did not draft already
    ys = [float(c["useful"] if kept is False else c["y"]) for c in cands]
    return np.array(xs, dtype=float).reshape(-1, len(FEATURES)), np.array(ys)


def stumps(x: np.ndarray, y: np.ndarray, rounds: int = 60, rate: float = 0.1
           ) -> list[tuple[int, float, float, float]]:
    """Gradient-boosted stumps on the log loss: (feature, split, left, right) each."""
    f0 = float(np.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3)))
    out = [(-1, 0.0, f0, f0)]
    z = np.full(len(y), f0)
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-z))
        g, h = y - p, np.maximum(p * (1 - p), 1e-6)
        best = None
        for j in range(x.shape[1]):
            for t in np.unique(x[:, j])[:-1][:16]:
                right = x[:, j] > t
                if right.sum() < 5 or (~right).sum() < 5:
                    continue
                gl, gr = g[~right].sum(), g[right].sum()
                gain = gl * gl / (h[~right].sum() + 1) + gr * gr / (h[right].sum() + 1)
                if best is None or gain > best[0]:
                    best = (gain, j, float(t), gl / (h[~right].sum() + 1),
                            gr / (h[right].sum() + 1))
        if best is None:
            break
        _, j, t, vl, vr = best
        out.append((j, t, rate * vl, rate * vr))
        z += np.where(x[:, j] > t, rate * vr, rate * vl)
    return out


def learner(kind: str, rows: list[dict[str, Any]]) -> Any:
    """A function of a candidate giving the probability that it is a party."""
    def logistic(w: np.ndarray) -> Any:
        return lambda c: 1.0 / (1.0 + np.exp(-np.clip(np.dot(c["x"], w), -60, 60)))

    def boosted(trees: list[tuple[int, float, float, float]]) -> Any:
        def p(c: dict[str, Any]) -> float:
            z = sum(vr if j >= 0 and c["x"][j] > t else vl if j >= 0 else vl
                    for j, t, vl, vr in trees)
            return float(1.0 / (1.0 + np.exp(-z)))
        return p

    if kind == "lr":
        return logistic(fit(*design(rows)))
    if kind == "split":
        keep, leave = logistic(fit(*design(rows, True))), logistic(fit(*design(rows, False)))
    else:
        keep, leave = boosted(stumps(*design(rows, True))), boosted(stumps(*design(rows, False)))
    return lambda c: keep(c) if c["kept"] else leave(c)


def parties_score(rows: list[dict[str, Any]], grade: Any, model: Any,
                  drop: float, add: float) -> tuple[int, int, int]:
    """(correct, spurious, missed) of the parties field, as the grader counts them."""
    total = [0, 0, 0]
    for r in rows:
        got = []
        for c in r["cands"]:
            keep = c["kept"]
            if model is not None:
                p = model(c)
                keep = (c["kept"] and p >= drop) or (not c["kept"] and p > add)
            if keep:
                got.append(frozenset(c["names"]))
        want = [frozenset({v}) for v in r["want"]]
        for i, v in enumerate(grade.score("parties", got, want, [])):
            total[i] += v
    return total[0], total[1], total[2]


def pr(c: int, s: int, m: int) -> tuple[float, float]:
    return (c / (c + s) if c + s else 1.0), (c / (c + m) if c + m else 1.0)


def choose_thresholds(rows: list[dict[str, Any]], grade: Any, kind: str
                      ) -> tuple[float, float]:
    """By leave-one-set-out inside `rows`: the pair with the most correct minus spurious
    parties summed over the inner held-out sets, among those not losing precision."""
    sets = sorted({r["set"] for r in rows})
    sums: dict[tuple[float, float], list[int]] = {}
    base = [0, 0, 0]
    for held in sets:
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        w = learner(kind, train)
        for i, v in enumerate(parties_score(test, grade, None, 0, 1)):
            base[i] += v
        for drop in DROPS:
            for add in ADDS:
                s = sums.setdefault((drop, add), [0, 0, 0])
                for i, v in enumerate(parties_score(test, grade, w, drop, add)):
                    s[i] += v
    base_p = pr(*base)[0]
    best, best_gain = (0.0, 1.0), 0
    for (drop, add), (c, s, m) in sorted(sums.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        gain = (c - s) - (base[0] - base[1])
        if pr(c, s, m)[0] >= base_p and gain > best_gain:
            best, best_gain = (drop, add), gain
    return best


def cross_validate(rows: list[dict[str, Any]], grade: Any, kind: str
                   ) -> list[tuple[float, float]]:
    sets = sorted({r["set"] for r in rows})
    print("| held-out set | articles | rules c/s/m | rules P / R | + model c/s/m | "
          "+ model P / R | thresholds (drop < , add >) |")
    print("|---|---|---|---|---|---|---|")
    chosen = []
    sums = {"rules": [0, 0, 0], "model": [0, 0, 0]}
    for held in sets:
        train = [r for r in rows if r["set"] != held]
        test = [r for r in rows if r["set"] == held]
        drop, add = choose_thresholds(train, grade, kind)
        chosen.append((drop, add))
        w = learner(kind, train)
        rules = parties_score(test, grade, None, 0, 1)
        model = parties_score(test, grade, w, drop, add)
        for name, v in (("rules", rules), ("model", model)):
            for i in range(3):
                sums[name][i] += v[i]
        print(f"| {held} | {len(test)} | {'/'.join(map(str, rules))} | "
              f"{pr(*rules)[0]:.2f} / {pr(*rules)[1]:.2f} | {'/'.join(map(str, model))} | "
              f"{pr(*model)[0]:.2f} / {pr(*model)[1]:.2f} | {drop} , {add} |")
    r, m = sums["rules"], sums["model"]
    print(f"| all sets, held out | {len(rows)} | {'/'.join(map(str, r))} | "
          f"{pr(*r)[0]:.2f} / {pr(*r)[1]:.2f} | {'/'.join(map(str, m))} | "
          f"{pr(*m)[0]:.2f} / {pr(*m)[1]:.2f} | |")
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--grader", required=True, help="the grader's grade.py (its name matching)")
    ap.add_argument("--cache", required=True, help="where the features are kept (outside the "
                    "project)")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--learner", choices=("lr", "split", "stumps"), default="lr",
                    help="one logistic model; one for the kept and one for the left; "
                    "boosted stumps for each")
    args = ap.parse_args()
    grade = load_grader(args.grader)
    if args.sets:
        rows = read_sets(args.sets, grade)
        Path(args.cache).write_text(json.dumps({"features": FEATURES, "rows": rows}),
                                    encoding="utf-8")
    data = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        print("the cache was read with other features: read the sets again", file=sys.stderr)
        return 1
    rows = data["rows"]
    mark_useful(rows, grade)
    if args.cv:
        cross_validate(rows, grade, args.learner)
    return 0


if __name__ == "__main__":
    sys.exit(main())
