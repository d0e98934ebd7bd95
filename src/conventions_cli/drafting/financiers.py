"""The international and foreign bodies that finance development, by every name the press
gives them: the long form in French and in English, the short forms, the acronyms of both
languages ("la Société islamique pour le développement du secteur privé", "la SID",
"l'ICD"). A mention of any of them is one organization with its acronym, whether or not
the base holds it (`knowledge.KnowledgeBase` links it to the base's record when it does).

A word list only; `knowledge` reads it. The first name is the one a new record takes, the
first acronym its acronym; every other form is an alias.
"""

from __future__ import annotations

__all__ = ["FINANCIERS", "LENDER_UNITS", "UNIT_WORDS", "Financier"]

Financier = tuple[str, tuple[str, ...], tuple[str, ...], str | None]
# (name, acronyms, other names, country: None for a multilateral body)

FINANCIERS: list[Financier] = [
    # the Islamic Development Bank group
    ("Banque islamique de développement", ("BID", "IsDB", "IDB"),
     ("Islamic Development Bank", "Groupe de la Banque islamique de développement",
      "Groupe de la BID", "Groupe BID", "Islamic Development Bank Group"), None),
    ("Société islamique pour le développement du secteur privé", ("SID", "ICD"),
     ("Société islamique du développement du secteur privé",
      "Société islamique de développement du secteur privé",
      "Islamic Corporation for the Development of the Private Sector"), None),
    ("Société internationale islamique de financement du commerce", ("ITFC", "SIFC"),
     ("Société islamique internationale de financement du commerce",
      "International Islamic Trade Finance Corporation"), None),
    ("Société islamique d'assurance des investissements et des crédits à l'exportation",
     ("ICIEC", "SIACE"),
     ("Société islamique d'assurance des investissements et du crédit à l'exportation",
      "Islamic Corporation for the Insurance of Investment and Export Credit"), None),
    # multilateral banks and funds
    ("Banque européenne pour la reconstruction et le développement", ("BERD", "EBRD"),
     ("European Bank for Reconstruction and Development",), None),
    ("Banque européenne d'investissement", ("BEI", "EIB"), ("European Investment Bank",), None),
    ("Banque africaine de développement", ("BAD", "AfDB", "BAfD"),
     ("African Development Bank", "Groupe de la Banque africaine de développement",
      "Groupe de la BAD", "African Development Bank Group"), None),
    ("Fonds africain de développement", ("FAD", "ADF"), ("African Development Fund",), None),
    ("Banque mondiale", ("BM",), ("World Bank", "Groupe de la Banque mondiale",
                                 "World Bank Group"), None),
    ("Banque internationale pour la reconstruction et le développement", ("BIRD", "IBRD"),
     ("International Bank for Reconstruction and Development",), None),
    ("Association internationale de développement", ("IDA",),
     ("International Development Association",), None),
    ("Société financière internationale", ("SFI", "IFC"),
     ("International Finance Corporation",), None),
    ("Agence multilatérale de garantie des investissements", ("MIGA", "AMGI"),
     ("Multilateral Investment Guarantee Agency",), None),
    ("Fonds monétaire international", ("FMI", "IMF"), ("International Monetary Fund",), None),
    ("Banque asiatique d'investissement dans les infrastructures", ("BAII", "AIIB"),
     ("Asian Infrastructure Investment Bank",), None),
    ("Fonds de l'OPEP pour le développement international", ("OFID",),
     ("OPEC Fund for International Development", "OPEC Fund", "Fonds OPEP",
      "Fonds de l'OPEP"), None),
    ("Fonds arabe pour le développement économique et social", ("FADES", "AFESD"),
     ("Arab Fund for Economic and Social Development",
      "Fonds arabe de développement économique et social"), None),
    ("Banque arabe pour le développement économique en Afrique", ("BADEA",),
     ("Arab Bank for Economic Development in Africa",), None),
    ("Fonds monétaire arabe", ("FMA", "AMF"), ("Arab Monetary Fund",), None),
    ("Fonds international de développement agricole", ("FIDA", "IFAD"),
     ("International Fund for Agricultural Development",), None),
    ("Fonds vert pour le climat", ("FVC", "GCF"), ("Green Climate Fund",), None),
    ("Fonds pour l'environnement mondial", ("FEM", "GEF"),
     ("Global Environment Facility",), None),
    ("Banque africaine d'import-export", ("Afreximbank",),
     ("African Export-Import Bank",), None),
    ("Banque de développement du Conseil de l'Europe", ("CEB",),
     ("Council of Europe Development Bank",), None),
    ("Union européenne", ("UE", "EU"), ("European Union",), None),
    # national development agencies, banks and funds
    ("Agence française de développement", ("AFD",), ("French Development Agency",), "FR"),
    ("Proparco", (), ("Société de promotion et de participation pour la coopération "
                      "économique",), "FR"),
    ("KfW (Banque allemande de développement)", ("KfW", "KFW"),
     ("Kreditanstalt für Wiederaufbau", "Banque allemande de développement",
      "Banque allemande de reconstruction", "KfW Bankengruppe",
      "Banque allemande pour la reconstruction"), "DE"),
    ("Agence allemande de coopération internationale", ("GIZ",),
     ("Deutsche Gesellschaft für Internationale Zusammenarbeit",), "DE"),
    ("Agence japonaise de coopération internationale", ("JICA",),
     ("Japan International Cooperation Agency",), "JP"),
    ("Banque japonaise pour la coopération internationale", ("JBIC",),
     ("Japan Bank for International Cooperation",), "JP"),
    ("Agence coréenne de coopération internationale", ("KOICA",),
     ("Korea International Cooperation Agency",), "KR"),
    ("Fonds de coopération pour le développement économique", ("EDCF",),
     ("Economic Development Cooperation Fund",), "KR"),
    ("Agence espagnole de coopération internationale pour le développement", ("AECID",),
     ("Spanish Agency for International Development Cooperation",), "ES"),
    ("Agence des États-Unis pour le développement international", ("USAID",),
     ("United States Agency for International Development",
      "Agence américaine pour le développement international"), "US"),
    ("Millennium Challenge Corporation", ("MCC",), ("Millenium Challenge Corporation",), "US"),
    ("Fonds saoudien pour le développement", ("FSD", "SFD"),
     ("Saudi Fund for Development", "Fonds saoudien de développement"), "SA"),
    ("Fonds koweïtien pour le développement économique arabe", ("FKDEA", "KFAED"),
     ("Kuwait Fund for Arab Economic Development", "Fonds koweïtien de développement",
      "Fonds koweïtien pour le développement"), "KW"),
    ("Fonds d'Abou Dhabi pour le développement", ("FADD", "ADFD"),
     ("Abu Dhabi Fund for Development", "Fonds d'Abu Dhabi pour le développement",
      "Fonds Abou Dhabi pour le développement"), "AE"),
    ("Fonds du Qatar pour le développement", ("QFFD",),
     ("Qatar Fund for Development", "Fonds qatari pour le développement",
      "Fonds qatari de développement"), "QA"),
    ("Banque chinoise de développement", ("CDB",), ("China Development Bank",), "CN"),
    ("Banque d'import-export de Chine", ("Eximbank",),
     ("Export-Import Bank of China", "Exim Bank of China", "China Eximbank"), "CN"),
]

# A department of a body ("la division Énergie de la BERD", "le bureau de la KfW à
# Rabat", "le département Afrique de la JICA"): the body signs through it.
UNIT_WORDS = {"division", "divisions", "departement", "departements", "direction",
              "directions", "bureau", "bureaux", "delegation", "representation", "mission",
              "antenne", "service", "unite", "vice-presidence", "guichet"}
# The units only a lender has (a Moroccan body's "direction" or "délégation" is its own):
# named without their body beside the one lender of the article, they are its.
LENDER_UNITS = {"division", "divisions", "bureau", "bureaux", "vice-presidence", "antenne",
                "guichet"}
