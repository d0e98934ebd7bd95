"""The schema's agreement types and the words that name each, folded, plural allowed,
most specific first: "convention-cadre", "protocole d'accord", "accord de prêt", "charte"."""

from __future__ import annotations

__all__ = ["TYPES"]

# type -> its names (folded, plural allowed), most specific first.
TYPES: list[tuple[str, str]] = [
    ("convention-cadre", r"(?:conventions?|accords?)[\s-]+cadres?"),
    ("contrat-programme", r"contrats?[\s-]+programmes?"),
    ("protocole-accord", r"protocoles? d'(?:accord|entente)s?|protocoles?"),
    ("memorandum", r"memorand(?:um|a)s?(?: d'(?:entente|accord)| of understanding)?|\bmous?\b"),
    ("avenant", r"avenants?"),
    ("other", r"conventions? d'investissements?|contrats? d'investissements?|chartes?|"
              # conventions of a kind of their own: aggregation (farming), refinancing,
              # management, delegated project management, concession, mandate
              r"conventions? d(?:'agregation|e refinancement|e gestion|e maitrise d'ouvrage|"
              r"e concession|e mandat|e delegation)s?|"
              # the framework a UN agency signs with a country for several years
              r"cadres? de programmation(?: par)?(?: pays)?|"
              r"pactes?|declarations? (?:d'intention|conjointes?|communes?)|"
              r"lettres? d'(?:intention|entente)|"
              r"arrangements? (?:administratifs?|de cooperation)|"
              # how two governments carry out a cooperation agreement, year by year
              r"programmes? (?:executifs?|d'application|de mise en \w*uvre)"
              # "… de mise en œuvre d'une convention de coopération": what it carries out
              r"(?: d(?:e l'|e la|u|'une?|'un|es) (?:accords?|conventions?|memorandums?|"
              r"protocoles?)(?: de cooperation| cadres?| culturel(?:le)?s?)?)?"),
    # an exchange of notes or letters between two governments is how a treaty is concluded
    ("accord", r"echanges? d(?:e|es) (?:notes|lettres)(?: (?:diplomatiques|verbales))?"),
    ("accord", r"(?:conventions?|accords?|contrats?) (?:de (?:pret|don|garantie|financement|"
               r"credit|subvention)|de (?:pret|don|garantie|subvention)s?)(?! et de partenariat)|"
               r"accords? de (?:pret|don|garantie|financement)|"
               # "la convention d'octroi de ce don": what grants money is a grant's
               r"(?:conventions?|accords?) d'octroi"),
    ("convention-partenariat", r"conventions? de (?:partenariat|cooperation)|"
                               r"conventions? specifiques?|conventions?"),
    ("accord", r"accords?(?! de (?:principe|libre[- ]echange))"),
    ("other", r"contrats?(?! de travail)"),
    # "Un projet de coopération Sud-Sud Maroc-X-Y a aussi été signé": a project document
    # that is signed is an agreement (not "un projet de coopération" merely announced)
    ("other", r"projets? de cooperation(?=[^.;]{0,80}?\b(?:a|ont) (?:aussi |egalement |deja )?"
              r"ete (?:signe|paraphe|conclu)s?\b)"),
    # "un plan d'action de coopération …, signé par A et B", "la signature d'un plan d'action
    # conjoint": a plan the parties sign is an agreement (not one a minister presents)
    ("other", r"(?:(?<=signature d'un )|(?<=signature du ))plans? d'actions?"
              r"(?: conjoints?| communs?)?\b|"
              r"plans? d'actions?\b(?=[^.;]{0,100}?(?:,\s*|\b(?:a|ont) (?:aussi |egalement )?"
              r"ete )(?:signe|paraphe|conclu)s?\s+(?:par|entre)\b)"),
    # "17 instruments juridiques": agreements of kinds the article may say further on
    ("", r"instruments? juridiques?"),
]
