"""Conventions counted by no number, "d'un montant global de près de 70 M€", then one line
per programme with its own amount (30, 27 and 12,5 M€): the lines add up to the estimate
within a few percent, so they count the agreements and give each its amount. An exact total
the parts miss by as much is left to the curator."""

from __future__ import annotations

from drafting_cases import drafted

STORY = ("L'Office national de l'eau et la Banque allemande KfW ont paraphé plusieurs "
         "conventions de financement, pour une enveloppe globale de {total} millions "
         "d'euros.\n\n"
         "Ces financements portent sur les programmes suivants :\n\n"
         "– L'adduction d'eau potable de Tata, d'un montant de 30 M€, qui desservira les "
         "douars de la vallée.\n\n"
         "– Le renforcement de la production de cinq centres, pour 27 M€.\n\n"
         "– Le raccordement de quartiers périurbains, d'un montant de 12,5 M€.\n")


def amounts(total: str) -> list[int | None]:
    result = drafted(STORY.format(total=total), [], published_on="2018-12-04")
    return [(a.get("funding") or {}).get("amount") for a in result["agreements"]]


def test_parts_close_to_an_estimated_total_count_the_agreements() -> None:
    assert amounts("près de 70") == [30_000_000, 27_000_000, 12_500_000]


def test_parts_that_miss_an_exact_total_are_not_taken_for_its_parts() -> None:
    assert amounts("70") != [30_000_000, 27_000_000, 12_500_000]
