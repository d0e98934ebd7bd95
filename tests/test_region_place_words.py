"""A region written as the press writes it ("Région de l'Oriental") finds that region, and a
place, region or sector value that matches several of the base's values says which, at a
terminal, as a name value does: --place sa never takes Dar es Salaam unseen."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
organizations:
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
agreements:
"""
PLACES = [("sale-1", "Salé", "eau"), ("saidia-1", "Saïdia", "eau-potable"),
          ("dar-1", "Dar es Salaam", "tourisme"), ("oujda-1", "Oujda", "industrie"),
          ("fes-1", "Fès", "eau"), ("fez-1", "Fez", "eau"), ("meknes-1", "Meknès", "eau")]


def _base() -> str:
    return BASE + "".join(
        f"  - id: {ident}\n    title: Accord signé à {town}\n    type: accord\n"
        f"    signed_on: 2020-01-0{n + 1}\n    place: {town}\n    sectors: [{sector}]\n"
        "    parties: [{org: mef, role: signatory}]\n"
        "    sources: [{publisher: Communiqué, published_on: 2020-02-01}]\n"
        for n, (ident, town, sector) in enumerate(PLACES))


def _ids(result) -> set[str]:
    assert result.exit_code == 0, result.output
    return {line.split("\t")[0] for line in result.stdout.splitlines()[1:]}


@pytest.mark.parametrize(("typed", "plain"), [
    ("Région de l'Oriental", "oriental"), ("la région de l'Oriental", "oriental"),
    ("Region Oriental", "oriental"), ("Région Fès-Meknès", "fes-meknes"),
    ("région de Fès-Meknès", "fes meknes"), ("RÉGION DU ORIENTAL", "oriental"),
])
def test_a_region_with_the_word_region_before_it_is_that_region(run, write_yaml, typed,
                                                                plain):
    path = write_yaml(_base())
    found = run("list", "--region", typed, "--format", "tsv", data=path)
    assert _ids(found) == _ids(run("list", "--region", plain, "--format", "tsv", data=path))
    assert _ids(found)
    assert found.stderr == ""


def test_the_word_region_alone_or_a_slip_after_it_is_still_said(run, write_yaml):
    path = write_yaml(_base())
    alone = run("list", "--region", "Région", "--format", "tsv", data=path)
    assert _ids(alone) == set()
    assert "--region 'Région' matches no region" in alone.stderr
    slip = run("list", "--region", "Région Fes-Mekness", "--format", "tsv", data=path)
    assert _ids(slip) == set()
    assert "did you mean Fès-Meknès?" in slip.stderr


@pytest.mark.parametrize(("flag", "value", "said"), [
    ("--place", "sa", "--place 'sa' matches 3 places: Dar es Salaam, Saïdia, Salé"),
    ("--sector", "eau", "--sector 'eau' matches 2 sectors: eau, eau-potable"),
    ("--region", "me", None),  # one region, whatever its towns
    ("--place", "sale", None),
    ("--place", "fez", None),  # one town, however spelt
])
def test_a_value_that_matches_several_says_which(run, write_yaml, monkeypatch, flag, value,
                                                 said):
    from conventions_cli.cli import session

    path = write_yaml(_base())
    piped = run("list", flag, value, "--format", "tsv", data=path)
    assert piped.stderr == ("" if said is None else f"conv: note: {said}\n")
    monkeypatch.setattr(session, "stderr_is_terminal", lambda: True)
    shown = run("list", flag, value, "--format", "tsv", data=path)
    assert shown.stdout == piped.stdout
    if said is None:
        assert shown.stderr == ""
    else:
        assert shown.stderr == f"conv: note: {said}\n"
    if value == "sa":
        assert _ids(shown) == {"sale-1", "saidia-1", "dar-1"}
