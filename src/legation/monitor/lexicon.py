"""The multilingual lexicons, folded (lower case, no accents).

Triage terms are literal stems grouped by what they signal; event triggers are
regular expressions over folded sentences, one list per event type, covering the
four languages. Kept as data here so that a reader can check them against the
vocabulary of DESIGN §2 without reading the pipeline.
"""

from __future__ import annotations

# -- triage -------------------------------------------------------------------------
MISSION = [
    "embassy", "embassies", "legation", "consulate", "ambassador's residence", "diplomatic mission", "diplomatic premises",
    "embajada", "legacion", "consulado", "residencia del embajador", "residencia oficial", "sede diplomatica", "mision diplomatica",
    "embaixada", "legacao", "residencia do embaixador", "residencia oficial", "sede diplomatica", "missao diplomatica",
    "ambassade", "legation", "consulat", "residence de l'ambassadeur", "mission diplomatique", "locaux diplomatiques",
    "people's bureau", "oficina popular", "bureau populaire", "escritorio popular",
    "residencia diplomatica", "representation des interets", "representacion de los intereses", "representacao dos interesses",
    "protecting power", "potencia protectora", "puissance protectrice", "locaux de la mission", "premises of the mission",
    "locales de la mision", "instalacoes da missao", "chancery", "cancilleria de la embajada",
    "ambassador", "embajador", "embajadora", "embaixador", "embaixadora", "ambassadeur", "ambassadrice",
    "charge d'affaires", "encargado de negocios", "encargada de negocios", "encarregado de negocios",
]  # fmt: skip
# Terms specific enough to make a document relevant by themselves.
STRONG = [
    "diplomatic asylum",
    "safe conduct",
    "safe-conduct",
    "asylee",
    "caracas convention",
    "convention on diplomatic asylum",
    "asilo diplomatico",
    "salvoconducto",
    "salvo conducto",
    "asilado",
    "asilada",
    "convencion de caracas",
    "salvo-conduto",
    "salvo conduto",
    "asilados",
    "convencao de caracas",
    "asile diplomatique",
    "sauf-conduit",
    "sauf conduit",
    "convention de caracas",
    "convention de l'oea",
]
# Terms that count only beside a mission or a threat term.
ASYLUM = [
    "political asylum", "safe passage", "asilo politico", "asile politique",
    "asylum", "asilo", "asile", "refugi", "refuge", "sheltering", "sheltered", "abrig", "huesped", "guest", "holed up",
]  # fmt: skip
THREAT = [
    "raid", "stormed", "storming", "broke into", "forced their way", "forced its way", "entered the embassy", "under siege", "besieged",
    "surrounded", "cordon", "power cut", "cut off electricity", "cut the power", "water supply", "persona non grata", "expelled",
    "severed", "broke off", "hostage", "attacked", "ransacked", "custody", "protecting power", "inviolab",
    "irrump", "allan", "asalt", "ingresaron por la fuerza", "rodea", "cerco", "sitiad", "asedi", "corte de luz", "corte de electricidad",
    "cortaron", "expuls", "rompe relaciones", "rompio relaciones", "ruptura de relaciones", "custodia", "inviolabilidad", "rehen",
    "invadi", "invasao", "entraram", "cercad", "cortou", "corte de energia", "rompeu relacoes", "rompimento", "expulsao", "inviolabilidade",
    "fait irruption", "penetre", "penetrer", "assiege", "assieger", "retirer leur accord", "revoc", "revog", "revoqu", "encercl", "coupure", "coupe l'electricite", "expulse", "rompu", "rupture des relations",
    "garde des locaux", "inviolabilite", "otage",
    "forz", "llevaron detenido", "detuv", "detenid", "arrest", "rodea", "rompio", "rompe ", "rompeu", "rompt", "entraron", "entraram", "entrer",
    "volaron", "gas ", "immunity", "inmunidad", "imunidade", "immunite", "harass", "acoso", "hostig", "assedi", "vigilanc", "surveillance",
    "police", "policia", "policias", "militares", "soldiers", "soldados", "soldats", "troops", "tropas", "cut off", "cortad", "sitio",
    "break-in", "intrusion", "shots", "disparo", "tiros", "killed", "asesin", "assassin", "morto", "muerto",
    "withdrawn its approval", "withdrew its approval", "revok", "agents", "agentes", "perquisition", "saisie", "search",
]  # fmt: skip
NEAR_MISS = [
    "visa", "visas", "credentials", "cartas credenciales", "lettres de creance", "credenciais", "reception", "recepcion", "recepcao",
    "asylum seekers", "asylum seeker", "border", "solicitantes de asilo", "frontera", "demandeurs d'asile", "cnda", "frontiere",
    "solicitantes de refugio", "fronteira", "refugiados", "passport", "pasaporte", "passaporte", "passeport", "trade mission",
    "droit d'asile", "demande d'asile", "demandes d'asile", "ofpra", "refugee status", "estatuto de refugiado", "condicion de refugiado",
    "asylum claim", "asylum application", "immigration court", "convention de geneve", "convencion de ginebra", "geneva convention",
    "asilo de ancianos", "lar de idosos", "maison de retraite", "nursing home", "credenciales", "credenciais",
    "migrantes", "migracion", "migracao", "migrants", "solicitan refugio", "solicitantes", "rececao", "pandemia", "pandemic",
    "cannabis", "covid", "residence permit", "permiso de residencia", "autorizacao de residencia", "titre de sejour",
]  # fmt: skip


# -- events -------------------------------------------------------------------------
# type -> regexes over a folded sentence. Order does not matter; every hit is kept.
EVENT_TRIGGERS: dict[str, list[str]] = {
    "premises_entered": [
        r"\b(raid(ed|s)?|storm(ed|ing)?|broke into|burst into|forced (their|its) way into|entered)\b.{0,60}\b(embass|legation|consulate|residence|premises|mission)",
        r"\b(embass\w*|legation|consulate|premises|residence)\b.{0,40}\b(was|were) (raided|stormed|entered)",
        r"\b(irrump\w*|allan\w*|ingres\w* (por la fuerza|a la|al)|entr\w* (por la fuerza|a la|al)|asalt\w*|invadi\w*)\b.{0,60}\b(embajada|legacion|consulado|residencia|sede)",
        r"\b(allanamiento|irrupcion|asalto|incursion)\b.{0,40}\b(embajada|legacion|consulado|residencia|sede)",
        r"\b(invadi\w*|invasao|entr\w* (a forca|na|no)|arromb\w*)\b.{0,60}\b(embaixada|legacao|consulado|residencia|sede)",
        r"\b(fait irruption|fai\w* irruption|penetr\w*|entr\w* de force|donn\w* l'assaut|envahi\w*)\b.{0,60}\b(ambassade|legation|consulat|residence|locaux)",
        r"\b(irruption|assaut|intrusion)\b.{0,40}\b(ambassade|legation|consulat|residence)",
    ],
    "premises_searched": [
        r"\b(searched|search of|registr\w*|revist\w*|vasculh\w*|perquisition\w*|fouill\w*)\b.{0,50}\b(embass|consulate|consulado|consulat|ambassade|embajada|embaixada|residence|residencia)"
    ],
    "premises_attacked": [
        r"\b(attack(ed|s)?|stormed by|seized by|overran|occupied)\b.{0,50}\b(embass|consulate|mission)",
        r"\b(atac\w*|ocup\w*|tomad\w*|tomaron)\b.{0,50}\b(embajada|embaixada|consulado)",
        r"\b(attaqu\w*|occup\w*|pris d'assaut)\b.{0,50}\b(ambassade|consulat)",
    ],
    "premises_surrounded": [
        r"\b(surround\w*|cordon\w*|besieg\w*|under siege|encircl\w*)\b",
        r"\b(rode\w*|cerc\w*|sitia\w*|asedi\w*|acordon\w*)\b",
        r"\b(cerca\w*|cerco|sitiad\w*)\b",
        r"\b(encercl\w*|assieg\w*|cordon de police|boucl\w*)\b",
    ],
    "utilities_cut": [
        r"\b(cut|cuts|cutting|shut off|switched off)\b.{0,40}\b(power|electricity|water|phone|telephone|internet)",
        r"\b(power|electricity|water)\b.{0,30}\b(cut|cut off|was cut|were cut)",
        r"\b(cort\w*|suspend\w*)\b.{0,40}\b(luz|electricidad|energia|agua|suministro|telefon\w*|internet)",
        r"\b(corte|cortes)\b.{0,15}\b(de )?(luz|electricidad|energia|agua)",
        r"\b(coup\w*)\b.{0,40}\b(electricite|courant|eau|telephone|internet)",
    ],
    "access_blocked": [
        r"\b(block\w*|barr\w*|prevent\w*)\b.{0,40}\b(access|entry|road|supplies|food|visitors)",
        r"\b(bloque\w*|impid\w*|imped\w*|cerr\w*)\b.{0,40}\b(acceso|entrada|calle|paso|suministros|alimentos|visitas)",
        r"\b(bloque\w*|impedi\w*)\b.{0,40}\b(acesso|entrada|rua|suprimentos|alimentos|visitas)",
        r"\b(bloqu\w*|empech\w*)\b.{0,40}\b(acces|entree|rue|ravitaillement|visites)",
    ],
    "communications_interfered": [
        r"\b(jam\w*|intercept\w*|interfer\w*|interfier\w*|interfere\w*|brouill\w*)\b.{0,40}\b(communication|comunicac|comunicaç|communication)"
    ],
    "protection_withdrawn": [
        r"\b(withdr\w*|pulled)\b.{0,30}\b(guards|police protection|security)",
        r"\b(retir\w*)\b.{0,30}\b(guardia|custodia policial|proteccion|seguranca|guarda|protection|gardes)",
    ],
    "diplomat_detained": [
        r"\b(detain\w*|arrest\w*|held|taken hostage|hostages?)\b.{0,60}\b(diplomat\w*|ambassador|consul|staff|charge d'affaires)",
        r"\b(diplomat\w*|ambassador|consul|staff)\b.{0,40}\b(were|was) (detained|arrested|held|taken hostage)",
        r"\b(detuv\w*|detenid\w*|arrest\w*|retenid\w*|rehenes?)\b.{0,60}\b(diplomatic\w*|embajador|consul|funcionari\w*)",
        r"\b(detid\w*|det\w*ve|pres\w*|refens?)\b.{0,60}\b(diplomata\w*|embaixador|consul|funcionari\w*)",
        r"\b(arret\w*|deten\w*|retenu\w*|otages?)\b.{0,60}\b(diplomate\w*|ambassadeur|consul|personnel)",
    ],
    "diplomat_attacked": [
        r"\b(assault\w*|beat\w*|attack\w*|injur\w*|punch\w*|shov\w*|tackled)\b.{0,50}\b(diplomat\w*|ambassador|consul|charge d'affaires|head of mission)",
        r"\b(agred\w*|golpe\w*|atac\w*|herid\w*|empuj\w*)\b.{0,50}\b(diplomatic\w*|embajador|consul|encargado de negocios|jefe de mision)",
        r"\b(agred\w*|espanc\w*|atac\w*|ferid\w*|empurr\w*)\b.{0,50}\b(diplomata\w*|embaixador|consul|encarregado de negocios)",
        r"\b(agress\w*|frapp\w*|attaqu\w*|bless\w*|molest\w*)\b.{0,50}\b(diplomate\w*|ambassadeur|consul|charge d'affaires)",
    ],
    "diplomat_expelled": [
        r"\b(expel\w*|persona non grata|ordered (to leave|out)|gave .{0,40} (hours|days) to leave)\b",
        r"\b(expuls\w*|persona non grata|orden\w* (abandonar|salir)|plazo de .{0,20} para (abandonar|salir))\b",
        r"\b(expuls\w*|persona non grata|prazo de .{0,20} para deixar)\b",
        r"\b(expuls\w*|persona non grata|sommes? de quitter)\b",
    ],
    "relations_severed": [
        r"\b(sever\w*|broke off|break off|cut)\b.{0,30}\b(diplomatic )?(relations|ties)",
        r"\b(romp\w*|ruptura|suspend\w*)\b.{0,30}\b(las )?(relaciones)",
        r"\b(romp\w*|rompimento|corte)\b.{0,30}\b(as )?(relacoes)",
        r"\b(romp\w*|rupture)\b.{0,30}\b(des |les )?(relations)",
    ],
    "mission_closed": [
        r"\b(closed|shut|shuttered|cierr\w*|cerro|fech\w*|ferm\w*)\b.{0,30}\b(its |su |sua |son )?(embass|embajada|embaixada|ambassade|consulate|consulado|consulat)"
    ],
    "custody_assigned": [
        r"\b(took (over )?custody|take (over )?custody|assum\w* custody|entrust\w*|protecting power|took charge of|represent\w* .{0,20} interests)\b",
        r"\b(asum\w* (la )?(custodia|representacion)|potencia protectora|representacion de los intereses|quedo a cargo|se hizo cargo)\b",
        r"\b(assum\w* (a )?(custodia|representacao)|representacao dos interesses|ficou a cargo|encarreg\w*)\b",
        r"\b(garde des locaux|puissance protectrice|represent\w* les interets|prend\w* en charge|confi\w* la garde)\b",
    ],
    "custody_revoked": [
        r"\b(revok\w*|withdr\w*)\b.{0,60}\b(custody|authori[sz]ation|consent)\b",
        r"\b(revoc\w*|retir\w*)\b.{0,60}\b(custodia|autorizacion|consentimiento|beneplacito)\b",
        r"\b(revog\w*|retir\w*)\b.{0,60}\b(custodia|autorizacao|consentimento)\b",
        r"\b(revoqu\w*|retir\w*)\b.{0,60}\b(garde|autorisation|consentement)\b",
    ],
    "archives_seized": [
        r"\b(seiz\w*|took|confiscat\w*|incaut\w*|apoder\w*|apreend\w*|saisi\w*)\b.{0,40}\b(archives|documents|archivos|documentos|arquivos)\b"
    ],
    "bag_opened": [
        r"\b(opened|abri\w*|ouvert\w*)\b.{0,30}\b(diplomatic bag|pouch|valija diplomatica|mala diplomatica|valise diplomatique)"
    ],
    "vehicle_searched": [
        r"\b(search\w*|registr\w*|revist\w*|fouill\w*|inspeccion\w*)\b.{0,40}\b(vehicle|car|vehiculo|auto|carro|veiculo|vehicule|voiture)s?\b"
    ],
    "premises_misused": [
        r"\b(shots? (were )?fired from|gunfire from|disparos desde|dispararon desde|tiros disparados|tirs? depuis|tue\w* a l'interieur|killed inside|asesinad\w* (dentro|en el interior))\b"
    ],
    "refuge_sought": [
        r"\b(took refuge|sought refuge|sheltering|has been sheltering|hid(ing)? in|fled (in)?to|entered .{0,20} seeking)\b",
        r"\b(se refugi\w*|refugiad\w*|busc\w* refugio|ingres\w* .{0,20} (pidiendo|solicitando)|permanece\w* (en|dentro))\b",
        r"\b(se refugi\w*|refugiad\w*|abrig\w*|busc\w* refugio|permanec\w* (na|no|dentro))\b",
        r"\b(s'est refugi\w*|refugi\w*|trouv\w* refuge|chercher refuge)\b",
    ],
    "asylum_requested": [
        r"\b(request\w* asylum|sought asylum|applied for asylum|asked for asylum|solicit\w* asilo|pidi\w* asilo|ped\w* asilo|demand\w* l'asile|sollicit\w* l'asile)\b"
    ],
    "asylum_granted": [
        r"\b(grant\w*|gave|offer\w*|extended)\b.{0,40}\b(asylum)",
        r"\basylum\b.{0,20}\b(was|had been) granted",
        r"\b(conced\w*|otorg\w*|dio|brind\w*|ofrec\w*)\b.{0,40}\b(asilo)",
        r"\b(conced\w*|concedeu|deu|ofereceu|outorg\w*)\b.{0,40}\b(asilo)",
        r"\b(accord\w*|octroy\w*|donn\w*)\b.{0,40}\b(l'asile|asile)",
    ],
    "asylum_denied": [
        r"\b(denied|refused|rejected|neg\w*|rechaz\w*|recus\w*|refus\w*|rejet\w*)\b.{0,30}\b(asylum|asilo|asile)\b"
    ],
    "asylum_ended": [
        r"\b(withdr\w*|revoked|ended|terminated|retir\w*|revoc\w*|pusieron fin|revog\w*|mis fin|retire\w*)\b.{0,40}\b(asylum|asilo|asile)\b"
    ],
    "safe_conduct_requested": [
        r"\b(request\w*|ask\w*|demand\w*|call\w* for|urg\w*|sought|solicit\w*|pid\w*|exig\w*|reclam\w*|ped\w*|demandou|appel\w*)\b.{0,60}\b(safe[- ]conducts?|safe passage|salvo ?conductos?|salvo-condutos?|salvo condutos?|sauf[- ]conduits?)"
    ],
    "safe_conduct_granted": [
        r"\b(grant\w*|issu\w*|gave|approv\w*)\b.{0,40}\b(safe[- ]conducts?|safe passage)",
        r"\b(otorg\w*|conced\w*|emiti\w*|expid\w*|entreg\w*|concedeu|emitiu|deliv\w*|accord\w*)\b.{0,40}\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)",
    ],
    "safe_conduct_denied": [
        r"\b(refus\w*|denied|deny|denies|reject\w*|withh\w*|declin\w*)\b.{0,50}\b(safe[- ]conducts?|safe passage)",
        r"\b(neg\w*|rechaz\w*|deneg\w*|recus\w*|nego)\b.{0,50}\b(salvo ?conductos?|salvo-condutos?)",
        r"\b(refus\w*|rejet\w*)\b.{0,50}\b(sauf[- ]conduits?)",
        r"\b(safe[- ]conducts?|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)\b.{0,40}\b(was|were|fue|fueron|foi|a ete|ont ete) (refused|denied|negad\w*|rechazad\w*|recusad\w*|refuse\w*)",
    ],
    "departure_requested": [
        r"\b(demand\w*|ask\w*|requir\w*|exig\w*|pid\w*|solicit\w*|ped\w*)\b.{0,40}\b(departure|to leave the country|salida del pais|abandonar el pais|saida do pais|quitter le pays)\b"
    ],
    "departure": [
        r"\b(left|flew (out|to)|departed|fled|arrived in|landed in|was flown)\b.{0,50}\b(embass|residence|country|to [A-Za-z]+|for )",
        r"\b(sali\w*|abandon\w*|viaj\w*|lleg\w*|vol\w* (a|hacia))\b.{0,50}\b(embajada|residencia|pais|rumbo|hacia|a )",
        r"\b(saiu|sairam|deix\w*|viaj\w*|cheg\w*|embarc\w*)\b.{0,50}\b(embaixada|residencia|pais|rumo|para)",
        r"\b(quitt\w*|parti\w*|arriv\w*|s'est envol\w*|sorti\w*)\b.{0,50}\b(ambassade|residence|pays|pour|vers|a )",
    ],
    "surrender": [
        r"\b(handed (him|her|them) over|surrender\w*|entreg\w* a las autoridades|entreg\w* (a|as) autoridades|livr\w* aux autorites|remis aux autorites)\b"
    ],
}

NEGATION = [
    r"\b(denied|denies|deny|rejected claims?|did not|didn't|never|no evidence|false reports?|ruled out)\b",
    r"\b(nego|neg\w* que|desminti\w*|no (se )?(ha|han|hubo|fue|fueron)|nunca|descart\w*|falso)\b",
    r"\b(negou|neg\w* que|desmenti\w*|nao (houve|foi|foram)|nunca|descart\w*|falso)\b",
    r"\b(dement\w*|ni\w* que|n'a pas|n'ont pas|jamais|aucune? |dementi)\b",
]
HEDGE = [
    r"\b(allegedly|reportedly|presuntamente|supuestamente|supostamente|alegadamente|aurait|auraient|selon des)\b"
]

# -- positions ------------------------------------------------------------------------
POSITION_PATTERNS: list[tuple[str, str, str]] = [
    # (stance, topic, regex)
    (
        "not_party",
        "caracas-diplomatic-asylum-1954",
        r"\b(not (a )?party|never (became|become) a party|has not ratified|no es parte|no ha ratificado|nao e parte|nao ratificou|n'est pas partie|n'a pas ratifie)\b.{0,80}\b(caracas|convention on diplomatic asylum|convencion sobre asilo diplomatico|convencao sobre asilo diplomatico|convention sur l'asile diplomatique)",
    ),
    (
        "party",
        "caracas-diplomatic-asylum-1954",
        r"\b(as (a )?(state )?party|estado parte|como parte|en tant que partie)\b.{0,60}\b(caracas)",
    ),
    (
        "does_not_recognise",
        "diplomatic-asylum-general-rule",
        r"\b(does not recogni[sz]e|do not recogni[sz]e|no reconoce|nao reconhece|ne reconnait pas)\b.{0,60}\b(diplomatic asylum|asilo diplomatico|asile diplomatique|asylum)",
    ),
    (
        "recognises",
        "diplomatic-asylum-general-rule",
        r"\b(recogni[sz]es|reconoce|reconhece|reconnait)\b.{0,40}\b(the right of asylum|el derecho de asilo|o direito de asilo|le droit d'asile|diplomatic asylum|asilo diplomatico)",
    ),
    (
        "condemns",
        "vcdr-1961",
        r"\b(condemn\w*|repudi\w*|conden\w*|rechaz\w*|deplor\w*)\b.{0,80}\b(embass\w*|embajada|embaixada|ambassade|inviolab\w*|vienna|viena|vienne)",
    ),
    (
        "calls_for_safe_conduct",
        "caracas-diplomatic-asylum-1954",
        r"\b(call\w* (on|for)|urg\w*|demand\w*|exig\w*|pid\w*|insta\w*|reclam\w*|appel\w*|exhort\w*)\b.{0,80}\b(safe[- ]conducts?|safe passage|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)",
    ),
    (
        "supports",
        "vcdr-1961",
        r"\b(support\w*|reaffirm\w*|respald\w*|reafirm\w*|apoi\w*|reaffirm\w*|soutien\w*)\b.{0,60}\b(inviolab\w*|vienna convention|convencion de viena|convencao de viena|convention de vienne)",
    ),
]
