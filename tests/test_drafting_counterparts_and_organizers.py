""""son homologue de la Fédération X, Name": Name signs for that federation, with his
counterpart's office; "l'organisateur du salon X, Y": Y signs, the salon is what Y runs."""

from __future__ import annotations

import pytest

from drafting_cases import drafted, names_of, party_names, signers

pytest.importorskip("spacy")


def test_a_counterpart_of_another_federation_signs_for_it() -> None:
    text = ("Signée par le président de la FRMB, Karim Lahlou, et son homologue de la "
            "Fédération tchadienne, Issaka Hima Bandé, cette convention de partenariat "
            "porte sur la formation des arbitres.\n")
    result = drafted(text, [], published_on="2025-03-12")
    names = names_of(result)
    assert "Issaka Hima Bandé" not in names
    assert "Fédération tchadienne" in names
    new = {o["id"]: o["name"] for o in result["organizations"]}
    assert new.get(signers(result).get("Issaka Hima Bandé") or "") == \
        "Fédération tchadienne"


def test_the_organizer_of_a_fair_signs_not_the_fair() -> None:
    text = ("Le Technopark a signé trois conventions à Marrakech. La troisième convention, "
            "signée entre le Technopark et l'organisateur du salon Digital Expo, Nawat "
            "Events, vise à exposer des jeunes pousses.\n")
    result = drafted(text, [], published_on="2025-03-12")
    names = names_of(result)
    assert "Nawat Events" in names
    assert not any("Digital Expo" in n for n in names)


def test_partners_counted_in_the_lead_and_named_in_the_next_sentence() -> None:
    text = ("Le groupe Banque Atlas vient de signer des conventions avec trois grands groupes "
            "pour accompagner les PME qui les fournissent.\n"
            "Les sous-traitants du groupe laitier Centralia, du cimentier Ciments du Nord et "
            "de l'Office national des aéroports pourront ainsi obtenir des crédits plus vite.\n")
    result = drafted(text, [], published_on="2025-03-12")
    found = [set(a) for a in party_names(result)]
    assert len(found) == 3
    assert all("Banque Atlas" in a for a in found)
    assert [a - {"Banque Atlas"} for a in found] == [
        {"Centralia"}, {"Ciments du Nord"}, {"Office national des aéroports"}]


def test_the_second_that_takes_the_form_of_a_partnership_between_two_bodies() -> None:
    text = ("Le Maroc et le Vietnam ont signé lundi une dizaine d'accords. Pour les mines, "
            "deux conventions ont été paraphées. La première concerne des équipements "
            "solaires, tandis que la seconde revêt la forme d'une alliance durable entre "
            "l'ONHYM et Hanoi Minerals Co-LTD, pour l'exploration.\n")
    result = drafted(text, [], published_on="2025-03-12")
    assert any({"ONHYM", "Hanoi Minerals Co-LTD"} <= set(a) for a in party_names(result))


def test_a_ruler_stands_for_his_emirate() -> None:
    text = ("Pas moins de 12 accords ont été signés mardi à Rabat entre le Maroc et le prince "
            "héritier de Charjah, reçu par le Roi.\n")
    result = drafted(text, [], published_on="2025-03-12")
    assert all("Charjah" in a for a in party_names(result))
    text = ("Un mémorandum a été signé lundi à Rabat entre le Maroc et l'émir du Koweït, "
            "Cheikh Nawaf Al Sabah, en visite officielle.\n")
    result = drafted(text, [], published_on="2025-03-12")
    assert "Nawaf Al Sabah" in signers(result)


def test_a_federated_states_government_is_not_morocco() -> None:
    text = ("Le CHU Hassan II de Fès et le gouvernement de l'État de Kano au Nigeria ont signé, "
            "le 3 mai, une convention de coopération sur la formation médicale.\n")
    result = drafted(text, [], published_on="2025-05-06")
    names = names_of(result)
    assert "Gouvernement de l'État de Kano" in names
    assert "etat-marocain" not in names and "État marocain" not in names


def test_two_capitals_opening_the_lead_stand_for_their_states() -> None:
    text = ("Libreville et Rabat ont procédé, jeudi 4 mai, à la signature de huit nouveaux "
            "accords dans l'énergie, la pêche et la formation.\n"
            "La cérémonie s'est tenue à Libreville, au terme de la troisième commission mixte, "
            "coprésidée par les ministres des Affaires étrangères du Gabon, Paul Ndong, et du "
            "Maroc, Karim Tazi.\n")
    result = drafted(text, [], published_on="2025-05-06")
    found = party_names(result)
    assert len(found) == 8
    assert all(set(a) == {"Gabon", "État marocain"} for a in found)


def test_a_capital_as_the_place_of_signing_is_no_party() -> None:
    text = ("Le ministère de la Santé et l'Agence de coopération du Gabon ont signé jeudi à "
            "Libreville une convention sur la formation des infirmiers.\n")
    result = drafted(text, [], published_on="2025-05-06")
    assert "Gabon" not in names_of(result)
