"""Titles that name their institution by themselves. The director of the Treasury ("le
directeur du Trésor et des finances extérieures") signs the State's loans for the ministry of
finance, whose directorate it is, never for a body called "Trésor"; the Trésorier général du
Royaume signs for the Trésorerie générale du Royaume, the Agent judiciaire du Royaume for the
Agence judiciaire; "le directeur général de la Protection civile" for the Direction générale
de la protection civile the article named before."""

from __future__ import annotations

from drafting_cases import drafted, party_names


def test_the_treasury_director_signs_for_the_finance_ministry() -> None:
    text = ("Un accord de don a été paraphé mardi à Rabat par la directrice de la "
            "mission de l'Agence Alpha au Maroc, Jane Miller, et par le directeur du Trésor "
            "et des finances extérieures, Karim Ouazzani.")
    result = drafted(text, [], published_on="2024-05-15")
    names = {n for p in party_names(result) for n in p}
    assert "Ministère de l'Économie et des Finances" in names, names
    assert not any(n.startswith("Trésor") for n in names), names
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers["karim-ouazzani"].startswith("ministere-economie-finances"), signers


def test_the_treasurer_general_signs_for_the_tresorerie_generale() -> None:
    text = ("Une convention a été paraphée lundi à Rabat par Karim Bennani, Trésorier général "
            "du Royaume, et Omar Fassi, directeur général de l'Agence Alpha.")
    result = drafted(text, [], published_on="2020-07-10")
    names = party_names(result)[0]
    assert "Trésorerie générale du Royaume" in names, names
    signers = {s["person"]: s["title"] for s in result["agreements"][0]["signatories"]}
    assert signers["karim-bennani"] == "Trésorier général du Royaume"


def test_the_judicial_agent_signs_for_the_agence_judiciaire() -> None:
    text = ("Une convention de coopération a été conclue jeudi à Rabat entre l'Office Alpha et "
            "l'Agence judiciaire du Royaume. Elle a été paraphée par le directeur de l'Office "
            "Alpha, Omar Fassi, et l'Agent judiciaire du Royaume, Karim Bennani.")
    result = drafted(text, [], published_on="2024-05-17")
    names = party_names(result)[0]
    assert names == ["Agence judiciaire du Royaume", "Office Alpha"], names
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers["karim-bennani"] == "agence-judiciaire-royaume", signers


def test_a_director_general_signs_for_the_directorate_named_before() -> None:
    text = ("L'Office Alpha et la Direction générale de la protection civile (DGPC) ont "
            "signé lundi à Rabat une convention de formation. Le document a été paraphé par "
            "le directeur de l'Office Alpha, Omar Fassi, et le directeur général de la "
            "Protection civile et des secours, Karim Bennani.")
    result = drafted(text, [], published_on="2024-05-14")
    names = party_names(result)[0]
    assert not any(n.startswith("Protection") for n in names), names
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers["karim-bennani"] == "dgpc", signers
