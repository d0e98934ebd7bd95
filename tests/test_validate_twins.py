"""validate warns of one agreement entered twice under two ids (stats counts it twice)."""

from __future__ import annotations

import json

TWICE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie", kind: ministry}
  - {id: fed, name: Fédération des Textiles, kind: federation}
  - {id: bank, name: Banque de Test, kind: international}
agreements:
  - id: textile-2023
    title: Convention pour la filière textile
    type: convention-partenariat
    signed_on: 2023-03-14
    parties: [{org: mic, role: signatory}, {org: fed, role: partner}]
    funding: {amount: 120000000, currency: MAD}
    sources: [{publisher: Le Journal, published_on: 2023-03-15}]
  - id: textile-2023-copie
    title: Convention pour la filière textile
    type: convention-partenariat
    signed_on: {signed}
    parties: [{org: mic, role: signatory}, {org: fed, role: partner}]
    funding: {amount: {amount}, currency: MAD}
    sources: [{publisher: {publisher}, published_on: 2023-03-15}]
"""


def base(write_yaml, signed="2023-03-14", amount="120000000", publisher="Le Journal"):
    text = (TWICE.replace("{signed}", signed).replace("{amount}", amount)
            .replace("{publisher}", publisher))
    return write_yaml(text, "twice.yaml")


def twins(run, data) -> list[str]:
    return [w for w in run.warnings(data) if "looks like" in w]


def test_a_copy_under_a_second_id_is_warned_of_at_the_second(run, write_yaml, here):
    data = base(write_yaml)
    found = twins(run, data)
    assert len(found) == 1
    assert found[0].startswith("twice.yaml:14:9: warning: agreement 'textile-2023-copie' "
                               "looks like textile-2023 (twice.yaml:7): fed, signed "
                               "2023-03-14")
    assert "stats counts it twice" in found[0]
    report = json.loads(run("validate", "--json", data=data).stdout)
    assert report["ok"] and [w["line"] for w in report["warnings"]] == [14]


def test_a_copy_dated_a_day_later_or_reported_by_another_outlet(run, write_yaml, here):
    assert len(twins(run, base(write_yaml, signed="2023-03-15"))) == 1
    assert len(twins(run, base(write_yaml, publisher="Autre Journal"))) == 1


def test_what_tells_two_agreements_apart_silences_it(run, write_yaml, here):
    # another amount (even 1 % off: the base's amounts are exact), another year
    assert twins(run, base(write_yaml, amount="121000000")) == []
    assert twins(run, base(write_yaml, amount="120500000")) == []
    assert twins(run, base(write_yaml, signed="2024-03-14")) == []
    other_title = TWICE.replace("title: Convention pour la filière textile\n    type: "
                                "convention-partenariat\n    signed_on: {signed}",
                                "title: Convention pour la formation\n    type: "
                                "convention-partenariat\n    signed_on: 2023-03-14")
    without_money = other_title.replace("    funding: {amount: 120000000, currency: MAD}\n",
                                        "").replace("    funding: {amount: {amount}, "
                                                    "currency: MAD}\n", "")
    data = write_yaml(without_money.replace("{publisher}", "X"), "two.yaml")
    assert twins(run, data) == []
    # the same title with no amount on either side: nothing tells them apart
    same = without_money.replace("Convention pour la formation",
                                 "Convention pour la filière textile")
    assert len(twins(run, write_yaml(same.replace("{publisher}", "X"), "same.yaml"))) == 1


def test_the_bundled_base_has_no_agreement_entered_twice(run):
    result = run("validate")
    assert result.exit_code == 0
    assert "looks like" not in result.stderr


def test_one_added_with_force_past_the_other_is_not_warned_of(run, write_yaml, here):
    forced = TWICE.replace("  - id: textile-2023-copie\n", "  - id: textile-2023-copie\n"
                           "    # added with --force, although it looks like textile-2023 "
                           "(twice.yaml:7): fed, signed 2023-03-14\n")
    data = write_yaml(forced.replace("{signed}", "2023-03-14").replace(
        "{amount}", "120000000").replace("{publisher}", "X"), "twice.yaml")
    assert twins(run, data) == []
    other = forced.replace("looks like textile-2023 ", "looks like textile-2023-bis ")
    data = write_yaml(other.replace("{signed}", "2023-03-14").replace(
        "{amount}", "120000000").replace("{publisher}", "X"), "twice.yaml")
    assert len(twins(run, data)) == 1
