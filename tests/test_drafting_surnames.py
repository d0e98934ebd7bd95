"""People named again by their surname alone where they sign: each signs for the body his
title named before; a surname is never a body of its own."""

from __future__ import annotations

from typing import Any

from conventions_cli.drafting import draft_article

SCENE = ("La société Veltek a lancé mardi la construction de son usine à Tanger, en présence "
         "de Karim Bennani, ministre de l'Industrie, et de Paolo Ferri, PDG de Veltek.\n\n")


def signed(draft: Any) -> list[set[tuple[str, str]]]:
    return [{(s["person"], s["org"]) for s in a.get("signatories", [])}
            for a in draft.agreements]


def test_surnames_where_they_sign_sign_for_the_bodies_their_titles_named() -> None:
    page = SCENE + ("Lors de cette cérémonie, Bennani et Ferri ont paraphé une convention "
                    "d'investissement pour une deuxième unité.\n")
    draft = draft_article(page, published_on="2026-03-11")
    [agreement] = draft.agreements
    names = {o["id"]: o["name"] for o in draft.data.get("organizations", [])}
    assert {names.get(p["org"], p["org"]) for p in agreement["parties"]} >= {"Veltek"}
    assert len(agreement["parties"]) == 2
    assert {person for person, _ in signed(draft)[0]} == {"karim-bennani", "paolo-ferri"}
    assert "Bennani" not in names.values() and "Ferri" not in names.values()


def test_a_surname_no_titled_person_had_is_left_as_the_article_gives_it() -> None:
    page = SCENE + ("Lors de cette cérémonie, Alaoui et Ferri ont paraphé une convention "
                    "d'investissement.\n")
    draft = draft_article(page, published_on="2026-03-11")
    persons = {person for s in signed(draft) for person, _ in s}
    assert "paolo-ferri" in persons and not any("alaoui" in p for p in persons)


def test_a_whole_name_in_the_signing_sentence_adds_no_one_who_only_attended() -> None:
    page = ("La convention a été signée mardi à Tanger par la Région et Veltek, en présence "
            "de Karim Bennani, wali de la région de Tanger.\n")
    draft = draft_article(page, published_on="2026-03-11")
    orgs = {p["org"] for a in draft.agreements for p in a["parties"]}
    assert not any("wilaya" in o for o in orgs)
