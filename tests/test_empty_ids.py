"""A record of any kind whose id is missing, empty or null is a problem said at its line,
by validate and by every read command: never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

RECORDS = {
    "organizations": ["  - id: atlas", "    name: Atlas", "    kind: company"],
    "people": ["  - id: karim", "    name: Karim Idrissi"],
    "events": ["  - id: salon", "    name: Salon", "    start: 2026-01-01"],
    "agreements": ["  - id: a-2026", "    title: Convention", "    type: other",
                   "    signed_on: 2026-01-01", "    parties:",
                   "      - {org: atlas, role: partner}", "    sources:",
                   "      - {publisher: X, published_on: 2026-01-02}"],
}
ID_FORMS = {"null": "id: null", "empty": "id:", "tilde": "id: ~", "blank": 'id: ""',
            "missing": None}


def _base(kind: str, form: str | None) -> dict[str, list[str]]:
    """The small base with one more record of `kind`, a copy of the first under another
    name, whose id is written `form` (None: no id key)."""
    sections = {key: list(lines) for key, lines in RECORDS.items()}
    extra = list(RECORDS[kind])
    extra[1] = extra[1] + " Bis"
    extra = (["  - " + form] + extra[1:]) if form else (["  - " + extra[1].strip()]
                                                        + extra[2:])
    sections[kind] += extra
    return sections


@pytest.mark.parametrize("form", list(ID_FORMS))
@pytest.mark.parametrize("kind", list(RECORDS))
@pytest.mark.parametrize("layout", ["file", "folder"])
def test_a_record_without_an_id_is_said_at_its_line(tmp_path: Path, run, kind: str,
                                                    form: str, layout: str) -> None:
    sections = _base(kind, ID_FORMS[form])
    if layout == "file":
        data = tmp_path / "base.yaml"
        data.write_text("schema: 2\n" + "".join(
            f"{key}:\n" + "".join(line + "\n" for line in lines)
            for key, lines in sections.items()), encoding="utf-8")
        where = "base.yaml"
    else:
        data = tmp_path / "base"
        data.mkdir()
        for key, lines in sections.items():
            (data / f"{key}.yaml").write_text(
                "schema: 2\n" + f"{key}:\n" + "".join(line + "\n" for line in lines),
                encoding="utf-8")
        where = f"{kind}.yaml"
    before = list(RECORDS)[:list(RECORDS).index(kind)] if layout == "file" else []
    start = 3 + len(RECORDS[kind]) + sum(len(RECORDS[key]) + 1 for key in before)
    for command in ("validate", "list"):
        result = run(command, data=data)
        assert result.exit_code == 1, result.output
        assert "bug" not in result.output
        said = [line for line in result.stderr.splitlines() + result.stdout.splitlines()
                if f"{where}:{start}:" in line]
        assert any("id" in line for line in said), (result.output, start)


SPECIAL = ["null", "Null", "NULL", "~", "yes", "Yes", "no", "No", "on", "On", "off", "Off",
           "true", "True", "false", "False", "y", "Y", "n", "N", "2019", "0x1f", "0o17",
           "2026-03-10", "1-2", "3e-edition", "", "a: b", "#x"]


@pytest.mark.parametrize("value", SPECIAL)
def test_a_drafted_id_reads_back_as_the_same_string_in_yaml_1_1(value: str) -> None:
    from conventions_cli.drafting.yamlbits import flow, ident

    assert yaml.safe_load(f"id: {ident(value)}") == {"id": value}
    assert yaml.safe_load(f"- {flow({'org': value, 'role': 'partner'})}") == [
        {"org": value, "role": "partner"}]


@pytest.mark.parametrize("name", ["Null", "Yes", "No", "On", "Off", "True", "False", "Y"])
def test_a_body_named_like_a_yaml_word_gets_a_string_id(run, tmp_path: Path,
                                                        name: str) -> None:
    pytest.importorskip("spacy")
    base = tmp_path / "base.yaml"
    base.write_text("schema: 2\npeople: []\nevents: []\norganizations: []\nagreements: []\n",
                    encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(f"Rabat — L'Office des Ports et la société {name} ont signé, lundi 9 "
                       "mars 2026 à Rabat, une convention de 5 MDH.\n", encoding="utf-8")
    drafted = run("draft", str(article), "--published-on", "2026-03-10", data=base)
    assert drafted.exit_code == 0, drafted.output
    doc = yaml.safe_load(drafted.stdout)
    ids = [org["id"] for org in doc["organizations"]]
    assert name.lower() in ids and all(isinstance(i, str) for i in ids)
    for agreement in doc["agreements"]:
        assert all(party["org"] in ids for party in agreement["parties"])
    added = run("draft", str(article), "--published-on", "2026-03-10", "--add", data=base)
    assert added.exit_code == 0, added.output
    assert "id is empty" not in added.output
    checked = run("validate", data=base)
    assert "id is empty" not in checked.output and "bug" not in checked.output
    assert "is not a defined organization" not in checked.output
