""""le président du Conseil régional" after the region's council was named is that council,
the base's record, never a new body (and "L'Oriental" is written "de l'Oriental"). Press
sentences written for these tests."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, parties

pytest.importorskip("spacy")

BASE = [
    {"id": "min-interieur", "name": "Ministère de l'Intérieur", "kind": "ministry"},
    {"id": "region-oriental", "name": "Région de l'Oriental (Conseil régional)",
     "acronym": "CRO", "kind": "public-body"},
    {"id": "commune-nador", "name": "Commune de Nador", "kind": "public-body"},
]

ARTICLE = """\
Nador — Le ministère de l'Intérieur, {council} et la Commune de Nador ont signé, mardi \
12 mai 2026 à Nador, une convention de 800 millions de dirhams pour réaménager le front \
de mer.

{signers}
"""


@pytest.mark.parametrize("council", ["le Conseil de la région de l'Oriental",
                                     "la Région de l'Oriental"])
@pytest.mark.parametrize("signers", [
    "Elle a été signée par le président du Conseil régional, Karim Ouazzani, et le "
    "président de la Commune, Said Belhaj.",
    "Le document porte la signature du président du conseil de la région, Karim Ouazzani, "
    "et de celui de la Commune, Said Belhaj.",
])
def test_the_regional_council_named_again_is_the_same_body(council: str, signers: str
                                                          ) -> None:
    result = drafted(ARTICLE.format(council=council, signers=signers), BASE,
                     published_on="2026-05-14")
    [found] = parties(result)
    assert found.count("region-oriental") == 1
    assert result["organizations"] == []
    [agreement] = result["agreements"]
    orgs = {s["person"]: s["org"] for s in agreement.get("signatories", [])}
    assert orgs.get("karim-ouazzani") == "region-oriental"
