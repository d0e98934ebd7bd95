"""An event linked to the base's record of its edition: by the year, else by the edition
the name or its sentence gives ("la sixième édition"); with neither, the base's events of
the series are named in a TODO, none is picked."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.knowledge import KnowledgeBase

EVENTS = [
    {"id": "rencontres-eau-2011", "name": "2e Rencontres nationales de l'eau",
     "start": "2011-05-10"},
    {"id": "rencontres-eau-2015", "name": "6e Rencontres de l'eau", "start": "2015-05-12"},
    {"id": "rencontres-eau-2019", "name": "10e Rencontres nationales de l'eau",
     "start": "2019-05"},
    {"id": "salon-bois-2024", "name": "Salon du bois 2024", "start": "2024-10-02"},
]


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase(events=EVENTS)


@pytest.mark.parametrize(("name", "sentence"), [
    ("6e Rencontres de l'eau", ""),
    ("sixième édition des Rencontres de l'eau", ""),
    ("Rencontres de l'eau", "Le ministre a ouvert hier les Rencontres de l'eau, dont c'est "
                            "la sixième édition, devant 800 participants."),
    ("Rencontres nationales de l'eau", "En marge de la 6ème édition, deux conventions ont été "
                                       "signées."),
])
def test_with_no_year_the_edition_names_the_record(kb, name: str, sentence: str) -> None:
    assert kb.link_event(name, None, sentence) == "rencontres-eau-2015"
    assert kb.event_doubt(name, None, sentence) == ""


@pytest.mark.parametrize("name", ["Rencontres de l'eau", "Rencontres nationales de l'eau"])
def test_with_no_year_nor_edition_no_record_is_picked_and_the_todo_names_them(kb, name
                                                                              ) -> None:
    assert kb.link_event(name) is None
    doubt = kb.event_doubt(name)
    assert doubt.startswith("which edition?")
    assert all(eid in doubt for eid in ("rencontres-eau-2011", "rencontres-eau-2015",
                                        "rencontres-eau-2019"))
    assert "salon-bois-2024" not in doubt


def test_an_edition_the_base_does_not_have_is_not_linked(kb) -> None:
    assert kb.link_event("4e Rencontres de l'eau") is None
    assert kb.link_event("Rencontres de l'eau", None, "C'était la quatrième édition.") is None
    # with its year, the edition must still agree with the record's
    assert kb.link_event("4e Rencontres de l'eau", "2015") is None
    assert kb.link_event("6e Rencontres de l'eau", "2015") == "rencontres-eau-2015"


def test_a_year_known_links_as_before_and_asks_nothing(kb) -> None:
    assert kb.link_event("Rencontres de l'eau", "2019") == "rencontres-eau-2019"
    assert kb.link_event("Rencontres de l'eau", "2023") is None
    assert kb.event_doubt("Rencontres de l'eau", "2023") == ""
    assert kb.link_event("Salon du bois") is None  # one of its kind, but which year?
    assert "salon-bois-2024" in kb.event_doubt("Salon du bois")


UNDATED = ("Meknès — Le ministre de l'Équipement a présidé hier l'ouverture des Rencontres "
           "de l'eau, dont c'est la {ordinal} édition. En marge de ces Rencontres, l'Office "
           "Atlas des eaux et la société Hydro Nord ont signé une convention de 30 MDH.")


@pytest.mark.parametrize(("ordinal", "linked"), [("sixième", "rencontres-eau-2015"),
                                                 ("10e", "rencontres-eau-2019"),
                                                 ("deuxième", "rencontres-eau-2011")])
def test_an_undated_article_links_the_edition_it_names(ordinal: str, linked: str) -> None:
    pytest.importorskip("spacy")
    from drafting_cases import drafted

    result = drafted(UNDATED.format(ordinal=ordinal), [], None, events=EVENTS)
    assert result["events"] == []
    assert [a["event"] for a in result["agreements"]] == [linked]


def test_an_undated_article_with_no_edition_proposes_the_event_with_a_todo() -> None:
    pytest.importorskip("spacy")
    from drafting_cases import drafted

    text = UNDATED.replace(", dont c'est la {ordinal} édition", "")
    result = drafted(text, [], None, events=EVENTS)
    assert [a["event"] for a in result["agreements"]] == [result["events"][0]["id"]]
    line = next(x for x in result["yaml"].splitlines() if x.startswith("  - id: rencontres"))
    assert "TODO: which edition?" in line and "rencontres-eau-2015" in line
