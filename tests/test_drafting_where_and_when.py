"""Where and when a signing took place. One held by video link ("ont signé mardi, en
visioconférence, une convention …, en marge du Forum X tenu à Lyon") has no one place: the
forum's city is not where it was signed, though it stays the forum's; a meeting held by
video link elsewhere in the sentence takes nothing away. A day the sentence before gives the
same contract ("La région s'est dotée, jeudi, de son contrat-programme") is its signing's."""

from __future__ import annotations

from drafting_cases import drafted

REMOTE = (
    "Le Centre régional d'investissement de l'Oriental et l'agence française Lyon Invest ont "
    "signé mardi, en visioconférence, une convention de coopération sur l'attractivité. "
    "Conclu en marge du Forum des deux rives tenu à Lyon, ce partenariat vise la diaspora.")


def test_a_signing_by_video_link_has_no_place() -> None:
    result = drafted(REMOTE, [], published_on="2022-02-10")
    agreement = result["agreements"][0]
    assert agreement.get("place") is None
    assert agreement["signed_on"] == "2022-02-08"
    # the forum itself was held in Lyon
    assert [e.get("place") for e in result["events"]] == ["Lyon"]


def test_the_same_signing_in_the_room_takes_the_forum_s_city() -> None:
    text = REMOTE.replace(", en visioconférence,", "")
    agreement = drafted(text, [], published_on="2022-02-10")["agreements"][0]
    assert agreement.get("place") == "Lyon"


def test_a_meeting_held_by_video_link_leaves_the_signing_s_place() -> None:
    text = ("Le conseil d'administration de l'Office Alpha, réuni lundi par visioconférence "
            "sous la présidence du ministre de l'Agriculture et de la Pêche, a salué la "
            "convention de partenariat que l'Office Alpha et la Commune de Taza ont signée "
            "mardi à Taza.")
    agreement = drafted(text, [], published_on="2022-02-10")["agreements"][0]
    assert agreement.get("place") == "Taza"


def test_the_day_a_sentence_before_gives_the_same_contract_is_its_signing_day() -> None:
    text = ("Meknès- La région de Fès-Meknès s'est dotée, jeudi, de son contrat-programme "
            "régional pour le tourisme rural, doté de 2 milliards de dirhams.\n\n"
            "Le document a été signé à Meknès par le ministre du Tourisme, Karim Alami, et le "
            "président du conseil régional, Omar Tazi.")
    agreement = drafted(text, [], published_on="2013-10-24")["agreements"][0]
    assert agreement["signed_on"] == "2013-10-24"
