"""Grant contracts signed with each beneficiary: grants "en faveur de quatre associations"
whose contracts the ambassador signs with "les représentants des associations
bénéficiaires" are one contract per association; "Une aide de N euros a été octroyée à
l'Association X" gives X its contract and its amount. A compact unit may be spaced ("220 M
€")."""

from __future__ import annotations

from drafting_cases import drafted, party_names

STORY = (
    "La Corée a octroyé des dons d'une valeur de 250.000 euros en faveur de quatre "
    "associations marocaines œuvrant dans le développement local.\n\n"
    "Ces dons, dont les contrats ont été signés mardi à Rabat par l'ambassadeur de Corée au "
    "Maroc, Park Min-jun, et les représentants des associations bénéficiaires, relèvent du "
    "programme d'aide aux micro-projets.\n\n"
    "Une aide de 70.000 euros a été octroyée à l'Association Tighmert pour le développement, "
    "pour un centre de formation. Un autre don de 65.000 euros a été accordé à l'Association "
    "Assif des femmes rurales, afin d'équiper une coopérative. L'Amicale des enseignants de "
    "Tata a, pour sa part, bénéficié d'une aide de 60.000 euros.")


def test_one_contract_per_association_each_with_its_grant() -> None:
    result = drafted(STORY, [], published_on="2013-03-02")
    assert len(result["agreements"]) == 4
    amounts = [(a.get("funding") or {}).get("amount") for a in result["agreements"]]
    assert amounts[:3] == [70_000, 65_000, 60_000]
    names = party_names(result)
    assert any(n.startswith("Association Tighmert") for n in names[0])
    assert any(n.startswith("Association Assif") for n in names[1])
    assert any(n.startswith("Amicale des enseignants de Tata") for n in names[2])


def test_without_the_beneficiaries_signing_the_count_is_not_theirs() -> None:
    text = STORY.replace("et les représentants des associations bénéficiaires",
                         "et le ministre des Finances")
    assert len(drafted(text, [], published_on="2013-03-02")["agreements"]) != 4


def test_a_spaced_compact_unit_is_an_amount() -> None:
    text = ("La Banque européenne d'investissement a signé mercredi à Rabat avec la Société "
            "nationale des autoroutes du Maroc (ADM) un accord d'un montant de 220 M € pour "
            "un tronçon autoroutier.")
    found = drafted(text, [], published_on="2010-11-16")["agreements"]
    assert found[0]["funding"] == {"amount": 220_000_000, "currency": "EUR"}


def test_an_ambassador_extraordinary_and_plenipotentiary_signs_for_his_state() -> None:
    result = drafted("Deux contrats de don ont été signés, mardi à Rabat, entre Kenji Sato, "
                     "ambassadeur extraordinaire et plénipotentiaire du Japon au Maroc, et "
                     "trois coopératives de la région.\n", [], published_on="2026-03-11")
    signed = {(s["person"], s["org"]) for a in result["agreements"]
              for s in a.get("signatories") or []}
    assert any(person == "kenji-sato" and "japon" in org for person, org in signed)
