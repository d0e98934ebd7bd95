""""le directeur du Centre régional d'investissement (CRI) de l'Oriental, A": a body whose
acronym stands before the place it serves keeps the place in its name, and the person after
the comma signs for it; an article typed twice ("de l' l'Université") is read once."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, signers

pytest.importorskip("spacy")

BASE = [{"id": "region-oriental", "name": "Région de l'Oriental", "kind": "public-body",
         "acronym": "CRO"}]

STORY = ("Oujda – Trois conventions ont été signées jeudi à Oujda pour appuyer les jeunes "
         "entreprises. Elles ont été paraphées par le président du CRO, Karim Alaoui, le "
         "directeur du Centre régional d'investissement (CRI) de l'Oriental, Samir Bennani, "
         "et le président de {article}Université Mohammed Premier (UMP) d'Oujda, Nadia "
         "Ziani.\n")


@pytest.mark.parametrize("article", ["l'", "l' l'", "l’ l’"])
def test_the_place_after_the_acronym_belongs_to_the_body_and_its_signatory(article: str
                                                                            ) -> None:
    result = drafted(STORY.format(article=article), BASE)
    names = names_of(result)
    assert "Centre régional d'investissement de l'Oriental" in names
    assert "Université Mohammed Premier d'Oujda" in names
    assert "Oriental" not in names
    by_name = {o["id"]: o["name"] for o in result["organizations"]}
    who = {person: by_name.get(org or "", org) for person, org in signers(result).items()}
    assert who == {"Karim Alaoui": "region-oriental",
                   "Samir Bennani": "Centre régional d'investissement de l'Oriental",
                   "Nadia Ziani": "Université Mohammed Premier d'Oujda"}


def test_a_branch_named_by_a_foreign_town_is_not_taken() -> None:
    text = ("Rabat – Une convention a été signée mardi à Rabat entre le CRO et l'Agence "
            "française de développement (AFD) de Paris, représentée par sa directrice, "
            "Claire Martin.\n")
    names = names_of(drafted(text, BASE))
    assert "Agence française de développement de Paris" not in names
