""""l'ambassadeur du Maroc aux États-Unis, A": the country he is posted to ends his title,
however many words it has, and he signs for his state; the bank's signatory in the same
sentence is kept."""

from __future__ import annotations

import pytest

from drafting_cases import drafted

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "aliases": ["Royaume du Maroc"],
         "kind": "state", "country": "MA"},
        {"id": "banque-mondiale", "name": "Banque mondiale", "kind": "international"}]


@pytest.mark.parametrize("posted", ["aux États-Unis", "aux Emirats arabes unis",
                                    "au Japon", "à Abu Dhabi", "à New Delhi"])
def test_the_ambassador_posted_abroad_signs_for_morocco(posted: str) -> None:
    text = ("Le Maroc et la Banque mondiale ont signé vendredi un accord de prêt de 200 "
            f"millions de dollars. Le document a été paraphé par l'ambassadeur du Maroc {posted}, "
            "Rachid Benali, et la directrice régionale de la Banque mondiale, Anna Berg.\n")
    result = drafted(text, BASE)
    people = {p["id"]: p["name"] for p in result["people"]}
    [agreement] = result["agreements"]
    signers = {people[s["person"]]: s.get("org") for s in agreement.get("signatories", [])}
    assert signers == {"Rachid Benali": "etat-marocain", "Anna Berg": "banque-mondiale"}
