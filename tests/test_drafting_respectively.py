"""People named first, their bodies after: "par A et B, respectivement directrice de X et
président de Y", or in the next sentence "La première dirige X, le second préside Y"."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "ofppt", "name": "Office de la formation professionnelle et de la promotion "
         "du travail", "acronym": "OFPPT", "kind": "public-body", "country": "MA"}]


def signatories(result: dict) -> list[list[tuple[str, str]]]:
    return [[(s["person"], s["org"]) for s in a.get("signatories", [])]
            for a in result["agreements"]]


def test_respectively_gives_each_person_the_body_named_in_turn() -> None:
    story = ("Tanger – Une convention de partenariat a été paraphée, lundi à Tanger, par "
             "Salma Berrada et Hicham Tazi, respectivement directrice générale de l'Office de "
             "la formation professionnelle et de la promotion du travail (OFPPT) et président "
             "de l'Association marocaine des industries du textile et de l'habillement "
             "(AMITH).\n\nElle prévoit la formation de 1.500 opérateurs.\n")
    result = drafted(story, BASE)
    assert party_names(result) == [["Association marocaine des industries du textile et de "
                                    "l'habillement", "ofppt"]]
    assert sorted(signatories(result)[0]) == [("hicham-tazi", result["organizations"][0]["id"]),
                                              ("salma-berrada", "ofppt")]


def test_the_first_and_the_second_told_in_the_next_sentence() -> None:
    story = ("Rabat – Un accord-cadre a été signé mardi à Rabat par Salma Berrada et Hicham "
             "Tazi. La première dirige l'Office de la formation professionnelle et de la "
             "promotion du travail, le second préside la Fédération marocaine du cuir.\n\n"
             "L'accord porte sur 20 millions de dirhams.\n")
    result = drafted(story, BASE)
    assert party_names(result) == [["Fédération marocaine du cuir", "ofppt"]]
    assert sorted(signatories(result)[0])[1] == ("salma-berrada", "ofppt")


def test_without_a_rank_no_person_is_given_a_body() -> None:
    story = ("Rabat – Un accord-cadre a été signé mardi à Rabat par Salma Berrada et Hicham "
             "Tazi. L'Office de la formation professionnelle et de la promotion du travail "
             "pilote le programme.\n")
    result = drafted(story, BASE)
    assert all(not found for found in party_names(result))
