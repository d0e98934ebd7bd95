"""A foreign region's or county's government ("le Gouvernement régional du Comté de Garissa
(Kenya)") signs for that county, a foreign public body: it is neither Morocco's government
nor a second body when the county is named again without its country; the country in
brackets after a name is its country, not an alias. "le Gouvernement" alone stays Morocco's.
"dans la soirée du lundi 3 mars" is the day itself."""

from __future__ import annotations

from drafting_cases import drafted, party_names

COUNTY = (
    "Le Conseil de la région de l'Oriental a conclu, dans la soirée du lundi 3 mars à Oujda, un "
    "accord-cadre de jumelage avec le Gouvernement régional du Comté de Garissa (Kenya). Le "
    "document a été paraphé par Karim Alami, président du conseil régional, et par Ali Hassan, "
    "gouverneur du Comté de Garissa.")


def test_a_county_government_signs_for_the_county_once() -> None:
    result = drafted(COUNTY, [], published_on="2025-03-05")
    new = {o["name"]: o for o in result["organizations"]}
    assert "Comté de Garissa" in new
    assert new["Comté de Garissa"]["country"] == "KE"
    assert "Kenya" not in new["Comté de Garissa"].get("aliases", [])
    assert not any("Gouvernement" in name for name in new)
    names = party_names(result)[0]
    assert names.count("Comté de Garissa") == 1
    assert "etat-marocain" not in names
    assert result["agreements"][0]["signed_on"] == "2025-03-03"


def test_the_government_alone_is_still_morocco_s() -> None:
    text = ("Le Gouvernement et la Fédération des industries du cuir ont signé mardi à Rabat "
            "un contrat-programme pour la période 2025-2030.")
    result = drafted(text, [], published_on="2025-03-05")
    assert party_names(result) == [["Fédération des industries du cuir", "État marocain"]]
