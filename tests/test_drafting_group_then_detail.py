"""A group of a batch opened in one sentence ("Les trois premières conventions visent …")
and described in the next ("Il s'agit d'une convention … entre A, B et C"): the description
is the group's first, not an agreement after it. Signers named as "les présidents des
communes de X, Y et Z" sign for each commune, even bare names after the first, and a name
before that plural title is no commune's president."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Tata — Cinq conventions de partenariat pour l'emploi des femmes dans les oasis ont été "
    "signées samedi à Tata.\n\n"
    "Les trois premières conventions, portées par l'Initiative nationale pour le "
    "développement humain (INDH), ciblent les foyers féminins.\n\n"
    "Il s'agit d'une convention pour l'équipement de ces foyers, entre l'Entraide nationale, "
    "le Conseil provincial de Tata et trois communes.\n\n"
    "Cette convention a été signée par le directeur de l'Entraide nationale, Karim Idrissi, "
    "le président du Conseil provincial, Omar Bennani, et les présidents des communes "
    "d'Akka, Tissint Oulad et Foum Zguid.")


def test_the_description_after_a_group_is_its_first_agreement() -> None:
    found = party_names(drafted(STORY, [], published_on="2022-11-07"))
    assert len(found) == 5, found
    assert any(n.startswith("Entraide nationale") for n in found[0]), found
    assert all(not p for p in found[1:]), found


def test_presidents_of_communes_listed_bare_sign_for_each_commune() -> None:
    names = party_names(drafted(STORY, [], published_on="2022-11-07"))[0]
    for commune in ("Commune d'Akka", "Commune de Tissint Oulad", "Commune de Foum Zguid"):
        assert commune in names, names


def test_a_name_before_a_plural_title_is_not_its_holder() -> None:
    result = drafted(STORY, [], published_on="2022-11-07")
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert not signers.get("omar-bennani", "").startswith("commune"), signers
