"""Who signs for a State when the press names it by its envoys, its officials or its
ministries abroad: a chargé d'affaires of an embassy, officials told only by their
nationalities, a ministry "en Tunisie"; a joint commission, which signs nothing; a board of
governors, which signs for its fund; and a batch told item by item where only some items
name their signatories."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _mentions(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in find_mentions(list(analyse(analysis_text(sentence))))
            if not m.vague]


def test_a_charge_d_affaires_of_the_moroccan_embassy_signs_for_the_state() -> None:
    text = ("Barrages : 15 millions de dollars du Fonds nordique\n"
            "Un accord de prêt de 15 millions de dollars a été signé mardi à Oslo.\n"
            "Il a été paraphé pour Rabat par Karim Tazi, chargé d'affaires a.i. à l'Ambassade du "
            "Maroc à Oslo, et par Lars Berg, directeur du Fonds nordique de "
            "développement.\n")
    found = names_of(drafted(text, BASE, published_on="2024-10-09"))
    assert "etat-marocain" in found
    assert not any(n.startswith("Ambassade") for n in found)


def test_an_embassy_told_as_the_party_itself_stays_the_party() -> None:
    text = ("L'Ambassade de Suède et l'Office des foires de Rabat ont signé lundi une "
            "convention de partenariat pour un festival de design.\n")
    found = names_of(drafted(text, BASE, published_on="2024-10-09"))
    assert any(n.startswith("Ambassade de Suède") for n in found)


def test_officials_told_by_their_nationalities_give_their_two_states() -> None:
    text = ("Un accord sur la production d'engrais a été signé vendredi à Bamako entre des "
            "responsables maliens et marocains.\n"
            "Une usine doit voir le jour près de la capitale.\n")
    each = party_names(drafted(text, BASE, published_on="2024-06-15"))
    assert len(each) == 1
    assert "etat-marocain" in each[0]
    assert any("malien" in n or "Mali" in n for n in each[0])


def test_delegations_told_by_their_nationalities_are_their_states() -> None:
    found = _mentions("Le protocole a été signé entre les délégations nigérienne et "
                      "marocaine.")
    assert {country for _, country in found} >= {"NE", "MA"}
    assert not any(name.startswith("Délégation") for name, _ in found)


def test_a_ministry_told_with_its_country_after_it_is_that_countrys() -> None:
    found = _mentions("Un accord a été conclu entre le ministère de la Santé publique en "
                      "Tunisie et le ministère de la Santé au Royaume du Maroc.")
    assert ("Ministère de la Santé publique (Tunisie)", "TN") in found
    assert any(name == "Ministère de la Santé" and country in (None, "MA")
               for name, country in found)
    assert not any(name == "Tunisie" for name, _ in found)


def test_a_joint_commission_is_no_party() -> None:
    text = ("Jordanie-Maroc : trois accords à Amman\n"
            "La Jordanie et le Maroc ont signé, jeudi à Amman, trois accords de coopération "
            "au terme des travaux de leur commission mixte, ouverte la veille par les chefs "
            "de gouvernement des deux pays.\n"
            "Le chef du gouvernement jordanien a jugé les travaux de la grande commission "
            "mixte « fructueux », ajoutant que les textes signés ouvrent de nouveaux "
            "chantiers.\n")
    found = names_of(drafted(text, BASE, published_on="2024-11-22"))
    assert not any("ommission" in n for n in found)


def test_the_president_of_a_board_of_governors_signs_for_the_fund() -> None:
    found = _mentions("Le prêt a été signé par Karim Tazi et Omar Saleh, président du "
                      "Conseil des gouverneurs du Fonds arabe pour le développement "
                      "agricole.")
    names = [name for name, _ in found]
    assert any(n.startswith("Fonds arabe pour le développement agricole") for n in names)
    assert not any(n.startswith("Conseil des gouverneurs") for n in names)


LISTED = ("Jordanie-Maroc : trois accords signés à Amman\n"
          "La Jordanie et le Maroc ont signé, jeudi 21 novembre 2024 à Amman, trois accords "
          "de coopération au terme des travaux de la sixième session de leur haute "
          "commission, co-présidée par les chefs de gouvernement des deux pays.\n"
          "Les documents signés sont :\n"
          "– Accord de coopération dans le domaine du transport routier.\n"
          "– Programme exécutif dans le domaine de la culture pour la période 2025-2027.\n"
          "– Accord de coopération entre le ministère de la Santé en Jordanie et le "
          "ministère de la Santé au Royaume du Maroc.\n")


def test_items_that_name_no_signatory_keep_the_two_states_with_a_todo() -> None:
    result = drafted(LISTED, BASE, published_on="2024-11-22")
    each = party_names(result)
    assert len(each) == 3
    for parties in each[:2]:
        assert "etat-marocain" in parties
        assert any("Jordanie" in n for n in parties)
    assert "etat-marocain" not in each[2]
    assert any("(Jordanie)" in n for n in each[2])
    assert result["yaml"].count("does not say who signed this one") == 2


def test_a_foreign_department_and_its_moroccan_counterpart_both_sign() -> None:
    """ "le chef du Département fédéral de X, le Conseiller fédéral A, et son homologue du
    Maroc, B": the department (its second title apposed) and Morocco's ministry of X,
    B signing for the ministry, not for the department."""
    text = ("Berne et Rabat renforcent leurs liens économiques\n"
            "Le chef du Département fédéral des finances (DFF), le Conseiller fédéral Hans "
            "Muster, et son homologue du Maroc, M. Karim Tazi, ont signé lundi à Berne un "
            "mémorandum d'entente sur la fiscalité internationale.\n"
            "La Suisse compte parmi les premiers investisseurs européens du Royaume.\n")
    result = drafted(text, BASE, published_on="2024-12-03")
    each = party_names(result)
    assert len(each) == 1
    assert any(n.startswith("Département fédéral des finances") for n in each[0])
    assert any(n.startswith("Ministère des finances") for n in each[0])
    signed = {s["person"]: s["org"] for a in result["agreements"]
              for s in a.get("signatories", [])}
    assert not signed.get("karim-tazi", "").startswith("departement")


@pytest.mark.parametrize("embassy, state", [
    ("l'Ambassade d'Espagne", "Espagne"),
    ("l'Ambassade de la République de Corée", "République de Corée"),
    ("l'Ambassade du Japon", "Japon"),
])
def test_an_embassy_in_a_title_gives_its_state_by_name(embassy: str, state: str) -> None:
    found = _mentions(f"La convention a été signée par la chargée d'affaires de {embassy} "
                      f"au Maroc, Ana Ruiz, et le président de la commune.")
    assert any(name == state for name, _ in found)
