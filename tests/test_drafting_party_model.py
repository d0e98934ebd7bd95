"""The party model: what it is told of each organization an article names (on press
sentences written for these tests), how a weights file is read and scored, and the rules
alone when that file is missing or damaged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conventions_cli.drafting import partymodel
from conventions_cli.drafting.candidates import FEATURES, Candidate, candidates
from conventions_cli.drafting.partymodel import ModelUnreadable, PartyModel, read_model

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "acronym": "MEF",
     "kind": "ministry"},
    {"id": "bad", "name": "Banque africaine de développement", "acronym": "BAD",
     "kind": "international"},
]


def named(text: str, published_on: str = "2025-03-12") -> dict[str, Candidate]:
    """Every organization the article names, by its key, as the rules left them."""
    pytest.importorskip("spacy")
    from conventions_cli.drafting import parse_published_on
    from conventions_cli.drafting.assembly import assemble
    from conventions_cli.drafting.knowledge import KnowledgeBase
    from conventions_cli.drafting.language import analyse, load_pipeline
    from conventions_cli.drafting.text import prepare

    article = prepare(text)
    kb = KnowledgeBase(BASE, [], [], set(), [], [])
    nlp = load_pipeline()
    seen: list[Candidate] = []
    assemble(article, analyse(article.text, nlp, article.raw),
             parse_published_on(published_on), kb, nlp,
             weigh=lambda work: seen.extend(candidates(work)))
    return {c.key: c for c in seen}


SIGNED = ("Rabat — Le ministère de l'Économie et des Finances et la société Atlas Ciment ont "
          "signé jeudi une convention de partenariat, sous la présidence du wali de la "
          "région de l'Oriental. Le programme profitera à la commune de Berkane.")


def test_a_signing_subject_is_kept_by_the_rules_and_read_as_the_verbs_subject() -> None:
    found = named(SIGNED)
    mef = found["mef"]
    assert mef.kept
    f = mef.features
    assert f["rule_kept"] == f["in_signing"] == f["in_lead"] == f["known"] == 1.0
    assert f["kind_ministry"] == 1.0 and f["kind_company"] == 0.0
    assert f["before_verb"] == 1.0 and f["after_verb"] == 0.0


def test_a_body_named_as_presiding_or_benefiting_is_a_candidate_the_rules_left() -> None:
    found = named(SIGNED)
    left = [c for c in found.values() if not c.kept]
    assert left, "the presiding and the benefiting bodies are candidates too"
    cues = {c.key: c.features for c in left}
    assert any(f["cue_presided"] == 1.0 for f in cues.values())
    assert any(f["cue_beneficiary"] == 1.0 and f["territory"] == 1.0 for f in cues.values())
    assert all(f["rule_kept"] == 0.0 for f in cues.values())


def test_a_partner_after_avec_and_a_body_named_once_elsewhere() -> None:
    found = named("Casablanca — Le ministère de l'Économie et des Finances a signé mardi avec "
                  "la Banque africaine de développement un accord de prêt.\n\nL'Office "
                  "national de l'électricité suivra les travaux sur trois ans.")
    assert found["bad"].kept and found["bad"].features["after_avec"] == 1.0
    assert found["bad"].features["after_verb"] == 1.0
    other = [c for k, c in found.items() if k not in ("mef", "bad")]
    assert other and all(not c.kept and c.features["in_signing"] == 0.0 for c in other)


def test_each_candidate_is_a_vector_in_the_order_of_the_features() -> None:
    for c in named(SIGNED).values():
        assert len(c.vector()) == len(FEATURES)
        assert c.vector()[FEATURES.index("bias")] == 1.0


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_known_weights_give_a_known_probability_and_decision(tmp_path: Path) -> None:
    model = read_model(write(tmp_path, {"weights": {"bias": -1.0, "in_signing": 3.0},
                                        "drop_below": 0.2, "add_above": 0.8}))
    assert model.probability({"bias": 1.0, "in_signing": 0.0}) == pytest.approx(0.268941, 1e-5)
    assert model.probability({"bias": 1.0, "in_signing": 1.0}) == pytest.approx(0.880797, 1e-5)
    assert (model.drop_below, model.add_above) == (0.2, 0.8)


@pytest.mark.parametrize("content", ["{not json", json.dumps([1, 2]),
                                     json.dumps({"weights": {"no_such_feature": 1.0}}),
                                     json.dumps({"weights": {"bias": "high"}}),
                                     json.dumps({"weights": {}, "add_above": 3})])
def test_a_damaged_weights_file_is_refused(tmp_path: Path, content: str) -> None:
    with pytest.raises(ModelUnreadable):
        read_model(write(tmp_path, content))


def test_the_model_overturns_the_rules_only_where_it_is_sure() -> None:
    text = SIGNED
    rules = _parties(text, None, rules_only=True)
    unsure = PartyModel({"bias": 0.0}, drop_below=0.1, add_above=0.9)  # 0.5 for every one
    assert _parties(text, unsure) == rules
    # sure of every body but the one that presides: the beneficiary is added, not the wali
    all_but_presiders = PartyModel({"bias": 3.0, "cue_presided": -10.0}, drop_below=0.1,
                                   add_above=0.9)
    assert _parties(text, all_but_presiders) == sorted([*rules, "commune de berkane"])
    sure_of_none = PartyModel({"bias": -5.0}, drop_below=0.1, add_above=0.9)
    left = _parties(text, sure_of_none)  # dropped one by one, never down to no party
    assert len(left) == 1 and set(left) < set(rules)


def _parties(text: str, model: PartyModel | None, rules_only: bool = False) -> list[str]:
    pytest.importorskip("spacy")
    from conventions_cli.drafting import parse_published_on
    from conventions_cli.drafting.assembly import assemble
    from conventions_cli.drafting.candidates import entity_key
    from conventions_cli.drafting.knowledge import KnowledgeBase
    from conventions_cli.drafting.language import analyse, load_pipeline
    from conventions_cli.drafting.text import prepare

    article = prepare(text)
    kb = KnowledgeBase(BASE, [], [], set(), [], [])
    nlp = load_pipeline()
    weigh = None if rules_only else (lambda work: partymodel.apply_party_model(work, model))
    done = assemble(article, analyse(article.text, nlp, article.raw),
                    parse_published_on("2025-03-12"), kb, nlp, weigh=weigh)
    return sorted({entity_key(m) for a in done.agreements for m, _ in a.parties})


def test_without_its_weights_file_drafting_keeps_the_rules_and_says_so_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
        ) -> None:
    for content in (None, "{damaged"):
        path = tmp_path / "party_model.json"
        if content is not None:
            path.write_text(content, encoding="utf-8")
        monkeypatch.setattr(partymodel, "MODEL_FILE", path)
        partymodel.default_model.cache_clear()
        assert partymodel.default_model() is None
        assert partymodel.default_model() is None  # read once
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "rules alone" in err and "Traceback" not in err
    partymodel.default_model.cache_clear()
