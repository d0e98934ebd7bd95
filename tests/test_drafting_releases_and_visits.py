"""A company's release ("A et B annoncent la signature d'une ligne de crédit"), the two
"opérateurs" a partnership set face to face, a plan's acronym that is no body, a
convention recalled as what set a project going, and the visits a signing happens
during: one "dans le sillage de" it, one made by a delegation, one by the minister named
right after "en visite"."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of

pytest.importorskip("spacy")


def event_names(result: dict[str, object]) -> list[str]:
    return [str(e["name"]) for e in result["events"]]  # type: ignore[attr-defined]


def test_a_release_announcing_the_signing_is_a_signing() -> None:
    text = ("Ce mardi 6 mai 2025, la Banque islamique de développement (BID) et la Banque "
            "Centrale Populaire annoncent la signature d'une ligne de financement de 60 "
            "millions d'euros en faveur des petites entreprises. La cérémonie s'est tenue à "
            "Casablanca.\n")
    result = drafted(text, [], published_on="2025-05-06")
    assert {"Banque islamique de développement", "Banque Centrale Populaire"} <= names_of(result)
    assert result["agreements"][0]["funding"]["amount"] == 60000000


def test_the_two_operators_are_the_two_a_partnership_sets_face_to_face() -> None:
    text = ("Le port de Kénitra Atlantique accueillera un terminal céréalier, fruit d'un "
            "partenariat entre Sogeport Maroc et Medlog Terminals, filiale du groupe suisse MSC. "
            "Les deux opérateurs ont conclu un accord qui crée une coentreprise.\n")
    port = {"id": "kenitra-atlantique", "name": "Kénitra Atlantique", "kind": "public-body"}
    result = drafted(text, [port], published_on="2025-05-06")
    names = names_of(result)
    assert {"Sogeport Maroc", "Medlog Terminals"} <= names
    assert "kenitra-atlantique" not in names


def test_a_plans_acronym_names_no_body() -> None:
    text = ("Dans le cadre du Plan national de l'eau potable (PNEP), la société Hydro Souss "
            "vient de signer une convention avec l'Office régional de mise en valeur agricole "
            "de Tadla.\n")
    result = drafted(text, [], published_on="2025-05-06")
    assert "PNEP" not in names_of(result)
    assert "Hydro Souss" in names_of(result)


def test_the_convention_that_set_a_project_going_is_not_signed_now() -> None:
    text = ("La société Atlas Cargo et l'opérateur Medlog Terminals ont signé lundi un accord "
            "de coentreprise pour le terminal de Safi.\n"
            "Le terminal prolonge la dynamique enclenchée par la convention signée le 3 mars "
            "2024 entre l'Agence nationale des ports et la société Sogeport.\n")
    result = drafted(text, [], published_on="2025-05-06")
    names = names_of(result)
    assert len(result["agreements"]) == 1
    assert not {"Agence nationale des ports", "Sogeport"} & names


def test_a_signing_in_the_wake_of_a_visit_has_the_visit_as_its_event() -> None:
    text = ("Le Chef du gouvernement et le premier ministre vietnamien ont présidé, jeudi à "
            "Rabat, la signature de quatre accords.\n"
            "Signés dans le sillage de la visite officielle du responsable vietnamien au "
            "Maroc, ces textes concernent l'agriculture.\n")
    result = drafted(text, [], published_on="2025-05-09")
    assert any("responsable vietnamien" in n for n in event_names(result))


def test_a_visit_made_by_a_delegation() -> None:
    text = ("L'autorité portuaire de Vigo et l'Agence nationale des ports (ANP) ont conclu un "
            "accord de coopération.\n"
            "L'accord a été paraphé pendant la visite effectuée, mardi dernier, par une "
            "délégation de l'ANP au port de Vigo.\n")
    result = drafted(text, [], published_on="2025-05-09")
    assert any("délégation de l'ANP" in n for n in event_names(result))


def test_the_visitor_is_the_one_named_after_en_visite() -> None:
    text = ("Un accord sur le commerce a été signé lundi par le ministre de l'Industrie, Karim "
            "Zniber, et la ministre chilienne de l'Économie en visite au Royaume, Paula "
            "Araya.\n")
    result = drafted(text, [], published_on="2025-05-06")
    names = event_names(result)
    assert any("Paula Araya" in n for n in names)
    assert not any("Zniber" in n for n in names)


def test_the_national_convention_a_regional_one_carries_down_is_not_signed_now() -> None:
    text = ("La Chambre de commerce de Nador et la banque Al Barid Bank ont signé lundi une "
            "convention pour les commerçants.\n"
            "Selon son président, cet accord est la déclinaison régionale de la convention "
            "signée, novembre dernier, entre le groupe Al Barid Bank et la Fédération "
            "nationale des commerçants (FNC), en vue d'appuyer les petits commerces.\n")
    result = drafted(text, [], published_on="2025-02-10")
    assert "Fédération nationale des commerçants" not in names_of(result)
    assert "Chambre de commerce de Nador" in names_of(result)


def test_a_quoted_name_after_what_it_describes_is_a_thing() -> None:
    text = ("Un autre accord, conclu par échange de lettres, vise le projet de la plateforme "
            "de recherche dédiée aux villes durables et aux réseaux intelligents « Eco and "
            "Smart City Lab », paraphé par la secrétaire d'État, Leila Bennis, et "
            "l'ambassadeur de Corée à Rabat, Kim Sun-ho.\n")
    result = drafted(text, [], published_on="2025-02-10")
    assert not any("Lab" in n for n in names_of(result))
