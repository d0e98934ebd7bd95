"""Signers listed as name-then-title pairs, each title with its article ("par A, le ministre
de X, B, la directrice de Y, et C, le maire de Z"), sign for the body of the title after
their own name, not of the one before; the other order ("par le ministre de X, A, le
président de Y, B") still gives each title the name after it."""

from __future__ import annotations

from drafting_cases import drafted, party_names


def _signers(text: str) -> dict[str, str]:
    agreement = drafted(text, [], published_on="2017-12-22")["agreements"][0]
    return {s["person"]: s["title"] for s in agreement["signatories"]}


def test_names_then_titles_with_their_articles() -> None:
    found = _signers("Un accord de prêt a été paraphé jeudi à Rabat par Karim Alami, le "
                     "ministre de l'Economie et des Finances, Marie Dupont, la directrice de "
                     "la Banque Alpha pour le Maghreb, et Omar Tazi, le maire de Casablanca.")
    assert found["karim-alami"].startswith("Ministre de l'Economie")
    assert found["marie-dupont"].startswith("Directrice de la Banque Alpha")
    assert found["omar-tazi"] == "Maire de Casablanca"


def test_titles_then_names_keep_the_name_after_each_title() -> None:
    found = _signers("Un accord a été paraphé jeudi à Rabat par le ministre de l'Economie, "
                     "Karim Alami, le président de la Banque Alpha, Omar Tazi, et le "
                     "directeur de l'Office Beta, Ali Bennis.")
    assert found["karim-alami"] == "Ministre de l'Economie"
    assert found["omar-tazi"] == "Président de la Banque Alpha"
    assert found["ali-bennis"] == "Directeur de l'Office Beta"


def test_a_first_name_alone_then_titles_each_with_the_name_after() -> None:
    result = drafted("Le ministre de la Santé, Karim Ait Alami, a présidé jeudi la signature de "
                     "deux conventions. Signées par Ait Alami, le wali de l'Oriental, "
                     "gouverneur d'Oujda-Angad, Omar Tazi, le président du conseil "
                     "de la région, Ali Bennis, le directeur régional de la santé, Samir "
                     "Idrissi et d'autres partenaires, ces conventions visent les hôpitaux.",
                     [], published_on="2017-12-22")
    signers = {s["person"]: s["org"] for s in result["agreements"][0]["signatories"]}
    assert signers.get("karim-ait-alami", "").startswith("ministere-sante"), signers
    assert not signers.get("omar-tazi", "").startswith("ministere"), signers


def test_messieurs_before_surnames_neither_cuts_the_sentence_nor_hides_them() -> None:
    result = drafted("Deux conventions ont été signées jeudi à Settat en présence du ministre "
                     "de la Santé, Karim Alami, et du ministre de l'Équipement, Omar Tazi. "
                     "Signée par MM. Alami et Tazi, la première porte sur un hôpital.",
                     [], published_on="2023-06-09")
    found = [[p["org"] for p in a["parties"]] for a in result["agreements"]]
    assert any(o.startswith("ministere-sante") for o in found[0]), found
    assert any(o.startswith("ministere-equipement") for o in found[0]), found


def test_names_after_respectivement_are_the_bodies_heads_not_bodies() -> None:
    result = drafted("L'accord a été signé lundi à Rabat par les présidents de l'Université "
                     "Alpha et de l'Université Beta, respectivement MM. Karim Lahlou et "
                     "Bouchta El Moumni, en présence de l'ambassadeur.", [],
                     published_on="2023-06-09")
    names = {n for p in party_names(result) for n in p}
    assert not any("Moumni" in n or "Lahlou" in n for n in names), names


def test_a_surname_after_messieurs_is_never_a_body() -> None:
    result = drafted("Un protocole d'accord a été signé lundi à Rabat par le ministre des "
                     "Affaires étrangères, Karim Alami. Un mémorandum a aussi été signé par MM. "
                     "Alami et Ndiaye.", [], published_on="2026-01-20")
    names = {n for p in party_names(result) for n in p}
    assert "Ndiaye" not in names, names
