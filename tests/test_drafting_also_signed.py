"""An agreement "also signed" after a counted batch whose every rank the article has told:
one more, of its own kind, whether or not the headline gives the count too."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, types

STORY = ("Accra, le 12 juin 2025 – Le ministre des Affaires étrangères, Nasser Bourita, et "
         "son homologue ghanéen, Samuel Ablakwa, ont signé jeudi à Accra deux accords de "
         "coopération.\n\nLe premier accord porte sur la formation des diplomates. Le second "
         "concerne la coopération dans la pêche artisanale.\n\nLes deux ministres ont "
         "également signé un mémorandum d'entente sur l'hydrogène vert.\n")


@pytest.mark.parametrize("headline", ["", "Le Maroc et le Ghana signent deux accords\n\n"])
def test_a_memorandum_also_signed_after_two_ranked_accords_is_a_third(headline: str) -> None:
    result = drafted(headline + STORY, [], published_on="2025-06-13")
    assert types(result) == ["accord", "accord", "memorandum"]


def test_without_ranks_the_also_signed_one_may_be_one_of_the_count() -> None:
    story = STORY.replace("Le premier accord porte sur la formation des diplomates. Le second "
                          "concerne la coopération dans la pêche artisanale.\n\n", "")
    result = drafted(story, [], published_on="2025-06-13")
    assert len(result["agreements"]) == 2


def test_the_minister_who_presides_the_signing_with_others_is_the_other_side() -> None:
    base = [{"id": "ministere-habitat", "name": "Ministère de l'Habitat", "kind": "ministry",
             "country": "MA"}]
    result = drafted("La ministre de l'Habitat, Nadia Fennich, a présidé jeudi à Tiznit la "
                     "signature de deux conventions avec la Commune de Tiznit et l'Agence "
                     "urbaine de Tiznit.", base, published_on="2025-06-13")
    for agreement in result["agreements"]:
        assert [p["org"] for p in agreement["parties"]][:1] == ["ministere-habitat"]
        assert not agreement.get("signatories")  # she presided; who signed is not said
    assert '"Nadia Fennich"; presided, did not sign' in result["yaml"]


def test_a_minister_presiding_a_signing_between_others_is_no_party() -> None:
    base = [{"id": "ministere-habitat", "name": "Ministère de l'Habitat", "kind": "ministry",
             "country": "MA"}]
    result = drafted("La ministre de l'Habitat, Nadia Fennich, a présidé jeudi à Tiznit la "
                     "signature d'une convention entre la Commune de Tiznit et l'Agence "
                     "urbaine de Tiznit.", base, published_on="2025-06-13")
    assert "ministere-habitat" not in [p["org"] for p in result["agreements"][0]["parties"]]


def test_conventions_a_council_adopts_and_mandates_its_president_to_sign_are_not_signed() -> None:
    result = drafted(
        "Tan-Tan - Le Conseil de la Région Guelmim-Oued Noun a adopté, lundi lors de sa "
        "session ordinaire, quatre projets de conventions de partenariat :\n"
        "- une convention avec l'Agence du Sud pour l'eau des douars (120 millions) ;\n"
        "- une convention avec l'association Oued Draa Avenir (15 millions).\n\n"
        "Le Conseil a mandaté son président pour signer ces conventions avec les partenaires. "
        "La précédente session avait vu la signature d'une convention avec l'OFPPT.",
        [], published_on="2023-03-08")
    assert result["agreements"] == []
    assert "a signing still to come" in result["yaml"]


def test_a_mandate_told_beside_a_signing_done_does_not_undo_it() -> None:
    result = drafted("Le Conseil, qui avait mandaté son président pour signer la convention, "
                     "l'a signée lundi à Tan-Tan avec l'Agence du Sud, pour 40 millions de "
                     "dirhams.", [], published_on="2023-03-08")
    assert len(result["agreements"]) == 1
