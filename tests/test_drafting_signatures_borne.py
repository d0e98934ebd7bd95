""""Le document porte les signatures du ministre A, du ministre délégué B et du directeur
général de C": the sentence signs, and its names are the parties (the State the lead binds
is the ministries that sign for it)."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "oncf", "name": "Office national des chemins de fer", "acronym": "ONCF",
         "kind": "public-company", "country": "MA"},
        {"id": "transport", "name": "Ministère du Transport et de la Logistique",
         "kind": "ministry", "country": "MA"}]

STORY = ("Un avenant au contrat-programme liant l'État à l'Office national des chemins de fer "
         "(ONCF) a été signé hier à Rabat.\n\n"
         "Le document porte {the} signatures du ministre du Transport et de la Logistique, "
         "Karim Saadi, et du directeur général de l'ONCF, Omar Tazi.\n")


def test_the_signatures_the_document_bears_are_its_parties() -> None:
    for the in ("les", "leurs"):
        names = party_names(drafted(STORY.format(the=the), BASE, published_on="2026-03-12"))
        assert names == [["oncf", "transport"]], (the, names)
