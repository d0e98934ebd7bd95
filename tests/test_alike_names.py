"""conv validate warns of two people, or two organizations, most likely one written two
ways: an honorific, a particle glued or apart, the surname first, a leading article."""

from __future__ import annotations

import json

import pytest

from conventions_cli.base.alike import organization_key, person_keys

BASE = """\
schema: 2
people:
  - {id: p1, name: Ahmed Benali}
  - {id: p2, name: Ahmed Ben Ali}
  - {id: p3, name: BENALI Ahmed}
  - {id: p4, name: M. Ahmed Benali}
  - {id: p5, name: Nadia Fettah, aliases: [Mme Nadia Fettah, FETTAH Nadia]}
  - {id: p6, name: Ahmed Bennani}
  - {id: p7, name: Mohamed El Amrani}
  - {id: p8, name: Mohammed Elamrani}
organizations:
  - {id: bm, name: Banque mondiale, kind: international}
  - {id: bm2, name: La Banque mondiale, kind: international}
  - {id: bei, name: Banque européenne d'investissement, kind: international}
agreements:
  - id: x1
    title: Accord
    type: accord
    signed_on: 2020
    parties: [{org: bm, role: funder}, {org: bm2, role: funder}, {org: bei, role: funder}]
    sources: [{publisher: Communiqué, published_on: 2020-05-01}]
"""


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmed Benali", "Ahmed Ben Ali"), ("Ahmed Benali", "BENALI Ahmed"),
    ("Ahmed Benali", "M. Ahmed Benali"), ("Ahmed Ben-Ali", "S.E. Ahmed Benali"),
    ("Karim Bensaïd", "Dr Karim Bensaid"), ("Nadia Fettah", "Mme FETTAH Nadia"),
    # the press's transliterations of one Arabic name
    ("Mohamed El Amrani", "Mohammed Elamrani"), ("Mustapha Ramid", "Mustafa Ramid"),
    ("Abdelouahed Kabbaj", "Abdelwahed Kabaj"), ("Ryad Mezzour", "Riad Mezour"),
    ("Hassan Bennani", "Hasan Benani"),
])
def test_one_person_written_two_ways_shares_a_key(a, b):
    assert person_keys(a) & person_keys(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ahmed Benali", "Ahmed Bennani"), ("Mohamed Alami", "Mohamed Alaoui"),
    ("Ahmed Benali", "Ali Benahmed"),
    # a letter doubled across two words is two names' letters: Brahim is not Ibrahim
    ("Brahim Hafidi", "Ibrahim Hafidi"), ("Mohamed Sajid", "Mohamed Saadi"),
])
def test_two_people_keep_apart(a, b):
    assert not person_keys(a) & person_keys(b)


def test_an_organization_key_leaves_out_a_leading_article():
    assert organization_key("La Banque mondiale") == organization_key("Banque-Mondiale")
    assert organization_key("L'Office national") == organization_key("Office national")
    assert organization_key("Banque mondiale") != organization_key("Banque africaine")


def test_validate_warns_once_per_record_at_the_second(run, write_yaml):
    path = write_yaml(BASE)
    result = run("validate", data=path)
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if "most likely one" in line]
    assert lines == [
        f"{path}:4:20: warning: person 'p2' ('Ahmed Ben Ali') and 'p1' ('Ahmed Benali', line "
        "3) are most likely one person written two ways; check the reports: if one, keep one "
        "id (the other spelling as an alias), so that --person and stats --by person count "
        "one; if two, tell them apart in their names",
        f"{path}:5:20: warning: person 'p3' ('BENALI Ahmed') and 'p1' ('Ahmed Benali', line "
        "3) are most likely one person written two ways; check the reports: if one, keep one "
        "id (the other spelling as an alias), so that --person and stats --by person count "
        "one; if two, tell them apart in their names",
        f"{path}:6:20: warning: person 'p4' ('M. Ahmed Benali') and 'p1' ('Ahmed Benali', "
        "line 3) are most likely one person written two ways; check the reports: if one, keep "
        "one id (the other spelling as an alias), so that --person and stats --by person "
        "count one; if two, tell them apart in their names",
        f"{path}:10:20: warning: person 'p8' ('Mohammed Elamrani') and 'p7' ('Mohamed El "
        "Amrani', line 9) are most likely one person written two ways; check the reports: if "
        "one, keep one id (the other spelling as an alias), so that --person and stats --by "
        "person count one; if two, tell them apart in their names",
        f"{path}:13:21: warning: organization 'bm2' ('La Banque mondiale') and 'bm' ('Banque "
        "mondiale', line 12) are most likely one organization written two ways; check the "
        "reports: if one, keep one id (the other name as an alias), so that stats counts "
        "one; if two, name them apart",
    ]
    # p5's own aliases, however written, and Bennani, never warn
    assert "p5" not in result.output and "p6" not in result.output


def test_the_warnings_are_in_the_json_report(run, write_yaml):
    path = write_yaml(BASE)
    report = json.loads(run("validate", "--json", data=path).stdout)
    said = [w["message"] for w in report["warnings"] if "most likely one" in w["message"]]
    assert len(said) == 5


def test_the_bundled_base_has_no_such_pair(run):
    result = run("validate")
    assert result.exit_code == 0 and " people, " in result.output
    assert "most likely one" not in result.output
