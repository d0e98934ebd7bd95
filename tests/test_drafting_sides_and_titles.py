"""Who signs when the press sets two sides face to face ("d'une part … d'autre part"), names
the bodies of each agreement after the States of the lead, quotes an acronym, gives a title
whose words a comma cuts, or calls a minister "son homologue du Maroc"; and a town that
hosted the signing, and "une dizaine de nouvelles conventions"."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _mentions(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.acronym) for m in find_mentions(list(analyse(analysis_text(sentence))))
            if not m.vague]


def test_about_ten_new_agreements_are_ten() -> None:
    text = ("Le Maroc et le Bénin ont signé jeudi à Fès une dizaine de nouvelles conventions "
            "de coopération dans la santé, l'eau et la formation.\n")
    assert len(drafted(text, BASE, published_on="2025-04-11")["agreements"]) == 10


BATCH = (
    "Rabat a accueilli, ce mardi 4 mars, la signature de trois protocoles d'accord "
    "tripartites, respectivement entre le Maroc et le Sénégal, d'une part, et le Liberia, "
    "le Togo et le Bénin, d'autre part, rapporte la MAP.\n"
    "Le premier protocole a été signé par l'Office marocain de l'énergie (OME) et la Société "
    "sénégalaise des pétroles (SSP) avec Liberia Oil Authority \"LOA\". Le deuxième protocole "
    "a été signé par l'OME et la SSP avec la Société togolaise du gaz. Le troisième protocole "
    "a été conclu par l'OME et la SSP avec Benin Energy Company \"BEC\".\n")


def test_the_news_agency_that_reports_the_sides_is_no_party() -> None:
    agency = {"id": "map-agence", "name": "Agence Maghreb Arabe Presse", "acronym": "MAP",
              "kind": "public-body", "country": "MA"}
    found = names_of(drafted(BATCH, [*BASE, agency], published_on="2025-03-05"))
    assert "map-agence" not in found


def test_bodies_that_sign_each_agreement_stand_for_the_leads_states() -> None:
    result = drafted(BATCH, BASE, published_on="2025-03-05")
    each = party_names(result)
    assert len(each) == 3
    for found in each:
        assert any("Office marocain de l'énergie" in n for n in found)
        assert any("Société sénégalaise des pétroles" in n for n in found)
        assert "etat-marocain" not in found
        assert not any(n in ("Sénégal", "Liberia", "Togo", "Bénin") for n in found)
    assert any("Liberia Oil Authority" in n for n in each[0])
    assert any("Benin Energy Company" in n for n in each[2])


def test_a_quoted_acronym_is_the_bodys_not_another_body() -> None:
    assert ("Liberia Oil Authority", "LOA") in _mentions(
        "Il a été signé avec Liberia Oil Authority \"LOA\" à Rabat.")
    found = names_of(drafted(BATCH, BASE, published_on="2025-03-05"))
    assert "LOA" not in found and "BEC" not in found


def test_the_town_that_opens_on_hosting_the_signing_is_its_place() -> None:
    agreements = drafted(BATCH, BASE, published_on="2025-03-05")["agreements"]
    assert {a.get("place") for a in agreements} == {"Rabat"}


def test_states_the_list_binds_keep_their_agreements_without_signers() -> None:
    # no "signé par" for each one: the bodies a protocol binds do not replace the States
    text = ("Le roi et le président béninois étaient présents lorsque furent signés trois "
            "accords entre la République du Bénin et le Royaume du Maroc. Il s'agit d'un "
            "accord de pêche, d'un accord sur l'eau et d'un protocole entre l'Office béninois "
            "des mines et l'Office marocain de l'énergie (OME).\n")
    found = names_of(drafted(text, BASE, published_on="2025-03-05"))
    assert "etat-marocain" in found


def test_ministers_respective_portfolio_names_both_ministries() -> None:
    text = ("Le Bénin et le Maroc sont désormais liés par deux accords, paraphés ce lundi 3 "
            "mars à Rabat, par leurs ministres respectifs de l'Agriculture, Paul Hounkpè et "
            "Karim Alami.\n")
    found = names_of(drafted(text, BASE, published_on="2025-03-04"))
    assert "Ministère" not in found
    assert sum("Agriculture" in n for n in found) == 2
    assert any("Bénin" in n and "Agriculture" in n for n in found)


COMMISSIONER = ("Paul Martin, Commissaire Transports, Energie et numérique de la Communauté "
                "des États sahéliens")
DIRECTOR = "Karim Tazi, directeur général de l'Office national des ports"


@pytest.mark.parametrize("first, second", [(COMMISSIONER, DIRECTOR), (DIRECTOR, COMMISSIONER)])
def test_a_title_a_comma_cuts_still_names_the_body_its_holder_signs_for(first: str,
                                                                         second: str) -> None:
    text = ("Un protocole d'accord a été signé mardi à Rabat.\n"
            f"Cet accord a été paraphé par {first}, et {second}.\n")
    found = names_of(drafted(text, BASE, published_on="2025-03-05"))
    assert any("Communauté des États sahéliens" in n for n in found)
    assert any("Office national des ports" in n for n in found)
    assert "Energie" not in found


def test_a_counterpart_from_morocco_makes_the_first_minister_the_other_countrys() -> None:
    text = ("Le Bénin et le Maroc ont signé samedi à Fès un mémorandum d'entente dans le "
            "domaine de la santé. Le mémorandum a été signé par le ministre de la Santé, Paul "
            "Hounkpè et son homologue du Maroc Karim Alami.\n")
    found = names_of(drafted(text, BASE, published_on="2025-03-09"))
    assert any("Santé" in n and "Bénin" in n for n in found)
    assert "Bénin" not in found  # the State gives way to its ministry
    assert any("Santé" in n and "Bénin" not in n for n in found)
