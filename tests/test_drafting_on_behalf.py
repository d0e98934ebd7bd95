"""Who signs "au nom de" a body signs for it, not for the body his title names; and a copy
of a page that kept its character references ("l&#8217;Office") reads as the page did."""

from __future__ import annotations

from conventions_cli.drafting.reading import read_article
from drafting_cases import drafted, party_names

BASE = [{"id": "ministere-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry",
         "country": "MA"},
        {"id": "onep", "name": "Office national de l'eau potable", "acronym": "ONEP",
         "kind": "public-body", "country": "MA"}]


def test_a_governor_signing_on_behalf_of_a_ministry_signs_for_it() -> None:
    result = drafted("Le directeur de l'ONEP, Karim Bensaid, a signé mardi à Midelt une "
                     "convention avec l'association Tamazirt Eau. Le gouverneur de la province "
                     "de Midelt, Ahmed Oubaha, a également apposé sa signature au nom du "
                     "ministère de l'Intérieur.", BASE, published_on="2024-05-16")
    [names] = party_names(result)
    assert "ministere-interieur" in names and "onep" in names
    assert not any(n.startswith("Province") for n in names)
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers["ahmed-oubaha"] == "ministere-interieur"


def _read(tmp_path, data: bytes) -> str:
    """The article as `conv draft page.txt` reads a text file."""
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    return read_article(str(path)).text


def test_character_references_left_in_a_copy_are_read_as_characters(tmp_path) -> None:
    text = _read(tmp_path, b"Rabat - L&#8217;Office national de l&#8217;eau potable et l&rsquo;"
                 b"association Tamazirt Eau ont sign&eacute; mardi une convention. R&D et "
                 b"AT&T restent &eacute;crits tels quels.")
    assert "L’Office national de l’eau potable" in text and "signé" in text
    assert "R&D" in text and "AT&T" in text
    result = drafted(text, BASE, published_on="2024-05-16")
    assert "onep" in party_names(result)[0]


def test_a_reference_to_a_control_or_reordering_character_is_never_made_live(tmp_path) -> None:
    text = _read(tmp_path, "Rabat - La société Nuvora&#27;[2J Cloud et l&#8217;ONEP ont signé une "
                 "convention &#8238;lanoitan.".encode())
    assert "\x1b" not in text and "\u202e" not in text
    assert "&#8238;" in text and "l’ONEP" in text  # kept as written, where it would reorder
    assert _read(tmp_path, b"Le 12&nbsp;mars").endswith("12\u00a0mars")  # a character


def test_a_saved_pages_escaped_markup_stays_text(tmp_path) -> None:
    """A page that shows markup as text ("&lt;b&gt;") keeps it: its parser, not conv,
    reads a page's references, once."""
    path = tmp_path / "page.html"
    path.write_text("<html><body><article><h1>Convention pour l'eau</h1><p>Rabat - L'ONEP et "
                    "l'association Tamazirt Eau ont signé mardi à Midelt une convention de "
                    "12 millions de dirhams pour l'eau potable de six douars.</p><p>Le code "
                    "montré sur la page était &lt;b&gt;gras&lt;/b&gt;.</p></article></body>"
                    "</html>", encoding="utf-8")
    assert "<b>gras</b>" in read_article(str(path)).text
