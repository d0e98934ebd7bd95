"""Properties, with generated knowledge bases.

1. Any valid knowledge base round-trips: YAML -> load -> build -> `conv list/show --format
   json` gives back exactly the ids, figures, dates, parties and sources that were written.
2. Any mutation of a valid file that breaks a rule (a required key dropped, a type changed,
   an id duplicated, a reference broken, a date made impossible) gives located problems,
   ``path:line:col: message``, and never an exception.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conventions_cli.base.dates import bounds
from conventions_cli.base.geography import REGIONS, region_of
from conventions_cli.base.loader import load_text
from conventions_cli.base.schema import AGREEMENT_TYPES, ORG_KINDS, ROLES, invisible
from conventions_cli.text import fold

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
LOCATED = re.compile(r"^\S+:\d+:\d+: \S")

# Text a person could type: anything printable YAML accepts inside quotes (no control
# characters, no surrogates, no YAML 1.1 line separators), not blank.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Zl", "Zp"),
                             blacklist_characters="\x85\ufeff\ufffe\uffff"),
               min_size=1, max_size=30).filter(
    # an invisible character (a space of any width, a zero-width one) at an end: a problem
    lambda s: s.strip() != "" and not invisible(s[0]) and not invisible(s[-1]))
SLUG = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
YEAR = st.integers(1900, 2099)


@st.composite
def dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    precision = draw(st.sampled_from(["day", "day", "month", "year"]))
    return {"day": day.isoformat(), "month": day.isoformat()[:7],
            "year": day.isoformat()[:4]}[precision]


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def unique_sources(sources: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each source once (a valid base): by its url, else its publisher, day and title."""
    seen, kept = set(), []
    for source in sources:
        key = source.get("url") or (fold(source["publisher"]), source["published_on"],
                                    fold(source.get("title")))
        if key not in seen:
            seen.add(key)
            kept.append(source)
    return kept


@st.composite
def knowledge_bases(draw: st.DrawFn) -> dict[str, Any]:
    org_ids = draw(st.lists(SLUG, min_size=1, max_size=5, unique=True))
    organizations = []
    for org_id in org_ids:
        org = {"id": org_id, "name": draw(TEXT), "kind": draw(st.sampled_from(ORG_KINDS))}
        if draw(st.booleans()):
            org["acronym"] = draw(TEXT)
        if draw(st.booleans()):
            org["aliases"] = draw(st.lists(TEXT, min_size=1, max_size=2))
        if draw(st.booleans()):  # 'NO', 'ON', 'YE' ...: YAML 1.1 booleans, not here
            org["country"] = draw(st.from_regex(r"[A-Z]{2}", fullmatch=True))
        organizations.append(org)
    agreement_ids = draw(st.lists(SLUG, min_size=1, max_size=5, unique=True))
    agreements = []
    for index, agreement_id in enumerate(agreement_ids):
        parties = draw(st.lists(st.sampled_from(org_ids), min_size=1, max_size=3, unique=True))
        agreement: dict[str, Any] = {
            "id": agreement_id,
            "title": draw(TEXT),
            "type": draw(st.sampled_from(AGREEMENT_TYPES)),
            "parties": [{"org": org, "role": draw(st.sampled_from(ROLES))} for org in parties],
            "sources": unique_sources([
                {k: v for k, v in {
                    "publisher": draw(TEXT), "published_on": draw(dates()),
                    "title": draw(optional(TEXT)),
                    "url": draw(optional(st.from_regex(r"https://[a-z]{1,8}\.ma/[a-z0-9]{0,8}",
                                                        fullmatch=True)))}.items()
                 if v is not None}
                for _ in range(draw(st.integers(1, 3)))]),
        }
        extras = {
            "signed_on": draw(optional(dates())),
            "place": draw(optional(TEXT)),
            # one of the twelve regions (a valid base): a made-up place is one abroad
            "region": draw(optional(st.sampled_from(sorted(REGIONS)))),
            "funding": draw(optional(st.fixed_dictionaries({
                "amount": st.integers(0, 10**15 - 1),
                "currency": st.from_regex(r"[A-Z]{3}", fullmatch=True)}))),
            # a sector once per agreement, whatever its case and accents (a valid base)
            "sectors": draw(optional(st.lists(TEXT, max_size=3, unique_by=fold))),
            "event": draw(optional(TEXT)),
            "summary": draw(optional(TEXT)),
            "follows": (draw(optional(st.sampled_from(agreement_ids[:index])))
                        if index else None),
        }
        if extras["region"] and region_of(extras["place"]) not in (None, extras["region"]):
            extras["place"] = REGIONS[extras["region"]][0]  # a made-up name was a real city
        start = draw(optional(YEAR))
        if start is not None:
            end = draw(optional(st.integers(start, 2099)))
            extras["period"] = {"start": start, **({"end": end} if end is not None else {})}
        direct = draw(optional(st.integers(0, 10**7)))
        if direct is not None:
            by = draw(optional(YEAR))
            extras["jobs"] = {"direct": direct, **({"by": by} if by is not None else {})}
        agreement.update({k: v for k, v in extras.items() if v is not None})
        agreements.append(agreement)
    return {"schema": 1, "organizations": organizations, "agreements": agreements}


PLAIN = re.compile(r"[a-z0-9][a-z0-9-]*|[A-Z]{2,3}|\d{4}(-\d{2}){0,2}")


def scalar(value: Any) -> str:
    """Plain when it looks like a slug, a code or a date (YAML 1.1 would mistype many of
    those: NO, 010, 2022-06-07), else a JSON string, which is a YAML double-quoted one."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int):
        return str(value)
    if PLAIN.fullmatch(value) and value not in ("null", "true", "false"):
        return value
    return json.dumps(value, ensure_ascii=False)


def to_yaml(value: Any, indent: int = 0) -> str:
    """Block-style YAML, one key per line, as people write it by hand."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(item, indent + 2))
            elif isinstance(item, list):
                lines.append(f"{pad}{key}: []")
            else:
                lines.append(f"{pad}{key}: {scalar(item)}")
    else:
        for item in value:
            if isinstance(item, dict):
                body = to_yaml(item, indent + 2)
                lines.append(f"{pad}- {body[indent + 2:]}")
            else:
                lines.append(f"{pad}- {scalar(item)}")
    return "\n".join(lines)


def write(kb: dict[str, Any]) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="conv-prop-"))
    path = folder / "kb.yaml"
    path.write_text(to_yaml(kb) + "\n", encoding="utf-8")
    return path


def expected_flat(agreement: dict[str, Any], orgs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    funding, period, jobs = (agreement.get(k) or {} for k in ("funding", "period", "jobs"))
    kinds = [(orgs[p["org"]]["kind"], orgs[p["org"]]["name"]) for p in agreement["parties"]]
    return {
        "id": agreement["id"], "title": agreement["title"], "type": agreement["type"],
        "signed_on": agreement.get("signed_on"), "place": agreement.get("place"),
        "region": agreement.get("region"),
        "ministries": [name for kind, name in kinds if kind == "ministry"],
        "partners": [name for kind, name in kinds
                     if kind not in ("ministry", "state", "public-body")],
        "amount": funding.get("amount"), "currency": funding.get("currency"),
        "period_start": period.get("start"), "period_end": period.get("end"),
        "jobs_direct": jobs.get("direct"), "jobs_by": jobs.get("by"),
        "sectors": agreement.get("sectors", []), "follows": agreement.get("follows"),
        "sources": len(agreement["sources"]),
        "status": None, "event": agreement.get("event"), "people": [],
        "region_derived": (None if agreement.get("region")
                           else region_of(agreement.get("place"))),
        "status_on": None,
        "date_start": bounds(agreement["signed_on"])[0] if agreement.get("signed_on") else None,
        "date_end": bounds(agreement["signed_on"])[1] if agreement.get("signed_on") else None,
        "public_parties": [name for kind, name in kinds if kind in ("state", "public-body")],
        "place_derived": None, "amends": agreement.get("amends"),
    }


def expected_record(agreement: dict[str, Any], kb: dict[str, Any]) -> dict[str, Any]:
    orgs = {o["id"]: o for o in kb["organizations"]}
    return {
        "id": agreement["id"], "title": agreement["title"], "type": agreement["type"],
        "signed_on": agreement.get("signed_on"), "place": agreement.get("place"),
        "region": agreement.get("region"), "place_derived": None,
        "region_derived": (None if agreement.get("region")
                           else region_of(agreement.get("place"))),
        "parties": [{"org": p["org"], "role": p["role"], "name": orgs[p["org"]]["name"],
                     "acronym": orgs[p["org"]].get("acronym"),
                     "kind": orgs[p["org"]]["kind"],
                     "country": orgs[p["org"]].get("country")}
                    for p in agreement["parties"]],
        "funding": agreement.get("funding"),
        "period": ({"start": agreement["period"]["start"],
                    "end": agreement["period"].get("end")} if "period" in agreement else None),
        "jobs": ({"direct": agreement["jobs"]["direct"], "by": agreement["jobs"].get("by")}
                 if "jobs" in agreement else None),
        "sectors": agreement.get("sectors", []),
        "status": None,
        "status_on": None,
        "event": ({"id": None, "name": agreement["event"], "place": None, "region": None,
                   "start": None, "end": None, "total": None} if agreement.get("event")
                  else None),
        "signatories": [],
        "follows": agreement.get("follows"),
        "followed_by": sorted(a["id"] for a in kb["agreements"]
                              if a.get("follows") == agreement["id"]),
        "amends": None,
        "amended_by": [],
        "summary": agreement.get("summary"),
        "sources": [{"publisher": s["publisher"], "published_on": s["published_on"],
                     "title": s.get("title"), "url": s.get("url")}
                    for s in agreement["sources"]],
    }


@SETTINGS
@given(kb=knowledge_bases())
def test_valid_knowledge_bases_round_trip(run, kb: dict[str, Any]) -> None:
    path = write(kb)
    loaded = load_text(path.read_text(encoding="utf-8"), "kb.yaml")
    assert loaded.problems == [], [str(p) for p in loaded.problems]

    orgs = {o["id"]: o for o in kb["organizations"]}
    rows = run.json("list", "--format", "json", data=path)
    assert {r["id"]: r for r in rows} == {
        a["id"]: expected_flat(a, orgs) for a in kb["agreements"]}
    for agreement in kb["agreements"]:
        shown = run.json("show", agreement["id"], "--format", "json", data=path)
        shown["followed_by"] = sorted(shown["followed_by"])
        assert shown == expected_record(agreement, kb)


# --- mutations -------------------------------------------------------------------------

REQUIRED = {"agreement": ["id", "title", "type", "parties", "sources"],
            "organization": ["id", "name", "kind"]}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    kb = json.loads(json.dumps(draw(knowledge_bases())))  # a private deep copy
    agreements, organizations = kb["agreements"], kb["organizations"]
    kind = draw(st.sampled_from(["drop", "type", "duplicate", "reference", "date"]))
    agreement = draw(st.sampled_from(agreements))
    if kind == "drop":
        if draw(st.booleans()):
            del agreement[draw(st.sampled_from(REQUIRED["agreement"]))]
        else:
            source = draw(st.sampled_from(agreement["sources"]))
            del source[draw(st.sampled_from(["publisher", "published_on"]))]
    elif kind == "type":
        key = draw(st.sampled_from(["title", "parties", "sources", "type", "funding",
                                    "signed_on", "org-name"]))
        wrong = draw(st.sampled_from([["a", "list"], {"a": "mapping"}, "text", 12]))
        if key == "org-name":
            draw(st.sampled_from(organizations))["name"] = (
                wrong if isinstance(wrong, (list, dict)) else ["x"])
        elif key in ("parties", "sources"):
            agreement[key] = wrong if not isinstance(wrong, list) else "not a list"
        elif key == "funding":
            agreement[key] = {"amount": draw(st.sampled_from(["abc", "-3", "1.5", "0x1F"])),
                              "currency": "MAD"}
        elif key == "type":
            agreement[key] = draw(st.sampled_from(["convention", "MOU", "", "yes"])) or "x y"
        else:
            agreement[key] = wrong if isinstance(wrong, (list, dict)) else (
                "not a date" if key == "signed_on" else ["x"])
    elif kind == "duplicate":
        if len(agreements) > 1 and draw(st.booleans()):
            other = draw(st.sampled_from([a for a in agreements if a is not agreement]))
            other["id"] = agreement["id"]
        else:
            organizations.append(dict(draw(st.sampled_from(organizations))))
    elif kind == "reference":
        if draw(st.booleans()):
            draw(st.sampled_from(agreement["parties"]))["org"] = "undefined-org-x"
        else:
            agreement["follows"] = "undefined-agreement-y"
    else:
        year = draw(st.integers(1900, 2099))
        bad = draw(st.sampled_from([f"{year}-02-30", f"{year}-13-01", f"{year}-00-10",
                                    f"{year}-04-31", f"{year}-1-1", "20-01-01"]))
        if draw(st.booleans()):
            agreement["signed_on"] = bad
        else:
            draw(st.sampled_from(agreement["sources"]))["published_on"] = bad
    return kind, kb


@SETTINGS
@given(case=mutated())
def test_mutations_give_located_problems_never_exceptions(run, case) -> None:
    kind, kb = case
    text = to_yaml(kb) + "\n"
    result = load_text(text, "kb.yaml")
    assert result.problems, f"{kind}: no problem found in\n{text}"
    for problem in result.problems:
        assert LOCATED.match(str(problem)), str(problem)
        assert 1 <= problem.line <= text.count("\n") + 1

    path = write(kb)
    listed = run("list", "--format", "json", data=path)
    assert listed.exit_code == 1 and listed.stdout == ""
    assert "Traceback" not in listed.stderr
    *located, summary = listed.stderr.splitlines()
    assert located and all(re.match(rf"{re.escape(str(path))}:\d+:\d+: \S", x)
                           for x in located), listed.stderr
    assert summary.startswith("conv: error: ")
