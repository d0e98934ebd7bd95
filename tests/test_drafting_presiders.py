"""Who presides a ceremony does not sign: "co-présidée lundi à Rabat par le chef du
gouvernement A et le Premier ministre B", whatever stands between the verb and "par".
Press sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, party_names

pytest.importorskip("spacy")

BASE = [
    {"id": "etat-marocain", "name": "État marocain (Gouvernement du Royaume du Maroc)",
     "kind": "state", "country": "MA", "aliases": ["Etat marocain", "Royaume du Maroc"]},
    {"id": "gouvernement-marocain", "name": "Gouvernement marocain", "kind": "public-body"},
    {"id": "onda", "name": "Office national des aéroports", "acronym": "ONDA",
     "kind": "public-body"},
    {"id": "anp", "name": "Agence nationale des ports", "acronym": "ANP", "kind": "public-body"},
]


@pytest.mark.parametrize("text", [
    "Rabat — Une convention liant l'ONDA et l'ANP a été conclue pendant la séance du conseil, "
    "co-présidée mardi soir à Salé par le ministre de l'Équipement et le chef du "
    "gouvernement Karim Alami.",
    "Rabat — Une convention a été signée entre l'ONDA et l'ANP, lors d'une cérémonie présidée "
    "lundi soir au siège par le chef du gouvernement, Karim Alami.",
    "Rabat — L'ONDA et l'ANP ont signé mardi une convention, lors d'une séance coprésidée à "
    "Rabat par le chef du gouvernement et le président de la Chambre.",
])
def test_who_presides_is_no_party(text: str) -> None:
    found = {p for names in party_names(drafted(text, BASE)) for p in names}
    assert found == {"onda", "anp"}


@pytest.mark.parametrize("verb", ["co-présidée lundi à Rabat par", "présidée ce jeudi par",
                                  "coprésidée à Rabat par"])
def test_heads_of_government_who_preside_a_batch_sign_none_of_it(verb: str) -> None:
    result = drafted(
        "Rabat — Le Maroc et la Hongrie ont signé plusieurs accords de coopération, à "
        f"l'occasion de la 5e Réunion de haut niveau entre les deux pays, {verb} le chef du "
        "gouvernement Karim Alami et le Premier ministre hongrois Péter Nagy.\n\n"
        "Un mémorandum d'entente a été signé entre l'ONDA et l'ANP.\n\n"
        "La réunion a été couronnée par la signature de 12 accords dans plusieurs domaines.",
        BASE)
    found = {p for names in party_names(result) for p in names}
    assert found == {"etat-marocain", "Hongrie", "onda", "anp"}


STATES = [*BASE,
          {"id": "gouvernement-france", "name": "Gouvernement français", "kind": "state",
           "country": "FR"},
          {"id": "etat-espagne", "name": "Royaume d'Espagne (Gouvernement)", "kind": "state",
           "country": "ES"}]


@pytest.mark.parametrize("occasion", [
    "lors de la réunion de haut niveau tenue entre l'Espagne et le Maroc",
    "en marge de la rencontre entre le Maroc et l'Espagne",
    "lors du sommet bilatéral entre le Royaume du Maroc et la France",
    "au terme des entretiens entre le Maroc et l'Espagne",
])
def test_the_countries_of_a_meeting_are_not_the_parties_of_what_is_signed(occasion: str
                                                                          ) -> None:
    result = drafted("Paris — Une convention de prêt a été signée jeudi entre l'ONDA et l'ANP, "
                     f"{occasion}.", STATES)
    found = {p for names in party_names(result) for p in names}
    assert found == {"onda", "anp"}
