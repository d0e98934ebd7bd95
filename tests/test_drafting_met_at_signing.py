"""A signing told as a meeting's ("paraphé au cours d'une rencontre entre le ministre A et le
patron de la société B"): the bodies of those who met sign, the meeting is no event, and the
joint declaration recalled after it ("découle de la déclaration commune … signée en 2021 à
Rabat") gives neither a party nor the place."""

from __future__ import annotations

from drafting_cases import drafted, party_names

MET = (
    "Un mémorandum d'entente dans le domaine spatial a été paraphé mardi 14 mai 2024 au cours "
    "d'une rencontre entre la ministre de la Transition numérique, Salma Idrissi, et le "
    "président du directoire de la société Orion Space Systems (OSS), David Levin.\n\n"
    "Ce texte découle de la déclaration commune Maroc-Canada, signée le 3 juin 2021 à "
    "Rabat, qui vise l'innovation.")


def test_the_bodies_of_those_who_met_sign_the_agreement() -> None:
    result = drafted(MET, [], published_on="2024-05-15")
    assert len(result["agreements"]) == 1
    names = party_names(result)[0]
    assert any(n.startswith("Ministère de la Transition numérique") for n in names), names
    assert "Orion Space Systems" in names, names
    assert not any("Maroc" in n or "Canada" in n or n == "Société" for n in names), names


def test_the_recalled_declaration_gives_no_place_and_the_meeting_no_event() -> None:
    result = drafted(MET, [], published_on="2024-05-15")
    agreement = result["agreements"][0]
    assert agreement["signed_on"] == "2024-05-14"
    assert agreement.get("place") is None
    assert result["events"] == []


def test_a_meeting_that_names_no_signing_body_is_not_taken_for_one() -> None:
    # the parties are said: the meeting's people only preside
    text = ("Une convention a été signée jeudi entre l'Office Alpha et la Société Beta lors "
            "de la rencontre entre le wali de la région, Omar Bennis, et le ministre du "
            "Commerce, Karim Tazi.")
    names = party_names(drafted(text, [], published_on="2024-05-17"))[0]
    assert sorted(names) == ["Office Alpha", "Société Beta"], names


def test_a_company_named_like_a_person_after_societe_keeps_its_name() -> None:
    text = ("Un protocole d'accord a été paraphé lundi par le ministre de l'Industrie et par "
            "le président du conseil de surveillance de la société Israel Chemicals Works, "
            "Dan Cohen.")
    names = party_names(drafted(text, [], published_on="2024-05-15"))[0]
    assert "Israel Chemicals Works" in names, names


def test_a_title_s_general_is_no_body() -> None:
    text = ("Le Ministère de la Santé, représenté par son ministre, et la Caisse Alpha, "
            "représentée par son Directeur Général, Monsieur Karim Naji, ont paraphé mardi 15 "
            "avril 2025 une convention de partenariat.")
    result = drafted(text, [], published_on="2025-04-16")
    names = party_names(result)[0]
    assert not any(n in ("Général", "General") for n in names), names
    assert any(n.startswith("Caisse Alpha") for n in names), names
    # the capitalized title ends at the comma: the name after it signs for the Caisse
    signers = {s["person"]: s for s in result["agreements"][0]["signatories"]}
    assert signers["karim-naji"]["title"] == "Directeur Général"
    assert signers["karim-naji"]["org"].startswith("caisse-alpha")


def test_unnamed_others_after_a_named_group_are_not_part_of_its_name() -> None:
    text = ("La Fédération royale marocaine de handball (FRMHB), le Groupe Atlas et des "
            "partenaires du secteur privé ont signé mardi à Salé une convention créant un "
            "fonds pour les jeunes joueurs.")
    names = party_names(drafted(text, [], published_on="2024-08-14"))[0]
    assert "Groupe Atlas" in names, names
    assert not any("partenaires" in n for n in names), names
