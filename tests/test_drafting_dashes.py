"""Two dashes that set an apposition off read as commas ("par A – le directeur de X au
ministère Y – et B"); a dateline's dash and a name's dashes stay as written."""

from __future__ import annotations

import pytest

from conventions_cli.drafting import draft_article
from conventions_cli.drafting.normalize import analysis_text

SIGNED = ("Le Maroc et le Pérou ont signé mardi à Lima un mémorandum sur les vols directs.\n\n"
          "Le texte a été paraphé par Karim Alami {d} le directeur de l'aviation civile au "
          "ministère du Transport {d} et Luis Paredes, le directeur de l'Autorité péruvienne "
          "des transports aériens (APTA).\n")


@pytest.mark.parametrize("dash", ["–", "—"])
def test_signers_set_off_by_dashes_sign_for_their_bodies(dash: str) -> None:
    draft = draft_article(SIGNED.format(d=dash), published_on="2026-03-11")
    signers = {(s["person"], s["org"]) for a in draft.agreements
               for s in a.get("signatories", [])}
    assert ("karim-alami", "ministere-transport-logistique") in signers or any(
        person == "karim-alami" and "transport" in org for person, org in signers)
    assert any(person == "luis-paredes" for person, _ in signers)


@pytest.mark.parametrize("text", [
    "Rabat – Le ministre a signé hier une convention – a-t-on appris.",
    "Rabat, le 3 février 2026 (MAP) – Le ministre a signé une convention – a-t-on appris.",
    "La région Tanger – Tétouan – Al Hoceima a signé une convention.",
])
def test_a_dateline_s_dash_and_a_name_s_dashes_stay(text: str) -> None:
    assert analysis_text(text) == text


def test_offsets_survive() -> None:
    text = SIGNED.format(d="–")
    plain = analysis_text(text)
    assert len(plain) == len(text) and "Karim Alami,  le directeur" in plain
