"""How many agreements an article reports and the type of each: whatever noun names one,
an enumeration of them, the same one told twice. Each test drafts an article written for
it, in the press's own style."""

from __future__ import annotations

from typing import Any

import pytest

from drafting_cases import drafted, types

pytest.importorskip("spacy")

BASE = [
    {"id": "ministere-justice", "name": "Ministère de la Justice", "kind": "ministry"},
    {"id": "etat-marocain", "name": "État marocain", "kind": "other",
     "aliases": ["Gouvernement", "Royaume du Maroc"]},
]


def draft(text: str, published_on: str = "2025-03-12", **known: Any) -> dict[str, Any]:
    return drafted(text, BASE, published_on, **known)


@pytest.mark.parametrize("text", [
    # each sentence adds one, named by a noun no list of agreement words holds
    "Fès — Le ministre de la Justice a signé lundi un mémorandum d'entente avec son "
    "homologue ghanéen. Il a aussi signé une feuille de route avec son homologue tchadien. "
    "Le ministre et son homologue péruvien ont par ailleurs signé un plan d'action pour "
    "l'année 2026.",
    "Fès — Lundi, le ministre de la Justice et son homologue ghanéen ont signé un "
    "mémorandum d'entente. Un plan d'action a ensuite été paraphé avec le Tchad, puis le "
    "ministre a conclu avec le Pérou un programme d'échanges de magistrats.",
])
def test_every_noun_a_verb_of_signing_takes_is_one_agreement(text: str) -> None:
    result = draft(text)
    assert sorted(types(result)) == ["memorandum", "other", "other"]


def test_what_the_king_signed_with_a_president_is_an_agreement_even_when_the_parse_hangs_it_on_him(
        ) -> None:
    result = draft("Pékin — Un mémorandum d'entente a été signé jeudi pour une usine de "
                   "câbles. Le souverain a signé avec le président chinois une déclaration "
                   "instituant un dialogue stratégique entre les deux pays.")
    assert sorted(types(result)) == ["memorandum", "other"]


@pytest.mark.parametrize("text", [
    "Rabat — Le document a été signé mardi par le ministre de la Justice et le président "
    "de l'Agence danoise de coopération. L'accord prévoit la formation de greffiers.",
    "Rabat — Le ministre de la Justice et le président de l'Agence danoise de coopération "
    "ont signé un texte mardi. Ce mémorandum porte sur la formation de greffiers.",
])
def test_an_agreement_signed_as_a_mere_document_takes_the_kind_the_article_names_later(
        text: str) -> None:
    result = draft(text)
    assert len(result["agreements"]) == 1
    assert types(result)[0] in ("accord", "memorandum")


@pytest.mark.parametrize("text", [
    "Rabat — Le ministre de la Justice a signé une convention de coopération avec son "
    "homologue roumain ainsi qu'un protocole amendant la convention judiciaire conclue en "
    "1998 entre les deux pays.",
    "Rabat — Le ministre de la Justice a signé avec son homologue roumain une convention "
    "de coopération et un accord modifiant le traité d'extradition de 2002.",
])
def test_an_agreement_that_amends_another_is_an_amendment(text: str) -> None:
    result = draft(text)
    assert sorted(types(result)) == ["avenant", "convention-partenariat"]


@pytest.mark.parametrize("text", [
    "Témara — Le royaume et le Sénégal ont signé jeudi une convention de partenariat sur "
    "l'apprentissage. Un partenariat a ainsi été scellé entre les deux offices de formation.",
    "Témara — Une convention a été signée jeudi entre le royaume et le Sénégal. Les deux "
    "pays ont ainsi signé une coopération durable dans l'apprentissage.",
])
def test_a_partnership_sealed_tells_the_agreement_again(text: str) -> None:
    assert len(draft(text)["agreements"]) == 1


@pytest.mark.parametrize("text", [
    "Oujda — Le gouverneur a signé une série de conventions avec les communes de la "
    "province.",
    "Oujda — Le gouverneur a signé un ensemble d'accords avec les communes de la province.",
])
def test_a_series_of_agreements_is_not_one_more(text: str) -> None:
    result = draft(text)
    assert "other" not in types(result)


@pytest.mark.parametrize("text", [
    "Agadir — Le wali a signé mercredi une convention avec la commune d'Aourir ainsi "
    "qu'un mémorandum avec l'Agence du bassin hydraulique.",
    "Agadir — Une convention a été signée mercredi avec la commune d'Aourir, ainsi qu'une "
    "charte avec l'Agence du bassin hydraulique.",
])
def test_an_agreement_added_with_ainsi_qu_un_is_one_more(text: str) -> None:
    assert len(draft(text)["agreements"]) == 2


@pytest.mark.parametrize("text", [
    "Rabat — Le ministre de la Justice a signé des conventions lors de la commission "
    "mixte réunie mardi. Ces conventions portent sur la formation des juges.",
    "Rabat — Les nombreux accords signés mardi par le ministre de la Justice au terme de "
    "la commission mixte ouvrent de belles perspectives, selon un éditorial.",
])
def test_agreements_in_the_plural_that_nothing_counts_are_two_at_least(text: str) -> None:
    result = draft(text)
    assert len(result["agreements"]) == 2
    assert "plural without saying how many" in result["yaml"]


@pytest.mark.parametrize("text", [
    "Dakar — Le Maroc et le Sénégal ont signé lundi trois accords. Il s'agit d'un échange "
    "de lettres sur les bourses, d'un mémorandum d'entente sur la pêche et d'une "
    "convention-cadre sur la santé.",
    "Dakar — Trois textes ont été signés lundi par le Maroc et le Sénégal, à savoir un "
    "échange de lettres sur les bourses, un mémorandum d'entente sur la pêche et une "
    "convention-cadre sur la santé.",
])
def test_the_items_a_sentence_gives_for_the_counted_agreements_have_their_own_types(
        text: str) -> None:
    result = draft(text)
    assert types(result) == ["accord", "memorandum", "convention-cadre"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Accra — Plusieurs accords ont été signés lundi entre le Maroc et le Ghana. Il s'agit "
     "d'un accord sur la pêche, d'un mémorandum d'entente sur l'énergie et d'un protocole "
     "d'accord sur la santé.", ["accord", "memorandum", "protocole-accord"]),
    ("Rabat — Des accords ont été conclus mardi entre des entreprises marocaines et "
     "espagnoles. Les accords institutionnels comprennent une convention de partenariat "
     "entre deux chambres de commerce et un protocole d'accord entre deux ports. Au niveau du "
     "secteur privé, il s'agit également d'un mémorandum d'entente entre deux cimentiers et "
     "d'une lettre d'intention entre deux banques.",
     ["convention-partenariat", "protocole-accord", "memorandum", "other"]),
])
def test_each_item_that_details_agreements_in_the_plural_is_one(
        text: str, expected: list[str]) -> None:
    assert sorted(types(draft(text))) == sorted(expected)


def test_a_single_agreement_detailed_again_stays_one() -> None:
    result = draft("Tiznit — Une convention a été signée vendredi entre la province et la "
                   "chambre d'agriculture. Il s'agit d'une convention de partenariat sur "
                   "l'irrigation des oasis.")
    assert types(result) == ["convention-partenariat"]


@pytest.mark.parametrize("words", ["un échange de notes", "un échange de lettres"])
def test_an_exchange_of_notes_is_an_agreement(words: str) -> None:
    result = draft(f"Rabat — Le Maroc et le Japon ont signé mardi {words} relatif à un prêt "
                   "de 50 millions de dollars.")
    assert types(result) == ["accord"]


def test_the_first_item_told_with_il_s_agit_takes_its_own_type_before_the_second() -> None:
    result = draft("Tiznit — Deux conventions de partenariat ont été signées vendredi entre "
                   "la province et la chambre d'agriculture. Il s'agit d'une convention-cadre "
                   "sur l'irrigation. La seconde convention porte sur l'élevage caprin.")
    assert types(result) == ["convention-cadre", "convention-partenariat"]


@pytest.mark.parametrize("opening", [
    "Cette mission prolonge la convention de coopération que les deux provinces ont conclue "
    "le 3 mars 2021.",
    "La délégation vient donner suite à la convention de jumelage signée le 3 mars 2021 "
    "lors des Journées des élus locaux.",
])
def test_an_agreement_recalled_then_told_back_by_a_demonstrative_is_drafted_once(
        opening: str) -> None:
    result = draft("Settat — " + opening + " Cette convention, signée par le président de "
                   "la province de Settat et son homologue de Kayes, vise l'échange "
                   "d'expériences en gestion locale.", published_on="2022-05-10")
    assert len(result["agreements"]) == 1
    assert str(result["agreements"][0]["signed_on"]) == "2021-03-03"


@pytest.mark.parametrize("text", [
    "Rabat — La Banque nordique a accordé au Maroc deux prêts d'un montant global de 90 "
    "millions d'euros. Les conventions de ces accords de financement ont été signées lundi à "
    "Rabat par le ministre de l'Économie et le directeur de la Banque.",
    "Rabat — L'action de la Banque nordique au Maroc se clôt avec la signature des deux "
    "derniers projets de l'année. Lesdits accords ont été signés jeudi au ministère des "
    "Finances.",
])
def test_a_plural_that_points_back_is_as_many_as_were_counted(text: str) -> None:
    assert len(draft(text)["agreements"]) == 2


def test_a_plural_points_back_only_to_counted_agreements_loans_or_projects() -> None:
    result = draft("Rabat — Le ministre de la Justice a reçu trois délégations africaines. Ces "
                   "accords ont été signés lundi avec le Ghana, selon le ministère.")
    assert len(result["agreements"]) != 3


def test_legal_instruments_are_counted_and_typed_by_what_they_are() -> None:
    result = draft("Rabat — La 4e session de la commission mixte Maroc-Ghana a été marquée "
                   "lundi par la signature de six instruments juridiques. La session des "
                   "signatures a débuté par un mémorandum d'entente sur la pêche entre les "
                   "deux ministères.")
    assert len(result["agreements"]) == 6
    assert set(types(result)) <= {"memorandum", "other"} and "memorandum" in types(result)


def test_an_ordinal_s_general_word_takes_the_kind_announced_and_a_plan_is_other() -> None:
    result = draft("Rabat — Le Maroc et le Portugal veulent renforcer leur coopération "
                   "judiciaire à travers deux nouvelles conventions de partenariat.\n\nLe premier "
                   "accord, qui concerne la formation des juges, a été paraphé lundi à Rabat par "
                   "le ministre de la Justice et son homologue portugais.\n\nLe second accord "
                   "concerne un plan d'action pour les années 2025 et 2026, signé lundi à Rabat.")
    assert types(result) == ["convention-partenariat", "other"]


@pytest.mark.parametrize("sentence", [
    "Le Maroc et le Portugal ont procédé lundi à Lisbonne à un échange de notes relatif à la "
    "coopération judiciaire.",
    "Le Maroc et le Portugal ont échangé des lettres lundi à Lisbonne sur la coopération "
    "judiciaire.",
])
def test_states_that_exchange_notes_conclude_an_agreement(sentence: str) -> None:
    result = draft(sentence)
    assert types(result) == ["accord"]
    assert str(result["agreements"][0]["signed_on"]) == "2025-03-10"


@pytest.mark.parametrize(("text", "told"), [
    ("Tanger — Au total, 72 conventions de partenariat ont été conclues jeudi à Tanger "
     "entre la Région et des coopératives agricoles, pour un budget global de 900 millions "
     "de dirhams.", 72),
    ("Agadir — Quelque 140 accords d'investissement ont été paraphés vendredi à Agadir "
     "par le ministère de la Justice et des entreprises du secteur, pour 2,5 milliards de "
     "dirhams.", 140),
    ("Rabat — Le ministère de la Justice a signé mardi à Rabat 96 conventions avec des "
     "associations de la société civile, d'un montant total de 310 millions de dirhams.",
     96),
])
def test_an_article_counting_more_agreements_than_are_drafted_says_its_own_count(
        text: str, told: int) -> None:
    result = draft(text)
    drafted_n = len(result["agreements"])
    assert 2 <= drafted_n < told
    header = next(line for line in result["yaml"].splitlines()
                  if line.startswith("agreements:"))
    assert f"{drafted_n} of the {told} the article counts" in header
    assert f"the article counts {told} agreements; only {drafted_n} are drafted" \
        in result["yaml"]
    # the total the article gives is for all it counts, not for the ones drafted
    assert f"is reported for all {told} agreements together ({drafted_n} drafted)" \
        in result["yaml"]
    assert f"for all {drafted_n} agreements" not in result["yaml"]


def test_fields_then_each_agreement_told_are_the_same_agreements() -> None:
    """ "plusieurs accords dans les domaines de A, B et C", then each told in turn: the
    ones told are those agreements, not three more."""
    from drafting_cases import drafted
    text = ("Le Maroc et le Portugal ont signé jeudi à Lisbonne plusieurs accords dans les "
            "domaines de la justice, de l'énergie et du sport. Ainsi, un mémorandum d'entente "
            "sur la justice a été signé par les deux ministres de la Justice. Les ministres "
            "de l'Énergie ont pour leur part signé un mémorandum sur les énergies "
            "renouvelables. Enfin, un protocole d'accord sur le sport a été paraphé par les "
            "ministres des Sports.")
    result = drafted(text, [], "2024-05-10")
    assert len(result["agreements"]) == 3


def test_a_year_review_published_the_next_january_keeps_its_agreements() -> None:
    # "en 2024" is before the publication's year, but "le dernier de ces prêts" is one of
    # those the year told of: they are the news, not history
    result = draft("Rabat — La Banque mondiale a signé en 2024 quatre accords de prêt avec le "
                   "Maroc, totalisant 900 millions de dollars. Le dernier de ces prêts, signé le "
                   "27 décembre, porte sur 250 millions de dollars pour l'irrigation.",
                   published_on="2025-01")
    assert len(result["agreements"]) == 4


def test_a_signing_of_an_earlier_year_beside_this_one_is_history() -> None:
    result = draft("Rabat — Le Maroc et la Banque mondiale ont signé lundi un accord de prêt "
                   "de 250 millions de dollars. La Banque avait déjà signé un accord du même "
                   "type en 2019.", published_on="2025-01-15")
    assert len(result["agreements"]) == 1


def test_a_spelled_count_ending_in_une_is_a_number() -> None:
    result = draft("Ainsi, vingt et une conventions ont été signées mardi entre la Banque "
                   "Alpha et les interprofessions agricoles. Parmi elles, 18 conventions "
                   "ont été signées avec 18 interprofessions.")
    assert len(result["agreements"]) == 21


def test_an_agreement_signed_beside_n_others_makes_n_plus_one() -> None:
    result = draft("Le protocole pour la réalisation de 9 projets industriels dans la région de "
                   "l'Oriental, signé aux côtés de cinq conventions, lundi à Oujda, concerne "
                   "trois filières.")
    assert len(result["agreements"]) == 6


@pytest.mark.parametrize(("signed", "count"), [
    ("signé ce jour", 1),  # the same two signers again: the same signing told twice
    ("également signé", 2),  # "également": another one, with the same signers
])
def test_the_same_two_signers_again_tell_the_same_signing(signed: str, count: int) -> None:
    text = ("Karim Alami et Pedro Gomez ont procédé, jeudi 9 mai, à la signature d'une "
            "convention de partenariat liant le Maroc au Pérou sur la pêche.\n\n"
            "Karim Alami, ministre de la Pêche, et son homologue péruvien, Pedro Gomez, ont "
            f"{signed} une convention de partenariat sur les ports de pêche.")
    assert len(drafted(text, BASE, published_on="2024-05")["agreements"]) == count


def test_what_the_one_agreement_is_is_no_other() -> None:
    text = ("Karim Alami et Omar Fassi ont procédé, jeudi 9 mai, à la signature d'une "
            "convention de partenariat liant le Maroc à la Mauritanie en matière de justice."
            "\n\nKarim Alami, ministre de la Justice, et son homologue mauritanien, Omar "
            "Fassi, ont paraphé ce jour une convention de partenariat. Il s'agit en fait "
            "d'un plan d'action destiné à appliquer l'accord de coopération judiciaire signé "
            "le 3 mars 2019 entre le Royaume et la Mauritanie.")
    assert len(drafted(text, BASE, published_on="2024-05")["agreements"]) == 1


BATCH_NAMED = (
    "Rabat — Quatre accords de coopération ont été signés mardi à Rabat à l'issue de la "
    "commission mixte entre le Maroc et le Bénin.\n\n"
    "Ainsi, un accord de coopération culturelle a été signé par les deux parties pour les "
    "échanges d'artistes.\n\n"
    "L'Accord de coopération en matière de pêche maritime fixe le cadre des échanges "
    "d'expertise entre les deux pays.\n\n"
    "Le mémorandum d'entente dans le domaine de la formation professionnelle ouvre les "
    "instituts marocains aux stagiaires béninois.\n\n"
    "L'accord prévoit aussi un comité de suivi.")


def test_a_counted_batch_named_one_by_one_with_the_definite_article() -> None:
    result = drafted(BATCH_NAMED, BASE, published_on="2024-05-15")
    assert len(result["agreements"]) == 4
    assert types(result)[:3] == ["accord", "accord", "memorandum"]


def test_an_undated_retelling_by_the_same_bodies_is_the_dated_signing() -> None:
    # the minister's own post, quoted under the story, tells the same memorandum without a day
    result = draft("Rabat — Un mémorandum d'entente a été signé mardi à Rabat entre le ministère "
                   "de la Justice et l'Institut international de droit (IID). La signature "
                   "d'un mémorandum d'entente avec l'IID ouvre la voie à des formations "
                   "communes.")
    assert types(result) == ["memorandum"]


def test_an_undated_agreement_said_to_be_another_is_one_more() -> None:
    result = draft("Rabat — Un mémorandum d'entente a été signé mardi à Rabat entre le ministère "
                   "de la Justice et l'Institut international de droit (IID). Un autre "
                   "mémorandum d'entente a été conclu avec l'IID sur les archives.")
    assert types(result) == ["memorandum", "memorandum"]
