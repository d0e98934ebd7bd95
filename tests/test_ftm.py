"""conv export --format ftm: FollowTheMoney entities that FtM's own model reads as they are."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from views_base import VIEWS


@pytest.fixture
def views(write_yaml: Callable[[str, str], Path]) -> Path:
    return write_yaml(VIEWS)


def entities(run, data: Path, *args: str) -> dict[str, dict]:
    result = run("export", "--format", "ftm", *args, data=data)
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(set(e) == {"id", "schema", "properties"} for e in found)
    assert all(isinstance(v, list) and all(isinstance(x, str) for x in v)
               for e in found for v in e["properties"].values())
    by_id = {e["id"]: e for e in found}
    assert len(by_id) == len(found)  # one entity per id
    return by_id


def test_every_agreement_is_a_contract_with_stable_ids(run, views):
    found = entities(run, views)
    contracts = {i for i, e in found.items() if e["schema"] == "Contract"}
    assert contracts == {f"conv-agreement-{a}" for a in
                         ("plan-2022", "plan-2013", "avenant-2023", "acme-2025", "done-2010")}
    assert all(i.startswith("conv-") for i in found)
    assert found == entities(run, views)  # the same base, the same entities


def test_stock_schemata_and_what_ties_them(run, views):
    found = entities(run, views)
    schemata = {e["schema"] for e in found.values()}
    assert schemata == {"Contract", "PublicBody", "Organization", "Company", "Person",
                        "Representation", "Event", "Article", "Documentation", "UnknownLink"}
    plan = found["conv-agreement-plan-2022"]["properties"]
    assert plan["authority"] == ["conv-org-mic"]
    assert (plan["amount"], plan["currency"]) == (["250000000"], ["MAD"])
    assert plan["contractDate"] == ["2022-06-07"]
    partner = found["conv-party-plan-2022-fcp"]["properties"]
    assert (partner["subject"], partner["object"], partner["role"]) == (
        ["conv-org-fcp"], ["conv-agreement-plan-2022"], ["partner"])
    signer = found["conv-representation-plan-2022-ryad-mezzour-mic"]["properties"]
    assert (signer["agent"], signer["client"], signer["role"]) == (
        ["conv-person-ryad-mezzour"], ["conv-org-mic"], ["Ministre"])
    amends = found["conv-amends-avenant-2023"]["properties"]
    assert (amends["object"], amends["role"]) == (["conv-agreement-plan-2022"], ["amends"])
    assert found["conv-follows-plan-2022"]["properties"]["object"] == [
        "conv-agreement-plan-2013"]
    # one Article for a report that several agreements cite
    articles = [e for e in found.values() if e["schema"] == "Article"
                and e["properties"].get("publisher") == ["Maroc-Actu"]]
    assert len(articles) == 1


def test_what_ftm_cannot_hold_is_kept_in_notes(run, views):
    found = entities(run, views)
    acme = found["conv-agreement-acme-2025"]["properties"]
    assert "contractDate" not in acme  # an interval is no day
    assert "conv: signed_on 2025-04-14/2025-04-16 (between 2025-04-14 and 2025-04-16)" in \
        acme["notes"]
    assert "conv: jobs 150 direct by 2027" in acme["notes"]
    assert (acme["amount"], acme["currency"]) == (["15000000"], ["EUR"])
    avenant = found["conv-agreement-avenant-2023"]["properties"]
    assert "contractDate" not in avenant
    assert "conv: signed_on 2023-03? (uncertain)" in avenant["notes"]
    plan = found["conv-agreement-plan-2022"]["properties"]
    assert set(plan["notes"]) == {"conv: period 2022-2025",
                                  "conv: status in-force reported 2024-01"}
    event = found["conv-event-forum-2025"]["properties"]
    assert event["notes"] == ["conv: total announced for its agreements 900000000 MAD"]


def test_a_filtered_export_brings_what_it_references(run, views):
    found = entities(run, views, "--year", "2023")
    assert {"conv-agreement-avenant-2023", "conv-agreement-plan-2022",
            "conv-agreement-plan-2013"} <= found.keys()


def test_ftm_validates_with_the_followthemoney_model(run, views, tmp_path):
    """Each entity as FtM's model reads it: a known, concrete schema, its required
    properties, every value kept as it is by FtM's cleaning, every reference to an entity
    of the export whose schema fits the property's range; and `ftm validate` keeps them
    all."""
    model = pytest.importorskip("followthemoney").model
    found = entities(run, views)
    for entity in found.values():
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract, entity["schema"]
        for required in schema.required:
            assert entity["properties"].get(required), (entity["id"], required)
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            assert prop is not None, (entity["schema"], name)
            for value in values:
                cleaned = prop.type.clean(value)
                assert cleaned == value, (entity["id"], name, value, cleaned)
                if prop.type.name == "entity":
                    target = model.get(found[value]["schema"])
                    assert target.is_a(prop.range), (entity["id"], name, value)
    exported, checked = tmp_path / "all.ftm", tmp_path / "checked.ftm"
    exported.write_text(run("export", "-f", "ftm", data=views).stdout, encoding="utf-8")
    from click.testing import CliRunner
    from followthemoney.cli.cli import cli as ftm

    result = CliRunner().invoke(ftm, ["validate", "-i", str(exported), "-o", str(checked)])
    assert result.exit_code == 0, result.output
    again = [json.loads(line) for line in checked.read_text(encoding="utf-8").splitlines()]
    assert len(again) == len(found)
    assert {e["id"]: e["properties"] for e in again} == {
        i: e["properties"] for i, e in found.items()}


def test_ftm_by_extension_and_on_the_bundled_base(run, tmp_path):
    out = tmp_path / "all.ftm"
    assert run("export", "-o", str(out)).exit_code == 0
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    listed = run("list", "--format", "json")
    ids = {row["id"] for row in json.loads(listed.stdout)}
    assert {e["id"] for e in found if e["schema"] == "Contract"} == {
        f"conv-agreement-{i}" for i in ids}


def test_control_characters_are_replaced_by_a_mark_ftm_keeps(run, write_yaml):
    """An escape sequence, a C1 control, a bidi override or a NUL in a value: each one a
    U+FFFD that Aleph shows and FtM's cleaning keeps, never the text '\\x1b' nor a
    character FtM drops without a word; line ends stay."""
    from test_hostile_values import HOSTILE

    found = entities(run, write_yaml(HOSTILE))
    plan = found["conv-agreement-plan-2022"]["properties"]
    assert plan["title"] == ["Plan \ufffd]0;pwned\ufffd qualité \ufffd[2J"]
    assert plan["address"][0].startswith("Casa\ufffd31mblanca")
    assert plan["summary"][0].endswith("\ufffdetalp\ufffd")
    assert found["conv-org-mtnra"]["properties"]["name"] == [
        "Ministère \ufffdde la\ufffd Transition\ufffd numérique"]
    text = json.dumps(found, ensure_ascii=False)
    assert "\\\\x" not in text and "\\\\u" not in text  # no escape written as text
    assert not any(ch in text for ch in "\x1b\x07\x9b\u202e\u2066\x00\x08")
    two_lines = entities(run, write_yaml(VIEWS.replace(
        "summary: Un plan pour la qualité.", 'summary: "Un plan\\npour la\\tqualité."', 1)))
    assert ["Un plan\npour la\tqualité."] in [
        e["properties"].get("summary") for e in two_lines.values()]
    model = pytest.importorskip("followthemoney").model
    for entity in found.values():
        schema = model.get(entity["schema"])
        for name, values in entity["properties"].items():
            assert all(schema.get(name).type.clean(v) == v for v in values), (name, values)

