#!/usr/bin/env python3
"""Writes the starting document templates of data/templates/ (ODT and DOCX).

Staff then edit the .odt/.docx files in LibreOffice or Word: this script is
only how the first versions were made, as minimal valid ODF and OOXML, so that
they can be regenerated. Running it overwrites them. The placeholders are
listed in docs/documents.md.

A few placeholders are written the way word processors store them after an
edit (one placeholder over several runs, halves in different styles) so that
the engine's normalisation is exercised by the real templates too.

Usage: scripts/make-templates.py [OUTPUT_FOLDER]   (default: data/templates)
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

# A text is a list of runs (text, style) with style in "", "b", "i", "bi";
# a plain string is one run.


def runs_of(text):
    return [(text, "")] if isinstance(text, str) else text


MONEY_WORDS = ("amount}}", "total}}", "{{available", "{{proposed", "{{remaining",
               "{{commitment_authority", "Montant")


def is_money(text):
    joined = "".join(part for part, _ in runs_of(text))
    return any(word in joined for word in MONEY_WORDS)


FIXED_TIME = (2023, 9, 18, 0, 0, 0)  # reproducible archives


def add(archive, name, data, compression=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = compression
    archive.writestr(info, data)


# --- OpenDocument --------------------------------------------------------

ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3"'
)


def odt_runs(text):
    out = []
    for part, style in runs_of(text):
        if style:
            out.append('<text:span text:style-name="T%s">%s</text:span>' % (style, escape(part)))
        else:
            out.append(escape(part))
    return "".join(out)


def odt_block(block):
    kind = block[0]
    if kind == "title":
        return '<text:p text:style-name="Title">%s</text:p>' % odt_runs(block[1])
    if kind == "h":
        return '<text:h text:style-name="Heading" text:outline-level="2">%s</text:h>' % odt_runs(block[1])
    if kind == "p":
        return '<text:p text:style-name="Body">%s</text:p>' % odt_runs(block[1])
    if kind == "table":
        _, name, widths, rows = block
        cols = "".join(
            '<table:table-column table:style-name="%s.C%d"/>' % (name, i) for i in range(len(widths)))
        body = []
        for row in rows:
            style = row[0]
            cells = []
            span = len(widths) if len(row) == 2 else 1  # one cell: across the table
            for cell in row[1:]:
                para = "Cell" + ("Bold" if style in ("header", "total", "group") else "")
                if style != "header" and is_money(cell):
                    para += "Right"
                cells.append(
                    '<table:table-cell table:style-name="%s.Cell" office:value-type="string"%s>'
                    '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                    % (name, ' table:number-columns-spanned="%d"' % span if span > 1 else "",
                       para, odt_runs(cell)))
                cells.extend(["<table:covered-table-cell/>"] * (span - 1))
            body.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        return '<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (
            name, name, cols, "".join(body))
    raise ValueError(kind)


def odt_table_styles(blocks, total_cm):
    out = []
    for block in blocks:
        if block[0] != "table":
            continue
        _, name, widths, _ = block
        out.append(
            '<style:style style:name="%s" style:family="table"><style:table-properties '
            'style:width="%.2fcm" table:align="margins"/></style:style>' % (name, total_cm))
        scale = total_cm / sum(widths)
        for i, width in enumerate(widths):
            out.append(
                '<style:style style:name="%s.C%d" style:family="table-column">'
                '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
                % (name, i, width * scale))
        out.append(
            '<style:style style:name="%s.Cell" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/>'
            '</style:style>' % name)
    return "".join(out)


def write_odt(path, blocks, landscape=False):
    width, height = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    total_cm = (29.7 if landscape else 21.0) - 4.0
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content %s><office:automatic-styles>%s'
        '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="Tbi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>'
        '</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
        '</office:document-content>'
        % (ODT_NS, odt_table_styles(blocks, total_cm), "".join(odt_block(b) for b in blocks)))
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-styles %s><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties '
        'style:font-name="Liberation Serif" fo:font-family="\'Liberation Serif\'" fo:font-size="11pt" fo:language="fr" fo:country="FR"/>'
        '</style:default-style>'
        '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="CellBold" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="CellBoldRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="CellRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>'
        '</office:styles><office:automatic-styles>'
        '<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
        'style:print-orientation="%s" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>'
        '</office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Standard" style:page-layout-name="Page"/>'
        '</office:master-styles></office:document-styles>'
        % (ODT_NS, width, height, "landscape" if landscape else "portrait"))
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        add(archive, "mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        add(archive, "META-INF/manifest.xml", manifest)
        add(archive, "content.xml", content)
        add(archive, "styles.xml", styles)


# --- Office Open XML -----------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_runs(text, bold=False, size=None):
    out = []
    for part, style in runs_of(text):
        props = ""
        if bold or "b" in style:
            props += "<w:b/>"
        if "i" in style:
            props += "<w:i/>"
        if size:
            props += '<w:sz w:val="%d"/>' % size
        out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                   % ("<w:rPr>%s</w:rPr>" % props if props else "", escape(part)))
    return "".join(out)


def docx_paragraph(text, align=None, bold=False, size=None, keep=False, after=120):
    props = '<w:spacing w:after="%d"/>' % after
    if keep:
        props = "<w:keepNext/>" + props
    if align:
        props += '<w:jc w:val="%s"/>' % align
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (props, docx_runs(text, bold, size))


def docx_block(block, total_twips):
    kind = block[0]
    if kind == "title":
        return docx_paragraph(block[1], "center", True, 28)
    if kind == "h":
        return docx_paragraph(block[1], None, True, 24, keep=True)
    if kind == "p":
        return docx_paragraph(block[1], "both")
    if kind == "table":
        _, _, widths, rows = block
        scale = total_twips / sum(widths)
        grid = "".join('<w:gridCol w:w="%d"/>' % int(w * scale) for w in widths)
        border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side
                         for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
               '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (total_twips, border, grid)]
        for row in rows:
            style = row[0]
            header = '<w:trPr><w:tblHeader/></w:trPr>' if style == "header" else ""
            cells = []
            span = len(widths) if len(row) == 2 else 1  # one cell: across the table
            for i, cell in enumerate(row[1:]):
                right = style != "header" and is_money(cell)
                width = int(sum(widths) * scale) if span > 1 else int(widths[i] * scale)
                cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                             % (width, '<w:gridSpan w:val="%d"/>' % span if span > 1 else "",
                                docx_paragraph(cell, "right" if right else None,
                                               style in ("header", "total", "group"), 18, after=0)))
            out.append("<w:tr>%s%s</w:tr>" % (header, "".join(cells)))
        out.append("</w:tbl>")
        return "".join(out)
    raise ValueError(kind)


def write_docx(path, blocks, landscape=False):
    width, height = (16838, 11906) if landscape else (11906, 16838)
    total = width - 2 * 1134
    section = ('<w:sectPr><w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="1134" w:right="1134" '
               'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
               % (width, height, ' w:orient="landscape"' if landscape else ""))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (W_NS, "".join(docx_block(b, total) for b in blocks), section))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>'
              '<w:sz w:val="22"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>'
              % W_NS)
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    document_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                     '</Relationships>')
    with zipfile.ZipFile(path, "w") as archive:
        add(archive, "[Content_Types].xml", content_types)
        add(archive, "_rels/.rels", rels)
        add(archive, "word/document.xml", document)
        add(archive, "word/_rels/document.xml.rels", document_rels)
        add(archive, "word/styles.xml", styles)


# --- The templates ---------------------------------------------------------

AGREEMENT = [
    ("p", [("{{authority}}", "b")]),
    ("title", "CONVENTION DE PARTENARIAT"),
    ("p", [("{{programme.title}}", "i")]),
    ("h", "Entre"),
    ("p", "Le {{authority}}, représenté par le Président du Conseil départemental, dûment "
          "autorisé par délibération n°{{deliberation.number}} de la {{session.body}} en date du "
          "{{session.date}}, ci-après désigné « le Département »,"),
    ("h", "Et"),
    # As Word stores a name made bold, then its second half italic too.
    ("p", [("{{organis", "b"), ("ation.na", "bi"), ("me}}", "b"),
           (", « {{organisation.legal_form}} » dont le siège social se situe "
            "{{organisation.address}}, {{#if organisation.siret}}SIRET {{organisation.siret}}, "
            "{{/if}}{{#if organisation.representative}}représentée par {{organisation.representative}}, "
            "{{organisation.representative_title}}{{/if}}{{#if organisation.empowered_on}}, dûment "
            "autorisé(e) par délibération en date du {{organisation.empowered_on}}{{/if}}, "
            "ci-après désignée « la structure ».", "")]),
    ("h", "Article 1 — Objet et montant de la participation"),
    ("p", "Dans le cadre des {{programme.call}}, le Département attribue à la structure une "
          "participation financière d'un montant maximum de {{total}} ({{total_words}}) pour "
          "les opérations suivantes :"),
    ("table", "Operations", [5, 3, 5, 3.4, 3.2], [
        ("header", "Opération", "Territoire", "Description", "Période", "Montant"),
        ("amount", "{{#each awards}}{{theme}}.{{operation.number}} {{operation}}", "{{territory}}",
         "{{description}}", "{{period}}", "{{amount}}{{/each}}"),
        ("total", "Total", "", "", "", "{{total}}"),
    ]),
    ("h", "Article 2 — Modalités de versement"),
    ("p", "La participation est versée en deux fois : une avance de {{advance_rate}} du montant "
          "de chaque opération, puis le solde après la production du bilan."),
    ("p", "{{#each awards}}"),
    ("p", [("{{operation}}", "b"), (" : {{amount}} ({{amount_words}}) ; avance de {{advance}} "
                                   "{{advance_due}} ; solde de {{balance}} {{balance_due}}.", "")]),
    ("p", "{{/each}}"),
    ("p", "Total des avances : {{total_advance}} ; total des soldes : {{total_balance}}."),
    ("h", "Article 3 — Engagements de la structure"),
    ("p", "La structure s'engage à réaliser les opérations décrites à l'article 1, à en "
          "produire le bilan qualitatif et financier, et à mentionner le soutien du "
          "Département dans ses supports de communication."),
    ("h", "Article 4 — Contrôle et reversement"),
    ("p", "Le Département peut contrôler l'emploi de la participation. Toute somme non "
          "employée conformément à son objet est reversée au Département."),
    ("h", "Article 5 — Litiges"),
    ("p", "Les litiges nés de l'exécution de la présente convention relèvent du Tribunal "
          "administratif de Lille."),
    ("p", "Fait à Arras, le {{document.date}}, en deux exemplaires."),
    ("table", "Signatures", [1, 1], [
        ("plain", "Pour la structure,", "Pour le Département,"),
        ("plain", "{{organisation.representative_title}} {{organisation.representative}}",
         "Le Président du Conseil départemental"),
    ]),
]

AMENDMENT = [
    ("p", [("{{authority}}", "b")]),
    ("title", "AVENANT N°{{amendment.number}} À LA CONVENTION {{agreement.number}}"),
    ("p", [("« {{agreement.title}} »", "i")]),
    ("h", "Entre"),
    ("p", "Le {{authority}}, représenté par le Président du Conseil départemental, dûment "
          "autorisé par délibération n°{{deliberation.number}} de la {{session.body}} en date du "
          "{{session.date}}, ci-après désigné « le Département »,"),
    ("h", "Et"),
    ("p", [("{{organisation.name}}", "b"),
           ("{{#if organisation.legal_form}}, « {{organisation.legal_form}} »{{/if}}"
            "{{#if organisation.address}} dont le siège social se situe {{organisation.address}}{{/if}}"
            "{{#if organisation.siret}}, SIRET {{organisation.siret}}{{/if}}"
            "{{#if organisation.representative}}, représentée par {{organisation.representative}}, "
            "{{organisation.representative_title}}{{/if}}, ci-après "
            "désignée « la structure ».", "")]),
    ("h", "Article 1 : Objet de l'avenant"),
    ("p", "Le présent avenant a pour objet de modifier les articles {{modified_articles}} de la "
          "convention {{agreement.number}} « {{agreement.title}} » entre le Département et "
          "{{organisation.name}}{{#if agreement.signed_on}} signée le {{agreement.signed_on}}{{/if}}."),
    ("h", "Article 2 : Période d'application de la convention"),
    ("p", "{{#each periods}}"),
    ("p", "« La présente convention s'applique sur la période {{period}}. »"),
    ("p", "{{/each}}"),
    ("h", "Article 3 : Coût de l'opération"),
    ("table", "Amounts", [4, 6, 3.5, 2], [
        ("header", "Période", "Dispositif", "Montant", ""),
        ("amount", "{{#each amounts}}{{period}}", "{{scheme}}", "{{amount}}", "{{maximum}}{{/each}}"),
    ]),
    ("h", "Article 4 : Modalités de versement"),
    ("p", "{{#each advances}}"),
    ("p", "{{#if year}}Exercice {{year}} : {{/if}}versement d'une avance de {{advance}} "
          "({{advance_words}}), {{due}}, soit {{advance_rate}} de {{base}} ; versement du solde de "
          "{{balance}} après le bilan."),
    ("p", "{{/each}}"),
    ("p", "{{#if budget_line}}La dépense est imputée sur le code opération {{budget_line}}. {{/if}}"
          "{{#if review_due}}Le bilan est remis au plus tard le {{review_due}}. {{/if}}"
          "{{#if retention_until}}L'ensemble des documents devra être conservé jusqu'au "
          "{{retention_until}}.{{/if}}"),
    ("h", "Article 5 : Autres dispositions"),
    ("p", "Les autres dispositions de la convention demeurent inchangées."),
    ("p", "Fait en deux exemplaires originaux, à Arras, le {{document.date}}."),
    ("table", "Signatures", [1, 1], [
        ("plain", "Pour le Département du Pas-de-Calais,", "Pour {{organisation.name}},"),
        ("plain", "", "{{organisation.representative_title}} {{organisation.representative}}"),
    ]),
]

TRAVEL = [
    ("title", "CONVENTION"),
    ("p", "N° {{#if travel.number}}{{travel.number}}{{else}}……{{/if}}"),
    ("p", [("Objet : financement de frais de déplacement {{period_short}} - {{operation}}", "b")]),
    ("p", "Entre le Département du Pas-de-Calais, dont le siège est en l'Hôtel du Département rue "
          "Ferdinand Buisson 62018 Arras Cedex 9, représenté par son Président, dûment autorisé par "
          "délibération de la {{session.body}} en date du {{session.date}}, ci-après désigné par "
          "« le Département », d'une part,"),
    ("p", "Et"),
    ("p", [("{{organisation.name}}", "b"),
           ("{{#if organisation.legal_form}}, « {{organisation.legal_form}} »{{/if}}"
            "{{#if organisation.address}} dont le siège social se situe {{organisation.address}}{{/if}}"
            "{{#if organisation.siret}}, identifié(e) au répertoire SIRET sous le n° "
            "{{organisation.siret}}{{/if}}{{#if organisation.representative}}, représenté(e) par "
            "{{organisation.representative}}, {{organisation.representative_title}}{{/if}}"
            "{{#if organisation.empowered_on}}, dûment "
            "autorisé(e) par délibération en date du {{organisation.empowered_on}}{{/if}}, ci-après "
            "désigné par « le {{organisation.name}} », d'autre part.", "")]),
    ("p", "Vu : le Code de l'Action Sociale et des Familles ;"),
    ("p", "Vu : le Code Général des Collectivités Territoriales ;"),
    ("p", "{{#if initial_agreement}}Vu : la convention {{initial_agreement}} ;{{/if}}"),
    ("p", "Vu : la délibération de la {{session.body}} réunie le {{session.date}} ;"),
    ("p", "Il a été convenu ce qui suit,"),
    ("h", "ARTICLE 1 – OBJET DE LA CONVENTION"),
    ("p", "La présente convention a pour objet de définir les modalités de remboursement par le "
          "Département des frais de déplacement engagés par {{organisation.name}} pour "
          "l'accompagnement des bénéficiaires du RSA sur la période {{period}}"
          "{{#if initial_agreement}} dans le cadre de la convention {{initial_agreement}}{{/if}}."),
    ("h", "ARTICLE 2 – CONSISTANCE DES FRAIS ENGAGES"),
    ("p", "Les frais de déplacement interviennent pour les référents exerçant leur mission en zone "
          "rurale et/ou amenés à se déplacer pour accomplir leurs accompagnements. Ils sont "
          "calculés sur la base de 10 €/an par place d'accompagnement pour un déplacement "
          "intercommunal et de 15 €/an par place d'accompagnement pour un déplacement inter "
          "territoire au-delà de 2 territoires."),
    ("p", "Après contrôle par les services du Département, le montant total des frais engagés sur "
          "la période citée à l'article 1er s'élève à {{amount}}."),
    ("h", "ARTICLE 3 – MODALITES DE REMBOURSEMENT"),
    ("p", "La prise en charge intervient sur production d'un état récapitulatif des déplacements "
          "effectués par le ou les référents de la structure et suite au contrôle des services du "
          "Département. Les frais de déplacement devront être certifiés exacts par le représentant "
          "légal de la structure ou son délégué."),
    ("h", "ARTICLE 4 – REMBOURSEMENT PAR LE DEPARTEMENT DES FRAIS ENGAGES"),
    ("p", "Compte tenu des frais engagés sur la période citée à l'article 1er et suite au contrôle "
          "effectué par les services, le Département s'engage à rembourser à "
          "{{organisation.name}} le montant des frais de déplacement à hauteur de {{amount}} "
          "({{amount_words}})."),
    ("p", "La participation financière est imputée sur le chapitre « {{budget_line}} » du budget "
          "du Département du Pas-de-Calais."),
    ("h", "ARTICLE 5 – ENTREE EN VIGUEUR, DUREE ET CONDITION DE VALIDITE DE LA CONVENTION"),
    ("p", "La présente convention prendra effet à la date de sa signature par les deux parties et "
          "prendra fin après remboursement par le Département des frais engagés par "
          "{{organisation.name}}."),
    ("h", "ARTICLE 6 – REGLEMENT DES LITIGES"),
    ("p", "En cas de litige, les parties s'engagent à rechercher une solution amiable. À défaut, "
          "les litiges qui pourraient résulter de l'application des présentes seront portés devant "
          "le tribunal administratif de Lille."),
    ("h", "ARTICLE 7 – ANNEXE"),
    ("p", "ANNEXE 1 : Etat des frais de déplacement définitif {{period_short}} de {{organisation.name}}"),
    ("p", "Fait en deux exemplaires originaux, à Arras, le {{document.date}}."),
    ("table", "Signatures", [1, 1], [
        ("plain", "Pour le Département, et par délégation", "Pour {{organisation.name}},"),
        ("plain", "", "{{organisation.representative_title}} {{organisation.representative}}"),
    ]),
]

DELIBERATION = [
    ("p", "{{#each heading}}"),
    ("p", "{{text}}"),
    ("p", "{{/each}}"),
    ("title", "DÉLIBÉRATION N°{{deliberation.number}}"),
    ("p", [("{{deliberation.title}}", "b")]),
    ("p", "{{preamble}}"),
    ("p", "{{#each recitals}}"),
    ("p", "{{text}}"),
    ("p", "{{/each}}"),
    ("p", [("{{decision_clause}}", "b")]),
    ("p", "{{#each articles}}"),
    ("h", "Article {{number}} :"),
    ("p", "De valider le financement des {{operation_count}} opérations de la thématique "
          "{{theme.number}} « {{theme.title}} », pour un montant total de {{amount}} "
          "({{amount_words}}), au profit des structures et selon la répartition reprises en "
          "annexe 4 à la présente délibération."),
    ("p", "{{/each}}"),
    ("p", "{{#each other_articles}}"),
    ("h", "Article {{number}} :"),
    ("p", "{{text}}"),
    ("p", "{{/each}}"),
    ("table", "Imputations", [2.6, 2.6, 4.6, 3.4, 3.4, 3.4], [
        ("header", "Code opération", "Imputation", "Libellé", "Disponible", "Dépense", "Solde"),
        ("plain", "{{#each budget_lines}}{{code}}", "{{imputation}}", "{{label}}",
         "{{available}}", "{{proposed}}", "{{remaining}}{{/each}}"),
        ("total", "Total", "", "", "", "{{budget_total}}", ""),
    ]),
    ("p", "{{#each recusals}}"),
    ("p", [("{{text}}", "i")]),
    ("p", "{{/each}}"),
    ("p", "{{vote}}"),
    ("p", [("{{outcome}}", "b")]),
    ("p", "{{place_and_date}}"),
    ("p", "{{#each signatures}}"),
    ("p", "{{role}} {{name}}"),
    ("p", "{{/each}}"),
]

ANNEX = [
    ("p", "{{authority}} — {{session.body}} du {{session.date}} — délibération n°{{deliberation.number}}"),
    ("title", "{{annex.title}}"),
    ("p", [("{{programme.title}}", "i")]),
    ("table", "Annexe", [4, 6, 8, 3, 3.5], [
        ("header", "Territoire", "Structure", "Description", "Montant retenu", "Avenant / convention"),
        ("group", "{{#each themes}}{{theme.number}}. {{theme.title}}"),
        ("group", "{{#each operations}}Opération {{operation.number}} : {{operation.title}}"),
        ("amount", "{{#each lines}}{{territory}}", "{{organisation}}", "{{description}}", "{{amount}}",
         "{{instrument}}{{/each}}"),
        ("total", "", "", "Total opération {{operation.number}}", "{{operation.total}}", "{{/each}}"),
        ("total", "", "", "Total thématique {{theme.number}}", "{{theme.total}}", "{{/each}}"),
        ("total", "", "", "TOTAL GÉNÉRAL", "{{total}}", ""),
    ]),
    ("p", "{{line_count}} lignes d'attribution ; montant total : {{total}} ({{total_words}})."),
]

REPORT = [
    ("p", "{{authority}} — rapport n°{{report.number}}"),
    ("title", "TABLEAU BUDGÉTAIRE"),
    ("p", [("{{programme.title}}", "i")]),
    ("table", "Budget", [3, 3, 6, 3, 3, 3, 3], [
        ("header", "Code opération", "Imputation", "Libellé", "AE", "Disponible", "Proposition", "Solde"),
        ("plain", "{{#each budget_lines}}{{code}}", "{{imputation}}", "{{label}}",
         "{{commitment_authority}}", "{{available}}", "{{proposed}}", "{{remaining}}{{/each}}"),
    ]),
]

BUDGET = [
    ("p", "{{authority}} — {{session.body}} du {{session.date}} — délibération n°{{deliberation.number}}"),
    ("title", "IMPUTATIONS BUDGÉTAIRES"),
    ("p", [("{{programme.title}}", "i")]),
    ("table", "Imputations", [3, 3, 6, 3.4, 3.4, 3.4], [
        ("header", "Code opération", "Imputation", "Libellé", "Disponible", "Dépense", "Solde"),
        ("plain", "{{#each budget_lines}}{{code}}", "{{imputation}}", "{{label}}",
         "{{available}}", "{{proposed}}", "{{remaining}}{{/each}}"),
        ("total", "Total", "", "", "", "{{budget_total}}", ""),
    ]),
]

# The letter each applicant receives after the session's vote (issue 12):
# the award, or the refusal and its reason.
DECISION = [
    ("p", [("{{authority}}", "b")]),
    ("p", "{{#if seat}}{{seat}}, le {{letter.date}}{{else}}Le {{letter.date}}{{/if}}"),
    ("p", [("{{organisation.name}}", "b"),
           ("{{#if organisation.siret}} — SIRET {{organisation.siret}}{{/if}}", "")]),
    ("p", [("Objet : ", "b"),
           ("{{call.title}} — votre demande {{receipt}}", "")]),
    ("p", "Madame, Monsieur,"),
    ("p", "Vous avez déposé{{#if submitted_on}} le {{submitted_on}}{{/if}} une demande de "
          "participation financière pour l'action « {{action.title}} » (thématique "
          "{{theme.number}} : {{theme.title}} ; opération {{operation.number}} : "
          "{{operation.title}}), pour un montant demandé de {{requested}}."),
    ("p", "{{#if awarded}}"),
    ("p", "J'ai le plaisir de vous informer que la {{session.body}}, réunie le {{session.date}}, a "
          "décidé{{#if deliberation.number}} par délibération n°{{deliberation.number}}{{/if}} de "
          "vous attribuer une participation financière de {{amount}} ({{amount_words}})"
          "{{#if period}} pour la période {{period}}{{/if}}."),
    ("p", "Une convention précisant l'objet, les conditions de versement et d'évaluation de cette "
          "participation vous sera adressée prochainement pour signature."),
    ("p", "{{else}}"),
    ("p", "J'ai le regret de vous informer que la {{session.body}}, réunie le {{session.date}}, "
          "n'a pas retenu votre demande{{#if deliberation.number}} (délibération "
          "n°{{deliberation.number}}){{/if}}."),
    ("p", "Motif : {{refusal_reason}}."),
    ("p", "{{/if}}"),
    ("p", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."),
    ("p", "Pour le Président du Conseil départemental et par délégation,"),
]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "data", "templates")
    os.makedirs(folder, exist_ok=True)
    for name, blocks, landscape in (("deliberation", DELIBERATION, False),
                                    ("agreement", AGREEMENT, False), ("amendment", AMENDMENT, False),
                                    ("travel-agreement", TRAVEL, False), ("annex", ANNEX, True),
                                    ("report", REPORT, True), ("budget", BUDGET, True),
                                    ("decision", DECISION, False)):
        write_odt(os.path.join(folder, name + ".odt"), blocks, landscape)
        write_docx(os.path.join(folder, name + ".docx"), blocks, landscape)
        print("écrit : %s/%s.odt, %s.docx" % (folder, name, name))


if __name__ == "__main__":
    main()
