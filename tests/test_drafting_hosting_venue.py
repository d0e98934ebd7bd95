"""Where a signing took place, said by the venue that hosted it ("Le siège de la province de
Taza a abrité, lundi, la signature …", "Le conseil provincial de Settat a accueilli …") or by
a dateline closed with a dot ("Meknès. La filière …")."""

from __future__ import annotations

from drafting_cases import drafted


def place(story: str) -> str | None:
    return drafted(story, [], published_on="2020-01-14")["agreements"][0].get("place")


def test_the_venue_that_hosted_the_signing_gives_its_town() -> None:
    for venue in ("Le siège de la province de Taza a abrité",
                  "Le conseil provincial de Taza a accueilli"):
        story = (f"{venue}, lundi, la signature d'une convention de partenariat entre la "
                 "commune de Tahla et l'Office national de l'eau pour l'eau potable.\n")
        assert place(story) == "Taza", venue


def test_a_town_the_project_serves_is_no_venue() -> None:
    story = ("Une convention de partenariat a été signée lundi entre la commune de Tahla et "
             "l'Office national de l'eau pour le raccordement de la province de Taza.\n")
    assert place(story) is None


def test_a_dateline_closed_by_a_dot() -> None:
    story = ("Meknès. La filière oléicole a signé, mardi, une convention de partenariat avec "
             "l'Office national du conseil agricole.\n")
    assert place(story) == "Meknès"
