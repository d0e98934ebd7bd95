"""Who signs with whom in a sentence, and names matched against the knowledge base."""

from __future__ import annotations

from conventions_cli.drafting.baselinks import mentions_in
from conventions_cli.drafting.knowledge import KnowledgeBase
from conventions_cli.drafting.language import analyse, load_pipeline
from conventions_cli.drafting.linking import signing_parties
from conventions_cli.drafting.mentions import Mention, Person
from conventions_cli.drafting.signing import find_triggers

KB = [
    {"id": "menerg", "name": "Ministère de l'Énergie et des Mines", "acronym": "MEM",
     "kind": "ministry", "aliases": ["Ministère de l'Énergie, des Mines et de l'Environnement"]},
    {"id": "fedsol", "name": "Fédération du solaire", "acronym": "FEDSOL",
     "kind": "federation", "aliases": []},
]


def parties(sentence: str, kb: KnowledgeBase | None = None) -> list[tuple[str, str]]:
    kb = kb or KnowledgeBase()
    doc = analyse(sentence)
    found = mentions_in(list(doc), kb, kb.phrase_matches(doc, load_pipeline()))
    trigger = find_triggers(sentence, 0, len(sentence))[0]
    return [(p.mention.kb_id or p.mention.name, p.role_hint)
            for p in signing_parties(sentence, 0, len(sentence), trigger, found)]


def test_subject_and_with() -> None:
    assert parties("L'Office des ports et la Fédération du fret (FDF) ont signé hier une "
                   "convention avec la société Alpha Logistique.") == [
        ("Office des ports", "subject"), ("Fédération du fret", "subject"),
        ("Alpha Logistique", "with")]


def test_between_and_by() -> None:
    assert parties("Une convention a été conclue entre la Région de l'Oriental et l'Agence "
                   "urbaine d'Oujda.") == [("Région de l'Oriental", "with"),
                                           ("Agence urbaine d'Oujda", "with")]
    assert parties("La convention a été paraphée par le ministre de la Santé, Omar Bennani, "
                   "et le président de la Fondation Atlas, Rita Amrani.") == [
        ("Ministère de la Santé", "agent"), ("Fondation Atlas", "agent")]


def test_who_attends_or_presides_does_not_sign() -> None:
    assert parties("La convention a été signée par l'Agence du bassin, en présence du "
                   "ministère de l'Intérieur.") == [("Agence du bassin", "agent")]


def test_known_names_by_acronym_alias_and_folded_name() -> None:
    kb = KnowledgeBase(KB)
    assert parties("Le MEM a signé une convention avec la FEDSOL.", kb) == [
        ("menerg", "subject"), ("fedsol", "with")]
    assert parties("Le ministère de l'Energie, des Mines et de l'Environnement a signé une "
                   "convention.", kb) == [("menerg", "subject")]
    assert kb.link_org(Mention("federation du solaire", 0, 0)) == "fedsol"


def test_people_and_events_by_name() -> None:
    kb = KnowledgeBase(people=[{"id": "omar-bennani", "name": "Omar Bennani", "aliases": []}],
                       events=[{"id": "agrotech-2024", "name": "Agrotech 2024",
                                "start": "2024-04-02"}])
    assert kb.link_person(Person("Omar Bennani", 0, 0)) == "omar-bennani"
    assert kb.link_event("Salon Agrotech 2024") == "agrotech-2024"


def test_new_ids_never_collide_with_the_base() -> None:
    kb = KnowledgeBase(KB, taken_ids={"alpha-logistique"})
    assert [kb.new_id("alpha-logistique"), kb.new_id("menerg"), kb.new_id("fresh")] == [
        "alpha-logistique-2", "menerg-2", "fresh"]


def test_a_parent_company_does_not_sign() -> None:
    assert parties("Une convention a été signée avec la société Dunes Promotion du groupe "
                   "Atlas Holding, filiale de l'italien Ponte.") == [
        ("Dunes Promotion", "with")]


def test_a_person_between_two_titled_signatories() -> None:
    doc = analyse("L'accord a été signé par Sara Bennis, ministre de la Culture, et Hugo "
                  "Lenoir, ministre français de la Culture.")
    found = signing_parties(doc.text, 0, len(doc.text), (17, 22), mentions_in(
        list(doc), KnowledgeBase(), []))
    assert [(p.mention.name, p.mention.country, p.mention.person.name if p.mention.person
             else None) for p in found] == [
        ("Ministère de la Culture", None, "Sara Bennis"),
        ("Ministère de la Culture (France)", "FR", "Hugo Lenoir")]


def test_a_proper_name_after_a_common_noun_names_a_thing_not_a_signatory() -> None:
    assert parties("Cet accord, destiné à la station solaire Nour Sud, a été signé entre "
                   "l'Agence de l'énergie (ADE) et la banque Hansa.") == [
        ("Agence de l'énergie", "with"), ("Hansa", "with")]


def test_signatories_listed_after_notamment() -> None:
    assert [name for name, _ in parties(
        "Plusieurs ministres ont signé le contrat, notamment ceux de l'Intérieur (Ali Nejjar) "
        "et de la Santé (Sara Amrani).")] == ["Ministère de l'Intérieur", "Ministère de la Santé"]


def test_the_signature_a_document_bears() -> None:
    assert [name for name, _ in parties(
        "Le contrat-programme, portant la signature du ministre de l'Energie et du directeur "
        "général de l'Office des mines, a été présenté.")] == [
        "Ministère de l'Energie", "Office des mines"]


def test_a_ministry_by_its_portfolio_whatever_says_how_it_is_attached() -> None:
    kb = KnowledgeBase(organizations=[
        {"id": "mic", "name": "Ministère de l'Investissement et de la Convergence",
         "kind": "ministry"},
        {"id": "minsante", "name": "Ministère de la Santé", "kind": "ministry"}])
    delegated = Mention("Ministère délégué auprès du chef du gouvernement chargé de "
                        "l'Investissement et de la Convergence", 0, 10, "ministry")
    assert kb.link_org(delegated) == "mic"
    # the press's short form is it; a foreign ministry of the same portfolio is not
    assert kb.link_org(Mention("Ministère de l'Investissement", 0, 10, "ministry")) == "mic"
    assert kb.link_org(Mention("Ministère de la Santé du Ghana", 0, 10, "ministry")) is None
    assert kb.link_org(Mention("Ministre de la Santé", 0, 10, "ministry")) == "minsante"


def test_a_foreign_ministry_is_linked_by_its_full_name_only() -> None:
    kb = KnowledgeBase(organizations=[
        {"id": "fr-sports", "name": "Ministère des Sports (France)", "kind": "ministry",
         "country": "FR"},
        {"id": "bm", "name": "Banque mondiale (BIRD)", "kind": "international",
         "country": "US"}])
    assert kb.link_org(Mention("Ministère des Sports", 0, 10, "ministry")) is None
    assert kb.link_org(Mention("Ministère des Sports (France)", 0, 10, "ministry")) == \
        "fr-sports"
    assert kb.link_org(Mention("Banque mondiale", 0, 10, "international")) == "bm"


def test_a_short_name_in_capitals_is_the_one_known_name_it_begins() -> None:
    kb = KnowledgeBase(organizations=[
        {"id": "groupe-psa", "name": "PSA Peugeot Citroën", "kind": "company"},
        {"id": "ocp-a", "name": "OCP Africa", "kind": "company"},
        {"id": "ocp-s", "name": "OCP Solutions", "kind": "company"}])
    assert kb.link_org(Mention("PSA", 0, 3, "company")) == "groupe-psa"
    assert kb.link_org(Mention("OCP", 0, 3, "company")) is None  # two begin with it


def test_a_short_form_is_the_one_ministry_whose_portfolio_opens_with_it() -> None:
    kb = KnowledgeBase(organizations=[
        {"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry"},
        {"id": "mic", "name": "Ministère de l'Industrie, du Commerce et de l'Économie "
         "numérique", "kind": "ministry"},
        {"id": "mtour", "name": "Ministère du Tourisme et de l'Économie sociale",
         "kind": "ministry"}])
    assert kb.link_org(Mention("Ministère de l'Economie", 0, 10, "ministry")) == "mef"
    assert kb.link_org(Mention("Ministère des Finances", 0, 10, "ministry")) == "mef"
    assert kb.link_org(Mention("Ministère du Commerce", 0, 10, "ministry")) == "mic"
    assert kb.link_org(Mention("Ministère de l'Économie sociale", 0, 10, "ministry")) == "mtour"
    # held by two ministries, opening neither's portfolio: not a guess
    without_mef = KnowledgeBase(organizations=kb.organizations[1:])
    assert without_mef.link_org(Mention("Ministère de l'Economie", 0, 10, "ministry")) is None
    assert kb.link_org(Mention("Ministère de l'Economie", 0, 10, "ministry",
                               country="FR")) is None


def test_a_regional_council_or_a_commune_however_the_press_names_it() -> None:
    kb = KnowledgeBase(organizations=[
        {"id": "region-cs", "name": "Région Casablanca-Settat (Conseil régional)",
         "kind": "public-body"},
        {"id": "commune-taza", "name": "Commune de Taza", "kind": "public-body"}])
    for name in ("Conseil de la région Casablanca-Settat", "la Région de Casablanca-Settat",
                 "conseil régional de Casablanca-Settat"):
        assert kb.link_org(Mention(name, 0, 10)) == "region-cs", name
    assert kb.link_org(Mention("Conseil communal de Taza", 0, 10)) == "commune-taza"
    assert kb.link_org(Mention("Wilaya de la région Casablanca-Settat", 0, 10)) is None


def test_the_signatories_named_after_a_copula() -> None:
    # the list after "les signataires (de cette convention) sont": who signs
    assert parties("Les signataires de cette convention sont l'Agence du bassin et "
                   "l'Office des ports.") == [("Agence du bassin", "agent"),
                                              ("Office des ports", "agent")]
    assert parties("Les cosignataires du protocole d'accord étaient la Fédération du fret "
                   "et la Région de l'Oriental.") == [("Fédération du fret", "agent"),
                                                     ("Région de l'Oriental", "agent")]
    # the verb before its subject: "Ont signé ce protocole A et B"
    assert parties("Ont signé ce protocole la Région de l'Oriental et l'Agence urbaine "
                   "d'Oujda.") == [("Région de l'Oriental", "agent"),
                                   ("Agence urbaine d'Oujda", "agent")]
    # what the signatories agreed to do is not who signs
    assert parties("Les signataires de la convention sont convenus de saisir l'Office des "
                   "ports.") == []
