"""A council new to the base named in its two wordings is proposed once, and as the base
names such councils: "Région X (Conseil régional)", "Commune de X (Conseil communal)"."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.emission import council_key
from drafting_cases import drafted, parties

pytest.importorskip("spacy")


@pytest.mark.parametrize(("one", "other"), [
    ("conseil-regional-de-l-adamaoua", "conseil-de-la-region-d-adamaoua"),
    ("conseil-provincial-de-taza", "conseil-de-la-province-de-taza"),
    ("conseil-communal-de-la-ville-de-kindia", "conseil-de-la-commune-de-la-ville-de-kindia"),
])
def test_both_wordings_of_a_council_share_a_key(one: str, other: str) -> None:
    assert council_key(one) == council_key(other)


def test_other_bodies_keep_their_key() -> None:
    assert council_key("agence-urbaine-d-oujda") == "agence-urbaine-d-oujda"


def test_a_foreign_council_named_twice_is_one_party() -> None:
    result = drafted("Oujda — Une convention de coopération a été signée jeudi à Oujda entre la "
                     "Région de l'Oriental et le Conseil de la région de Kolda au Sénégal. Le "
                     "texte a été paraphé par le président du Conseil régional de Kolda, Amadou "
                     "Diallo, et la présidente de la Région de l'Oriental, Salma Idrissi.",
                     [{"id": "region-oriental", "name": "Région de l'Oriental",
                       "kind": "public-body"}])
    new = [o["id"] for o in result["organizations"]]
    assert len(new) == 1 and new[0].startswith("conseil-region")
    assert parties(result)[0].count(new[0]) == 1


def test_a_new_regional_council_is_named_as_the_base_names_regions() -> None:
    from drafting_cases import drafted

    result = drafted("Beni Mellal - Le Conseil régional de Tadla-Azilal et l'Agence du "
                     "Bassin de l'Oum Er-Rbia ont signé mardi une convention.", [],
                     published_on="2011-05-17")
    council = next(o for o in result["organizations"] if "Tadla" in o["name"])
    assert council["name"] == "Région Tadla-Azilal (Conseil régional)"
    assert council["id"] == "region-tadla-azilal"


@pytest.mark.parametrize("said", ["le conseil communal de Tiflet",
                                  "le Conseil municipal de Tiflet"])
def test_a_new_communal_council_is_named_as_the_base_names_communes(said: str) -> None:
    result = drafted(f"Tiflet — {said[0].upper()}{said[1:]} et l'Agence Alpha ont signé mardi "
                     "une convention.", [], published_on="2024-05-15")
    council = next(o for o in result["organizations"] if "Tiflet" in o["name"])
    assert council["name"] == "Commune de Tiflet (Conseil communal)"
    assert council["id"] == "commune-tiflet"


def test_a_foreign_communal_council_keeps_its_own_name() -> None:
    result = drafted("Rabat — La Région de l'Oriental et le conseil communal belge de Namur ont "
                     "signé mardi une convention.", [], published_on="2024-05-15")
    assert not any(o["name"].startswith("Commune de Namur") for o in result["organizations"])


def test_the_council_of_la_ville_is_the_commune_of_the_city_named_before() -> None:
    # and "et les promoteurs de la ville" is others beside the delegation, not its name
    result = drafted("Tiflet — Une convention a été signée mardi entre la préfecture de Tiflet, "
                     "le conseil communal de la ville, la délégation provinciale du ministère "
                     "de la Santé et les promoteurs de la ville pour bâtir deux dispensaires.",
                     [{"id": "ministere-sante", "name": "Ministère de la Santé",
                       "kind": "ministry"}], published_on="2024-05-15")
    names = {o["id"]: o["name"] for o in result["organizations"]}
    assert sorted(names.get(o, o) for a in parties(result) for o in a) == [
        "Commune de Tiflet (Conseil communal)", "Préfecture de Tiflet", "ministere-sante"]
