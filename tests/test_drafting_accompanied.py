"""Agreements that go with the one just told: "un contrat de financement de 150 M€ …. Le prêt
s'accompagne de deux accords de don" is three agreements, not one."""

from __future__ import annotations

from drafting_cases import drafted

STORY = ("Casablanca – La Banque européenne d'investissement (BEI) et l'Office national de "
         "l'eau (ONEAU) ont signé jeudi à Casablanca un contrat de financement de 150 millions "
         "d'euros pour l'assainissement.\n\n"
         "Le prêt {goes} deux accords de don, le premier octroyé par l'Union européenne, le "
         "second par la BEI.\n")


def test_a_loan_accompanied_by_two_grants_is_three_agreements() -> None:
    for goes in ("s'accompagne de", "est assorti de"):
        result = drafted(STORY.format(goes=goes), [], published_on="2018-07-06")
        assert len(result["agreements"]) == 3, goes


def test_a_loan_that_finances_two_programmes_is_one() -> None:
    result = drafted(STORY.format(goes="financera"), [], published_on="2018-07-06")
    assert len(result["agreements"]) == 1


def test_two_amounts_sharing_their_unit_go_one_to_each_grant() -> None:
    story = STORY.format(goes="s'accompagne de").replace(
        "deux accords de don,", "deux accords de don, de 6 et 4 millions d'euros,")
    agreements = drafted(story, [], published_on="2018-07-06")["agreements"]
    assert [a["funding"]["amount"] for a in agreements] == [150_000_000, 6_000_000, 4_000_000]
