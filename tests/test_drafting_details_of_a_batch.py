"""A batch told item by item after "Il s'agit, plus précisément, de …": each item is one of
the agreements, with its amount, and the body a loan is "consenti à" / "octroyé au" is
its party."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "La Société financière internationale (SFI) a signé mardi 10 octobre 2023 à Marrakech "
    "trois accords de financement.\n\n"
    "Il s'agit, plus précisément, d'un crédit de 80 millions de dollars consenti à l'Office "
    "national des chemins de fer (ONCF) pour électrifier des lignes ; d'un fonds de "
    "garantie de 30 millions de dollars monté avec la Banque Centrale Populaire (BCP) ; et "
    "d'un prêt vert de 25 millions de dollars octroyé au cimentier Ciments du Sahel, pour du "
    "ciment bas carbone.")


def test_each_item_is_an_agreement_with_its_amount_and_borrower() -> None:
    result = drafted(STORY, [], published_on="2023-10-11")
    assert [(a.get("funding") or {}).get("amount") for a in result["agreements"]] == [
        80_000_000, 30_000_000, 25_000_000]
    names = party_names(result)
    assert any("ONCF" in n or n.startswith("Office national des chemins de fer") or n == "oncf"
               for n in names[0])
    assert any("BCP" in n or n.startswith("Banque Centrale Populaire") for n in names[1])
    assert any(n.startswith("Ciments du Sahel") for n in names[2])
