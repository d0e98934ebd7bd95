"""Search keeps a town's name whole: Snowball stems "Agadir" and "Agadez" (Niger) alike,
and a search for one found the other. Accents, case and French inflections still fold."""

from __future__ import annotations

import pytest

from conventions_cli.text import search_stems, stemmed_text

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
agreements:
  - id: port-agadir
    title: Convention pour le port d'Agadir
    type: accord
    signed_on: 2020-03-02
    parties: [{org: mic, role: signatory}]
    summary: Des zones industrielles signées avec la ville.
    sources: [{publisher: Communiqué, published_on: 2020-03-03}]
  - id: jumelage-agadez
    title: Jumelage avec la région d'Agadez
    type: accord
    signed_on: 2021-03-02
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2021-03-03}]
  - id: sale-emplois
    title: Emplois industriels à Salé
    type: accord
    signed_on: 2022-03-02
    parties: [{org: mic, role: signatory}]
    sources: [{publisher: Communiqué, published_on: 2022-03-03}]
"""


def _found(run, path, *words: str) -> set[str]:
    result = run("search", *words, "--format", "tsv", data=path)
    assert result.exit_code == 0, result.output
    return {line.split("\t")[0] for line in result.stdout.splitlines()[1:]}


@pytest.mark.parametrize(("query", "expected"), [
    ("agadir", {"port-agadir"}), ("AGADIR", {"port-agadir"}),
    ("agadez", {"jumelage-agadez"}), ("Agadèz", {"jumelage-agadez"}),
    ("sale", {"sale-emplois"}), ("Salé", {"sale-emplois"}),
    # French inflections and accents fold as before
    ("industriel", {"sale-emplois", "port-agadir"}), ("signee", {"port-agadir"}),
    ("emploi", {"sale-emplois"}), ("emplois", {"sale-emplois"}),
])
def test_a_town_finds_that_town_only_and_words_still_fold(run, write_yaml, query, expected):
    assert _found(run, write_yaml(BASE), query) == expected


def test_the_index_and_a_search_keep_the_same_town_whole():
    import conventions_cli.db.rows  # noqa: F401  (registers the gazetteer's towns)

    assert search_stems("agadir") == ("agadir",)
    assert stemmed_text("le port d'Agadir").split()[-1] == "agadir"
    assert search_stems("agadez") != search_stems("agadir")
