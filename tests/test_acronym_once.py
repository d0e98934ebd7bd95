"""A body the press names by its acronym alone (UNICEF) is not named twice, "UNICEF
(UNICEF)", where show and org write a name with its acronym after it."""

from __future__ import annotations

BASE = """\
schema: 2
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry}
  - {id: unicef, name: UNICEF, acronym: UNICEF, kind: international}
  - {id: oncf, name: O.N.C.F, acronym: ONCF, kind: public-body}
agreements:
  - id: ecoles-2026
    title: Convention pour les écoles rurales
    type: convention-partenariat
    signed_on: 2026-02-10
    parties:
      - {org: mic, role: signatory}
      - {org: unicef, role: partner}
      - {org: oncf, role: partner}
    sources: [{publisher: Communiqué, published_on: 2026-02-11}]
"""


def test_show_names_a_body_whose_name_is_its_acronym_once(run, write_yaml):
    path = write_yaml(BASE)
    shown = run("show", "ecoles-2026", data=path)
    assert shown.exit_code == 0, shown.stderr
    lines = [line.strip().removeprefix("parties").strip() for line in shown.stdout.splitlines()
             if line.rstrip().endswith(("[unicef]", "[oncf]", "[mic]"))]
    assert lines == ["signatory: Ministère de l'Industrie et du Commerce (MIC) [mic]",
                     "partner: UNICEF [unicef]", "partner: O.N.C.F [oncf]"], lines


def test_org_heads_its_listing_with_the_name_once(tmp_path, write_yaml):
    from test_output_terminal import at_terminal, screen_lines

    path = write_yaml(BASE)
    for ident, head in (("unicef", "unicef  UNICEF"),
                        ("mic", "mic  Ministère de l'Industrie et du Commerce (MIC)")):
        code, out, err = at_terminal(tmp_path, "--data", str(path), "org", ident)
        assert code == 0, err
        assert screen_lines(out)[0].rstrip() == head
