"""What a copied web page or company release brings along: English titles ("le CEO de X",
"le Managing Director de Y"), a sentence opened by "Hormis", a photo's line inside the
story, the outlet's byline ("Par Le360") and its name atop the page."""

from __future__ import annotations

from conventions_cli.drafting.text import prepare
from drafting_cases import drafted, party_names

BASE = [{"id": "adn", "name": "Agence du numérique", "acronym": "ADN", "kind": "public-body",
         "country": "MA"}]


def test_english_titles_name_the_company_the_person_signs_for() -> None:
    result = drafted("Le protocole a été signé mardi à Rabat par le directeur général de "
                     "l'ADN et par le Chief Executive Officer de Nuvora Cloud, Samir Ghali.",
                     BASE)
    assert party_names(result) == [["Nuvora Cloud", "adn"]]
    assert [p["name"] for p in result["people"]] == ["Samir Ghali"]
    result = drafted("L'accord a été signé mardi à Rabat par le CEO de Nuvora Cloud et par "
                     "le Managing Director de Helvion Systems SARL, Léa Marti.", BASE)
    assert party_names(result) == [["Helvion Systems SARL", "Nuvora Cloud"]]


def test_a_sentence_opened_by_hormis_names_nobody() -> None:
    result = drafted("Rabat - Trois accords ont été signés mardi à Rabat entre l'ADN et la "
                     "société Nuvora Cloud. Hormis l'accord sur les données, signé par les "
                     "directeurs, tous ces instruments ont été paraphés par les présidents "
                     "des deux organismes.", BASE)
    assert [o["name"] for o in result["organizations"]] == ["Nuvora Cloud"]


def test_a_photo_line_is_read_as_blank_and_quoted_as_written() -> None:
    raw = ("L'ADN et la société Nuvora Cloud ont signé mardi à Rabat une convention de "
           "partenariat pour trois ans.\n\nPhoto : Atlas Info - La signature de la "
           "convention\n\nLa convention porte sur la formation de 500 développeurs.\n")
    article = prepare(raw)
    caption = raw.index("Photo")
    assert article.text[caption:raw.index("\n", caption)].strip() == ""
    assert article.raw == raw and len(article.text) == len(raw)
    assert article.body[1] > raw.index("La convention porte")  # the story goes on after it


def test_the_outlets_byline_or_site_line_is_the_publisher() -> None:
    story = ("L'ADN et la société Nuvora Cloud ont signé mardi à Rabat une convention de "
             "partenariat pour la formation de 500 développeurs sur trois ans.\n")
    header = "Nuvora et l'ADN s'allient\n\nMercredi 12 mars 2025 - 10:15\n"
    result = drafted(header + "Par Le360\n\n" + story, BASE, published_on=None)
    assert result["agreements"][0]["sources"][0]["publisher"] == "Le360"
    result = drafted("Le360 · Economie · Tech\n\n" + header + "\n" + story, BASE,
                     published_on=None)
    assert result["agreements"][0]["sources"][0]["publisher"] == "Le360"
    result = drafted(header + "Par Karim Alaoui\n\n" + story, BASE, published_on=None)
    assert result["agreements"][0]["sources"][0]["publisher"] is None  # a journalist


def test_a_release_announcing_the_signing_yesterday_reports_a_signing() -> None:
    result = drafted("Casablanca, le 6 mars 2025 – Nuvora Cloud a annoncé la signature hier, "
                     "mercredi, d'une convention de partenariat avec l'ADN pour la formation "
                     "de 500 développeurs.", BASE, published_on="2025-03-06")
    [agreement] = result["agreements"]
    assert agreement["signed_on"] == "2025-03-05"
    assert party_names(result) == [["Nuvora Cloud", "adn"]]
