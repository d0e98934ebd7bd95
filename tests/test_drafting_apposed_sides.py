"""Three ways a signing's sides were lost or doubled: "La première, une convention de crédit
de 120 M€, …" is the first agreement described, not one more; "conclue entre l'Agence A,
représentée par son directeur, X, et l'Office B, représenté par …" names both sides; "la
Chambre de commerce, d'industrie et de services de Souss-Massa" is one body."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = ("Rabat – Deux conventions de financement ont été signées lundi à Rabat pour "
         "l'assainissement des petits centres.\n\n"
         "La première, une convention de crédit de 120 M€, a été conclue entre l'Agence "
         "française de développement (AFD), représentée par son directeur au Maroc, Paul "
         "Martin, et l'Office national de l'eau (ONEAU), représenté par son directeur général, "
         "Karim Alami.\n\n"
         "La seconde convention, de 8 M€, lie la Chambre de commerce, d'industrie et de "
         "services de Souss-Massa à l'Université Ibn Zohr.\n")


def test_an_ordinal_described_is_one_agreement_with_both_its_sides() -> None:
    result = drafted(STORY, [], published_on="2022-11-15")
    names = party_names(result)
    assert len(names) == 2
    assert names[0] == ["Agence française de développement", "Office national de l'eau"]
    assert names[1] == ["Chambre de commerce, d'industrie et de services de Souss-Massa",
                        "Université Ibn Zohr"]
    assert [a["funding"]["amount"] for a in result["agreements"]] == [120_000_000, 8_000_000]
