"""A small schema-2 base for the views (network, timeline, due, FollowTheMoney): two
ministries, a federation, a company whose name is made to break markup, two people, an
event, a day, a month, an interval and an uncertain date, periods, jobs, statuses, and an
agreement that follows another and an avenant that amends it."""

VIEWS = """\
schema: 2
people:
  - {id: ryad-mezzour, name: Ryad Mezzour}
  - {id: ana-lima, name: "Ana \\u202eLima"}
events:
  - {id: forum-2025, name: Forum de l'industrie 2025, place: Rabat, region: Rabat-Salé-Kénitra,
     start: 2025-04-14, end: 2025-04-16, total: {amount: 900000000, currency: MAD}}
organizations:
  - {id: mic, name: "Ministère de l'Industrie et du Commerce", acronym: MIC, kind: ministry,
     country: MA}
  - {id: mef, name: "Ministère de l'Économie et des Finances", acronym: MEF, kind: ministry}
  - {id: fcp, name: "Fédération de la Chimie", acronym: FCP, kind: federation}
  - {id: evil, name: "Acme </script><script>alert(1)</script> \\x01SA", kind: company}
agreements:
  - id: plan-2022
    title: Plan qualité 2022-2025
    type: convention-cadre
    signed_on: 2022-06-07
    place: Casablanca
    status: in-force
    status_on: 2024-01
    parties:
      - {org: mic, role: signatory}
      - {org: fcp, role: partner}
    signatories:
      - {person: ryad-mezzour, org: mic, title: Ministre}
    funding: {amount: 250000000, currency: MAD}
    period: {start: 2022, end: 2025}
    follows: plan-2013
    summary: Un plan pour la qualité.
    sources:
      - {publisher: Le Desk, published_on: 2022-06-07, title: Un plan pour la qualité}
      - {publisher: Maroc-Actu, published_on: 2022-06-08}
  - id: plan-2013
    title: Plan 2014-2020
    type: other
    signed_on: 2013-02
    parties: [{org: mic, role: signatory}, {org: fcp, role: partner}]
    period: {start: 2014, end: 2020}
    sources: [{publisher: Maroc-Actu, published_on: 2022-06-08}]
  - id: avenant-2023
    title: Avenant au plan 2022
    type: avenant
    signed_on: 2023-03?
    parties: [{org: mic, role: signatory}, {org: mef, role: signatory}]
    signatories:
      - {person: ryad-mezzour, org: mic}
    amends: plan-2022
    sources: [{publisher: Le Desk, published_on: 2023-04-01, title: Un avenant}]
  - id: acme-2025
    title: "Protocole <b>Acme</b>"
    type: protocole-accord
    signed_on: 2025-04-14/2025-04-16
    event: forum-2025
    parties: [{org: mef, role: signatory}, {org: evil, role: partner},
              {org: fcp, role: witness}]
    signatories:
      - {person: ana-lima, org: evil, title: PDG}
    funding: {amount: 15000000, currency: EUR}
    jobs: {direct: 150, by: 2027}
    sources: [{publisher: Communiqué, published_on: 2025-04-16, url: "https://example.org/a"}]
  - id: done-2010
    title: Programme achevé
    type: contrat-programme
    signed_on: 2010
    status: completed
    status_on: 2016
    parties: [{org: mef, role: signatory}]
    period: {start: 2010, end: 2015}
    sources: [{publisher: Le Desk, published_on: 2016-01-02}]
"""
