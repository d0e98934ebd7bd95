"""What a party model is told of each organization an article names, kept by the rules
or left (on press sentences written for these tests)."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.candidates import FEATURES, Candidate, candidates

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


SIGNED = ("Rabat — Le ministère de l'Économie et des Finances, avec la société Atlas Ciment, a "
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
