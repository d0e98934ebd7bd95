"""validate warns of an organization written two ways that a filter or stats reads as two:
one's name another's alias, one's name an acronym with dots that is another's acronym; and
its warnings say what an invisible character hides and give commands whole."""

from __future__ import annotations

BASE = """\
schema: 2
people:
  - {id: leila-bennani, name: Leila Bennani}
  - {id: leila-b, name: "Leila\u00a0Bennani"}
organizations:
  - {id: gouv, name: Gouvernement du Royaume, kind: state, aliases: [Etat marocain]}
  - {id: etat-ma, name: État marocain, kind: state}
  - {id: fmt, name: Fédération marocaine du tourisme, acronym: FMT, kind: federation}
  - {id: fmt-points, name: "F.M.T.", kind: federation}
  - {id: acn, name: "A.C.N", kind: association}
  - {id: asso-cn, name: Association des cinéastes du Nord, acronym: ACN, kind: association}
  - id: long-one
    name: "Association marocaine de l'industrie du cuir et des peaux tannées"
    kind: association
  - id: long-two
    name: "Association marocaine de l'industrie du cuir et des peaux tannees"
    kind: association
agreements: []
"""


def _warnings(run, write_yaml):
    result = run("validate", data=write_yaml(BASE))
    assert result.exit_code == 0, result.output
    return [line.split(": warning: ", 1)[1] for line in result.stderr.splitlines()]


def test_a_name_that_is_another_organizations_alias_is_warned_of(run, write_yaml):
    said = [w for w in _warnings(run, write_yaml) if w.startswith("organization 'etat-ma'")]
    assert said == [
        "organization 'etat-ma' has the name 'État marocain', the alias 'Etat marocain' of "
        "'gouv' (line 6), accents and case aside, so --partner 'État marocain' finds both; "
        "if they are one body, keep one (the other's names as aliases); if two, name them "
        "apart, e.g. with the country in brackets"]


def test_an_acronym_written_with_dots_is_the_acronym_without(run, write_yaml):
    warnings = _warnings(run, write_yaml)
    assert ("organization 'fmt-points' has the name 'F.M.T.', and 'fmt' (line 8) the acronym "
            "'FMT': one acronym, dots aside, so stats counts one body twice, under two names; "
            "if they are one body, keep one (the other's names as aliases); if two, name them "
            "apart, e.g. with the country in brackets") in warnings
    # in either order: the acronym after the dotted name is warned of at the acronym
    assert any(w.startswith("organization 'asso-cn' has the acronym 'ACN', and 'acn' "
                            "(line 10) the name 'A.C.N': one acronym") for w in warnings)


def test_an_invisible_character_is_named_where_two_names_look_alike(run, write_yaml):
    said = [w for w in _warnings(run, write_yaml) if w.startswith("person 'leila-b'")]
    assert len(said) == 1
    assert said[0].startswith("person 'leila-b': name 'Leila\u00a0Bennani' (it holds a "
                              "no-break space (U+00A0)) is the name 'Leila Bennani' of")


def test_a_command_to_paste_is_given_whole_and_quoted_for_the_shell(run, write_yaml):
    said = [w for w in _warnings(run, write_yaml) if w.startswith("organization 'long-two'")]
    assert len(said) == 1
    assert "…" in said[0].split(", so ")[0]  # the value shown is cut, the command is not
    assert ("so --partner \"Association marocaine de l'industrie du cuir et des peaux "
            "tannees\" finds both") in said[0]


def test_the_bundled_base_has_no_such_organizations(run):
    result = run("validate")
    assert result.exit_code == 0 and "warning" not in result.stderr


SIDES = """\
schema: 2
people:
  - {id: omar-alami, name: Omar Alami}
organizations:
  - {id: royaume, name: Royaume du Maroc, kind: state, country: MA}
  - {id: min-eau, name: Ministère de l'Eau, kind: ministry}
  - {id: sud-sa, name: Société du Sud SA, kind: company}
agreements:
  - id: eau-2024
    title: Convention de l'eau
    type: accord
    signed_on: 2024-03-05
    parties:
      - {org: royaume, role: signatory}
      - {org: min-eau, role: signatory}
      - {org: sud-sa, role: partner}
    signatories: [{person: omar-alami, org: royaume}, {person: omar-alami, org: min-eau}]
    sources: [{publisher: Le Matin, published_on: 2024-03-06}]
"""


def test_one_person_for_two_sides_names_the_missing_country(run, write_yaml):
    """A State and its ministry are one side when both record their country: the base
    written as README's first examples has none, and the remedy says so."""
    result = run("validate", data=write_yaml(SIDES))
    assert result.stderr.rstrip().endswith(
        "fix the person or the org; or, if both speak for one country, give both "
        "organizations their country (country: MA): a State, its ministries and its public "
        "bodies are then one side")
    fixed = SIDES.replace("kind: ministry}", "kind: ministry, country: MA}")
    assert "warning" not in run("validate", data=write_yaml(fixed, "fixed.yaml")).stderr
    # a company is a side of its own: no country would make it one with the State
    company = SIDES.replace("{person: omar-alami, org: min-eau}",
                            "{person: omar-alami, org: sud-sa}")
    said = run("validate", data=write_yaml(company, "company.yaml")).stderr
    assert "signs here for 'sud-sa'" in said and "country" not in said


def test_a_missing_key_says_what_to_write(run, write_yaml):
    broken = SIDES.replace("{person: omar-alami, org: min-eau}", "{person: omar-alami}")
    result = run("validate", data=write_yaml(broken))
    assert result.exit_code == 1
    assert ("missing required key 'signatories[1].org'; add org: the id of the party this "
            "person signed for (one of the parties)") in result.stderr
