"""Agreements in the plural with a counted kind of partner: "entre la Fondation X et trois
académies régionales, à savoir A, B et C" (the one named first signs each, the academies one
each); "a signé avec quatre pays, dont le Gabon, des mémorandums" (four, the one named on
one of them); who approved them after the signing, and the unnamed others beside a
named body, sign none."""

from __future__ import annotations

from drafting_cases import drafted, party_names

ACADEMIES = (
    "Des avenants aux conventions de soutien à la lecture ont été signés, jeudi à Rabat, "
    "entre la Fondation Alpha pour le livre et trois académies régionales d'éducation et de "
    "formation (AREF), à savoir Souss-Massa, Drâa-Tafilalet et l'Oriental.")


def test_each_academy_of_the_list_signs_one_with_the_foundation() -> None:
    found = party_names(drafted(ACADEMIES, [], published_on="2022-10-14"))
    assert len(found) == 3, found
    for parties, region in zip(found, ("Souss-Massa", "Drâa-Tafilalet", "Oriental"),
                               strict=True):
        assert any(n.startswith("Fondation Alpha") for n in parties), parties
        assert any(n.startswith("Académie régionale") and n.endswith(region)
                   for n in parties), parties


def test_the_same_list_with_its_prepositions_gives_the_same_agreements() -> None:
    text = ACADEMIES.replace(
        "trois académies régionales d'éducation et de formation (AREF), à savoir Souss-Massa, "
        "Drâa-Tafilalet et l'Oriental",
        "les académies régionales d'éducation et de formation de Souss-Massa, de "
        "Drâa-Tafilalet et de l'Oriental")
    found = party_names(drafted(text, [], published_on="2022-10-14"))
    assert len(found) == 3, found
    assert all(any(n.startswith("Fondation Alpha") for n in p) for p in found), found


COUNTRIES = (
    "Le Maroc a signé avec quatre pays africains, dont le Gabon, des mémorandums d'entente "
    "sur la pêche artisanale. La cérémonie s'est tenue en marge du Forum de l'économie bleue "
    "organisé à Dakhla le 12 octobre 2023.")


def test_a_counted_kind_of_partner_gives_the_count_and_the_named_one_one_agreement() -> None:
    result = drafted(COUNTRIES, [], published_on="2023-10")
    found = party_names(result)
    assert len(found) == 4, found
    with_gabon = [p for p in found if any("Gabon" in n or n == "gabon" for n in p)]
    assert len(with_gabon) == 1, found
    assert "partner(s) named for 4 agreements" in result["yaml"]


def test_the_ceremony_s_sentence_gives_the_signing_day() -> None:
    result = drafted(COUNTRIES, [], published_on="2023-10")
    assert {a["signed_on"] for a in result["agreements"]} == {"2023-10-12"}


def test_who_approved_the_signed_conventions_signs_none() -> None:
    text = ("Douze conventions de partenariat ont été signées mercredi à Nador entre la "
            "province et des associations locales. Selon le chef de la division sociale, "
            "les conventions signées ont été approuvées par le Comité provincial du "
            "développement humain lors de sa dernière réunion.")
    names = {n for p in party_names(drafted(text, [], published_on="2019-05-10")) for n in p}
    assert not any("Comité" in n for n in names), names


def test_unnamed_others_after_a_body_are_not_in_its_name() -> None:
    text = ("Neuf conventions de partenariat ont été signées vendredi à Safi entre la "
            "province de Safi et les différents porteurs des projets retenus.")
    names = {n for p in party_names(drafted(text, [], published_on="2019-05-10")) for n in p}
    assert names and all("porteurs" not in n for n in names), names
    assert any(n.startswith("Province de Safi") for n in names), names


def test_the_representative_of_each_of_n_chambers_gives_n_agreements() -> None:
    text = ("Des conventions pour la modernisation des chambres d'agriculture ont été signées "
            "mardi à Rabat. Paraphées par le ministre de l'Agriculture, Karim Alaoui, et par "
            "le représentant de chacune des huit chambres régionales, elles découlent de "
            "l'accord-cadre signé entre le Gouvernement et l'Union des chambres Alpha, le 3 "
            "mai 2015.")
    result = drafted(text, [], published_on="2018-06-13")
    found = party_names(result)
    assert len(found) == 8, found
    assert not any("Union des chambres" in n for p in found for n in p), found


def test_the_signatories_listed_after_a_savoir_sign_one_each() -> None:
    text = ("Le ministre de l'Industrie a procédé vendredi à Fès à la signature de trois "
            "conventions d'investissement. Les trois projets portent sur l'extension des PME "
            "signataires, à savoir, Atlas Textile, Saïss Plast et Fès Médical.")
    found = party_names(drafted(text, [], published_on="2022-06-11"))
    assert [p for p in found if "Atlas Textile" in p] and [p for p in found if "Fès Médical" in p]
    assert len(found) == 3, found
