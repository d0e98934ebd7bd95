"""A name filter that matches nothing says so wherever stderr goes, with the nearest known
names: an empty result in a script is never silently read as "no agreement"."""

from __future__ import annotations

import pytest

BASE = """\
schema: 2
people:
  - {id: ryad-mezzour, name: Ryad Mezzour, aliases: [Mezzour]}
  - {id: nadia-fettah, name: Nadia Fettah}
  - {id: soltan-al-muraikhi, name: Soltan bin Saad Al Muraikhi}
  - {id: mohamed-hassan-souidi, name: Mohamed Hassan Souidi}
  - {id: mohamed-hassad, name: Mohamed Hassad}
  - {id: ghita-mezzour, name: Ghita Mezzour}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: bm, name: Banque mondiale, kind: international}
agreements:
  - id: one
    title: Accord industriel
    type: accord
    signed_on: 2024-03-01
    parties: [{org: mic, role: signatory}, {org: bm, role: funder}]
    signatories: [{person: ryad-mezzour, org: mic}]
    sources: [{publisher: Communiqué, published_on: 2024-03-02}]
"""


@pytest.mark.parametrize(("flag", "typed", "hint"), [
    ("--person", "Riad Mezzour", "did you mean Ryad Mezzour [ryad-mezzour]?"),
    ("--person", "MEZOUR", "did you mean Ryad Mezzour [ryad-mezzour]?"),
    ("--person", "Nadia Fetah", "did you mean Nadia Fettah [nadia-fettah]?"),
    ("--partner", "Banque mondail", "did you mean Banque mondiale [bm]?"),
    # typos across several words of a name, a transliteration among them: the meant one
    # is clearly the nearest, and is offered alone
    ("--person", "Soultane ben Saad el Mouraikhi",
     "did you mean Soltan bin Saad Al Muraikhi [soltan-al-muraikhi]? (conv people"),
    ("--person", "Mouhamed Hasan Souaidy",
     "did you mean Mohamed Hassan Souidi [mohamed-hassan-souidi]? (conv people"),
    ("--person", "Ryad Mezour", "did you mean Ryad Mezzour [ryad-mezzour]? (conv people"),
])
def test_no_match_offers_the_nearest_names_in_a_pipe(run, write_yaml, flag, typed, hint):
    path = write_yaml(BASE)
    result = run("list", flag, typed, "--format", "csv", data=path)
    assert result.exit_code == 0  # an empty result is a success (README, exit codes)
    assert result.stdout.count("\n") == 1  # the header alone
    assert result.stderr.startswith(f"conv: note: {flag} '{typed}' matches no ")
    assert hint in result.stderr


def test_a_far_name_gets_no_guess_and_quiet_says_nothing(run, write_yaml):
    path = write_yaml(BASE)
    result = run("list", "--person", "Zineb Alaoui", "--format", "csv", data=path)
    assert result.stderr == ("conv: note: --person 'Zineb Alaoui' matches no person; conv "
                             "people lists them\n")
    assert run("--quiet", "list", "--person", "Riad Mezzour", data=path).stderr == ""


def test_a_value_that_names_one_says_nothing_in_a_pipe(run, write_yaml):
    path = write_yaml(BASE)
    result = run("stats", "--person", "ryad mezzour", "--format", "csv", data=path)
    assert result.stderr == ""


def test_what_a_value_matched_when_several_reaches_a_log_whole(run, write_yaml, monkeypatch):
    # `conv stats --ministry economie 2>log` said nothing of the ten ministries it summed,
    # and a terminal was told five "and 5 more"
    from conventions_cli.cli import session as cli_session

    people = "".join(f"  - {{id: amal-{n}, name: Amal Bennani {n}}}\n"
                     for n in ("un", "deux", "trois", "quatre", "cinq", "six", "sept"))
    path = write_yaml(BASE.replace("people:\n", "people:\n" + people))
    logged = run("stats", "--person", "bennani", "--format", "csv", data=path).stderr
    assert logged.startswith("conv: note: --person 'bennani' matches 7 people: ")
    assert all(f"amal-{n} (Amal Bennani {n})" in logged
               for n in ("un", "deux", "trois", "quatre", "cinq", "six", "sept"))
    assert "more" not in logged and logged.count("\n") == 1
    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    shown = run("stats", "--person", "bennani", "--format", "csv", data=path).stderr
    assert shown.count("(Amal Bennani ") == 5 and " and 2 more\n" in shown


def test_a_record_named_through_a_former_name_says_so(run, write_yaml):
    # --ministry economie took the ministry of industry by its former name "..., de
    # l'Investissement et de l'Économie numérique", which nothing in the note showed
    path = write_yaml(BASE.replace(
        "acronym: MIC, kind: ministry}",
        "acronym: MIC, kind: ministry, aliases: [\"Ministère de l'Industrie et de "
        "l'Économie numérique\"]}\n  - {id: mef, name: Ministère de l'Économie et des "
        "Finances, kind: ministry}"))
    said = run("list", "--ministry", "economie", "--format", "csv", data=path).stderr
    assert said == ("conv: note: --ministry 'economie' matches 2 ministries: mef (Ministère "
                    "de l'Économie et des Finances), mic (Ministère de l'Industrie et du "
                    "Commerce, by its former name 'Ministère de l'Industrie et de l'Économie "
                    "numérique')\n")


# --- one rule for every filter's note: matched nothing or several, said everywhere ------

PLACED = BASE.replace("    signed_on: 2024-03-01\n",
                      "    signed_on: 2024-03-01\n    place: Oujda\n    event: forum\n"
                      ).replace("organizations:\n", "events:\n  - {id: forum, name: Forum "
                                "de l'investissement}\norganizations:\n")


@pytest.mark.parametrize("options", [
    ("--place", "oriental"),  # no place, but a region of that name
    ("--place", "tombouctou"),  # nothing at all
    ("--person", "Zineb Alaoui"),
    ("--ministry", "agriculture"),
    ("--partner", "Banque mondail"),
    ("--event", "salon"),
    ("--follows", "nothing-2020"),
    ("--amends", "nothing-2020"),
])
def test_a_value_that_matches_nothing_is_said_alike_in_a_pipe_and_at_a_terminal(
        run, write_yaml, monkeypatch, options):
    from conventions_cli.cli import session as cli_session

    path = write_yaml(PLACED)
    assert run("list", data=path).exit_code == 0  # built: no note about building below
    piped = run("list", *options, "--format", "csv", data=path).stderr
    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    assert run("list", *options, "--format", "csv", data=path).stderr == piped
    assert piped.startswith(f"conv: note: {options[0]} '{options[1]}' ")
    assert piped.count("\n") == 1


def test_a_place_that_is_a_region_points_to_region_in_a_pipe(run, write_yaml):
    path = write_yaml(PLACED)
    assert run("list", data=path).exit_code == 0
    assert run("list", "--place", "oriental", "--format", "csv", data=path).stderr == (
        "conv: note: --place 'oriental' matches no place, but the region L'Oriental: "
        "--region 'oriental' finds the agreements signed in it\n")


def test_what_a_value_matched_when_several_is_said_in_a_pipe_too(run, write_yaml,
                                                                 monkeypatch):
    from conventions_cli.cli import session as cli_session

    path = write_yaml(PLACED)
    assert run("list", data=path).exit_code == 0
    said = ("conv: note: --person 'mezzour' matches 2 people: ghita-mezzour (Ghita Mezzour), "
            "ryad-mezzour (Ryad Mezzour)\n")
    assert run("list", "--person", "mezzour", "--format", "csv", data=path).stderr == said
    monkeypatch.setattr(cli_session, "stderr_is_terminal", lambda: True)
    assert run("list", "--person", "mezzour", "--format", "csv", data=path).stderr == said
