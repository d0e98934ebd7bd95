"""A holder's name glued to the body he heads, with no comma ("le président du conseil
communal Karim Alami", "le directeur de l'ONEE Samir Bennani", "le directeur du CRI
Fès-Meknès Yassir Tazi"), is his name, not part of the body's; a body named after a person
("l'université Moulay Ismail") keeps its whole name."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "Une convention de partenariat pour la mise à niveau des quartiers a été paraphée jeudi "
    "à Meknès par le président du conseil communal Karim Alami, le directeur de l'ONEE Samir "
    "Bennani et le directeur du CRI Fès-Meknès Yassir Tazi.")


def test_glued_names_are_the_holders_not_the_bodies() -> None:
    result = drafted(STORY, [], published_on="2018-05-12")
    names = party_names(result)[0]
    assert not any("Alami" in n or "Bennani" in n or "Tazi" in n for n in names), names
    assert any(n.startswith("CRI Fès-Meknès") for n in names), names
    signers = {s["person"] for s in result["agreements"][0]["signatories"]}
    assert {"karim-alami", "samir-bennani", "yassir-tazi"} <= signers, signers


def test_a_body_named_after_a_person_keeps_its_name() -> None:
    text = ("L'université Moulay Ismail et l'Office national des aéroports ont signé mardi à "
            "Meknès une convention de partenariat.")
    names = party_names(drafted(text, [], published_on="2018-05-12"))[0]
    assert "Université Moulay Ismail" in names, names


def test_a_company_glued_to_its_head_s_title_signs() -> None:
    text = ("Mardi, le président-directeur général Atlas Wheels, Li Wen, et le ministre de "
            "l'Industrie, Karim Alami, ont signé à Rabat une convention d'investissement pour "
            "une usine de jantes.")
    result = drafted(text, [], published_on="2018-03-16")
    names = party_names(result)[0]
    assert "Atlas Wheels" in names, names
    signers = {s["person"] for s in result["agreements"][0]["signatories"]}
    assert "li-wen" in signers, signers
