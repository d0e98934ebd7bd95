"""One person recorded as signing for two organizations at one event or on one day: valid,
but most likely a curation slip, warned of at the second signature; a country's State, its
ministries and its public bodies are one side, so a minister signing for each is silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HEAD = """\
schema: 2
events:
  - {id: forum, name: Forum 2025, start: 2025-05-10}
organizations:
  - {id: etat-xx, name: République de Xanadie (Gouvernement), kind: state, country: XX}
  - {id: xx-energie, name: Ministère de l'Énergie (Xanadie), kind: ministry, country: XX}
  - {id: xx-agence, name: Agence xanadienne du solaire, kind: public-body, country: XX}
  - {id: mic, name: Ministère de l'Industrie, kind: ministry, country: MA}
  - {id: atlas, name: Atlas Solaire, kind: company, country: MA}
  - {id: nord, name: Nord Câbles, kind: company}
  - {id: agence-sans-pays, name: Agence sans pays, kind: public-body}
people:
  - {id: lina-amrani, name: Lina Amrani}
  - {id: pablo-ruiz, name: Pablo Ruiz}
agreements:
"""


def agreement(ident: str, when: str, *signatures: tuple[str, str]) -> str:
    orgs = list(dict.fromkeys(org for _person, org in signatures))
    lines = [f"  - id: {ident}", f"    title: T {ident}", "    type: other", *when.splitlines(),
             "    parties:"]
    lines += [f"      - {{org: {org}, role: signatory}}" for org in orgs]
    lines += ["    signatories:"]
    lines += [f"      - {{person: {person}, org: {org}}}" for person, org in signatures]
    lines += ["    sources: [{publisher: P, published_on: 2025-05-12}]"]
    return "\n".join(lines) + "\n"


def warnings(run, write_yaml: Callable[..., Path], *agreements: str) -> list[str]:
    return run.warnings(write_yaml(HEAD + "".join(agreements)))


def test_a_person_signing_for_a_company_and_a_ministry_at_one_event_is_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    found = warnings(run, write_yaml,
                     agreement("a", "    event: forum", ("lina-amrani", "mic")),
                     agreement("b", "    event: forum", ("lina-amrani", "atlas")))
    # the head is 15 lines, each agreement 9: b's signatory is at line 32, its org at column 36
    assert found == [
        "agreements.yaml:32:36: warning: person 'lina-amrani' signs here for 'atlas', and "
        "for 'mic' in agreement 'a' (line 23) of the same event 'forum'; one person most "
        "likely signed for one of them: check the sources for who signed for each "
        "organization, and fix the person or the org"]


def test_the_same_day_is_an_occasion_but_a_month_is_not(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    same_day = warnings(run, write_yaml,
                        agreement("a", "    signed_on: 2025-05-10", ("pablo-ruiz", "atlas")),
                        agreement("b", "    signed_on: 2025-05-10", ("pablo-ruiz", "nord")))
    assert len(same_day) == 1 and "signs here for 'nord', and for 'atlas' in agreement " \
        "'a' (line 23) of the same day, 2025-05-10" in same_day[0]
    assert warnings(run, write_yaml,
                    agreement("a", "    signed_on: 2025-05", ("pablo-ruiz", "atlas")),
                    agreement("b", "    signed_on: 2025-05", ("pablo-ruiz", "nord"))) == []
    assert warnings(run, write_yaml,
                    agreement("a", "    signed_on: 2025-05-10", ("pablo-ruiz", "atlas")),
                    agreement("b", "    signed_on: 2025-05-11", ("pablo-ruiz", "nord"))) == []


def test_one_warning_per_signature_even_when_event_and_day_are_shared(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    both = "    event: forum\n    signed_on: 2025-05-10"
    found = warnings(run, write_yaml,
                     agreement("a", both, ("lina-amrani", "mic")),
                     agreement("b", both, ("lina-amrani", "mic")),
                     agreement("c", both, ("lina-amrani", "atlas")),
                     agreement("d", both, ("lina-amrani", "atlas")))
    assert [w.split(": warning:")[0] for w in found] == [
        "agreements.yaml:44:36", "agreements.yaml:54:36"]
    assert all("for 'mic' in agreement 'a'" in w and "same event 'forum'" in w
               for w in found)


def test_a_minister_signing_for_their_state_ministry_and_body_is_one_side(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    assert warnings(run, write_yaml,
                    agreement("a", "    event: forum", ("pablo-ruiz", "etat-xx")),
                    agreement("b", "    event: forum", ("pablo-ruiz", "xx-energie")),
                    agreement("c", "    event: forum", ("pablo-ruiz", "xx-agence"))) == []


def test_two_countries_or_a_body_without_a_country_are_two_sides(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    found = warnings(run, write_yaml,
                     agreement("a", "    event: forum", ("pablo-ruiz", "xx-energie")),
                     agreement("b", "    event: forum", ("pablo-ruiz", "mic")),
                     agreement("c", "    event: forum", ("pablo-ruiz", "agence-sans-pays")))
    assert ["for 'mic', and for 'xx-energie'" in found[0],
            "for 'agence-sans-pays', and for 'xx-energie'" in found[1]] == [True, True]


def test_two_organizations_in_one_undated_agreement_are_warned_of(
        run, write_yaml: Callable[..., Path], here: Path) -> None:
    found = warnings(run, write_yaml,
                     agreement("a", "", ("lina-amrani", "mic"), ("lina-amrani", "atlas")),
                     agreement("b", "", ("lina-amrani", "nord")))
    assert found == [
        "agreements.yaml:24:36: warning: person 'lina-amrani' signs here for 'atlas', and "
        "for 'mic' in this agreement (line 23); one person most likely signed for one of "
        "them: check the sources for who signed for each organization, and fix the person "
        "or the org"]


def test_the_bundled_base_gives_no_such_warning(run) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "signs here for" not in result.stderr
