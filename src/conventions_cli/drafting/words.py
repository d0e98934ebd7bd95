"""The words of French official prose that the name grammar reads: the head nouns of
organizations, titles, determiners, countries and nationalities, given names.

Lists only; `grammar`, `people`, `plurals` and `mentions` read them.
"""

from __future__ import annotations

import re

# Head noun (folded) -> kind of organization.
HEADS: dict[str, str] = {
    "ministere": "ministry", "ministeres": "ministry", "departement": "ministry",
    "agence": "public-body", "office": "public-body", "caisse": "public-body",
    "conseil": "public-body", "centre": "public-body", "autorite": "public-body",
    "haut-commissariat": "public-body", "direction": "public-body", "institut": "public-body",
    "observatoire": "public-body", "etablissement": "public-body", "wilaya": "public-body",
    "region": "public-body", "commune": "public-body", "prefecture": "public-body",
    "province": "public-body", "universite": "public-body", "ecole": "public-body",
    "chambre": "public-body", "tresorerie": "public-body", "inspection": "public-body",
    "secretariat": "public-body", "administration": "public-body", "cour": "public-body",
    "tribunal": "public-body", "parlement": "public-body", "chancellerie": "public-body",
    "federation": "federation", "confederation": "federation", "groupement": "federation",
    "union": "federation", "association": "association", "fondation": "association",
    "cooperative": "association", "amicale": "association", "ordre": "association",
    "barreau": "association",
    "syndicat": "association",
    "alliance": "association", "conference": "association", "reseau": "network",
    "cluster": "cluster", "pole": "cluster",
    "societe": "company", "groupe": "company", "entreprise": "company", "compagnie": "company",
    "holding": "company", "cabinet": "company", "banque": "company", "fonds": "public-body",
    "programme": "international", "organisation": "international", "commission": "public-body",
    "comite": "public-body", "laboratoire": "company", "consortium": "company", "firme": "company",
    "bank": "company", "group": "company", "corporation": "company",
    "gouvernement": "other", "etat": "other", "academie": "public-body", "ligue": "association",
    "delegation": "public-body", "assemblee": "public-body",
    "ville": "public-body", "mairie": "public-body", "municipalite": "public-body",
    "division": "public-body", "bureau": "public-body", "representation": "public-body",
    "musee": "public-body", "faculte": "public-body", "conservatoire": "public-body",
    "bibliotheque": "public-body", "hopital": "public-body", "theatre": "public-body",
    # "le Port autonome de Dakar", "la Régie autonome de distribution …", "la Communauté
    # d'agglomération de X", "l'Interprofession marocaine de l'olive", "le Gouvernorat d'Y"
    "port": "public-body", "regie": "public-body", "communaute": "public-body",
    "interprofession": "federation", "gouvernorat": "public-body", "metropole": "public-body",
    "aeroport": "public-body", "ambassade": "public-body", "consulat": "public-body",
    "mutuelle": "association", "club": "association", "clinique": "company",
    "poste": "public-body",  # "la Poste tunisienne", "la poste de Mauritanie"
}

PLURAL_HEADS = {"ministeres": "ministere", "barreaux": "barreau"}

# Titles whose holder speaks for an organization named after them.
TITLES = {"representants", "representantes", "responsables", "dirigeants", "presidents",
          "ministre", "president", "presidente", "directeur", "directrice", "pdg", "dg",
          "wali", "gouverneur", "representant", "representante", "ambassadeur",
          "ambassadrice", "secretaire", "administrateur", "administratrice", "chef", "patron",
          "responsable", "vice-president", "vice-presidente", "president-directeur", "maire",
          "mairesse", "haut-commissaire",
          "presidente-directrice", "directeur-general", "delegue", "deleguee", "gouverneure",
          "commissaire", "conseiller", "conseillere", "porte-parole", "coordonnateur",
          "coordonnatrice", "coordinateur", "coordinatrice",
          "consul", "consule", "recteur", "rectrice", "doyen", "doyenne", "tresorier",
          "tresoriere", "batonnier", "batonniere", "inspecteur", "inspectrice",
          "procureur", "procureure",
          # English titles a company's release keeps: "le CEO de X", "le Managing Director
          # de Y", "le Country Manager Maroc du groupe"
          "ceo", "cfo", "coo", "chairman", "chairwoman", "chief", "managing", "country",
          "vp"}  # "X, VP de la Banque": a vice-president, shortened

DESCRIPTORS = {"societe", "societes", "groupe", "groupes", "entreprise", "entreprises", "firme",
               "cabinet", "compagnie", "operateur", "operateurs", "constructeur",
               "equipementier", "start-up", "startup", "filiale", "leader", "geant",
               "industriel", "enseigne", "marque", "holding", "banque", "banques", "assureur",
               "partenaire", "partenaires", "investisseur", "promoteur", "developpeur",
               "organisme", "institution", "institutions", "ong", "fabricant", "producteur",
               "fournisseur", "distributeur", "exploitant", "fintech", "pousse", "specialiste",
               "laboratoire", "transporteur", "armateur", "emballeur", "exportateur",
               "importateur", "integrateur", "editeur", "negociant", "grossiste", "cimentier",
               "siderurgiste", "assembleur", "concessionnaire", "minotier", "brasseur",
               "chimiste", "papetier", "verrier", "textilien", "conglomerat"}

# "l'ONG espagnole X", "l'association italienne Y": a description before a body's name
NGO_WORDS = {"ong", "association", "fondation"}

DETS = {"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "du", "au", "aux"}

VAGUE_DETS = {"des", "plusieurs", "certains", "certaines", "differents", "differentes",
              "divers", "diverses", "nombreux", "nombreuses", "quelques", "ces", "autres",
              "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "tous",
              "toutes", "chaque", "d'autres", "de"}

GENERIC = {"acteurs", "partenaires", "parties", "departements", "etablissements",
           "institutions", "operateurs", "entreprises", "organismes", "intervenants", "secteur",
           "secteurs", "professionnels", "autorites", "administrations", "structures",
           "instances", "responsables", "investisseurs", "banques", "collectivites",
           "pouvoirs", "services", "ecosysteme", "signataires", "contractants", "membres",
           "societes", "groupes", "federations", "associations", "agences", "offices",
           "ministeres", "gouvernement", "etat", "royaume", "royaumes", "republiques", "pays",
           "villes", "regions", "communes", "clusters", "operateur", "etablissement",
           "departement"}

COUNTRIES = {"maroc": "MA", "mauritanie": "MR", "france": "FR", "espagne": "ES",
             "allemagne": "DE", "chine": "CN", "etats-unis": "US", "senegal": "SN",
             "tunisie": "TN", "algerie": "DZ", "egypte": "EG", "italie": "IT", "portugal": "PT",
             "belgique": "BE", "suisse": "CH", "japon": "JP", "coree": "KR", "inde": "IN",
             "turquie": "TR", "royaume-uni": "GB", "canada": "CA", "emirats": "AE",
             "qatar": "QA", "arabie": "SA", "russie": "RU", "bresil": "BR", "nigeria": "NG",
             "israel": "IL", "cote": "CI", "gabon": "GA", "mali": "ML", "niger": "NE",
             "rwanda": "RW", "kenya": "KE", "ethiopie": "ET", "ghana": "GH", "royaume": "MA",
             "djibouti": "DJ", "comores": "KM", "mexique": "MX", "jordanie": "JO", "liban": "LB",
             "koweit": "KW", "oman": "OM", "bahrein": "BH", "irak": "IQ", "libye": "LY",
             "cameroun": "CM", "guinee": "GN", "tchad": "TD", "burkina": "BF", "benin": "BJ",
             "togo": "TG", "gambie": "GM", "congo": "CG", "angola": "AO", "tanzanie": "TZ",
             "madagascar": "MG", "pays-bas": "NL", "suede": "SE", "norvege": "NO",
             "danemark": "DK", "finlande": "FI", "autriche": "AT", "grece": "GR",
             "pologne": "PL", "hongrie": "HU", "roumanie": "RO", "ukraine": "UA",
             "indonesie": "ID", "malaisie": "MY", "pakistan": "PK", "vietnam": "VN",
             "argentine": "AR", "chili": "CL", "perou": "PE", "colombie": "CO",
             "australie": "AU", "azerbaidjan": "AZ", "kazakhstan": "KZ", "irlande": "IE",
             "soudan": "SD", "somalie": "SO", "cuba": "CU", "singapour": "SG",
             "thailande": "TH", "philippines": "PH", "iran": "IR", "syrie": "SY",
             "palestine": "PS", "yemen": "YE", "slovaquie": "SK", "serbie": "RS",
             "croatie": "HR", "bulgarie": "BG", "estonie": "EE", "lettonie": "LV",
             "lituanie": "LT", "luxembourg": "LU", "malte": "MT", "chypre": "CY",
             "islande": "IS", "mozambique": "MZ", "zambie": "ZM", "ouganda": "UG",
             "zimbabwe": "ZW", "namibie": "NA", "botswana": "BW", "malawi": "MW",
             "sierra": "SL", "liberia": "LR", "erythree": "ER", "bangladesh": "BD",
             "ouzbekistan": "UZ", "mongolie": "MN", "equateur": "EC", "venezuela": "VE",
             "bolivie": "BO", "uruguay": "UY", "paraguay": "PY", "panama": "PA",
             "guatemala": "GT", "slovenie": "SI", "montenegro": "ME", "albanie": "AL",
             "georgie": "GE", "armenie": "AM", "tchequie": "CZ", "maurice": "MU",
             "seychelles": "SC", "burundi": "BI", "centrafrique": "CF", "surinam": "SR"}

# States whose name is several words, by their folded words (`normalize.key`): one party,
# never cut at a space, a hyphen or their own "et" ("le Burkina Faso", "Trinité-et-Tobago").
MULTIWORD_COUNTRIES = {
    "burkina faso": "BF", "sierra leone": "SL", "costa rica": "CR", "guinee equatoriale": "GQ",
    "guinee bissau": "GW", "guinee conakry": "GN", "arabie saoudite": "SA",
    "emirats arabes unis": "AE", "cote d ivoire": "CI", "afrique du sud": "ZA",
    "nouvelle zelande": "NZ", "sri lanka": "LK", "el salvador": "SV", "cap vert": "CV",
    "sao tome et principe": "ST", "trinite et tobago": "TT", "antigua et barbuda": "AG",
    "saint kitts et nevis": "KN", "saint vincent et les grenadines": "VC", "sainte lucie": "LC",
    "republique dominicaine": "DO", "republique centrafricaine": "CF",
    "republique tcheque": "CZ", "republique democratique du congo": "CD",
    "bosnie herzegovine": "BA", "macedoine du nord": "MK", "papouasie nouvelle guinee": "PG",
    "timor oriental": "TL", "etats unis": "US", "etats unis d amerique": "US",
    "royaume uni": "GB", "pays bas": "NL", "coree du sud": "KR", "coree du nord": "KP",
    "soudan du sud": "SS", "iles salomon": "SB", "iles marshall": "MH", "iles maurice": "MU",
    "hong kong": "HK", "ile maurice": "MU", "union des comores": "KM"}

NATIONALITIES = {"marocain": "MA", "mauritanien": "MR", "francais": "FR", "espagnol": "ES",
                 "allemand": "DE", "chinois": "CN", "americain": "US", "senegalais": "SN",
                 "tunisien": "TN", "algerien": "DZ", "egyptien": "EG", "italien": "IT",
                 "portugais": "PT", "belge": "BE", "suisse": "CH", "japonais": "JP",
                 "coreen": "KR", "indien": "IN", "turc": "TR", "britannique": "GB",
                 "canadien": "CA", "emirati": "AE", "qatari": "QA", "saoudien": "SA",
                 "russe": "RU", "bresilien": "BR", "nigerian": "NG", "israelien": "IL",
                 "ivoirien": "CI", "gabonais": "GA", "malien": "ML", "rwandais": "RW",
                 "kenyan": "KE", "ethiopien": "ET", "ghaneen": "GH", "neerlandais": "NL",
                 "suedois": "SE", "autrichien": "AT", "hongrois": "HU", "finlandais": "FI",
                 "roumain": "RO", "comorien": "KM", "mexicain": "MX", "jordanien": "JO",
                 "libanais": "LB", "koweitien": "KW", "omanais": "OM", "bahreini": "BH",
                 "irakien": "IQ", "libyen": "LY", "camerounais": "CM", "guineen": "GN",
                 "tchadien": "TD", "burkinabe": "BF", "beninois": "BJ", "togolais": "TG",
                 "gambien": "GM", "congolais": "CG", "angolais": "AO", "tanzanien": "TZ",
                 "malgache": "MG", "norvegien": "NO", "danois": "DK", "grec": "GR",
                 "polonais": "PL", "ukrainien": "UA", "indonesien": "ID", "malaisien": "MY",
                 "pakistanais": "PK", "vietnamien": "VN", "argentin": "AR", "chilien": "CL",
                 "peruvien": "PE", "colombien": "CO", "australien": "AU", "irlandais": "IE",
                 "nigerien": "NE", "djiboutien": "DJ", "soudanais": "SD", "cubain": "CU",
                 "singapourien": "SG", "thailandais": "TH", "iranien": "IR", "syrien": "SY",
                 "palestinien": "PS", "yemenite": "YE", "luxembourgeois": "LU",
                 "azerbaidjanais": "AZ", "kazakh": "KZ", "tcheque": "CZ", "serbe": "RS",
                 "croate": "HR", "bulgare": "BG", "mauricien": "MU", "emirien": "AE",
                 "sud-coreen": "KR", "sud-africain": "ZA", "americaine": "US",
                 "hollandais": "NL", "ouzbek": "UZ", "slovaque": "SK",
                 "chypriote": "CY", "maltais": "MT", "islandais": "IS", "estonien": "EE",
                 "letton": "LV", "lituanien": "LT", "slovene": "SI", "albanais": "AL",
                 "mozambicain": "MZ", "zambien": "ZM", "ougandais": "UG", "sierra-leonais":
                 "SL", "liberien": "LR", "centrafricain": "CF", "equato-guineen": "GQ",
                 "cap-verdien": "CV", "bissau-guineen": "GW", "zimbabween": "ZW",
                 "namibien": "NA", "botswanais": "BW", "erythreen": "ER", "somalien": "SO",
                 "burundais": "BI", "seychellois": "SC", "sao-tomeen": "ST",
                 "sud-soudanais": "SS", "bangladais": "BD", "sri-lankais": "LK",
                 "philippin": "PH", "neo-zelandais": "NZ", "venezuelien": "VE",
                 "equatorien": "EC", "bolivien": "BO", "paraguayen": "PY", "uruguayen": "UY",
                 "dominicain": "DO", "guatemalteque": "GT",
                 "panameen": "PA", "costaricien": "CR", "mongol": "MN", "georgien": "GE",
                 "armenien": "AM", "malawite": "MW", "qatarien": "QA"}

INTERNATIONAL = re.compile(r"mondiale|africaine de developpement|europeenne|nations unies|"
                           r"internationale?|islamique de developpement|arabe pour|"
                           r"(?:banque|fonds) (?:arabe|asiatique|ouest-africaine|nordique|"
                           r"africaine|islamique|europeenne) (?:de|pour l[ae]) developpement|"
                           r"\bbanque europeenne|\bfonds monetaire|cooperation (?:technique )?"
                           r"(?:allemande|japonaise|belge|suisse)|\bbid\b|\bbei\b|\bberd\b|"
                           # the United Nations' agencies and other bodies above countries,
                           # as the press writes them without their full name
                           r"^(?:unesco|unicef|pnud|undp|fao|oms|oit|onudi|unido|unfpa|fnuap|"
                           r"unhcr|hcr|pam|fida|ifad|cnuced|onu|oim|onusida|unops|ocde|ompi|"
                           r"omt|omc|isesco|icesco|alecso|cedeao|uemoa|unops|pnue|unep|"
                           r"onu-femmes|onu femmes|union africaine|ligue arabe)$")

NOT_ACRONYMS = {"MDH", "MMDH", "DH", "DHS", "MAD", "USD", "EUR", "MUSD", "PIB", "TVA", "TTC",
                "HT", "IR", "IS", "MW", "GW", "KM", "HA", "NEET", "IA", "TIC", "RSE", "PPP",
                "COVID", "MDS", "SA", "SARL", "SAS", "SASU", "II", "III", "IV", "VI", "MAP",
                "AFP", "H", "M", "MME", "MR", "TPE", "PME", "TPME", "GMT", "PDG", "DG", "CEO",
                "COMEX", "CODIR", "ONG", "CFA", "FCFA", "F", "XOF", "XAF", "MEUR",
                "COP"}  # "la COP 22": a conference, where a signing happens

# a currency written with a capital ("15 millions d'Euros"): no body
CURRENCY_WORDS = {"euro", "euros", "dollar", "dollars", "dirham", "dirhams", "franc", "francs",
                  "livre", "livres", "dinar", "dinars", "yen", "yens", "yuan", "yuans", "riyal",
                  "riyals", "rial", "rials", "ouguiya", "ouguiyas", "naira", "nairas"}

MONTH_WORDS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
               "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi",
               "jeudi", "vendredi", "samedi", "dimanche"}

PREPS = {"de", "du", "des", "d'"}

# "la Banque mondiale pour la région MENA": where it works, not part of its name
SCOPE_WORDS = {"region", "zone", "afrique", "maghreb", "mena", "monde", "europe", "sud", "nord",
               "pays", "continent", "royaume"}

# Words of company names the tagger may take for a person's ("Ecart Services Morocco").
COMPANY_WORDS = {"maroc", "morocco", "services", "service", "group", "groupe", "international",
                 "holding", "industries", "industrie", "automobiles", "automobile", "electric",
                 "energy", "energie", "bank", "banque", "capital", "invest", "investment",
                 "technologies", "technology", "solutions", "systems", "africa", "afrique",
                 "consulting", "logistics", "sa", "sarl", "sas", "sasu", "ltd", "inc", "corp",
                 "company", "partners", "motors", "airlines", "telecom", "pharma", "textile",
                 "finance", "assurances", "immobilier", "distribution", "trading", "foods",
                 "mining", "steel", "cement", "ciments", "center", "centre", "digital", "data",
                 "cluster", "clusters", "microfinance", "network", "foundation", "institute",
                 "agency", "packing", "farms", "farm", "fruits", "agro", "power",
                 "solar", "renewables", "aerospace", "aviation", "chemicals", "shipping",
                 "airways", "corporation", "limited", "llc", "gmbh", "plc", "textiles",
                 "engineering", "industrial", "industry", "electronics", "pharmaceuticals",
                 "partnership", "ventures", "resources", "minerals", "metals", "plastics"}

AGREEMENT_WORDS = {"convention", "conventions", "charte", "accord", "accords", "protocole",
                   "mou", "mous", "declaration", "declarations", "arrangement", "lettre",
                   "memorandum", "contrat", "avenant", "pacte", "programme", "plan", "projet",
                   "strategie", "initiative", "code", "loi", "decret", "dahir", "feuille",
                   "signature", "ceremonie", "communique", "selon", "lors", "dans"}

# Adjectives the tagger sometimes reads as nouns ("Banque africaine", "Office national").
ADJ_FORM = re.compile(r"[a-z]{3,}(?:aine?s?|ales?|aux|iens?|iennes?|ais|aises?|iques?|elles?|els?|"
                      r"ifs?|ives?|aires?|istes?|iers?|ieres?|eens?|eennes?|ees?|ee?s)|"
                      r"arabes?|belges?|suisses?|russes?|publics?|publiques?|prives?|privees?|"
                      r"autonomes?|hauts?|hautes?|grands?|grandes?|superieure?s?|interieure?s?|"
                      r"exterieure?s?|agricoles?|solidaires?")

STOP_NAME = {"pour", "portant", "concernant", "relative", "relatif", "visant", "afin", "qui",
             "dont", "lors", "en", "dans", "avec", "sur", "par", "a", "au", "aux", "selon",
             "entre", "vers", "sous", "apres", "avant", "depuis", "pendant", "ont", "sera",
             "seront", "est", "sont", "et", "ou", "mais", "ainsi", "outre", "le", "la", "les",
             "l'", "un", "une", "ce", "cette",
             # "l'Ecole X de commerce s'engage": a verb's pronoun ends the name
             "s'", "se", "n'", "ne", "qu'",
             # "organisées par le Conseil régional de X jusqu'à lundi", "lorsqu'il"
             "jusqu'", "jusque", "jusqu", "lorsqu'", "puisqu'", "quoique", "tandis",
             # "avec la région du Souss-Massa parce que nous …": a clause, not the name
             "parce", "que", "car", "puisque", "lorsque", "comme", "nous", "vous", "il", "elle",
             "ils", "elles", "on"}
# Given names the press writes before a surname (folded): "Nabil Hmina", "Jean Dupont". The
# small French model often tags Maghrebi names as places or MISC; a name that opens with one
# of these is a person's, not an organization's.
_GIVEN_NAMES_TEXT = """
abdelaziz abdelhak abdelhamid abdelilah abdelkader abdellah abdallah abdellatif abdelatif
abdelmajid abdelmoumen abdelouafi abdelahad abderrahim abderrahmane abdeslam abdou achraf
ashraf adil ahmed ahmad ali amina amine anas aziz aicha bouchra brahim chakib driss fatiha
fatima faouzi fouad fouzi ghita hafid hakima hamid hamou hassan hassane hicham hind houda
ibrahim ilyas imad ismail jamal jamila kamal karim karima khadija khaled khalid lahcen laila
larbi latifa leila mbarka mehdi meryem mohamed mohammed mohamad mohcine mohsine mostafa
mounir moulay mustapha nabil nadia najat nezha nizar noureddine omar othman rachid rachida
redouane reda riad ryad rkia saad saaid said salaheddine salwa samir samira souad tarik
tariq taoufik tawfik touria yassine younes youssef zahra zakia zakaria hamza anouar jean
pierre philippe francois francoise marie michel nicolas emmanuel edouard bruno laurent laura
elisabeth benjamin nicole christine catherine anne sophie patrick thierry olivier eric
daniel daniela stefan robert carlos antonio manuel ana paula teresa john david james george
ricardo gerd katharina werner xavier vincent julien sebastien stephane alain gilles yves
maria jose juan luis pedro miguel helena janne jesko simon thomas
salma nawal naima nouzha ouafae wafae zineb asmaa asma hanane ilham loubna malika mariam
meriem nabila naoual nora rajae raja sanae sanaa siham soumia wafa yasmina yasmine ghizlane
hasnaa hayat kenza lamia majda mouna nada narjiss rim sara sarah sofia yousra amal btissam
dounia fadwa habiba hajar ihssane imane jihane kaoutar maha nisrine oumaima rabia safae
salima selma zahira zoubida abdeljalil abdelouahed abdelkrim abdelghani abdelali adnane
badr bilal chafik faycal hakim hatim jaouad jawad khalil mourad nadir nasser otmane rafik
salah sami walid yahya yassir zouhair mohssine mhamed lhoussaine lahoucine mouhcine jalal
jaafar rida anis azzedine
"""

GIVEN_NAMES = set(_GIVEN_NAMES_TEXT.split())
# The words inside a person's name that join the surname to what comes before it, as they
# may be written in lower case there: "Philippe de Fontaine Vive", "Ould", "Khalid Ait
# Taleb", "Ibn Khaldoun". The one list of particles: drafting/namesakes and delegates
# derive theirs from it.
NAME_PARTICLES = frozenset({
    "de", "du", "d'", "da", "der", "van", "von",
    "ben", "bin", "ibn", "bel", "ould", "el", "al", "ait", "aït", "abou", "abu"})
# And Le, La ("Jean-Yves Le Drian"): part of a surname, but written with a capital, so not
# among the lower-case words above; in running text a lowercase "le" or "la" before a
# capital is an article ("signé par Ahmed Benali la veille de …"), never part of a name.
SURNAME_PARTICLES = NAME_PARTICLES | {"le", "la"}
TITLE_WORDS = {"m.", "mme", "mme.", "mr", "mr.", "mlle", "dr", "dr.", "pr", "pr.", "sm", "s.m",
               "sar", "monsieur", "madame", "mm", "mm.", "mmes", "mmes.", "messieurs", "mesdames",
               "sem", "s.e",
               "s.e.", "cheikh", "cheikha", "sheikh", "sheikha", "majeste", "altesse"}

NUMBER_WORDS = {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
                "trente", "quarante", "cinquante", "soixante", "cent", "mille"}

GEO_WORDS = {"afrique", "nord", "sud", "est", "ouest", "moyen-orient", "moyen", "orient",
             "europe", "asie", "amerique", "latine", "maghreb", "sahel", "mena", "mediterranee",
             "atlantique", "centrale", "australe", "subsaharienne", "occidentale", "orientale",
             "monde", "continent", "golfe", "arabe", "pacifique", "caraibes", "sub-saharienne",
             "saharienne"}


# Heads of a territory's body: a nationality after them says where it lies, it is no word
# of the name ("la province chinoise du Jiangsu" is the Province du Jiangsu, in China).
TERRITORY = re.compile(r"^(?P<head>Provinces?|R[ée]gions?|Pr[ée]fectures?|Wilayas?|Comt[ée]s?|"
                       r"Cantons?|Gouvernorats?|Oblasts?)\s+(?P<adjective>[a-zà-ÿ]+)\s+"
                       r"(?=(?:de|du|des|d['’])\b|d['’])")



# A nationality adjective's endings of gender and number: "marocaines", "ivoirienne".
_ADJECTIVE_ENDING = re.compile(r"(?:(?<=n)ne|e)?s?$")


def masculine(word: str) -> str:
    """A folded nationality adjective as NATIONALITIES spells it (masculine singular):
    "ivoiriennes" -> "ivoirien", "marocaine" -> "marocain"."""
    return _ADJECTIVE_ENDING.sub("", word)


def nationality(word: str) -> str | None:
    """The country a folded nationality adjective names, in any gender and number."""
    return NATIONALITIES.get(word) or NATIONALITIES.get(masculine(word)) or (
        NATIONALITIES.get(re.sub(r"c?ques?$", "c", word)) if word.endswith(("que", "ques"))
        else None)  # "turque", "grecques"

def territory_name(name: str, country: str | None) -> tuple[str, str | None]:
    """ "Province chinoise du Jiangsu" -> ("Province du Jiangsu", "CN")."""
    found = TERRITORY.match(name)
    if found is None:
        return name, country or country_at_end(name)
    code = nationality(found["adjective"].translate(_PLAIN))
    if code is None:
        return name, country
    return f"{found['head']} {name[found.end():]}", country or code


def country_at_end(name: str) -> str | None:
    """ "Département des Douanes de la Thaïlande", "Office national des pêches du Sénégal":
    the country a body's name ends on is the body's."""
    for found in re.finditer(r"\s(?:de la|du|des|de l'|de l’|d'|d’|de)\s*", name):
        tail = fold_plain(name[found.end():])
        code = country_code(tail) if tail != "royaume" else None  # (which kingdom it does not say)
        if code:
            return code
    return None


def fold_plain(words: str) -> str:
    """Lower case, without accents or punctuation: "Guinée-Bissau" -> "guinee bissau"."""
    return re.sub(r"[\W_]+", " ", words.lower().translate(_PLAIN)).strip()


def country_code(words: str) -> str | None:
    """The country a name alone says, in one word or several ("Sénégal", "Côte d'Ivoire")."""
    plain = fold_plain(words)
    return MULTIWORD_COUNTRIES.get(plain) if " " in plain else COUNTRIES.get(plain)


_PLAIN = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")

# "l'institution financière", "l'établissement bancaire": a body named before, described
INSTITUTION_WORDS = {"institution", "etablissement"}
FINANCIAL = {"financiere", "financier", "bancaire", "multilaterale", "internationale"}
# Heads that, written small, name a place or a kind of place more often than a body.
PLACE_HEADS = {"port", "aeroport", "metropole", "club", "clinique", "poste"}

# What a "pour la …" after a name says the agreement is for, not part of the name
WHAT_FOR = {"periode", "realisation", "mise", "construction", "duree", "annee", "annees",
            "amelioration", "signature",
            # "… et l'Etat de la Volta pour l'accès aux terres": what the agreement is for
            "acces", "acquisition", "fourniture", "creation", "financement", "extension",
            "renforcement", "achat", "installation", "lancement", "elaboration", "octroi",
            "rehabilitation", "approvisionnement"}

# Words that qualify a title before the body it serves: "le directeur exécutif de X", "le
# représentant résident de la JICA", "la coordonnatrice permanente du PNUD"
TITLE_ADJECTIVES = {"executif", "executive", "adjoint", "adjointe", "resident", "residente",
                    "permanent", "permanente", "regional", "regionale",
                    "officer", "operating", "financial", "director", "manager", "partner"}

# The small words inside a name in capitals: "Bank of Africa", "Acqua per Tutti", "Banco
# del Sur", "Fund for Agricultural Development", "Caixa dos Açores"
NAME_LINKS = {"de", "du", "des", "d'", "el", "al", "of", "per", "di", "del", "della", "dos",
              "das", "da", "van", "von", "der", "for"}
NOT_LAST = (NAME_LINKS - {"el", "al"}) | {"et", "-", "&", "."}  # never a name's last word


# A kind of body whose proper name follows it ("la Société de développement local Casa
# Parkings", "la société de développement régional Souss Tourisme")
# Bodies often named after a person ("l'université Moulay Ismail", "l'hôpital Cheikh
# Khalifa", "la fondation Mohammed VI"): a given name after them is still the body's name
# a sentence opened by its verb ("Ont signé cet accord, A et B"): no name
OPENING_VERBS = {"ont", "sont", "etaient", "avaient", "seront", "auront", "signent", "signeront"}
NAMED_AFTER_PEOPLE = {"universite", "hopital", "fondation", "ecole", "lycee", "college",
                      "institut", "centre", "chu", "stade", "complexe", "musee", "faculte",
                      "bibliotheque", "mosquee", "academie", "prix", "clinique", "association",
                      "theatre"}
KIND_BEFORE_NAME = re.compile(r"societe (?:de developpement (?:local|regional|touristique)e?|"
                              r"d amenagement|d economie mixte)")


# Words that open a sentence with a capital and name nobody: "Hormis l'accord …", "Outre
# ces conventions …"
OPENERS = {"hormis", "outre", "selon", "parmi", "sauf", "excepte", "concernant", "quant",
           "ainsi", "enfin", "toutefois", "cependant", "desormais", "durant", "pendant",
           "lors", "hier", "aujourd", "notamment", "neanmoins", "par", "pour", "dans", "sur",
           "avec", "apres", "avant", "depuis", "malgre", "grace", "face", "via", "entre"}
