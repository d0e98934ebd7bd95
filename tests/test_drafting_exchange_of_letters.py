"""An exchange of letters is how two states conclude some agreements: "ont procédé, mercredi
à Dakar, à un échange de lettres", "L'échange de lettres a été effectué par A et B"."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = ("Nouakchott – Le Maroc et la Mauritanie ont procédé, mardi à Nouakchott, à un échange "
         "de lettres relatif à la reconnaissance mutuelle des diplômes de technicien.\n\n"
         "L'échange de lettres a été effectué par l'ambassadeur du Maroc en Mauritanie, "
         "Driss Lahlou, et le ministre mauritanien de l'Enseignement technique, Sidi Ould "
         "Salem.\n\nIl complète un accord de coopération dans la formation conclu en 2017.\n")


def test_the_exchange_is_the_signing_with_its_day_place_and_signatories() -> None:
    result = drafted(STORY, [], published_on="2025-03-13")
    [agreement] = result["agreements"]
    assert agreement["signed_on"] == "2025-03-11"
    assert agreement["place"] == "Nouakchott"
    names = party_names(result)[0]
    assert "Ministère de l'Enseignement technique (Mauritanie)" in names
    assert {s["person"] for s in agreement["signatories"]} == {"driss-lahlou",
                                                               "sidi-ould-salem"}


def test_an_adjective_that_spells_a_kind_of_body_names_none() -> None:
    # "mutuelle" heads bodies ("la Mutuelle générale"), not after a noun it qualifies
    result = drafted(STORY, [], published_on="2025-03-13")
    assert not any("utuelle" in o["name"] for o in result["organizations"])



def test_the_state_a_body_belongs_to_is_its_country_not_a_party() -> None:
    story = ("Marrakech – Un accord de partenariat a été conclu jeudi à Marrakech par "
             "l'Agence de développement du digital (ADD) et l'Agence nationale du numérique "
             "(ANANUM) de l'Union des Comores, qui fixe les engagements des Parties.\n")
    result = drafted(story, [], published_on="2024-05-30")
    names = party_names(result)[0]
    assert len(names) == 2 and not any("Comores" in n or n == "Parties" for n in names)
    ananum = next(o for o in result["organizations"] if o.get("acronym") == "ANANUM")
    assert ananum["country"] == "KM"


def test_an_ambassador_of_a_republic_in_lower_case_signs_for_his_state() -> None:
    story = ("Rabat – Un accord sous forme d'échange de lettres a été paraphé mardi à Rabat par "
             "le ministre de l'Enseignement technique, Karim Alami, et Kim Min-jun, ambassadeur "
             "de la république de Corée au Maroc.\n")
    names = party_names(drafted(story, [], published_on="2025-03-13"))[0]
    assert "République de Corée" in names and "Rabat" not in names
