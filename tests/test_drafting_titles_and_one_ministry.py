"""Titles that are no bodies ("le Procureur général du Roi"), signers summed up before they
are named, a ministry told twice (by its minister's title and by itself), a portfolio of
Moroccans abroad, an action noun that is no body, an agreement told as one of a count,
and an event known by its acronym that says where it was held."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, mention_names, names_of, party_names

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def test_a_prosecutors_title_is_no_body() -> None:
    found = mention_names("Le texte porte la signature du Procureur général du Roi auprès de la "
                          "Cour d'appel de Fès, Karim Tazi, et du Procureur général du Bénin.")
    assert not any(n.startswith("Procureur") for n in found)


def test_signers_summed_up_before_their_names_sign_for_their_bodies() -> None:
    text = ("Un protocole de recherche a été conclu jeudi à Agadir.\n"
            "Signé à l'occasion du Salon Halieutis par les directeurs des deux instituts, "
            "Karim Tazi, Directeur de l'INRA et Paul Hounkpè, Directeur de l'IRHB, le "
            "protocole prévoit des campagnes communes en mer.\n")
    found = names_of(drafted(text, BASE, published_on="2025-02-07"))
    assert {"INRA", "IRHB"} <= found


def test_a_portfolio_of_moroccans_abroad_is_read_whole() -> None:
    found = mention_names("Lundi, le ministère chargé des affaires de la Communauté marocaine "
                          "résidant à l'étranger, ainsi que l'Institut culturel de Lyon, ont signé "
                          "une convention.")
    assert "Ministère chargé des affaires de la Communauté marocaine résidant à l'étranger" \
        in found


def test_a_ministry_named_by_itself_and_by_its_ministers_title_is_one_party() -> None:
    text = ("Le ministère chargé de l'Artisanat et la Maison des métiers de Lyon ont conclu "
            "lundi une convention de partenariat.\n"
            "Paraphé au consulat par M. Karim Tazi, ministre délégué chargé de l'Artisanat, "
            "et Paul Martin, directeur de la Maison des métiers de Lyon, cet accord prévoit "
            "des expositions.\n")
    each = party_names(drafted(text, BASE, published_on="2025-02-11"))
    assert len(each) == 1
    assert sum("Artisanat" in n for n in each[0]) == 1


def test_a_secretariat_of_state_is_named_in_the_masculine() -> None:
    found = mention_names("La secrétaire d'État espagnole chargée du Commerce a signé l'accord.")
    assert "Secrétariat d'Etat chargé du Commerce" in found


def test_the_organisation_of_sessions_is_no_body() -> None:
    text = ("Le Maroc et la Belgique ont signé mercredi à Rabat une déclaration d'intention. "
            "Paraphée par la ministre de la Solidarité, Amina Alaoui, et le ministre belge "
            "de la Justice, Paul Peeters, elle porte sur la mise en commun des moyens entre les "
            "deux ministères, l'organisation de sessions d'écoute et l'échange de pratiques.\n")
    assert not any(n.lower().startswith("organisation")
                   for n in names_of(drafted(text, BASE, published_on="2025-02-13")))


def test_an_agreement_told_after_its_count_is_one_of_them() -> None:
    text = ("Le ministère de l'Agriculture du Kenya et le groupe OCP ont signé deux accords "
            "clés, un accord de coopération sur la cartographie des sols, ainsi qu'une "
            "feuille de route pour une usine d'engrais.\n")
    assert len(drafted(text, BASE, published_on="2025-02-13")["agreements"]) == 2


def test_an_event_known_by_its_acronym_says_where_it_was_held() -> None:
    text = ("La convention multilatérale sur la formation agricole a été signée lors de la "
            "14e édition du SALAG.\n"
            "Le Salon africain de l'agriculture (SALAG) a ouvert ses portes hier à Meknès, "
            "avec 900 exposants.\n")
    agreement = drafted(text, BASE, published_on="2025-04-23")["agreements"][0]
    assert agreement.get("place") == "Meknès"


def test_a_ceremony_for_an_anniversary_is_the_occasion_of_what_is_signed_after() -> None:
    text = ("Mardi 4 mars, la Princesse Lalla Hasnaa a présidé à Fès la cérémonie du 30ème "
            "anniversaire de l'association Nour pour les enfants autistes.\n"
            "La Princesse a ensuite présidé la signature de deux conventions entre "
            "l'association et l'Office national des chemins de fer (ONCF).\n")
    names = [e["name"] for e in drafted(text, BASE, published_on="2025-03-05")["events"]]
    assert names == ["Cérémonie du 30ème anniversaire de l'association Nour"]


def test_a_development_models_years_are_no_agreements_period() -> None:
    text = ("Cinq accords ont été signés lundi à Dakhla. Ils s'inscrivent dans le nouveau "
            "modèle de développement de la région Dakhla-Oued Eddahab 2017-2022.\n")
    agreements = drafted(text, BASE, published_on="2025-03-05")["agreements"]
    assert all(a.get("period") is None for a in agreements)
