"""Jobs given as a round figure ("une cinquantaine de postes d'emploi", "un millier
d'emplois") are the agreement's jobs, with a TODO that the figure is rounded; indirect jobs
and what a sector already employs are not."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

LEAD = ("Une convention a été signée mardi à Guelmim entre la région et l'Agence de "
        "développement social pour appuyer les jeunes porteurs de projets. ")


@pytest.mark.parametrize(("said", "jobs"), [
    ("Elle doit créer une cinquantaine de postes d'emploi.", 50),
    ("Elle doit créer une cinquantaine postes d'emploi.", 50),
    ("Le programme créera un millier d'emplois directs.", 1000)])
def test_a_round_figure_of_jobs_is_taken_with_a_todo(said: str, jobs: int) -> None:
    result = drafted(LEAD + said + "\n", [])
    [agreement] = result["agreements"]
    assert agreement["jobs"]["direct"] == jobs
    line = next(row for row in result["yaml"].splitlines() if "jobs:" in row)
    assert "round figure" in line


@pytest.mark.parametrize("said", ["Le programme créera un millier d'emplois indirects.",
                                  "Le secteur emploie une centaine de postes."])
def test_indirect_or_existing_jobs_are_not_taken(said: str) -> None:
    [agreement] = drafted(LEAD + said + "\n", [])["agreements"]
    assert agreement.get("jobs") is None
