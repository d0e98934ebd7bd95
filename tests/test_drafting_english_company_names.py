"""A company named in English ("Oriental Citrus Packing", "Souss Berry Farms") is a party
and a company, even when the tagger takes its words for a person's name; people's names
stay people."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")

BASE = [{"id": "ada", "name": "Agence pour le développement agricole", "acronym": "ADA",
         "kind": "public-body"}]


@pytest.mark.parametrize("company", ["Oriental Citrus Packing", "Souss Berry Farms",
                                     "Atlas Aerospace Engineering"])
@pytest.mark.parametrize("frame", [
    "{c} et l'ADA ont signé mardi à Berkane une convention pour la formation des ouvriers.\n",
    "Une convention a été signée mardi à Berkane par {c} et l'ADA pour la formation.\n"])
def test_an_english_company_name_signs_as_a_company(company: str, frame: str) -> None:
    result = drafted(frame.format(c=company), BASE)
    assert names_of(result) == {company, "ada"}
    [org] = [o for o in result["organizations"] if o["name"] == company]
    assert org["kind"] == "company"


def test_people_named_beside_the_agency_stay_people() -> None:
    text = ("Une convention a été signée mardi à Berkane par Karim Alami et Nadia Berrada, "
            "directrice de l'ADA, pour la formation.\n")
    result = drafted(text, BASE)
    assert names_of(result) == {"ada"}
