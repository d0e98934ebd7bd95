"""A trained second opinion on which organizations sign: a logistic model over the
features `candidates` computes, whose weights are a small JSON file beside this module
(bench/party_model.py learns them from articles and their hand-written truth).

The rules decide; the model only overturns them where it is sure: a party the rules kept
is dropped below `drop_below`, a body they left is added above `add_above`. Between the
two, and whenever the file is missing or unreadable (one line on stderr), the rules'
decision stands.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .candidates import FEATURES, Candidate, candidates, entity_key
from .drafts import Work, quote_of

__all__ = ["MODEL_FILE", "PartyModel", "apply_party_model", "default_model", "read_model"]

MODEL_FILE = Path(__file__).with_name("party_model.json")


@dataclass(frozen=True)
class PartyModel:
    weights: dict[str, float]
    drop_below: float = 0.0  # a kept party is dropped when the model gives it less
    add_above: float = 1.0  # a left body is added when the model gives it more

    def probability(self, features: dict[str, float]) -> float:
        z = sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        z = max(-60.0, min(60.0, z))
        return 1.0 / (1.0 + math.exp(-z))


class ModelUnreadable(ValueError):
    """The weights file is not what `read_model` expects."""


def read_model(path: Path) -> PartyModel:
    """The model a JSON file holds: {"weights": {feature: w}, "drop_below": p,
    "add_above": p}; every feature one of FEATURES."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelUnreadable(str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                              ) from None
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise ModelUnreadable("no \"weights\" mapping")
    weights: dict[str, float] = {}
    for name, w in data["weights"].items():
        if name not in FEATURES:
            raise ModelUnreadable(f"unknown feature {name!r}")
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
            raise ModelUnreadable(f"weight of {name!r} is not a number")
        weights[name] = float(w)
    bounds = []
    for name, default in (("drop_below", 0.0), ("add_above", 1.0)):
        value = data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not 0.0 <= value <= 1.0:
            raise ModelUnreadable(f"{name} is not a probability")
        bounds.append(float(value))
    return PartyModel(weights, bounds[0], bounds[1])


@lru_cache(maxsize=1)
def default_model() -> PartyModel | None:
    """The model shipped with conv, read once; None (rules alone) when it cannot be read,
    said once on stderr."""
    try:
        return read_model(MODEL_FILE)
    except ModelUnreadable as exc:
        print(f"conv: warning: party model {MODEL_FILE.name} not read ({exc}); parties are "
              "decided by the rules alone (reinstall conv to restore it)", file=sys.stderr)
        return None


def apply_party_model(work: Work, model: PartyModel | None = None) -> list[Candidate]:
    """Overturn the rules where the model is sure; the candidates, each with its
    probability in `features["p"]`, for whoever measures."""
    model = model if model is not None else default_model()
    found = candidates(work)
    if model is None or not work.agreements:
        return found
    for c in found:
        c.features["p"] = p = model.probability(c.features)
        if c.kept and p < model.drop_below:
            _drop(work, c)
        elif not c.kept and p > model.add_above:
            _add(work, c)
    return found


def _drop(work: Work, c: Candidate) -> None:
    """Off every agreement, unless one would be left with no party at all."""
    if any(all(entity_key(m) == c.key for m, _ in a.parties) for a in work.agreements
           if any(entity_key(m) == c.key for m, _ in a.parties)):
        return
    for a in work.agreements:
        a.parties = [(m, q) for m, q in a.parties if entity_key(m) != c.key]


def _add(work: Work, c: Candidate) -> None:
    """On every agreement (the rules did not say whose), with a TODO saying so."""
    m = c.mention
    for a in work.agreements:
        a.parties.append((m, quote_of(work.text, m)))
    which = "" if len(work.agreements) == 1 else ", and which of the agreements it signs"
    work.todos.append(f"\"{quote_of(work.text, m)}\" is taken as a party although no signing "
                      f"sentence says it signs: check it{which}")
