"""Synthetic knowledge bases in schema 1, for the benchmark: `python bench/generate.py N > kb.yaml`.

Deterministic (same N, same seed: same bytes), French text with accents, about 300
organizations of every kind, agreements that follow earlier ones, every optional key
used some of the time. About 800 bytes per agreement, like the curated file.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from typing import TextIO

MINISTRY_TOPICS = [
    ("mic", "l'Industrie et du Commerce", "MIC"),
    ("mtnra", "la Transition numérique et de la Réforme de l'administration", "MTNRA"),
    ("micepp", "l'Investissement, de la Convergence et de l'Évaluation des politiques "
               "publiques", "MICEPP"),
    ("maprdef", "l'Agriculture, de la Pêche maritime et du Développement rural", "MAPMDREF"),
    ("men", "l'Éducation nationale, du Préscolaire et des Sports", "MENPS"),
    ("mesrsi", "l'Enseignement supérieur, de la Recherche scientifique et de l'Innovation",
     "MESRSI"),
    ("ms", "la Santé et de la Protection sociale", "MSPS"),
    ("mtedd", "la Transition énergétique et du Développement durable", "MTEDD"),
    ("mtaess", "du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire", "MTAESS"),
    ("mef", "l'Économie et des Finances", "MEF"),
    ("mi", "l'Intérieur", "MI"),
    ("mjcc", "la Jeunesse, de la Culture et de la Communication", "MJCC"),
    ("mee", "l'Équipement et de l'Eau", "MEE"),
    ("mtl", "du Transport et de la Logistique", "MTL"),
    ("miepeec", "l'Inclusion économique, de la Petite entreprise, de l'Emploi et des "
                "Compétences", "MIEPEEC"),
    ("mateu", "l'Aménagement du territoire national, de l'Urbanisme et de l'Habitat",
     "MATNUHPV"),
    ("mj", "la Justice", "MJ"),
    ("maec", "des Affaires étrangères et de la Coopération africaine", "MAECAMRE"),
    ("mssif", "de la Solidarité, de l'Insertion sociale et de la Famille", "MSISF"),
    ("mhai", "des Habous et des Affaires islamiques", "MHAI"),
]
KINDS = [("public-body", "Agence"), ("federation", "Fédération"),
         ("association", "Association"), ("company", "Société"), ("network", "Réseau"),
         ("cluster", "Cluster"), ("international", "Organisation"), ("other", "Collectif")]
DOMAINS = ["de l'Énergie solaire", "des Industries agroalimentaires", "du Textile et de "
           "l'Habillement", "de l'Aéronautique", "de l'Automobile", "de la Chimie et de la "
           "Parachimie", "du Numérique", "des Mines", "de la Pêche côtière", "du Bâtiment",
           "de la Logistique portuaire", "de l'Économie sociale", "des Énergies renouvelables",
           "de la Santé", "de l'Éducation", "de l'Eau potable", "du Tourisme rural",
           "de l'Artisanat", "de la Formation professionnelle", "de la Recherche appliquée",
           "du Cuir", "de la Plasturgie", "de l'Électronique", "de l'Hydrogène vert",
           "des Phosphates", "de l'Agriculture irriguée", "de la Céramique", "du Café",
           "des Médicaments", "de la Mobilité électrique"]
CITIES = [("Casablanca", "Casablanca-Settat"), ("Rabat", "Rabat-Salé-Kénitra"),
          ("Fès", "Fès-Meknès"), ("Marrakech", "Marrakech-Safi"),
          ("Tanger", "Tanger-Tétouan-Al Hoceïma"), ("Agadir", "Souss-Massa"),
          ("Oujda", "Oriental"), ("Laâyoune", "Laâyoune-Sakia El Hamra"),
          ("Béni Mellal", "Béni Mellal-Khénifra"), ("Errachidia", "Drâa-Tafilalet"),
          ("Dakhla", "Dakhla-Oued Eddahab"), ("Guelmim", "Guelmim-Oued Noun"),
          ("Kénitra", "Rabat-Salé-Kénitra"), ("Tétouan", "Tanger-Tétouan-Al Hoceïma"),
          ("Meknès", "Fès-Meknès"), ("El Jadida", "Casablanca-Settat")]
TYPES = ["convention-cadre", "convention-partenariat", "protocole-accord", "memorandum",
         "contrat-programme", "accord", "avenant", "other"]
ROLES = ["partner", "partner", "beneficiary", "funder", "witness"]
SECTORS = ["industrie", "numérique", "énergie", "agriculture", "éducation", "santé",
           "tourisme", "artisanat", "qualité", "formation", "eau", "logistique", "emploi",
           "recherche", "économie sociale"]
PUBLISHERS = ["Le Desk", "Maroc-Actu", "Les ECO", "L'Économiste", "Médias24", "Le Matin",
              "Hespress FR", "TelQuel", "Le360", "Challenge", "La Vie éco", "MAP Express"]
EVENTS = ["GITEX Africa", "Salon international de l'agriculture", "Assises de l'industrie",
          "Forum de l'investissement", "Journées de l'énergie", "Salon de l'artisanat"]
VERBS = ["renforce", "accompagne", "structure", "finance", "modernise", "développe",
         "évalue", "étend", "prépare", "soutient"]
OBJECTS = ["l'écosystème", "la filière", "les compétences", "la qualité", "l'innovation",
           "l'intégration locale", "la formation continue", "les exportations",
           "la transition énergétique", "l'accès au financement", "la recherche appliquée",
           "l'emploi des jeunes", "la décarbonation", "la certification"]


def _q(text: str) -> str:
    """A double-quoted YAML scalar (names hold apostrophes, colons and commas)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def organizations(rng: random.Random, count: int = 300) -> list[dict[str, str]]:
    orgs = []
    for slug, topic, acronym in MINISTRY_TOPICS:
        orgs.append({"id": slug, "name": f"Ministère de {topic}".replace("de du ", "du ")
                     .replace("de des ", "des ").replace("de de ", "de "),
                     "acronym": acronym, "kind": "ministry", "country": "MA"})
    index = 0
    while len(orgs) < count:
        kind, word = KINDS[index % len(KINDS)]
        domain = DOMAINS[(index // len(KINDS)) % len(DOMAINS)]
        region = CITIES[index % len(CITIES)][1]
        serial = index // (len(KINDS) * len(DOMAINS))
        name = f"{word} {domain}" + (f" — {region}" if serial else "")
        org = {"id": f"{word.lower()[:4]}-{index:04d}".replace("é", "e"), "name": name,
               "kind": kind,
               "country": rng.choice(["MA", "MA", "MA", "FR", "ES", "DE", "NO", "SN"])}
        if index % 3 == 0:
            org["acronym"] = "".join(w[0] for w in name.split() if w[0].isupper())[:6]
        if index % 5 == 0:
            org["alias"] = f"{word} marocaine {domain}"
        orgs.append(org)
        index += 1
    return orgs


def _summary(rng: random.Random, title: str) -> str:
    parts = [f"Cet accord {rng.choice(VERBS)} {rng.choice(OBJECTS)} et "
             f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}."]
    parts.append(f"Il prévoit un comité de suivi, des indicateurs annuels et une "
                 f"évaluation à mi-parcours ({title.lower()[:40]}).")
    if rng.random() < 0.5:
        parts.append("Les parties s'engagent à publier un rapport d'étape chaque année.")
    return " ".join(parts)


def lines(count: int, seed: int = 2025, org_count: int = 300) -> Iterator[str]:
    """The YAML text, line by line (so 100 000 agreements never sit in memory at once)."""
    rng = random.Random(seed)
    orgs = organizations(rng, org_count)
    ministries = [o for o in orgs if o["kind"] == "ministry"]
    others = [o for o in orgs if o["kind"] != "ministry"]
    yield "schema: 1"
    yield "# Synthetic knowledge base for conv's benchmark (bench/generate.py); not real data."
    yield "organizations:"
    for org in orgs:
        yield f"  - id: {org['id']}"
        yield f"    name: {_q(org['name'])}"
        if "acronym" in org:
            yield f"    acronym: {org['acronym']}"
        yield f"    kind: {org['kind']}"
        if "alias" in org:
            yield "    aliases:"
            yield f"      - {_q(org['alias'])}"
        yield f"    country: '{org['country']}'"
    yield "agreements:"
    for n in range(count):
        year = 2000 + n * 26 // max(count, 1)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        domain = rng.choice(DOMAINS)
        kind = TYPES[n % len(TYPES)]
        city, region = rng.choice(CITIES)
        ident = f"{kind.split('-')[0][:8]}-{n:06d}"
        title = (f"{kind.replace('-', ' ').capitalize()} pour le développement "
                 f"{domain} à {city} {year}-{year + 3}")
        yield f"  - id: {ident}"
        yield f"    title: {_q(title)}"
        yield f"    type: {kind}"
        precision = rng.random()
        if precision < 0.8:
            yield f"    signed_on: {year}-{month:02d}-{day:02d}"
        elif precision < 0.9:
            yield f"    signed_on: {year}-{month:02d}"
        elif precision < 0.97:
            yield f"    signed_on: {year}"
        if rng.random() < 0.85:
            yield f"    place: {city}"
            yield f"    region: {region}"
        yield "    parties:"
        chosen = rng.sample(ministries, rng.choice([1, 1, 1, 2])) + rng.sample(
            others, rng.choice([1, 2, 2, 3]))
        for index, org in enumerate(chosen):
            role = "signatory" if index == 0 or org["kind"] == "ministry" else rng.choice(ROLES)
            yield f"      - {{org: {org['id']}, role: {role}}}"
        if rng.random() < 0.6:
            amount = rng.randint(1, 5000) * 100_000
            yield f"    funding: {{amount: {amount}, currency: MAD}}"
        if rng.random() < 0.5:
            yield f"    period: {{start: {year}, end: {year + rng.randint(0, 6)}}}"
        if rng.random() < 0.3:
            yield f"    jobs: {{direct: {rng.randint(10, 5000)}, by: {year + 5}}}"
        picked = rng.sample(SECTORS, rng.randint(0, 3))
        if picked:
            yield f"    sectors: [{', '.join(picked)}]"
        if rng.random() < 0.1:
            yield f"    event: {rng.choice(EVENTS)} {year}"
        if n > 10 and rng.random() < 0.15:
            earlier = rng.randrange(max(0, n - 500), n)
            yield f"    follows: {TYPES[earlier % len(TYPES)].split('-')[0][:8]}-{earlier:06d}"
        yield "    summary: >-"
        yield f"      {_summary(rng, title)}"
        yield "    sources:"
        publishers: set[str] = set()  # one article per paper: a source is never repeated
        for number in range(rng.choice([1, 1, 2, 3])):
            pub_day = min(day + rng.randint(0, 2), 28)
            publisher = rng.choice(PUBLISHERS)
            fresh = publisher not in publishers
            publishers.add(publisher)
            if fresh:
                yield f"      - publisher: {_q(publisher)}"
                yield f"        published_on: {year}-{month:02d}-{pub_day:02d}"
                yield f"        title: {_q('« ' + title[:60] + ' » signé à ' + city)}"
            if rng.random() < 0.5 and fresh:
                yield f"        url: https://exemple.ma/articles/{ident}" + \
                    (f"-{number + 1}" if number else "")


def write(count: int, out: TextIO, seed: int = 2025) -> None:
    for line in lines(count, seed):
        out.write(line)
        out.write("\n")


def generate(count: int, seed: int = 2025) -> str:
    return "".join(line + "\n" for line in lines(count, seed))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many agreements")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    write(args.count, sys.stdout, args.seed)


if __name__ == "__main__":
    main()
