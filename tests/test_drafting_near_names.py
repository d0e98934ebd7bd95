"""A body the base has, written a little differently by the article (one linking word for
another, the last word dropped): linked to the base's record with a TODO asking the
curator to check it, never proposed as a second record, never taken silently for a
shorter name the base also has."""

from __future__ import annotations

from conventions_cli.base.todos import todos_in_line
from drafting_cases import drafted, parties

BASE = [
    {"id": "aamd", "name": "Agence atlantique pour la mobilité durable", "kind": "public-body"},
    {"id": "orep", "name": "Office régional de l'eau", "kind": "public-body"},
    {"id": "oreep", "name": "Office régional de l'eau et de l'électricité publique",
     "kind": "public-body"},
    {"id": "commune-tiflet", "name": "Commune de Tiflet", "kind": "commune"},
]


def _party_lines(result: dict) -> list[str]:
    return [line for line in result["yaml"].splitlines() if "{org: " in line]


def test_a_linking_word_changed_is_the_bases_body_with_a_todo() -> None:
    result = drafted("L'Agence atlantique de la mobilité durable et la Commune de Tiflet ont "
                     "signé lundi à Tiflet une convention de partenariat.", BASE)
    assert parties(result) == [["aamd", "commune-tiflet"]]
    assert not result["organizations"]  # no second record of the agency
    line = next(x for x in _party_lines(result) if "aamd" in x)
    todos = [todo for _, todo in todos_in_line(line)]
    assert todos == ['the base names aamd "Agence atlantique pour la mobilité durable": '
                     "check it is this body"]
    assert not todos_in_line(next(x for x in _party_lines(result) if "commune-tiflet" in x))


def test_a_last_word_dropped_is_the_longer_name_not_the_shorter_one() -> None:
    result = drafted("L'Office régional de l'eau et de l'électricité et la Commune de Tiflet "
                     "ont signé lundi à Tiflet une convention de partenariat.", BASE)
    assert parties(result) == [["oreep", "commune-tiflet"]]
    assert "check it is this body" in next(x for x in _party_lines(result) if "oreep" in x)


def test_the_very_name_needs_no_check() -> None:
    result = drafted("L'Office régional de l'eau et la Commune de Tiflet ont signé lundi à "
                     "Tiflet une convention de partenariat.", BASE)
    assert parties(result) == [["orep", "commune-tiflet"]]
    assert "check it is this body" not in result["yaml"]


def test_two_bodies_alike_leave_the_name_new() -> None:
    base = [*BASE, {"id": "aamd2", "name": "Agence atlantique en mobilité durable",
                    "kind": "public-body"},
            {"id": "aamd3", "name": "Agence atlantique sur la mobilité durable",
             "kind": "public-body"}]
    result = drafted("L'Agence atlantique de la mobilité durable et la Commune de Tiflet ont "
                     "signé lundi à Tiflet une convention de partenariat.", base)
    assert [o["name"] for o in result["organizations"]] == [
        "Agence atlantique de la mobilité durable"]
    assert "check it is this body" not in result["yaml"]


def test_a_kind_of_body_is_no_name() -> None:
    base = [*BASE, {"id": "agence-nationale-ports", "name": "Agence nationale des ports",
                    "kind": "public-body"}]
    result = drafted("L'Agence nationale pour les ports de plaisance et la Commune de Tiflet "
                     "ont signé lundi une convention de partenariat.", base)
    assert "agence-nationale-ports" not in parties(result)[0]


def test_a_body_with_its_own_acronym_is_not_the_base_body_of_another_town() -> None:
    base = [{"id": "radee-mk", "name": "Régie autonome de distribution d'eau et d'électricité "
             "de Marrakech", "acronym": "RADEEMK", "kind": "public-body"}]
    text = ("Safi – Une convention a été signée lundi à Safi entre la commune et la Régie "
            "autonome de distribution d'eau et d'électricité (RADEESF) pour une station "
            "d'épuration.\n")
    result = drafted(text, base)
    ids = {p["org"] for a in result["agreements"] for p in a["parties"]}
    assert "radee-mk" not in ids
    assert any(o.get("acronym") == "RADEESF" for o in result["organizations"])
