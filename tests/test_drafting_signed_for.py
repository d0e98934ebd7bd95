"""Who signed for whom: a body a title heads, whatever the tagger takes its name for ("le
directeur général d'Atlas Tech, X"); a batch signed by the same people ("Les accords ont été
paraphés par A et B"); and a TODO, not an empty list, when nobody is named. Press sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [
    {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
     "acronym": "MEF"},
    {"id": "banque-mondiale", "name": "Banque mondiale", "acronym": "BM",
     "kind": "international"},
    {"id": "bei", "name": "Banque européenne d'investissement", "acronym": "BEI",
     "kind": "international"},
    {"id": "onee", "name": "Office national de l'électricité et de l'eau potable",
     "acronym": "ONEE", "kind": "public-body"},
    {"id": "oncf", "name": "Office national des chemins de fer", "acronym": "ONCF",
     "kind": "public-body"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "state",
     "aliases": ["Maroc", "Royaume du Maroc"]},
]


def signed(result: dict[str, Any]) -> list[dict[str, str]]:
    """For each agreement, the name of each signatory's person and body."""
    people = {p["id"]: p["name"] for p in result["people"]}
    orgs = {o["id"]: o["name"] for o in result["organizations"]}
    return [{people.get(s["person"], s["person"]): orgs.get(s["org"], s["org"])
             for s in a.get("signatories") or []} for a in result["agreements"]]


@pytest.mark.parametrize(("text", "person", "body"), [
    ("Tanger — La société Atlas Tech et l'ONCF ont signé, mardi 10 mars 2026 à Tanger, "
     "une convention de 6 MDH. La convention a été signée par le directeur général d'Atlas "
     "Tech, Karim Alaoui, et le directeur général de l'ONCF, Rachid Amrani.",
     "Karim Alaoui", "Atlas Tech"),
    ("Tanger — La société Atlas Tech et l'ONCF ont signé, mardi 10 mars 2026 à Tanger, "
     "une convention de 6 MDH. Elle a été paraphée par le PDG d'Atlas Tech, Karim Alaoui, "
     "et le directeur général de l'ONCF, Rachid Amrani.", "Karim Alaoui", "Atlas Tech"),
    ("Tanger — La société Atlas Tech et l'ONCF ont signé, mardi 10 mars 2026 à Tanger, "
     "une convention de 6 MDH. La convention a été signée par Karim Alaoui, PDG d'Atlas "
     "Tech, et Rachid Amrani, directeur général de l'ONCF.", "Karim Alaoui", "Atlas Tech"),
    ("Kénitra — Le groupe Nova Câbles et l'ONEE ont signé, jeudi 12 mars 2026 à Kénitra, "
     "une convention de 15 MDH. L'accord a été signé par le directeur général de Nova "
     "Câbles, Adil Bennis, et le directeur général de l'ONEE, Tarik Hamane.",
     "Adil Bennis", "Nova Câbles"),
    ("Laâyoune — L'entreprise Sahara Logistique et l'ONCF ont signé, lundi 9 mars 2026 à "
     "Laâyoune, une convention de 8 MDH. Le document a été signé par la directrice "
     "générale de Sahara Logistique, Hind Tazi, et le directeur général de l'ONCF, "
     "Rachid Amrani.", "Hind Tazi", "Sahara Logistique"),
])
def test_the_body_a_title_heads_is_a_body_whatever_its_name(text: str, person: str,
                                                            body: str) -> None:
    result = drafted(text, BASE)
    [signatories] = signed(result)
    assert signatories.get(person) == body
    assert len(signatories) == 2  # the other side's signatory is kept too
    assert "signatories:  # TODO" not in result["yaml"]


@pytest.mark.parametrize("text", [
    "Rabat — Le Maroc et la Banque mondiale ont signé, mardi 10 mars 2026 à Rabat, un accord "
    "de prêt de 250 millions de dollars et deux accords de don de 5 millions de dollars "
    "chacun pour la protection sociale.\n\nLes accords ont été signés par la ministre de "
    "l'Économie et des Finances, Salma Idrissi, et le directeur régional de la Banque "
    "mondiale, Paul Ndongo.",
    "Rabat — La Banque mondiale a accordé au Maroc un prêt de 180 millions de dollars et un "
    "don de 4 millions de dollars, signés jeudi 12 mars 2026 à Rabat.\n\nCes deux accords ont "
    "été paraphés par le directeur régional de la Banque mondiale, Paul Ndongo, et la "
    "ministre de l'Économie et des Finances, Salma Idrissi.",
    "Rabat — La BEI et l'ONEE ont signé, lundi 9 mars 2026 à Rabat, un contrat de "
    "financement de 90 millions d'euros et une convention de don de 3 millions d'euros "
    "pour le dessalement.\n\nLes deux contrats ont été paraphés par le vice-président de la "
    "BEI, Paul Ndongo, et la directrice générale de l'ONEE, Salma Idrissi.",
])
def test_a_batch_signed_by_the_same_people_has_them_on_every_agreement(text: str) -> None:
    result = drafted(text, BASE)
    assert len(result["agreements"]) >= 2
    for signatories in signed(result):
        assert set(signatories) == {"Salma Idrissi", "Paul Ndongo"}


@pytest.mark.parametrize("text", [
    "Rabat — L'ONEE et l'ONCF ont signé, mardi 10 mars 2026 à Rabat, une convention de 12 MDH "
    "pour l'électrification des gares.",
    "Oujda — Une convention de partenariat a été conclue, mercredi 11 mars 2026 à Oujda, "
    "entre la BEI et l'ONEE pour la réutilisation des eaux usées.",
])
def test_no_signatory_named_is_a_todo_not_an_empty_list(text: str) -> None:
    result = drafted(text, BASE)
    assert result["agreements"]
    for a in result["agreements"]:
        assert not a.get("signatories")
    lines = result["yaml"].splitlines()
    assert sum("# signatories:  # TODO: no signatory found" in line for line in lines) \
        == len(result["agreements"])
