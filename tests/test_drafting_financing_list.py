"""A batch of financing agreements given as a list, one line each opening on its noun ("- un
prêt de la BERD de 60 M$ à l'ONCF ;", "- un don de l'Union européenne de 45 M€ ;"): one
agreement a line, with its lender (and borrower) and its amount, however many the lead
counts ("un ensemble d'accords")."""

from __future__ import annotations

from drafting_cases import drafted, party_names

BASE = [{"id": "mef", "name": "Ministère de l'Économie et des Finances", "kind": "ministry",
         "country": "MA"}]

STORY = ("Le ministère de l'Économie et des Finances a procédé mardi à Rabat à la signature "
         "d'un ensemble d'accords de financement avec des bailleurs de fonds.\n\n"
         "Ces accords se répartissent ainsi :\n\n"
         "- un don de l'Union européenne de 45 M€, en appui à la protection sociale ;\n"
         "- un prêt de la Banque européenne pour la reconstruction et le développement (BERD) "
         "de 60 millions de dollars à l'Office national des chemins de fer (ONCF), pour le "
         "matériel roulant ;\n"
         "- un prêt de 150 millions USD de la Banque islamique de développement (BID), destiné "
         "aux barrages collinaires.\n")


def test_one_agreement_a_line_with_its_lender_and_amount() -> None:
    result = drafted(STORY, BASE, published_on="2019-06-05")
    names = party_names(result)
    assert len(names) == 3
    assert names[0] == ["Union européenne", "mef"]
    assert names[1] == ["Banque européenne pour la reconstruction et le développement",
                        "Office national des chemins de fer", "mef"]
    assert names[2] == ["Banque islamique de développement", "mef"]
    assert [(a["funding"]["amount"], a["funding"]["currency"]) for a in result["agreements"]] \
        == [(45_000_000, "EUR"), (60_000_000, "USD"), (150_000_000, "USD")]


def test_one_agreement_a_line_opened_by_its_partner() -> None:
    story = ("Le Conseil régional de l'Oriental a procédé jeudi à Oujda à la signature de "
             "plusieurs conventions de partenariat.\n\n"
             "Le détail des textes paraphés se présente comme suit :\n\n"
             "– avec l'Agence du bassin hydraulique de la Moulouya, la réhabilitation de "
             "seguias, pour 18 MDH ;\n"
             "– avec la Chambre d'agriculture de l'Oriental, l'encadrement des producteurs, "
             "à hauteur de 6,5 MDH ;\n"
             "– avec le Conseil provincial de Figuig, l'ouverture de pistes rurales.\n")
    result = drafted(story, BASE, published_on="2021-02-26")
    names = party_names(result)
    assert len(names) == 3
    partners = [[n for n in found if "Oriental (Conseil" not in n and "Conseil régional" not in n]
                for found in names]
    assert partners == [["Agence du bassin hydraulique de la Moulouya"],
                        ["Chambre d'agriculture de l'Oriental"],
                        ["Conseil provincial de Figuig"]]
    assert [(a.get("funding") or {}).get("amount") for a in result["agreements"]] == [
        18_000_000, 6_500_000, None]


def test_numbered_lines_opened_by_the_partner_and_a_fifth_to_come() -> None:
    story = ("Oujda – L'Agence de l'Oriental a paraphé mercredi une série de conventions de "
             "partenariat.\n\nLes textes signés sont les suivants :\n\n"
             "1. avec la Commune de Saïdia, l'aménagement de la corniche (85 MDH) ;\n"
             "2. avec l'Office national de l'eau, l'eau potable de six centres (40 MDH) ;\n"
             "3. avec l'association Moulouya Environnement, un programme pour les jeunes.\n\n"
             "Une quatrième convention, avec le conseil provincial de Berkane, devrait être "
             "paraphée en janvier.\n\n"
             "Le directeur a rappelé que cette programmation, d'un volume global de 620 MDH, "
             "a été approuvée par le conseil d'administration.\n")
    result = drafted(story, BASE, published_on="2019-12-19")
    assert len(result["agreements"]) == 3
    assert [(a.get("funding") or {}).get("amount") for a in result["agreements"]] == [
        85_000_000, 40_000_000, None]


def test_a_list_longer_than_conv_drafts_is_cut_with_a_todo() -> None:
    lines = "".join(f"– avec la Commune de Ville{k}, la réfection de la place, pour {k + 1} "
                    "MDH ;\n" for k in range(70))
    story = ("Oujda – Le Conseil régional de l'Oriental a procédé jeudi à la signature de "
             "plusieurs conventions de partenariat.\n\nLe détail se présente comme suit :\n\n"
             + lines)
    result = drafted(story, BASE, published_on="2021-02-26")
    assert len(result["agreements"]) == 60
    assert "lists 70 agreements; only 60 are drafted" in result["yaml"]
