"""How broad the bundled base is, against the reference record's targets.

    python bench/spread.py [DATA]     # default: the bundled folder data/

Counts what issue "The reference record" asks for: agreements, years 2000-2026 with three
or more, Moroccan ministries with three or more, distinct source addresses and outlets,
people with the title they signed under, events, follows/amends links, statuses with the
date they were reported, and how many regions are written versus derived from the city.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from conventions_cli.base.geography import region_of
from conventions_cli.base.loader import load_path

TARGETS = {"agreements": 300, "years 2000-2026 with 3+": 20, "ministries with 3+": 20,
           "source addresses": 150, "outlets": 40, "people with a title": 150, "events": 40,
           "follows/amends links": 20, "statuses with status_on": 30}


def spread(path: Path) -> dict[str, int]:
    result = load_path(path)
    if result.dataset is None or result.problems:
        sys.exit(f"{path}: {len(result.problems)} problem(s); run conv validate")
    data = result.dataset
    agreements = data.agreements
    ministries = {o["id"] for o in data.organizations
                  if o.get("kind") == "ministry" and o.get("country", "MA") == "MA"}
    years: Counter[int] = Counter()
    per_ministry: Counter[str] = Counter()
    for a in agreements:
        signed = str(a.get("signed_on") or "")
        if signed[:4].isdigit() and 2000 <= int(signed[:4]) <= 2026:
            years[int(signed[:4])] += 1
        for org in {p["org"] for p in a["parties"]} & ministries:
            per_ministry[org] += 1
    sources = [s for a in agreements for s in a["sources"]]
    titled = {(s["person"]) for a in agreements for s in a.get("signatories") or []
              if s.get("title")}
    return {
        "agreements": len(agreements),
        "years 2000-2026 with 3+": sum(1 for n in years.values() if n >= 3),
        "ministries with 3+": sum(1 for n in per_ministry.values() if n >= 3),
        "source addresses": len({s["url"] for s in sources if s.get("url")}),
        "outlets": len({s["publisher"] for s in sources}),
        "people with a title": len(titled),
        "events": len(data.events),
        "follows/amends links": sum(1 for a in agreements if a.get("follows") or a.get("amends")),
        "statuses with status_on": sum(1 for a in agreements if a.get("status_on")),
        "regions as reports name them": sum(1 for a in agreements if a.get("region")),
        "regions derived from the city": sum(1 for a in agreements if not a.get("region")
                                             and region_of(a.get("place"))),
    }


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "data"
    print("| measure | count | target |\n|---|---:|---:|")
    for name, count in spread(path).items():
        target = TARGETS.get(name)
        print(f"| {name} | {count} | {f'{target}+' if target else ''} |")


if __name__ == "__main__":
    main()
