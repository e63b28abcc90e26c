"""Write the gettext catalogues (es, pt, fr) for the dashboard and memos.

The translations live here, one row per message, so that adding a string means
adding one row; `tests/web/test_i18n.py` fails when a template uses a message that
has no translation. Run: python scripts/catalogue.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

OUT = Path(__file__).resolve().parent.parent / "src" / "legation" / "web" / "locale"

# msgid: (es, pt, fr)
MESSAGES: dict[str, tuple[str, str, str]] = {
    "Actions": ("Actos", "Atos", "Actes"),
    "After": ("Después", "Depois", "Après"),
    "Alerts": ("Alertas", "Alertas", "Alertes"),
    "Analyse": ("Analizar", "Analisar", "Analyser"),
    "Analyse a case": ("Analizar un caso", "Analisar um caso", "Analyser une affaire"),
    "Applicable law": ("Derecho aplicable", "Direito aplicável", "Droit applicable"),
    "Applicable law on each event date": (
        "Derecho aplicable en la fecha de cada hecho",
        "Direito aplicável na data de cada fato",
        "Droit applicable à la date de chaque fait",
    ),
    "Before": ("Antes", "Antes", "Avant"),
    "Binds both from": ("Obliga a ambos desde", "Vincula ambos desde", "Lie les deux depuis"),
    "Case": ("Caso", "Caso", "Affaire"),
    "Case file (YAML or JSON)": (
        "Expediente del caso (YAML o JSON)",
        "Arquivo do caso (YAML ou JSON)",
        "Dossier de l'affaire (YAML ou JSON)",
    ),
    "Case library": ("Biblioteca de casos", "Biblioteca de casos", "Bibliothèque d'affaires"),
    "Cases": ("Casos", "Casos", "Affaires"),
    "Citations": ("Citas", "Citações", "Références"),
    "Compare": ("Comparar", "Comparar", "Comparer"),
    "Date": ("Fecha", "Data", "Date"),
    "Days inside": ("Días dentro", "Dias dentro", "Jours à l'intérieur"),
    "Declared positions": ("Posiciones declaradas", "Posições declaradas", "Positions déclarées"),
    "Dispute settlement": (
        "Solución de controversias",
        "Solução de controvérsias",
        "Règlement des différends",
    ),
    "Download memo": ("Descargar el memorando", "Baixar o memorando", "Télécharger la note"),
    "Embassies under pressure: the register": (
        "Embajadas bajo presión: el registro",
        "Embaixadas sob pressão: o registro",
        "Ambassades sous pression : le registre",
    ),
    "Event": ("Hecho", "Fato", "Fait"),
    "Every treaty-status row and case fact carries its source. Findings are reasoned answers, not legal advice.": (
        "Cada dato sobre tratados y cada hecho de un caso indica su fuente. Las conclusiones son respuestas razonadas, no asesoramiento jurídico.",
        "Cada dado sobre tratados e cada fato de um caso indica a sua fonte. As conclusões são respostas fundamentadas, não aconselhamento jurídico.",
        "Chaque donnée conventionnelle et chaque fait d'une affaire indiquent leur source. Les conclusions sont des réponses motivées, non un avis juridique.",
    ),
    "Facts": ("Hechos", "Fatos", "Faits"),
    "Findings": ("Conclusiones", "Conclusões", "Conclusions"),
    "Instrument": ("Instrumento", "Instrumento", "Instrument"),
    "Instruments in force between the two states": (
        "Instrumentos en vigor entre los dos Estados",
        "Instrumentos em vigor entre os dois Estados",
        "Instruments en vigueur entre les deux États",
    ),
    "Instruments on": ("Instrumentos al", "Instrumentos em", "Instruments au"),
    "Language": ("Idioma", "Idioma", "Langue"),
    "Main": ("Principal", "Principal", "Principal"),
    "Map of cases": ("Mapa de casos", "Mapa de casos", "Carte des affaires"),
    "Memorandum": ("Memorando", "Memorando", "Note"),
    "Missing facts": ("Hechos que faltan", "Fatos que faltam", "Faits manquants"),
    "Mission": ("Misión", "Missão", "Mission"),
    "No alerts.": ("Sin alertas.", "Sem alertas.", "Aucune alerte."),
    "No one is recorded as sheltering in a mission today.": (
        "Hoy no consta nadie refugiado en una misión.",
        "Hoje não consta ninguém abrigado numa missão.",
        "Personne n'est enregistré comme réfugié dans une mission aujourd'hui.",
    ),
    "No recorded action.": (
        "Ningún acto registrado.",
        "Nenhum ato registrado.",
        "Aucun acte enregistré.",
    ),
    "None in the register.": (
        "Ninguno en el registro.",
        "Nenhum no registro.",
        "Aucune dans le registre.",
    ),
    "None recorded.": ("Ninguna registrada.", "Nenhuma registrada.", "Aucune enregistrée."),
    "Note": ("Nota", "Nota", "Note"),
    "Only cases involving state": (
        "Solo casos en que participa el Estado",
        "Apenas casos que envolvem o Estado",
        "Seulement les affaires impliquant l'État",
    ),
    "Overview": ("Resumen", "Visão geral", "Vue d'ensemble"),
    "Pair of states": ("Par de Estados", "Par de Estados", "Paire d'États"),
    "Party": ("Parte", "Parte", "Partie"),
    "People inside missions now": (
        "Personas dentro de misiones hoy",
        "Pessoas dentro de missões hoje",
        "Personnes dans des missions aujourd'hui",
    ),
    "Person": ("Persona", "Pessoa", "Personne"),
    "Persons": ("Personas", "Pessoas", "Personnes"),
    "Principles": ("Principios", "Princípios", "Principes"),
    "Receiving state": ("Estado receptor", "Estado acreditado", "État accréditaire"),
    "Recent events": ("Hechos recientes", "Fatos recentes", "Faits récents"),
    "Reforms": ("Reformas", "Reformas", "Réformes"),
    "Reforms to apply, in order": (
        "Reformas a aplicar, en orden",
        "Reformas a aplicar, em ordem",
        "Réformes à appliquer, dans l'ordre",
    ),
    "Reforms: what a proposed change would have changed": (
        "Reformas: qué habría cambiado una propuesta",
        "Reformas: o que uma proposta teria mudado",
        "Réformes : ce qu'un changement proposé aurait changé",
    ),
    "Rule": ("Regla", "Regra", "Règle"),
    "Sending state": ("Estado acreditante", "Estado acreditante", "État accréditant"),
    "Show": ("Mostrar", "Mostrar", "Afficher"),
    "Since": ("Desde", "Desde", "Depuis"),
    "Skip to content": ("Ir al contenido", "Ir para o conteúdo", "Aller au contenu"),
    "Sources": ("Fuentes", "Fontes", "Sources"),
    "State": ("Estado", "Estado", "État"),
    "States": ("Estados", "Estados", "États"),
    "The case file has errors": (
        "El expediente tiene errores",
        "O arquivo do caso tem erros",
        "Le dossier contient des erreurs",
    ),
    "Timeline": ("Cronología", "Cronologia", "Chronologie"),
    "Treaties": ("Tratados", "Tratados", "Traités"),
    "Treaty matrix": ("Matriz de tratados", "Matriz de tratados", "Matrice des traités"),
    "What would change the answer": (
        "Qué cambiaría la respuesta",
        "O que mudaria a resposta",
        "Ce qui changerait la réponse",
    ),
    "Who is bound by what": (
        "Quién está obligado por qué",
        "Quem está vinculado a quê",
        "Qui est lié par quoi",
    ),
    "Why": ("Por qué", "Por quê", "Pourquoi"),
    "Year": ("Año", "Ano", "Année"),
    "art.": ("art.", "art.", "art."),
    "as of": ("al", "em", "au"),
    "both": ("ambos", "ambos", "les deux"),
    "breach": ("violación", "violação", "violation"),
    "breach by": ("violación de", "violação de", "violation par"),
    "closed": ("cerrada", "fechada", "fermée"),
    "dark outline: a live case": (
        "contorno oscuro: caso en curso",
        "contorno escuro: caso em curso",
        "contour foncé : affaire en cours",
    ),
    "findings change": ("conclusiones cambian", "conclusões mudam", "conclusions changent"),
    "in": ("en", "em", "à"),
    "inviolability": ("inviolabilidad", "inviolabilidade", "inviolabilité"),
    "line": ("línea", "linha", "ligne"),
    "no": ("no", "não", "non"),
    "no_siege": ("sin asedio", "sem cerco", "pas de siège"),
    "none: customary law only": (
        "ninguno: solo derecho consuetudinario",
        "nenhum: apenas direito consuetudinário",
        "aucun : droit coutumier seulement",
    ),
    "not bound": ("no obligado", "não vinculado", "non lié"),
    "of": ("de", "de", "de"),
    "open": ("abierta", "aberta", "ouverte"),
    "or upload a file": ("o suba un archivo", "ou envie um arquivo", "ou téléversez un fichier"),
    "party": ("parte", "parte", "partie"),
    "receiving state": ("Estado receptor", "Estado acreditado", "État accréditaire"),
    "responsible_protection": (
        "protección responsable",
        "proteção responsável",
        "protection responsable",
    ),
    "sending state": ("Estado acreditante", "Estado acreditante", "État accréditant"),
    "signed": ("firmado", "assinado", "signé"),
    "signed only": ("solo firmado", "apenas assinado", "signé seulement"),
    "source": ("fuente", "fonte", "source"),
    "stay the same": ("no cambian", "não mudam", "ne changent pas"),
    "uncertain": ("incierto", "incerto", "incertain"),
    "yes": ("sí", "sim", "oui"),
    "asylum": ("asilo", "asilo", "asile"),
    "siege": ("asedio", "cerco", "siège"),
    "entry or attack": ("ingreso o ataque", "entrada ou ataque", "entrée ou attaque"),
    "relations": ("relaciones", "relações", "relations"),
    "Review": ("Revisión", "Revisão", "Revue"),
    "Review queue": ("Cola de revisión", "Fila de revisão", "File de revue"),
    "Extractions from statements and news enter a case only once accepted here.": (
        "Lo extraído de comunicados y noticias solo entra en un caso una vez aceptado aquí.",
        "O que é extraído de notas e notícias só entra num caso depois de aceito aqui.",
        "Les extractions de communiqués et d'articles n'entrent dans une affaire qu'une fois acceptées ici.",
    ),
    "denied": ("desmentido", "desmentido", "démenti"),
    "API token": ("Token de la API", "Token da API", "Jeton d'API"),
    "Accept": ("Aceptar", "Aceitar", "Accepter"),
    "Reject": ("Rechazar", "Rejeitar", "Rejeter"),
    "Nothing to review.": ("Nada que revisar.", "Nada a revisar.", "Rien à revoir."),
    # values shown through _(value)
    "undetermined": ("indeterminado", "indeterminado", "indéterminé"),
    "breached": ("vulnerado", "violado", "violé"),
    "at_risk": ("en riesgo", "em risco", "menacé"),
    "respected": ("respetado", "respeitado", "respecté"),
    "not_engaged": ("no aplicable", "não aplicável", "non concerné"),
    "other": ("otras", "outras", "autres"),
    "embassy": ("embajada", "embaixada", "ambassade"),
    "residence": ("residencia", "residência", "résidence"),
    "consulate": ("consulado", "consulado", "consulat"),
    "legation": ("legación", "legação", "légation"),
    "permanent_mission": ("misión permanente", "missão permanente", "mission permanente"),
    "asylee": ("asilado", "asilado", "réfugié (asile)"),
    "diplomat": ("diplomático", "diplomata", "diplomate"),
    "consular_officer": (
        "funcionario consular",
        "funcionário consular",
        "fonctionnaire consulaire",
    ),
    "staff": ("personal", "pessoal", "personnel"),
    "proposed": ("propuesta", "proposta", "proposée"),
    "illustrative": ("ilustrativa", "ilustrativa", "illustrative"),
}


def main() -> None:
    for i, lang in enumerate(("es", "pt", "fr")):
        catalog = Catalog(
            locale=lang,
            project="Legation",
            creation_date=datetime(2026, 11, 29),
            revision_date=datetime(2026, 11, 29),
        )
        for msgid, translations in sorted(MESSAGES.items()):
            catalog.add(msgid, translations[i])
        path = OUT / lang / "LC_MESSAGES" / "messages.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            write_po(f, catalog, width=100, omit_header=False)


if __name__ == "__main__":
    main()
