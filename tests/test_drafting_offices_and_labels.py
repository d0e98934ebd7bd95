"""One person's two offices, a condition that is no State, a convention reviewed that was
signed months before, the body that does what a ranked agreement is about, a king who
presides, amounts labelled with their agreement's rank, a group that a signatory is a
member of."""

from __future__ import annotations

import pytest

from conventions_cli.drafting.language import analyse
from conventions_cli.drafting.mentions import find_mentions
from conventions_cli.drafting.normalize import analysis_text
from drafting_cases import drafted, names_of, party_names

pytest.importorskip("spacy")

BASE = [{"id": "etat-marocain", "name": "État marocain", "kind": "state", "country": "MA"}]


def _mentions(sentence: str) -> list[tuple[str, bool]]:
    return [(m.name, m.vague) for m in find_mentions(list(analyse(analysis_text(sentence))))]


def test_a_second_office_of_the_same_person_is_no_party() -> None:
    found = _mentions("Les accords ont été paraphés par le premier vice-président du "
                      "gouvernement croate et ministre de l'Économie, Ivan Horvat, à Rabat.")
    names = [n for n, vague in found if not vague]
    assert "Ministère de l'Économie (Croatie)" in names
    assert not any(n.lower().startswith("du ") for n, _v in found)


def test_how_things_stand_is_no_state() -> None:
    found = _mentions("La réunion a fait le point sur l'état d'avancement du programme et sur "
                      "l'état des lieux des écoles.")
    assert not [n for n, vague in found if not vague and n == "État marocain"]


def test_a_convention_reviewed_that_was_signed_months_before_lends_nothing() -> None:
    text = ("Le comité provincial de Tiflet s'est réuni mardi.\n"
            "La réunion a passé en revue l'avancement de la convention signée en mars dernier "
            "entre l'Association Amal et la Fondation Nour.\n"
            "A cette occasion, il a été procédé à la signature d'une convention pour "
            "l'équipement de deux dispensaires.\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    found = names_of(result)
    assert not any("Amal" in n or "Nour" in n for n in found)


def test_the_body_that_does_what_the_agreement_is_about_is_its_party() -> None:
    text = ("Deux conventions ont été signées mercredi pour étendre la zone portuaire.\n"
            "La première convention concerne l'acquisition, par l'Agence du port de Dakhla "
            "Atlantique (APDA), de 800 hectares de terrains. L'autre porte sur une zone "
            "logistique.\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    assert any("APDA" in n or "Dakhla Atlantique" in n for n in party_names(result)[0])


def test_the_king_who_presides_over_the_signing_signs_nothing() -> None:
    text = ("Le Roi préside la signature de deux conventions pour les stades\n"
            "Le Souverain a présidé lundi au Palais royal de Fès la cérémonie de signature de "
            "deux conventions, pour trois stades et pour la médina.\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    assert "etat-marocain" not in names_of(result)


def test_amounts_labelled_with_their_agreements_rank() -> None:
    text = ("Le Roi a présidé lundi au Palais royal de Fès la signature de deux conventions, "
            "dont la première vise trois stades, alors que la deuxième convention concerne la "
            "médina. Le Fonds Atlas apporte à ce titre 900 millions de DH "
            "(première convention) et 40 millions de DH (deuxième convention).\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    assert [a.get("funding", {}).get("amount") for a in result["agreements"]] == \
        [900_000_000, 40_000_000]


def test_the_group_a_signatory_belongs_to_is_not_the_other_side() -> None:
    # a guard: "les deux institutions" are the two that signed, not the group one belongs to
    text = ("La banque Atlas Finance et l'Agence arabe de garantie des exportations (AAGE), "
            "membre du Groupe Banque arabe de développement (BAD-A), viennent de signer un "
            "mémorandum d'entente, indique un communiqué.\n"
            "Selon le directeur général de l'AAGE, Karim Haddad, « ce partenariat vient à un "
            "moment où les liens entre les deux institutions se renforcent ».\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    found = names_of(result)
    assert not any("Banque arabe de développement" in n or n == "BAD-A" for n in found)
    assert any("Atlas Finance" in n for n in found)


def test_heads_named_in_turn_after_a_plural_title() -> None:
    text = ("Les présidents directeurs généraux d'Atlas Cargo, Karim Bennani, et de Sahel "
            "Logistique, Moussa Keita, ont signé mardi à Tanger un mémorandum d'entente.\n")
    result = drafted(text, BASE, published_on="2025-09-10")
    found = party_names(result)
    assert len(found) == 1
    assert any("Atlas Cargo" in n for n in found[0])
    assert any("Sahel Logistique" in n for n in found[0])
    assert not any("Keita" in n for n in found[0])
    people = {p["id"]: p["name"] for p in result["people"]}
    signed = {people.get(s["person"]): s["org"] for s in result["agreements"][0]["signatories"]}
    assert set(signed) == {"Karim Bennani", "Moussa Keita"}
    assert signed["Karim Bennani"] != signed["Moussa Keita"]


def test_the_accords_these_complete_were_signed_before() -> None:
    text = ("Le Maroc et la Lettonie ont signé, mercredi 8 octobre à Rabat, 7 accords de "
            "coopération.\n"
            "Ils viennent compléter les 12 accords signés par les deux États pendant la visite "
            "du ministre letton en 2019.\n")
    result = drafted(text, BASE, published_on=None)
    assert len(result["agreements"]) == 7


def test_a_name_the_base_knows_is_read_whole_after_groupe() -> None:
    base = [*BASE, {"id": "banque-atlas-maroc", "name": "Banque agricole de l'Atlas",
                    "kind": "company"}]
    text = ("Une convention de partenariat a été signée à Meknès entre le Groupe Banque "
            "agricole de l'Atlas et la Caisse rurale de Ziguinchor.\n")
    result = drafted(text, base, published_on="2025-04-30")
    assert "banque-atlas-maroc" in names_of(result)
    assert not any(n.startswith("Groupe Banque") for n in names_of(result))


def test_the_authorities_of_a_country_are_its_state() -> None:
    found = _mentions("La société Voltara a paraphé le 3 février un mémorandum avec les "
                      "autorités marocaines.")
    assert ("État marocain", False) in found
