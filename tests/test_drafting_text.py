"""Stage 1, text: decoding, the body of a page, its title, dateline and publication."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.reading import decode
from conventions_cli.drafting.text import prepare
from conventions_cli.errors import ConvError

PAGE = """\
Connectez-vous
Abonnez-vous ! 60 DH par mois
Publié dans La Gazette du Souss le 03 - 02 - 2021

Pêche : une convention pour le port de Tan-Tan

Tan-Tan — L'Office des pêches et la coopérative Al Amal ont signé hier une convention \
pour moderniser la halle aux poissons du port de Tan-Tan.

Le projet mobilise 12 millions de dirhams et doit s'achever avant la fin de l'année.

À lire aussi
Un autre sujet qui n'a rien à voir, écrit en phrases complètes pour tromper le lecteur.
"""


def test_utf8_with_or_without_bom_and_nothing_else() -> None:
    assert decode("Rabat — une convention".encode("utf-8-sig"), "a.txt") == "Rabat — une convention"
    with pytest.raises(ConvError, match=r"^a.txt: not UTF-8 text; save it as UTF-8"):
        decode("Fès".encode("latin-1"), "a.txt")


def test_the_body_is_the_story_not_the_chrome_around_it() -> None:
    article = prepare(PAGE)
    body = article.text[article.body[0]:article.body[1]]
    assert body.startswith("Tan-Tan — L'Office des pêches")
    assert body.endswith("avant la fin de l'année.")
    assert article.title == "Pêche : une convention pour le port de Tan-Tan"


def test_dateline_and_publication_from_the_page() -> None:
    article = prepare(PAGE)
    assert article.dateline is not None and article.dateline[0] == "Tan-Tan"
    assert article.publication.date == "2021-02-03"
    assert article.publication.publisher == "La Gazette du Souss"


def test_a_footer_dateline_dates_an_agency_dispatch() -> None:
    article = prepare("Deux agences ont signé hier une convention de partenariat à Safi pour "
                      "la formation des pêcheurs.\n\nSafi, 2022-05-18 10:00:00 (Agence Sud) –\n")
    assert (article.publication.date, article.publication.publisher) == ("2022-05-18",
                                                                         "Agence Sud")


def test_quotes_keep_the_article_s_own_characters() -> None:
    article = prepare("L’Agence a signé l’accord.")
    assert article.text == "L'Agence a signé l'accord."  # analysed with plain apostrophes
    assert article.quote(0, 9) == "L’Agence"  # quoted as written


def test_a_long_headline_above_a_dateline_is_the_title() -> None:
    page = ("Maroc: Signature d'une convention de partenariat entre la Fondation des oeuvres "
            "sociales des enseignants du Souss et la Chambre régionale d'agriculture de la "
            "région de Souss-Massa pour leurs personnels\n\nAgadir — Une convention de "
            "partenariat a été signée, lundi, entre les deux institutions, au siège de la "
            "Chambre.\n\nElle couvre les activités sociales et sportives.\n")
    article = prepare(page)
    assert article.title is not None and article.title.startswith("Maroc: Signature")
    assert article.dateline is not None and article.dateline[0] == "Agadir"


WRAPPED = """\
Accueil
Economie
Avec une enveloppe de près de 300 millions d'euros, l'année a été marquée par le
soutien de la Banque nordique d'investissement aux réseaux d'eau du Royaume, note un
communiqué de l'institution. L'action de la
Banque se clôt avec deux derniers accords de prêt, relatifs à
l'assainissement de trois villes moyennes, signés jeudi à Rabat par le
ministre de l'Économie et des Finances et le vice-président de la
Banque, en présence de plusieurs élus locaux.
"""


def test_a_text_wrapped_by_hand_is_read_as_its_sentences() -> None:
    article = prepare(WRAPPED)
    body = article.text[article.body[0]:article.body[1]]
    assert body.startswith("Avec une enveloppe") and body.endswith("élus locaux.")
    assert "\n" not in body  # one paragraph: the breaks were inside its sentences
    assert article.raw == WRAPPED  # quotes keep the article as written


def test_a_menu_and_a_list_of_headlines_are_not_unwrapped() -> None:
    page = ("Accueil\nPolitique\nEconomie\nSport\nCulture\n"
            "Le port de Safi accueille un nouveau terminal céréalier moderne\n"
            "Les exportations de tomates progressent encore cette année au Maroc\n"
            "Une nouvelle ligne aérienne relie désormais Agadir et Lyon chaque jour\n\n"
            + WRAPPED.split("\n", 2)[2])
    article = prepare(page)
    assert article.text.count("\n") >= 8


def test_a_wrapped_opening_above_a_list_is_read_as_its_sentence() -> None:
    from conventions_cli.drafting import draft_article

    page = ("La Banque centrale et l'Autorité des marchés ont procédé le Jeudi 12\n"
            "mars 2026 à Casablanca à la signature d'une convention d'échange de\n"
            "données portant sur les points suivants :\n"
            "- Supervision des émetteurs ;\n- Formation des cadres ;\n- Statistiques.\n")
    article = prepare(page)
    assert "Jeudi 12 mars 2026 à Casablanca" in article.text
    assert "- Formation des cadres ;\n- Statistiques" in article.text  # the list stays a list
    agreement = draft_article(page, published_on="2026-03").agreements[0]
    assert str(agreement["signed_on"]) == "2026-03-12"


def test_an_embedded_post_reads_as_its_words() -> None:
    # the tags, picture link and byline blank; a handle reads as the name it spells
    page = ("Rabat — L'Office des changes et la Banque arabe de développement ont signé "
            "mardi une convention.\n\nUne convention signée avec le directeur de "
            "l'@arabdevbank pour les paiements. #Finance #Rabat pic.twitter.com/Ab12Cd — "
            "Karim Alami (@KAlami) March 10, 2026\n")
    article = prepare(page)
    assert "l' Arabdevbank pour" in article.text
    assert "pic.twitter" not in article.text and "(@KAlami)" not in article.text
    assert "#Finance" not in article.text and len(article.text) == len(page)


@pytest.mark.parametrize("cut", [60, 140])  # inside a name: a body no line names
def test_an_opening_cut_with_dots_above_itself_whole_is_read_once(cut: int) -> None:
    from conventions_cli.drafting import draft_article

    lead = ("Une convention de partenariat a été signée entre l'Office national des pêches, "
            "l'office public de la pêche artisanale, et la Chambre maritime de l'Atlantique "
            "Sud, le lundi 9 mars à Agadir.")
    page = lead[:cut] + "...\n" + lead + "\nElle porte sur la formation des marins.\n"
    assert len(draft_article(page, published_on="2026-03-13").agreements) == 1


def test_an_outlet_in_brackets_alone_at_the_start_is_the_publisher_not_a_party() -> None:
    from conventions_cli.drafting import draft_article

    page = ("(Agence Sahel Info) - L'Université de Ségou et l'Université Ibn Zohr ont signé, "
            "le 3 mars dernier, un accord d'échange d'étudiants.\n")
    draft = draft_article(page, published_on="2026-03-10")
    assert draft.agreements[0]["sources"][0]["publisher"] == "Agence Sahel Info"
    assert not any("Sahel" in o["name"] for o in draft.organizations)


@pytest.mark.parametrize(("given", "signed"), [("2025-03", "2025-03-11"),
                                               ("2025", "2025-03-11"),
                                               ("2025-04", None),  # disagrees: not used
                                               ("2025-03-20", "2025-03-18")])
def test_the_page_s_day_refines_a_publication_given_as_a_month(given: str,
                                                                signed: str | None) -> None:
    from conventions_cli.drafting import draft_article

    page = ("Publié le 14/03/2025 à 10h12\n\nPêche : une convention pour le port de Tan-Tan\n\n"
            "Tan-Tan — L'Office national des pêches et la coopérative Al Amal ont signé mardi "
            "une convention pour moderniser la halle aux poissons du port de Tan-Tan.\n")
    agreement = draft_article(page, published_on=given).agreements[0]
    assert (str(agreement["signed_on"]) if agreement.get("signed_on") else None) == signed


WRAPPED_AT_WIDTH = """\
Rabat — Les deux conventions ont été signées hier au
siège de l'Office des pêches, en présence du wali de la
région et de plusieurs élus. Elles portent sur la
modernisation des halles aux poissons de Tan-Tan et de
Laâyoune.
"""


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_sentences() -> None:
    article = prepare(WRAPPED_AT_WIDTH)
    assert "\n" not in article.text.strip()
    assert len(article.text) == len(WRAPPED_AT_WIDTH)  # offsets kept for the quotes
    assert article.text[slice(*article.body)].startswith("Rabat — Les deux conventions")


def test_paragraphs_one_a_line_stay_apart() -> None:
    text = PAGE.replace("\n\n", "\n")
    assert prepare(text).text.count("\n") == text.count("\n")


@pytest.mark.parametrize(("closing", "fact"), [
    ("Le projet créera 300 emplois directs.", "jobs: {direct: 300}"),
    ("La convention couvre la période 2026-2028.", "period: {start: 2026, end: 2028}"),
    ("Le coût atteint 45 MDH.\nElle couvre la période 2026-2028.",
     "period: {start: 2026, end: 2028}")])
def test_a_short_closing_sentence_with_a_figure_stays_in_the_story(run, tmp_path, closing,
                                                                   fact) -> None:
    """The last lines of a pasted article, too short to be told from a page's chrome by
    their length, are the story's when they are sentences holding a figure."""
    pytest.importorskip("spacy")
    article = tmp_path / "court.txt"
    article.write_text("Tanger : un accord pour la logistique\n\nTanger — La société Delta "
                       "Fret et l'Agence spéciale Tanger Med ont signé, mardi 10 mars 2026 à "
                       f"Tanger, une convention de 30 MDH.\n\n{closing}\n\nTous droits "
                       "réservés.\n", encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-03-11")
    assert result.exit_code == 0, result.output
    assert fact in result.stdout


def test_an_article_past_the_bound_is_said_to_be_cut(run, tmp_path, monkeypatch) -> None:
    pytest.importorskip("spacy")
    from conventions_cli import drafting

    monkeypatch.setattr(drafting, "MAX_CHARS", 200)
    article = tmp_path / "long.txt"
    article.write_text("Rabat — La société Delta Fret et l'Agence spéciale Tanger Med ont "
                       "signé, mardi 10 mars 2026 à Tanger, une convention de 30 MDH.\n\n"
                       + "Un paragraphe de plus sur le port et ses quais. " * 10 + "\n",
                       encoding="utf-8")
    result = run("draft", str(article), "--published-on", "2026-03-11")
    assert result.exit_code == 0, result.output
    size = f"{len(article.read_text(encoding='utf-8')):,}".replace(",", " ")
    assert f"long.txt: only its first 200 characters (of {size}) are drafted; split the " \
        "file to draft the rest" in result.stderr
