"""The multilingual lexicons, folded (lower case, no accents).

Triage terms are literal stems grouped by what they signal; event triggers are
regular expressions over folded sentences, one list per event type, covering the
four languages: hand-written core patterns here, and a broader vocabulary per
language in vocabulary.yaml. Kept as data here so that a reader can check them against the
vocabulary of DESIGN §2 without reading the pipeline.
"""

from __future__ import annotations

from importlib import resources

import yaml

# -- triage -------------------------------------------------------------------------
MISSION = [
    "embassy", "embassies", "legation", "diplomatic mission", "diplomatic premises",
    "embajada", "legacion", "consulado", "residencia del embajador", "residencia oficial", "sede diplomatica", "mision diplomatica",
    "embaixada", "legacao", "residencia do embaixador", "residencia oficial", "sede diplomatica", "missao diplomatica",
    "ambassade", "legation", "consulat", "residence de l'ambassadeur", "mission diplomatique", "locaux diplomatiques",
    "people's bureau", "oficina popular", "bureau populaire", "escritorio popular",
    "residencia diplomatica", "representation des interets", "representacion de los intereses", "representacao dos interesses",
    "protecting power", "potencia protectora", "puissance protectrice", "locaux de la mission", "premises of the mission",
    "locales de la mision", "instalacoes da missao", "chancery", "cancilleria de la embajada",
    "ambassador", "embajador", "embaixador", "ambassadrice",
    "charge d'affaires", "encargado de negocios", "encargada de negocios", "encarregado de negocios",
    "diplomatic bag", "diplomatic pouch", "valija diplomatica", "mala diplomatica", "valise diplomatique", "consul ",
    "nunciature", "nunciatura", "nonciature", "papal mission", "emprises diplomatiques", "representation diplomatique",
    "representacion diplomatica", "representacao diplomatica", "chancellerie", "chancelaria",
    "consul-geral", "diplomatic staff", "personal diplomatico", "pessoal diplomatico", "personnel diplomatique",
    "diplomats", "diplomatas", "diplomaticos", "diplomates",
    "high commission", "haut-commissariat", "alta comision", "alto comissariado", "posto diplomatico",
    "sedes diplomaticas", "representations diplomatiques", "representaciones diplomaticas", "representacoes diplomaticas",
    "nonce apostolique", "apostolic nuncio", "nuncio apostolico", "nuncio en", "nuncio in",
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
    "convencao de caracas",
    "asile diplomatique",
    "sauf-conduit",
    "sauf conduit",
    "convention de caracas",
    "convention de l'oea",
]
# Terms that count only beside a mission or a threat term.
ASYLUM = [
    "political asylum", "safe passage",
    "asylum", "asilo", "asile", "refugi", "refuge", "sheltering", "sheltered", "abrig", "holed up",
]  # fmt: skip
THREAT = [
    "raid", "stormed", "storming", "broke into", "forced their way", "forced its way", "entered the embassy", "under siege", "besieged",
    "surrounded", "cordon", "power cut", "cut the power", "water supply", "persona non grata", "expelled",
    "severed", "broke off", "hostage", "attacked", "ransacked", "custody", "protecting power", "inviolab",
    "irrump", "allan", "asalt", "ingresaron por la fuerza", "rodea", "cerco", "sitiad", "asedi", "corte de luz", "corte de electricidad",
    "cortaron", "expuls", "ruptura de relaciones", "custodia", "rehen",
    "invadi", "invasao", "entraram", "cercad", "cortou", "corte de energia", "rompimento",
    "fait irruption", "penetre", "assiege", "retirer leur accord", "revoc", "revog", "revoqu", "encercl", "coupure", "coupe l'electricite", "rompu", "rupture des relations",
    "garde des locaux", "otage",
    "forz", "llevaron detenido", "detuv", "detenid", "arrest", "rodea", "rompio", "rompe ", "rompeu", "rompt", "entraron", "entraram", "entrer",
    "volaron", "gas ", "immunity", "inmunidad", "imunidade", "immunite", "harass", "acoso", "hostig", "assedi", "vigilanc", "surveillance",
    "police", "policia", "militares", "soldiers", "soldados", "soldats", "troops", "tropas", "cut off", "cortad", "sitio",
    "break-in", "intrusion", "shots", "disparo", "tiros", "killed", "asesin", "assassin", "morto", "muerto",
    "withdrawn its approval", "withdrew its approval", "revok", "agents", "agentes", "perquisition", "saisie", "search",
    "indesirable", "blocus", "incendie", "incendiad", "incendiar", "prenderam", "prendeu", "a la fuerza", "by force",
    "de force", "overrun",
    "scaled the wall", "climbed", "escalad", "set fire", "set alight", "set it alight", "torched", "ablaze", "arson",
    "mis le feu", "prendieron fuego", "atearam fogo", "gave himself up", "se entrego", "entregou-se", "s'est rendu",
    "handcuff", "esposad", "menotte", "algemad", "vacate", "ringed", "cercaram", "cercaron",
    "bound and beat", "golpearon", "espancad", "violence contre", "violencia contra", "violencia contra", "ultimatum",
    "hours to leave", "horas para abandonar", "heures pour quitter", "beneplacito", "agrement", "took control",
    "mandou embora", "mando embora", "mandou fechar",
    "quitter le territoire", "leave the country", "salir del pais", "deixar o pais", "attaqu", "maltrait",
    "ferme ses portes", "closed its embassy", "cierra su embajada", "fechou a embaixada", "withdraw its approval",
    "se escond", "holed up", "captives", "captifs", "cautivos", "retenus", "shut its consulate", "close its consulate",
    "a forca", "assalt", "assaut", "bombard", "danific", "endommag", "shelled", "struck the embassy", "reteve", "retenu",
    "revistad", "fouill", "tomado de assalto", "tomada de assalto", "pris d'assaut", "sous la protection de",
    "arremet", "investiram contra", "agress", "agresion", "agresiones", "la emprendieron contra", "blanco de los", "prises pour cible", "pris pour cible", "visees", "saquead", "saccag", "pille", "looted", "vandalis", "vandaliz", "atacad", "asaltad",
]  # fmt: skip
NEAR_MISS = [
    "visa ", "visas", "vistos de", "credentials", "cartas credenciales", "lettres de creance", "credenciais", "reception", "recepcion", "recepcao", "asylum seeker", "border", "frontera", "demandeurs d'asile", "cnda", "frontiere", "fronteira", "refugiados", "passport", "pasaporte", "passaporte", "passeport", "trade mission",
    "droit d'asile", "demande d'asile", "demandes d'asile", "ofpra", "refugee status", "estatuto de refugiado", "condicion de refugiado",
    "asylum claim", "asylum application", "immigration court", "convention de geneve", "convencion de ginebra", "geneva convention",
    "asilo de ancianos", "lar de idosos", "maison de retraite", "nursing home", "credenciales", "credenciais",
    "migrantes", "migracion", "migracao", "migrants", "solicitan refugio", "solicitantes", "rececao", "pandemia", "pandemic",
    "cannabis", "covid", "residence permit", "permiso de residencia", "autorizacao de residencia", "titre de sejour",
    "idosos", "idosas", "ancianos", "personnes agees", "elderly residents", "visto temporario", "imigrantes", "inmigrantes",
    "casa de repouso", "lar dos velhinhos", "velhinhos", "vieillards", "asilo san", "peticiones de asilo",
    "solicitudes de asilo", "pedidos de asilo", "cordon sanitaire", "snooker", "championship", "campeonato", "championnat", "torneio", "torneo",
    "salon de te", "tearoom", "embassy suites", "birthday", "cumpleanos", "humanitarian corridor", "corredor humanitario", "corredor de evacuacion",
    "couloir humanitaire", "corredores humanitarios", "tribunal supremo", "supreme court", "supremo tribunal", "hurricane", "huracan", "furacao", "ouragan", "cyclone", "evacuation order",
    "storm shelters", "immigration judge", "juez de inmigracion", "juiz de imigracao", "deportation", "deportacion", "deportacao", "for consultations", "para consultas", "pour consultations", "a consultas",
]  # fmt: skip


# -- events -------------------------------------------------------------------------
# type -> regexes over a folded sentence. Order does not matter; every hit is kept.
# "let him leave the country": a departure; denied ("would not let him leave"), a
# refusal of safe passage.
LET_LEAVE = r"\b(laiss\w* (\w+ )?quitter|let (him|her|them) leave|allowed (him|her|them) to leave|dejo salir|permitio salir|deixou sair|permitiu sair)\b"

EVENT_TRIGGERS: dict[str, list[str]] = {
    "premises_entered": [
        r"\b(penetr\w*|entr\w*|set foot)\b.{0,40}\b(zone diplomatique|area diplomatica|zona diplomatica|diplomatic area)\b",
        r"\b(policias|agentes|officers|police|policiers|policiais|fiscales|procureurs|prosecutors) (\w+ ){0,4}(entraron|entered|sont entres|entraram|habian entrado|had entered|ont penetre)\b",
        r"\b(habian entrado|habia entrado|han entrado|had entered|tinham entrado|etaient entres)\b.{0,60}\b(consulado|consulate|consulat|embajada|embaixada|embassy|ambassade|residencia|residence)",
        r"\b(irrupcion|irruption|incursion|invasao|invasion|assalto|asalto|intrusion)\b.{0,50}\b(embaixada|embajada|ambassade|embassy|sede|residencia|residence|locaux|representacao|representacion)",
        r"\b(entrada|ingreso|entry|entree) (forzad[ao]|forcad[ao]|a la fuerza|a forca|de force|ilegal|illegal|forcible|forced|de (la )?(policia|agentes|militares|soldados|fuerzas|forcas|tropas|policiers|soldats)|d[ao]s? (policia|agentes|militares|soldados|forcas|tropas)|of (the )?(police|troops|soldiers|officers|agents))\b.{0,50}\b(embaixada|embajada|ambassade|embassy|sede|residencia|residence|locaux|representacao|representacion)",
        r"\b(assaut des (commandos|forces|militaires|policiers)|stormed by (commandos|troops|soldiers)|asalto de (comandos|las fuerzas)|assalto (dos|das) (comandos|forcas))\b",
        r"\b(entre a forca|entre na|entre no|entre en la|entrar a la|entrar en la|entrer dans)\b",
        r"\b(entr\w*|set foot)\b.{0,40}\b(zone diplomatique|area diplomatica|zona diplomatica|diplomatic area)\b",
        r"\b(forc\w* (les |l')?(portes?|puertas?))\b",
        r"\b(raid\w*|storm(ed|ing)?|broke into|burst into|forced (their|its) way into|incursion into|entered|went into|gone into|set foot in)\b.{0,60}\b(embass\w*\b(?! (district|row|quarter|area|neighbou?rhood))|legation|consulate|residence|premises|mission|building|bureau|diplomatic area)",
        r"\b(embass\w*|legation|consulate|premises|residence|building)\b.{0,40}\b(was|were) (raided|stormed|entered)",
        r"\b(blew open|broke (through|down)|forced) .{0,40}\b(door|doors|gate)",
        r"\b(officers|police|agents|soldiers|troops) (had )?(entered|went in|moved in)\b",
        r"\b(irrump\w*|allan(?!\w* el camino)\w*|ingres\w*|entr(o|aron|ar)\b|asalt\w*|invadi\w*|forzaron|forzo)\b.{0,60}\b(embajada|legacion|consulado|residencia|sede|recinto|edificio|oficina|puertas?)",
        r"\b(allanamiento|irrupcion|asalto|incursion|ingreso)\b.{0,40}\b(embajada|legacion|consulado|residencia|sede|recinto)",
        r"\b(volaron|derribaron) .{0,40}\bpuerta",
        r"\b(invadi\w*|invasao|invadiram|entr(ou|aram|ar)\b|arromb\w*|forcaram)\b.{0,60}\b(embaixada|legacao|consulado|residencia|sede|predio|edificio|portas?)",
        r"\b(fait irruption|fai\w* irruption|penetr\w*|(est|sont|etaient|etait|avaient|ont) (\w+ )?entr(e|es|ee|ees)|donn\w* l'assaut|envahi\w*)\b.{0,60}\b(ambassade|legation|consulat|residence|locaux|batiment|enceinte)",
        r"\b(irruption|assaut|intrusion|incursion)\b.{0,40}\b(ambassade|legation|consulat|residence|locaux)",
        r"\b(getting|get|got|going) inside\b",
        r"\b(invited (in|into|inside))\b.{0,60}\b(building|embassy|premises|residence)\b",
        r"\b(went|moved|walked|go) in\b.{0,60}\b(door|gate|through)\b",
        r"\bforced open\b",
        r"\b(officers|police|agents|soldiers|troops)\b.{0,20}\b(are|were|was) (now )?inside (the )?([\w']+ ){0,2}(embass\w*|consulate|legation|residence|mission|compound|building|premises|nunciature|bureau)",
        r"\b(the )?entry (was|had been) made\b",
    ],
    "premises_searched": [
        r"\b(consulado|consulate|consulat|embajada|embaixada|embassy|ambassade)\b.{0,130}\b(lo registraron|(?<!se )registraron|revisaron|fouill\w*|searched|revistaram)\b",
        r"\b(revist\w*|fouill\w*|searched|(?<!se )registraron)\b.{0,90}\b(consul\w*|embass\w*|embajada|embaixada|ambassade|residenc\w*)",
        r"\b(perquisitionn\w*|saisi\w* l'immeuble|saisie de l'immeuble|searched the (rooms|building))\b",
        r"\b(search(ed|ing)?|search of|(?<!se )registr(o|aron|ar|ado|ada)\b|revis(o|aron|ion)|vasculh\w*|perquisition\w*|fouill\w*|buscar armas|busca e apreensao|busca policial)\b.{0,50}\b(embass\w*|consulate|consulado|consulat|ambassade|embajada|embaixada|residence|residencia|rooms|building|edificio|predio|locaux|immeuble|armas|weapons)",
        r"\b(going through|went through|inspected|inspect|inspeccionaron|vistoriaram|inspect\w*)\b.{0,40}\b(consulate|embassy|buildings?|premises|consulado|embajada|embaixada|ambassade|consulat|locaux|facilities)\b",
        r"\b(the )?(buildings?|premises|facilities|consulate)\b.{0,30}\b(were|was) (inspected|searched|gone through)\b",
    ],
    "premises_attacked": [
        r"\b(embisti\w*|ramm\w*|crash\w* (into|through)|derrub\w*|enfonc\w*)\b.{0,40}\b(verja|gate|portao|grille|puerta|portail)\b",
        r"\b(attack(ed|s)?|stormed by|seized by|overran|overrun|occupied|tear gas)\b.{0,50}\b(embass\w*|consulate|mission|compound|residence)",
        r"\b(militants|students|guerrillas|rebels|commando)\b.{0,40}\b(seized|took over|overran|occupied|stormed)",
        r"\b(atac\w*|ocup\w*|tomad\w*|tomaron|asaltad\w*|gas)\b.{0,50}\b(embajada|embaixada|consulado|residencia|recinto)",
        r"\b(attaqu\w*|occup\w*|pris d'assaut|investi(e|es|s|t|ssent|ssaient|r)?)\b.{0,50}\b(ambassade|consulat|residence)",
        r"\b(embass\w*|embajada|embaixada|ambassade|consulat\w*|consulado|compound|residence|residencia|chancery)\b.{0,60}\b(was|were|fue|fueron|foi|foram|a ete|ont ete|had been) (overrun|stormed|attacked|torched|set on fire|ransacked|invaded|atacad\w*|asaltad\w*|saquead\w*|incendiad\w*|invadid\w*|attaqu\w*|saccag\w*|incendie\w*)\b",
        r"\b(climbed|scaled|stormed) (over )?(the )?(walls?|fence|gates?)\b",
        r"\b(set fires?|started fires?|set (it )?ablaze|set alight|torched|prendieron fuego|incendiaron|atearam fogo|incendi\w* (la|a|l')|mis le feu)\b",
        r"\b(broke into|forced (their|its) way into|burst into|penetraron en|invadiram|envahi\w*)\b.{0,60}\b(building|edificio|predio|immeuble|tower|torre)\b",
        r"\b(incendie\w*|feu)\b.{0,40}\b(devant|contre|dans) (le batiment|l'ambassade|la residence)\b",
        r"\b(violences? commises?|atteinte)\b.{0,40}\b(contre (son|notre|l'|leur) ambassade|emprises diplomatiques)\b",
        r"\b(arme\w*|armed|armado|gunman|homme arme|hombre armado|homem armado)\b.{0,40}\b(fait irruption|burst into|stormed|irrumpio|invadiu|opened fire)\b",
        r"\b(embass\w*|embajad\w*|embaixad\w*|ambassade\w*|consulat\w*|consulad\w*|chancelleri\w*|cancilleri\w*|chancelari\w*|representations?|representacion\w*|representacao|representacoes|legation|legacion|nunciatur\w*|mission|locaux)\b.{0,80}\b(endommag\w*|saccag\w*|vandalis\w*|vandaliz\w*|incendie\w*|incendiad\w*|la proie des flammes|degrade\w*|damaged|vandali[sz]ed|set on fire|torched|burned|burnt|danificad\w*|queimad\w*|apedrejad\w*|apedread\w*|stoned|pelted|caillass\w*|des pierres|piedras|pedras|ransacked|saquead\w*|pillaged|pille\w*|defaced|pintad\w*|vandalisme|vandalism|vandalismo|mises? a sac|mis a sac|pris pour cibles?)",
        r"\b(endommag\w*|saccag\w*|vandalis\w*|vandaliz\w*|incendie\w*|incendiad\w*|la proie des flammes|degrade\w*|damaged|vandali[sz]ed|set on fire|torched|burned|burnt|danificad\w*|queimad\w*|apedrejad\w*|apedread\w*|stoned|pelted|caillass\w*|des pierres|piedras|pedras|ransacked|saquead\w*|pillaged|pille\w*|defaced|pintad\w*)\b.{0,60}\b(embass\w*|embajad\w*|embaixad\w*|ambassade\w*|consulat\w*|consulad\w*|chancelleri\w*|cancilleri\w*|chancelari\w*|representations?|representacion\w*|representacao|representacoes|legation|legacion|nunciatur\w*|mission|locaux)\b",
        r"\b(escalad\w*|scaled|climbed|trepar\w*|escalar\w*|pular\w*)\b.{0,30}\b(murs?|walls?|muros?|facade|fachada|grilles?|verjas?|portao|rejas?|enceinte)\b",
        r"\b(pris (\w+ ){0,3}pour cible|prise? pour cible|tomad\w* como blanco|(foi|foram) alvo|targeted)\b",
        r"\b(opened fire|open fire)\b.{0,60}\b(entrance|hall|gate|embass\w*|consulate|legation|residence|mission|compound|building|premises|nunciature|bureau)",
        r"\b(gunman|armed man|man with an? (gun|kalashnikov|rifle|assault rifle)|hombre armado|homem armado|homme arme)\b.{0,60}\b(burst|stormed|entered|opened fire|irrumpi\w*|invadiu|fait irruption)",
        r"\b(investi\w* contra|arremet\w* contra|s'en sont pris a|se lanzaron contra|atacaram|atacaron)\b.{0,40}\b(embaixadas?|embajadas?|ambassades?|embassies|representac\w*|sedes?)\b",
    ],
    "premises_surrounded": [
        r"\b(gardent l'(unique )?entree|guard(ing)? the (only )?entrance|vigilan la entrada|vigiam a entrada|watch on the (only )?entrance)\b",
        r"\b(cern\w* le batiment|cern\w* l'ambassade)\b",
        r"\b(postad\w* nos acessos|apostad\w*|posted at the entrances|apostados|cercad\w*|cercaram|cercou|dobrou .{0,40} agentes|deploiement .{0,40} autour)\b",
        r"\b(surround\w*|cordon\w*|besieg\w*|under siege|encircl\w*|ringed|massed around|sealed off|round-the-clock watch|deployment .{0,60} around)\b",
        r"\b(rode\w*|cercar\w*|cercaron|cerco|cercad\w*|sitia\w*|asedi\w*|acordon\w*|despleg\w* .{0,30}alrededor|vigilancia permanente)\b",
        r"\b(cerco|sitiad\w*|em volta d\w*)\b",
        r"\b(encercl\w*|assieg\w*|cordon de police|boucl\w*|postes? devant|autour de l'ambassade|siege de)\b",
        r"\b(deploy\w* autour|deployes autour|filtr\w* les entrees|blocus autour|blocus de l'ambassade|bouclage)\b",
        r"\b(vigilad\w* (dia y noche|las 24 horas)|vigiad\w* dia e noite|surveille\w* jour et nuit|watched (day and night|around the clock))\b",
    ],
    "utilities_cut": [
        r"\b(interrup\w*|suspens\w*|interruption|corte)\b.{0,40}\b(suministro|fornecimento|supply|approvisionnement) (electric\w*|eletric\w*|de agua|d'eau|of water)",
        r"\b(interrup\w*|suspens\w*|interruption|corte)\b.{0,40}\b(eletricidade|electricidad|electricite|electricity|agua|eau|water|energia|luz|courant)\b",
        r"\b(electricite|eau|courant|luz|energia|agua|electricity|water|lignes telephoniques|linhas fixas)\b.{0,40}\b(coupee?s?|cortad[ao]s?|cut off|had been cut|were cut|was cut)\b",
        r"\b(cut|cuts|cutting|shut off|switched off|cut off)\b.{0,60}\b(power|electricity|water|phone|telephone|landlines?|internet)",
        r"\b(power|electricity|water|electricity supply)\b.{0,40}\b(cut|cut off|had been cut|was cut|were cut)",
        r"\b(cort\w*|suspend\w*|sin)\b.{0,40}\b(luz|electricidad|energia|agua|suministro|telefon\w*|internet)",
        r"\b(corte|cortes|apagon)\b.{0,20}\b(de )?(luz|electricidad|energia|agua)",
        r"\b(cort\w*|sem)\b.{0,40}\b(luz|energia|agua|telefon\w*|internet)",
        r"\b(coup\w*|prive\w* d')\b.{0,40}\b(electricite|courant|eau|telephone|internet)",
        r"\b(prive\w* (ni )?d'(eau|electricite))\b",
        r"\b(electricite|eau|courant|luz|energia|agua|electricity|water|lignes telephoniques|linhas (fixas|telefonicas)|lineas telefonicas|telefone)\b.{0,80}\b(coupee?s?|cortad[ao]s?|cut off|had been cut|were cut|was cut)\b",
        r"\b(interrup\w*|corte\w*|suspens\w*)\b.{0,40}\b(fornecimento|suministro|supply) de (energia|luz|agua|eletricidade|electricidad)",
        r"\b(electricity|power|water|lights?)\b.{0,40}\b(had been|has been|was|were|went) (off|out|cut)\b",
    ],
    "access_blocked": [
        r"\b(barr\w*|fech\w*)\b.{0,30}\b(rues|ruas|calles|roads|acces|acessos)\b",
        r"\b(block\w*|barr\w*|prevent\w*)\b.{0,40}\b(access|entry|road|roads|supplies|food|visitors)",
        r"\b(bloque\w*|impid\w*|imped\w*|cerr\w*)\b.{0,40}\b(acceso|entrada|calle|calles|paso|suministros|alimentos|visitas)",
        r"\b(bloque\w*|impedi\w*)\b.{0,40}\b(acesso|entrada|rua|ruas|suprimentos|alimentos|visitas)",
        r"\b(bloqu\w*|empech\w*)\b.{0,40}\b(acces|entree|rue|rues|ravitaillement|visites)",
        r"\b(impedir|impediu|imped\w*|prevent\w*|empech\w*) (que|that|qu'|people from|anyone from|mas gente|more people)\b.{0,40}\b(lleg\w*|cheg\w*|reach\w*|arriv\w*|entr\w*|acced\w*)\b",
        r"\b(vallas|controles policiales|checkpoints?|barricad\w*|barreiras|barrages?)\b.{0,60}\b(impedir|prevent|block|impedi\w*|empecher)\b",
        r"\b(empech\w*|bloqu\w*)\b.{0,40}\b(livraison|nourriture|vivres)\b",
        r"\b(blocus)\b.{0,30}\b(ambassade|residence)\b",
        r"\b(kept|stopped|prevented|blocked)\b.{0,30}\b(deliveries|food|supplies|visitors)\b.{0,30}\b(from reaching|getting in|from entering)\b",
        r"\b(kept|stopped|prevented|blocked) (food |fuel |medical )?(deliveries|supplies)\b",
        r"\b(cerr\w* el paso|fechar\w* (a )?passagem|ferm\w* (la )?circulation|closed the (road|street))\b",
    ],
    "communications_interfered": [
        r"\b(comunicac\w*|communications?)\b.{0,60}\b(dificultad\w*|obstaculizad\w*|entravee?s?|hampered|obstructed|interferid\w*|bloquead\w*)\b",
        r"\b(jam\w*|intercept\w*|interfer\w*|interfier\w*|brouill\w*|bloqu\w*|blocked)\b.{0,40}\b(communication\w*|comunicac\w*|landlines?|telefon\w*|lignes? (fixes|telephoniques))",
        r"\b(inhibidor\w* de senal|bloqueador\w* de sinal|signal jammers?|jamming|brouilleurs?|brouillage)\b",
        r"\b(no (letters|telex|telephone)|sin (cartas|telex|telefono)|cut (him|them|her) off from)\b",
        r"\b(cortes?|interrup\w*|coupures?)\b.{0,30}\b(senal|sinal|signal)\b",
    ],
    "protection_withdrawn": [
        r"\b(retir\w* (la |a )?(custodia|vigilancia|guardia|guarda) de la (sede|embajada|mision))\b",
        r"\b(sans que (les )?(policiers|gardes)|without (the )?(police|guards) (intervening|stepping in)|sin que la policia (interviniera|lo impidiera)|sem que a policia)\b",
        r"\b(retir\w* (la |a )?(custodia|vigilancia|guardia|guarda|protection|garde) (policial|de la embajada|que protegia|da embaixada|de l'ambassade))\b",
        r"\b(withdr\w*|pulled|removed)\b.{0,30}\b(guards?|police protection|security|protection)",
        r"\b(failed to protect|did nothing to protect)\b",
        r"\b(retir\w*)\b.{0,30}\b(guardia|custodia policial|proteccion|seguranca|guarda|protection|gardes|policias)",
        r"\b(n'a pas protege|manque a son devoir de protection|no protegio|nao protegeu)\b",
        r"\b(retir\w*|tirou|tiro|quito|removed|withdrew|lev\w*)\b.{0,20}\b(la |a |the |sa )?(custodia policial|guarda|guardia|police guard|garde policiere|protection policiere|vigilancia policial)\b",
        r"\b(removed|hauled away|took away|dismantled|retir\w*|enlev\w*)\b.{0,40}\b(barriers|barricades|bollards|barreras|barreiras|barrieres|security)\b.{0,60}\b(embass\w*|mission|embajada|embaixada|ambassade)",
    ],
    "diplomat_detained": [
        r"\b(levaram|levou|llevaron|se llevaron|took away|emmen\w*|prenderam|prendeu|detuvieron|detiveram|apprehended|rounded up|abducted|secuestraron|sequestraram|enleve\w*) (a forca |por la fuerza |de force |by force )?(\w+ ){0,2}(diplomats?|diplomatas?|diplomaticos|diplomates?|consul(es|s)?|embaixador(es|a)?|embajador(es|a)?|ambassadors?|ambassadeurs?|adid[oa]s?|agregad[oa]s?|attaches?)\b",
        r"\b(personnel|diplomates?|staff|funcionarios|personal|pessoal|diplomats)\b.{0,50}\b(retenu\w*|detenu\w*|held hostage|en otage|retenid\w*|rehenes|refens|detid\w*|taken hostage)\b",
        r"\b(detain\w*|(?<!house )(?<!to )arrest\w*|held|taken hostage|hostages?)\b[^,;]{0,60}\b(diplomat\w*|ambassador|consul|staff|charge d'affaires)",
        r"\b(diplomat\w*|ambassador|consul|staff)\b.{0,40}\b(were|was|have been|had been) (detained|arrested|held|taken hostage)",
        r"\b(detuv\w*|detenid\w*|retenid\w*|rehenes?)\b.{0,60}\b(diplomatic\w*|embajador|consul|funcionari\w*|personal)",
        r"\b(detid\w*|retid\w*|refens?)\b.{0,60}\b(diplomata\w*|embaixador|consul|funcionari\w*)",
        r"\b(arret\w*|deten\w*|retenu\w*|otages?)\b.{0,60}\b(diplomate\w*|ambassadeur|consul|personnel)",
        r"\b(prend\w*|prenderam|prendeu|detuvieron|arrested|arreterent|interpell\w*)\b[^,;]{0,40}\b(o |el |le |the )?(consul|diplomat\w*|diplomata|diplomate|embaixador|embajador|ambassador|ambassadeur)\b",
    ],
    "diplomat_attacked": [
        r"\b(diplomate\w*|diplomat\w*|canseco|responsable de la mission|chef de mission)\b.{0,80}\b(moleste\w*|malmene\w*)\b",
        r"\b(violences? (subies|contre)|(uso|emprego) de forca contra|force against|fuerza contra|molest\w*)\b.{0,60}\b(personnel|funcionarios|staff|diplomat\w*|personal)\b",
        r"\b(assault\w*|beat\w*|attack\w*|injur\w*|punch\w*|shov\w*|tackled|roughed up|manhandl\w*|violence against)\b.{0,60}\b(diplomat\w*|ambassador|consul|charge d'affaires|head of mission|staff)",
        r"\b(diplomat\w*|canseco|charge d'affaires|ambassador)\b.{0,80}\b(roughed up|assaulted|beaten|injured|thrown to the ground|manhandled)",
        r"\b(agred\w*|golpe\w*|atac\w*|herid\w*|empuj\w*|maltrat\w*|violencia contra|sometid\w*|derribad\w*)\b.{0,60}\b(diplomatic\w*|embajador|consul|encargado|jefe de mision|personal)",
        r"\b(diplomatic\w*|canseco|encargado de negocios)\b.{0,80}\b(agredid\w*|golpead\w*|empujad\w*|derribad\w*|maltratad\w*|sometid\w*)",
        r"\b(agred\w*|espanc\w*|atac\w*|ferid\w*|empurr\w*|violencia contra|maltrat\w*|derrub\w*)\b.{0,60}\b(diplomata\w*|embaixador|consul|encarregado|chefe da missao|pessoal)",
        r"\b(diplomata\w*|canseco)\b.{0,80}\b(agredid\w*|empurrad\w*|derrubad\w*|espancad\w*)",
        r"\b(agress\w*|frapp\w*|attaqu\w*|bless\w*|molest\w*|brutalis\w*|bouscul\w*|violences? contre|plaque\w* au sol)\b.{0,60}\b(diplomate\w*|ambassadeur|consul|charge d'affaires|chef de mission|personnel)",
        r"\b(diplomate\w*|canseco)\b.{0,80}\b(agresse\w*|brutalise\w*|bouscule\w*|frappe\w*|plaque\w*)",
        r"\b(ambos|ambas|both|tous deux|os dois) (fueron|foram|were|ont ete) (agredid\w*|golpead\w*|assaulted|beaten|attacked|agress\w*|frappe\w*|atacad\w*)\b",
        r"\b(security chief|head of security|jefe de seguridad|chefe de seguranca|chef de la securite|guard)\b.{0,40}\b(killed|shot dead|murdered|asesinad\w*|mort\w*|tue\w*|morto|assassinad\w*)\b",
        r"\b(violence|force) used against\b.{0,40}\b(staff|personnel|diplomat\w*)",
        r"\b(head of (\w+ )?security|security (chief|officer)|guards?|vigilantes?|gardes?|seguranca)\b.{0,60}\b(shot dead|killed|wounded|injured|muert\w*|herid\w*|morto|ferid\w*|tue\w*|blesse\w*)",
    ],
    "diplomat_expelled": [
        r"\b(delai|plazo|prazo|hours|heures|horas|jours|dias|days)\b.{0,60}\b(pour|para|to) (quitter|abandonar|deixar|sair d[oe]|salir del?|leave)\b",
        r"\b(exig\w*|ordonn\w*|demand\w*|ordered|orden\w*) (le |el |o |the )?(depart|salida|saida|departure) .{0,40}(diplomates|diplomaticos|diplomatas|diplomats|personnel|personal|pessoal|staff)\b",
        r"\b(delai|plazo|prazo|hours|heures|horas|jours|dias|days) (pour|para|to) (quitter|abandonar|deixar|leave) (le territoire|el territorio|o territorio|the country|le pays|el pais|o pais)\b",
        r"\b(retir\w* (seu |su |leur |their )?(o |el )?(pessoal|personal|personnel|staff) diplomatic\w*|withdraw their diplomatic staff|retirassem)\b",
        r"\b(expel\w*|persona non grata|ordered .{0,50}(out of the country|to leave)|gave .{0,40} (hours|days) to (leave|go)|given .{0,10}(hours|days) to (leave|go))\b",
        r"\b(expuls\w*|persona non grata|orden\w* .{0,50}(salida|abandonar|salir)|plazo de .{0,20} para (abandonar|salir)|retirar a su personal)\b",
        r"\b(expuls\w*|expulsao|persona non grata|prazo de .{0,20} para deixar|ordenou .{0,50}(saida|deixar))\b",
        r"\b(expuls\w*|persona non grata|sommes? de quitter|ordonn\w* .{0,50}(depart|quitter))\b",
        r"\b(declare\w* (persona non grata|indesirable)|somm\w* .{0,40}de quitter|(hours|horas|heures) (to|para|pour) (go|partir|irse|ir-se|sair|salir))\b",
        r"\b(ordonn\w*|ordered|orden\w*|ordenou) .{0,10}(le |el |o |the )?(depart|salida|saida|departure) (de la |del |da |of the )?(representante|representative|ambassad\w*|embajador\w*|embaixador\w*|charge)",
        r"\b(personas? no gratas?|pessoas? non gratas?|personae non gratae)\b",
        r"\b(retir\w*|revoc\w*) (el |o )?(beneplacito|agrement|agreement) (al|a la|ao|a|du|de l') (nuncio|embajador\w*|embaixador\w*|ambassadeur|nonce)\b",
        r"\b(obligo|obligaron|obrigou|obrigaram|contraint\w*) a (dejar|sair de|abandonar|quitter)\b",
        r"\b(mand\w* embora|despach\w* de volta)\b.{0,30}\b(diplomatas?|embaixador\w*|encarregad\w*|equipes diplomaticas|pessoal diplomatico)",
        r"\b(expuls\w*)\b.{0,20}\b(as |os )?(equipes|missoes|representacoes|corpo) diplomatic\w*",
        r"\b((invit\w*|somm\w*|ordonn\w*) a quitter le territoire|quitter le territoire (\w+ )?(sous|dans les|en) (\d+|soixante-douze|quarante-huit|vingt-quatre) heures)\b",
    ],
    "relations_severed": [
        r"\b(rompu avec|rompt avec|rompio con|rompeu com|broke with|ayant rompu)\b",
        r"\b(sever\w*|broke off|break off|breaking off|cut|break in)\b.{0,30}\b(diplomatic )?(relations|ties)",
        r"\b(romp\w*|ruptura|suspend\w*)\b.{0,40}\b(sus |las )?(relaciones)",
        r"\b(romp\w*|rompimento|corte|suspend\w*)\b.{0,40}\b(as |suas )?(relacoes)",
        r"\b(romp\w*|rupture)\b.{0,40}\b(des |les |ses )?(relations)",
        r"\b(cut\w*|cortar\w*|corta)\b.{0,20}\b(diplomatic )?(ties|lazos diplomaticos|lacos diplomaticos|liens diplomatiques)\b",
        r"\b(cort\w*) (sus |las |as |suas )?(relaciones|relacoes)",
    ],
    "mission_closed": [
        r"\b(closed|shut|shuttered|cierr\w*|cerro|fech\w*|(?<!plus )ferm(e|ee|es|ees|ent|era|eront|erait|eture|er))\b.{0,30}\b(its |su |sua |son )?(embass\w*|embajada|embaixada|ambassade|consulate|consulado|consulat)",
        r"\b(embass\w*|consulate|consulado|consulat|mission|embajada|embaixada|ambassade|facilities|annexes)\b.{0,60}\b(was|were|fue|fueron|foi|foram|a ete|ont ete|be) (closed|shut|cerrad\w*|fechad\w*|ferme\w*)\b",
        r"\b(order\w*|orden\w*|ordonn\w*) .{0,40}\b(closed|closure|shut|shutting|cierre|cerrar|fermeture|fermer|fechamento|fechar|encerramento)\b",
        r"\b(cierre|fechamento|encerramento|fermeture|closure) (de la|da|de l'|of the) (embajada|embaixada|ambassade|embassy|consulate|consulado|consulat|mision|missao)\b",
        r"\b(embass\w*|consulate|consulado|consulat|embajada|embaixada|ambassade)\b.{0,40}\b(est|sont|esta|estan|is|are|remains?|permanece|reste|continua|sera|will be) (fermee?s?|cerrad\w*|fechad\w*|closed|shut)\b",
        r"\b(nonciature|nunciatura|ambassade|consulat|embajada|embaixada|embassy|consulate|consulado)\b.{0,30}\b(a ferme ses portes|ferme ses portes|cerro sus puertas|fechou as (suas )?portas|closed its doors)\b",
    ],
    "custody_assigned": [
        r"\b(proteccion|protecao|protection) de (los |os |des )?(intereses|interesses|interets)\b",
        r"\b(potencia protectora|protecting power|puissance protectrice|potencia protetora)\b",
        r"\b(represente ses interets|cuid\w* dos interesses|pris .{0,20}la garde|protection des interets|looks? after .{0,30} interests|representa .{0,20}intereses)\b",
        r"\b(took (over )?custody|take (over )?custody|assum\w* custody|entrust\w*|took charge of|taken charge of|look\w* after .{0,40}(interests|embassy|mission)|represent\w* .{0,30} interests|now looks after)\b",
        r"\b(asum\w* (la )?(custodia|representacion)|representacion de los intereses|quedo a cargo|se hizo cargo|represent\w* los intereses|custodia de la (embajada|sede))\b",
        r"\b(assum\w* (a )?(custodia|representacao)|representacao dos interesses|ficou a cargo|represent\w* os interesses|custodia da embaixada)\b",
        r"\b(garde des locaux|represent\w* les interets|prend\w* en charge|confi\w* la garde|a la garde de|representation des interets)\b",
        r"\b((exerc\w*|assum\w*|permanec\w* com|seguira com) (a )?custodia|custodia que .{0,40}assum\w*|passa a guardar|guardar a embaixada|guarde a embaixada)\b",
        r"\b(estado|pais|potencia|state|etat) (encargad\w*|protector\w*) de (los |os |des )?(intereses|interesses|interets)",
        r"\b(asum\w*|assum\w*) (la |a )?(proteccion|protecao|protection|custodia|guarda) de (las |los |as |os |la |a )?(sedes|intereses|interesses|embajada|embaixada|residencia)",
    ],
    "custody_revoked": [
        r"\b(revok\w*|withdr\w*)\b.{0,60}\b(custody|authori[sz]ation|consent|approval)\b",
        r"\b(revoc\w*|retir\w*)\b.{0,60}\b(custodia|autorizacion|consentimiento|beneplacito(?! al (nuncio|embajador))|aprobacion)\b",
        r"\b(revog\w*|retir\w*)\b.{0,60}\b(custodia|autorizacao|consentimento|aprovacao)\b",
        r"\b(revoqu\w*|retir\w*)\b.{0,60}\b(garde|autorisation|consentement|accord)\b",
        r"\b(quit\w*|retir\w*|revoc\w*|revog\w*|tir\w*) .{0,30}(la |a )?(autorizacion|autorizacao|autorisation|permiso) (para|pour|de) (velar|custodiar|representar|cuidar|guardar|proteger)",
    ],
    "archives_seized": [
        r"\b(seiz\w*|confiscat\w*|incaut\w*|apoder\w*|apreend\w*|saisi\w*|se llevaron)\b.{0,40}\b(archives|documents|archivos|documentos|arquivos)\b",
        r"\b(archives|documents|archivos|documentos|arquivos)\b.{0,40}\b(were|fueron|foram|ont ete) (seized|incautad\w*|apreendid\w*|saisi\w*)",
        r"\b(carried off|made off with|took away|stole|se llevaron|robaron|levaram|roubaram|emport\w*|vol\w*)\b.{0,40}\b(documents|papers|files|archiv\w*|documentos|arquivos|computers)\b",
        r"\b(fling\w*|flung|throw\w*|threw|thrown|toss\w*|arroj\w*|lanc\w*|jet\w*)\b.{0,40}\b(papers|documents|files|documentos|papeles|papeis|archives)\b",
    ],
    "bag_opened": [
        r"\b(opened|abri\w*|ouvert\w*)\b.{0,30}\b(diplomatic bag|pouch|valija diplomatica|mala diplomatica|valise diplomatique)",
        r"\b(abiert\w*|abrieron|abriram|aberta?s?|ouvri\w*|opened)\b.{0,40}\b(valijas? diplomaticas?|malas? diplomaticas?|valises? diplomatiques?|diplomatic (bags?|pouch\w*))",
        r"\b(valijas? diplomaticas?|malas? diplomaticas?|valises? diplomatiques?|diplomatic (bags?|pouch\w*))\b.{0,60}\b(abiert\w*|aberta?s?|ouverte?s?|opened|inspected|revisad\w*|fouille\w*)\b",
    ],
    "vehicle_searched": [
        r"\b(search\w*|registr\w*|revis(o|aron)|fouill\w*|inspeccion\w*)\b.{0,40}\b(vehicles?|cars?|vehiculos?|autos?|carros?|veiculos?|vehicules?|voitures?)\b",
        r"\b(search\w*|revis(o|aron)|fouill\w*|inspeccion\w*|inspecion\w*|examin\w*|revist\w*)\b.{0,60}\b(immatricul\w*|plaques? diplomatiques?|placas? diplomaticas?|diplomatic (plates|number plates)|matricula diplomatica)\b",
        r"\b(pararam|pararon|stopped|arrete\w*|interceptaron|intercepted|intercepte\w*)\b.{0,40}\b(vehicles?|cars?|vehiculos?|veiculos?|vehicules?|voitures?|automovil|automovel)\b.{0,80}\b(apreend\w*|seiz\w*|incaut\w*|search\w*|saisi\w*|fouill\w*|registr\w*|revis\w*)",
        r"\b(revist\w*|vasculh\w*)\b.{0,40}\b(veiculos?|carros?|vehiculos?|autos?)\b",
    ],
    "premises_misused": [
        r"\b(tirs?|balles|shots|gunfire|disparos|tiros) .{0,60}(partis d'une fenetre|from (a|one of its) windows?|desde una ventana|de uma janela)\b",
        r"\b(morto (dentro|no interior)|assassinad\w*|asesinad\w*|tue\w* (a l'interieur|dans le consulat)|killed inside)\b",
        r"\b(shots? (were )?fired from|gunfire from|fired from (one of )?its windows|disparos (desde|hechos desde)|dispararon desde|tiros disparados|tirs? (depuis|tires? depuis)|killed inside|was killed (in|inside)|asesinad\w* (dentro|en el interior)|assassinad\w* (dentro|no interior)|tue\w* (a l'interieur|dans))\b",
        r"\b(using|used|use|usar|usando|utilis\w*) (it|them|the (embassy|mission|premises|residence)|la (embajada|sede|residencia)|a embaixada) (to|para|pour) (plot|conspir\w*|spy|plan\w*|organi[sz]\w*|planear|planificar|conspirar)\b",
        r"\b(instalou|installed|instalo|installe)\b.{0,60}\b(equipment|equipamentos|equipos|equipements|dispositivos|devices)\b",
        r"\b(plotting|conspirando|conspirando|complotant)\b.{0,60}\b(from|desde|depuis|de dentro)\b",
        r"\b(serving|served|used|acting) as an? (base|hub|centre|center) (for|of) .{0,30}(spying|espionage|influence|intelligence|operations)",
        r"\bbase (de|d') ?(espionaje|espionagem|espionnage)\b",
        r"\bfire from (one of )?(its|the) (\w+ ){0,2}windows?\b",
        r"\b(alli|ali|la|there) (se )?(planificaban|planeaban|preparaban|planejavam|preparavam|were being planned|se preparaient)\b.{0,20}\b(actos|atentados|ataques|attacks|attentats|atos)",
    ],
    "refuge_sought": [
        r"\b(refugiar\w*-se|refugiaram|refugiaram-se)\b",
        r"\b(refugie\w* depuis|refugiad\w* desde|refugiad\w* (en|na) (la |a )?(embajada|embaixada) desde|sheltering in the embassy since)\b",
        r"\b(se sont refugi\w*|s'est abrit\w*|s'etait abrit\w*|se abrig\w*)\b",
        r"\b(took refuge|taken refuge|sought refuge|take refuge|took shelter|sought shelter|walked into (the|its) (embassy|building|residence|mission)|fled (in)?to the (embassy|residence)|reach(ed|ing) (the )?american diplomats)\b",
        r"\b(se refugi\w*|refugiarse|busc\w* refugio|ingres\w* a la (embajada|residencia|sede)|entro a la (embajada|residencia))\b",
        r"\b(refugiou-se|se refugi\w*|refugiar-se|busc\w* refugio|abrigou-se|entrou na (embaixada|residencia))\b",
        r"\b(s'est refugi\w*|se refugier|a trouve refuge|trouve refuge|chercher refuge|s'etait refugi\w*)\b",
        r"\b(slipped|fled|escaped|ran) (\w+ ){0,5}(into|to) (the |its |a )?([\w']+ ){0,2}(embassy|nunciature|residence|mission|compound|us protection|american protection)\b",
        r"\b(sheltering|holed up|hiding) (inside|in the (embassy|residence|mission))\b",
        r"\b(took in|taken in|sheltered|sheltering) (\w+ ){0,3}(members|people|opponents|activists|officials|collaborators|dissidents|former)\b",
        r"\b(se (habia|ha|han|habian) refugiado|(habia|han|habian) buscado refugio|solicit\w* proteccion en)\b",
        r"\b(em busca de refugio|abrigad[oa]s? (desde|ha|na)|estava abrigad\w*|buscou abrigo|pediu abrigo|ali abrigad\w*)\b",
        r"\b(s'y est refugi\w*|s'y etait refugi\w*|refugi\w* dans l'ambassade|venu\w* se refugier|s'est rendu a l'ambassade)\b",
        r"\b(has|have|had) been (inside|in) (the |its )?([\w']+ ){0,2}(embassy|residence|mission|embajada|embaixada)\b",
        r"\b(inside|in) the ([\w']+ ){0,2}(embassy|residence) since\b",
        r"\b(acolh\w*|acogi\w*|accueilli\w*) (o|a|os|as|el|la|los|las|le|l'|les) (ex-?\w+|president\w*|opositor\w*|opposant\w*|dirigente\w*|lider\w*)",
        r"\b(se escond\w*|escondid[oa]s?|se cach\w*|cache\w*) (\w+ ){0,2}(n[ao]s?|en la|en el|dans l'|dans la) (embass\w*|embajad\w*|embaixad\w*|ambassade\w*|nunciatur\w*|nonciature|legacion|legacao|legation|residencia|residence|sede)",
        r"\b(donde|onde|where|ou il|ou elle) (permanec\w*|se encontraba|estava|se trouvait|had been staying|had stayed) desde\b",
        r"\b(colaboradores|opositores|dirigentes|exfuncionarios|activistas|asilados|exministros|opposition figures|opponents|opposants)\b.{0,40}\b(entraron|ingresaron|entraram|entered|sont entres) (en|a|na|no|into|dans) (la |a |the |l')?(residencia|embajada|embaixada|residence|embassy|ambassade|sede)",
        r"\bse (presento|presentaron|apresentou|apresentaram|presenta) (en|na|no|a) (la |a |o )?(embajada|embaixada|ambassade|embassy|residencia|residence|sede|nunciatura|legacion|legacao)",
        r"\b(se metieron|se metio|entraron en masa|se colaron)\b.{0,40}\b(embajada|residencia|sede|jardines)",
        r"\b(salto|saltaron|pulou|pularam|sauta|sauterent|jumped|climbed) (la |a |the |le |la )?(cerca|reja|verja|muro|grade|portao|fence|wall|grille|mur)\b.{0,40}(embajada|embaixada|ambassade|embassy|residencia|residence|sede|nunciatura|legacion|legacao)",
        r"\b(embajada|embaixada|ambassade|embassy|residencia|residence|sede|nunciatura|legacion|legacao)\b.{0,60}\b(donde|onde|ou) (se |s'est )?(resguard|refugi|cobij|asil|escondi|abrig)\w*",
        r"\bs'y (etant|sont|est|etaient|etait) (\w+ )?refugi\w*",
    ],
    "asylum_requested": [
        r"\b(request\w* (political )?asylum|sought (political )?asylum|applied for (political )?asylum|asked (for|the \w+ country for) (political )?asylum|asked .{0,40}for (political )?asylum|solicit\w* (el )?asilo|pidi\w* (el )?asilo|ped\w* asilo|demand\w* l'asile|sollicit\w* l'asile|demand\w* (l')?asile)\b",
        r"\b(pedido|pediu|pidio|pidieron|solicito|solicitaron|solicitado|requested|sought|demande) (\w+ ){0,2}(asilo|asylum|l'asile)\b",
        r"\b(asilo|asylum|l'asile) (\w+ ){0,2}(solicitado|pedido|requested|demande)\b",
        r"\b(had|has) (not )?(asked|applied) for asylum\b",
    ],
    "asylum_granted": [
        r"\b(asilo|asylum) (concedido|otorgado|granted|concedida) (pelo|por|by)\b",
        r"\b(receb\w*|obtev\w*) (o )?asilo\b",
        r"\b(grant\w*|gave|offer\w*|extended)\b.{0,40}\b(asylum)",
        r"\b(given|granted|received|obtained) (political |diplomatic )?asylum",
        r"\basylum\b.{0,20}\b(was|had been) granted",
        r"\b(conced\w*|otorg\w*|dio(?! por (terminad|concluid|finalizad)| a conocer| fin)|brind\w*|ofrec\w*|recibio|obtuvo)\b.{0,40}\b(asilo)",
        r"\b(conced\w*|concedeu|deu|ofereceu|outorg\w*|recebeu|obteve)\b.{0,40}\b(asilo)",
        r"\b(accord\w*|octroy\w*|donn\w*|obtenu|recu)\b.{0,40}\b(l'asile|asile)",
        r"\b(under|bajo|sob|sous) (\w+ )?(asylum|asilo|l'asile)\b",
        r"\b(se encuentra asilad\w*|permanece asilad\w*|estan asilad\w*|esta asilad\w*)\b",
        r"\b(el asilo|o asilo) (otorgado|concedido) (a|ao)\b",
        r"\b(a (los|las) que|a quienes) .{0,30}(dio|otorgo|concedio) (el )?asilo\b",
        r"\b(permanec\w*|sigue|siguen|segue|seguem|continua\w*) (\w+ ){0,2}asilad\w*",
        r"\b(a quienes|a quien|aos quais|ao qual|a qui|to whom) .{0,40}(habia dado|dio|otorgo|concedio|concedeu|deu|avait accorde|a accorde|had given|had granted|granted) (el |o |l')?(asil\w*|asylum)",
    ],
    "asylum_denied": [
        r"\b(denied|refused|rejected|neg(o|aron|ou)|rechaz\w*|recus\w*|refus\w*|rejet\w*)\b.{0,20}\b(asylum|asilo|asile)\b",
        r"\b(no (hemos |ha |han )?conced\w*|nao conced\w*|did not grant|has not granted|n'a pas accorde|not to grant|de no conceder)\b.{0,40}\b(asilo|asylum|asile)\b",
        r"\b(no|nao|did not|has not|n'a pas) (conced\w*|otorg\w*|grant\w*|accord\w*) (la |a |the )?(proteccion|protecao|protection) (solicitad\w*|pedid\w*|requested|demandee)",
    ],
    "asylum_ended": [
        r"\b(withdr\w*|revoked|ended|terminated|retir\w*|revoc\w*|pusieron fin|revog\w*|mis fin|retire\w*)\b.{0,40}\b(the asylum|el asilo|o asilo|l'asile|his asylum|su asilo|seu asilo|son asile)\b",
        r"\b(retirada|retiro|retrait|withdrawal|revocation|revogacao|fin) (do|del|de l'|of (the |his )?)\s?(asilo|asile|asylum)\b",
    ],
    "safe_conduct_requested": [
        r"\b(pedido|solicitud|demande|request|peticion|cobr\w*) .{0,60}(de |for a |d'un )?(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?|safe[- ]conducts?|passagem segura)",
        r"\b(sollicit\w*)\b.{0,60}\b(sauf[- ]conduits?)",
        r"\b(request\w*|ask\w*|demand\w*|call\w* (on|for)|urg\w*|sought|seeks?|press\w*|expects?|solicit\w*|pid\w*|pide|exig\w*|reclam\w*|insta\w*|espera|ped\w*|demandou|appel\w*|attend\w*)\b.{0,80}\b(safe[- ]conducts?|safe passage|salvo ?conductos?|salvo-condutos?|salvo condutos?|sauf[- ]conduits?)",
        r"\b(safe[- ]conducts?|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)\b.{0,30}\b(sought|requested|pedidos?|solicitados?|solicitado|demandes?)\b",
    ],
    "safe_conduct_granted": [
        r"\b(exped\w*|recib\w*|receb\w*|recevr\w*|obtendr\w*)\b.{0,30}\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?|safe[- ]conducts?)",
        r"\b(safe[- ]conducts?|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)\b.{0,60}\b(delivr\w*|concedid\w*|otorgad\w*|issued|granted|emitid\w*)\b",
        r"\b(emit\w*)\b.{0,40}\b(salvo ?conductos?|salvo-condutos?)",
        r"\b(granted|issued|gave|approved|grants|issues)\b.{0,40}\b(safe[- ]conducts?|safe passage)",
        r"\b(otorg\w*|conced\w*|emiti\w*|expid\w*|entreg\w*|concedeu|emitiu|deliv\w*|accord\w*)\b.{0,40}\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)",
        r"\b(extendi\w*|otorgo|concedio|dio|entrego|dieron)\b.{0,20}\b(el )?(salvo ?conductos?)\b",
        r"\b(with|con|com|avec) (the |los |el |os |des )?(safe[- ]conducts?|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?) .{0,40}(issued|emitid\w*|expedid\w*|otorgad\w*|delivr\w*)\b",
        r"\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?) (que|qu') .{0,40}(extendi\w*|otorg\w*|concedi\w*|conced\w*|dio|entreg\w*|emiti\w*|expidi\w*|deliv\w*|accord\w*)",
        r"\b(obter\w*|obtiv\w*|obtuv\w*|obtenu\w*|obtinham|consegui\w*) (os |o |los |el |les |le |un |um )?(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)",
    ],
    "safe_conduct_denied": [
        r"\b(recusa|negativa|refus|refusal|rechazo)\b.{0,60}\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?|safe[- ]conducts?)",
        r"\b(refus\w*|denied|deny|denies|reject\w*|withh\w*|declin\w*|turned down|turns down|would not (give|issue|grant)|will not (give|issue|grant)|not issue any)\b.{0,60}\b(safe[- ]conducts?|safe passage)",
        r"\b(neg\w*|rechaz\w*|deneg\w*|recus\w*|nego|no (otorgara|concedera|emitira|dara))\b.{0,60}\b(salvo ?conductos?|salvo-condutos?)",
        r"\b(refus\w*|rejet\w*|ne (delivrera|accordera) pas)\b.{0,60}\b(sauf[- ]conduits?)",
        r"\b(safe[- ]conducts?|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)\b.{0,140}\b(have been|has been|was|were|fue|fueron|foi|a ete|ont ete|estan|estaban|etaient|sont|seria|would be) (refused|denied|negad\w*|rechazad\w*|recusad\w*|refuse\w*)",
        r"\b(salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?|safe[- ]conducts?)\b.{0,140}\b(ha sido|han sido|tem sido|foi|foram|a ete|ont ete|has been|have been) (denegad\w*|negad\w*|rechazad\w*|recusad\w*|indeferid\w*|refuse\w*|rejete\w*|denied|refused|rejected)",
    ],
    "departure_requested": [
        r"\b(demand\w*|ask\w*|requir\w*|exig\w*|pid\w*|solicit\w*|ped\w*)\b.{0,40}\b(departure|to leave the country|salida del pais|abandonar el pais|saida do pais|quitter le pays)\b",
        r"\b(invit\w*|convid\w*|ask\w*|pid\w*|ped\w*|demand\w*) .{0,30}\b(a retirar-se|a retirarse|a abandonar|to leave|a salir|a sair|de quitter|a quitter) (da|de la|del|de l'|the|la|a) (sede|embaixada|embajada|residencia|residence|embassy|premises|mission|legation|ambassade)\b",
    ],
    "departure": [
        r"\b(deixaram|deixou|left|quitte|ont quitte|salieron de|salio de|saiu da|sairam da)\b.{0,15}\b(a |o |le |el )?(venezuela|honduras|ecuador|equador|equateur|peru|perou|panama|bolivia|bolivie|the country|o pais|el pais|le pays)\b",
        r"\b(left|walked out of|was carried out of|flew (out|to|home)|flown out|departed|arrived in|landed in|left for|out of the country)\b.{0,40}\b(embass\w*|residence|building|country|riyadh|[a-z]+ soil|the united states|bogota|colombia)",
        r"\b(salio|salieron|abandono|abandonaron|dejo|dejaron|viajo|viajaron|partio)\b.{0,40}\b(embajada|residencia|pais|sede|edificio|rumbo|hacia)",
        r"\b(llego|llegaron|chegou|chegaram) (sano\w* y salvo\w* )?(a|al|em|ao) (estados unidos|espana|mexico|colombia|argentina|brasil|francia|chile|madrid|bogota|la ciudad de mexico|territorio \w+|suelo \w+|solo \w+)\b",
        r"\b(saiu|sairam|deixou|deixaram|viajou|viajaram|embarcou|chegou|chegaram|retirado)\b.{0,40}\b(embaixada|residencia|pais|sede|predio|rumo)",
        r"\b(a quitte|ont quitte|quitte|est sorti|sont sortis|s'est envole|est parti|sont partis|arrive\w* (a|en|aux))\b.{0,40}\b(ambassade|residence|pays|batiment|riyad|bogota|etats-unis)",
        r"\b(despeg\w*|took off|decoll\w*|decolou)\b.{0,80}\b(rumbo|bound|for|para|pour|a destination|towards|hacia)\b",
        r"\b(walked out (of|through)|came out of|emerged from|sortit de|salio por|saiu pel[oa])\b",
        r"\b(are|were|is|was) (now )?(out of|safely out of) (venezuela|the country|[a-z]+)\b",
        r"\b(abandono|abandonaron|abandonou|left) (la |a |the )?(sede|residencia|residence|embassy|embajada|embaixada|mission)\b",
        LET_LEAVE,
        r"\b(embarc\w*|flew|boarded|embarqu\w*) (\w+ ){0,4}(para|to|pour|rumbo a|a destination de) [a-z]+",
        r"\b(now on (american|us|u\.s\.|[a-z]+) soil|were rescued|had been rescued|been extracted|resgatad\w*|rescatad\w*|exfiltr\w*)\b",
        r"\b(operacion de rescate|operacao de resgate|rescue operation|operation de sauvetage|operation d'exfiltration)\b",
        r"\b(la salida|a saida|le depart|the departure|the exit) (de |da |do |des |of )(los |las |os |as |the )?.{0,30}(opositores|asilados|dirigentes|exfuncionarios|opposants|refugies|asylees|opposition)",
        r"\b(abandono|abandonaron|abandonou|deixou|deixaram|a quitte|ont quitte|left) (finalmente |definitivamente |por fin |finally )?(venezuela|nicaragua|cuba|bolivia|peru|ecuador|honduras|panama|el pais|o pais|le pays|the country)\b",
        r"\b(ja|ya|deja) (esta|estao|estan|se encuentra\w*) (em|en|na|no|a) (territorio|solo|suelo|la ciudad|a cidade|cidade|ciudad|brasilia|madrid|bogota|mexico|colombia|argentina|espana|estados unidos)\b",
        r"\b(seguiram|seguiu|siguieron|siguio) (viagem|viaje|rumo|rumbo)\b",
    ],
    "surrender": [
        r"\b(handed (him|her|them) over|handed himself over|handed herself over|surrender\w* to the authorities|entreg\w* a las autoridades|se entrego|entreg\w* (a|as) autoridades|se entregou|livr\w* aux autorites|s'est livre|remis aux autorites)\b",
        r"\b(gave (himself|herself|themselves) up|turned (himself|herself|themselves) in|se rindi\w*|rendeu-se|se rendeu|s'est rendu aux|s'est constitue prisonnier)\b",
        r"\b(entrega|handover|hand-over|remise) (do|de la|del|of the|de l')? ?(ex-?\w*|former|antiguo|ancien)\b.{0,60}\b(autoridades|authorities|autorites)\b",
    ],
}


def _vocabulary() -> dict[str, dict[str, list[str]]]:
    text = (resources.files("legation.monitor") / "vocabulary.yaml").read_text(encoding="utf-8")
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(text)
    return data


# The broad per-language vocabulary (vocabulary.yaml) joins the core patterns above;
# the core ones come first, so an event keeps the more specific trigger as evidence.
VOCABULARY = _vocabulary()
# A vocabulary pattern runs only on text in its language(s) ("investi" is French for
# surrounding, not English "investigators"); the core patterns run on every language.
TRIGGER_LANGUAGES: dict[tuple[str, str], set[str]] = {}
for _type, _by_language in VOCABULARY.items():
    for _language, _patterns in _by_language.items():
        if _language != "avoid":
            for _p in _patterns:
                if _p not in EVENT_TRIGGERS[_type]:
                    EVENT_TRIGGERS[_type].append(_p)
                    TRIGGER_LANGUAGES[(_type, _p)] = {_language}
                elif (_type, _p) in TRIGGER_LANGUAGES:
                    TRIGGER_LANGUAGES[(_type, _p)].add(_language)

# Verbs of asking: a grant verb inside a demand ("urged Caracas to issue the safe
# conducts") is a request, not a grant.
REQUEST_CUES = r"\b(request\w*|ask\w*|demand\w*|call\w* (on|for)|urg\w*|press\w*|expects?|wants?|sought|solicit\w*|sollicit\w*|pid\w*|pide|exig\w*|reclam\w*|insta\w*|espera(ba|n|ban|mos)? que|ped(ir|ido|idos|ida|idas|imos|iu|iram|em|e|ia|iam)|demandou|appel\w*|attend\w*|exhort\w*|cobr\w*|insist\w*|obrigad\w* a|obligad\w* a|obliged to|tenu de|oblige de)\b"
NOT_YET = r"\b(not yet|todavia no|aun no|ainda nao|pas encore|still not|sigue sin|segue sem)\b"
PRIVATE_ACTORS = r"\b(militants?|demonstrators|marchers|protestors|marcheurs|students|estudiantes|estudantes|etudiants|guerrill\w*|rebels?|rebeldes|commando du|mrta|tupac amaru|protesters|manifestantes|manifestants|partisans|supporters|followers|seguidores|simpatizantes|apoiadores|crowds?|mob|foule|multitud|multidao|gunman|homme arme|hombre armado|hundreds of|thousands of|emeutiers|rioters|revoltosos|amotinados|assaillants|attackers|agresores|agressores|protestataires|islamistes|islamists|inconnus|desconocidos|desconhecidos|unknown men|hommes armes|hombres armados|homens armados|militantes|cientos de|miles de|centenas de|milhares de|des centaines de|des milliers de|activists|activistas|ativistas|militantes|campesinos|camponeses|paysans|occupants|jovens|jovenes|jeunes|youths|young men|estudantes|houthis?|huthis?|hutis?|huties|houthistes|milicianos|militias?|miliciens|milicias|commando|comando|asaltantes|assaltantes|intrus|intruders|intrusos|vandals|vandalos|vandales|combatientes|combattants|fighters|extremists?|extremistas|extremistes|turba|non identifies|no identificados|nao identificados|unidentified|encapuchados|encapuzados|cagoules|masked men)\b"

NEGATION = [
    r"\b(denied that|denies that|did not|didn't|had not|has not|have not|never|no evidence|false reports?|ruled out|without getting|not at any point|at no point|no police officer|no officer|no question of|out of the question|fuera de (toda )?cuestion|fora de questao|hors de question)\b",
    r"\b(nego que|negaron que|neg\w* que|desminti\w*|no (se )?(ha|han|hubo|fue|fueron)|nunca|descart\w*|falso|ningun)\b",
    r"\b(negou que|neg\w* que|desmenti\w*|nao (houve|foi|foram|pediu|saiu|expulsou|entrou)|nunca|descart\w*|falso|nenhum)\b",
    r"\b(dement\w*|ni(e|es|ent|ait|aient|er|ee|ees) que|n'a pas|n'ont pas|n'avait pas|jamais|aucune? |dementi|n'est pas)\b",
    r"\b(n'entrain\w* pas|pas de|does not (mean|imply|amount to)|did not (mean|imply)|no (implica|supone|significa)|nao (implica|significa))\b",
    # "n'étaient pas entrés", "ne sont jamais entrés", "a nié avoir pénétré", "negó haber
    # entrado", "negou ter invadido", "denied entering"
    r"\b(n'\w+ (pas|jamais|point)|ne (\w+ )?(\w+ )?(pas|jamais|point)|ni\w* avoir|neg\w* (haber|ter)|"
    r"desminti\w* (haber|ter)|den(ied|ies|y) (having )?\w+ing)\b",
]
HEDGE = [
    r"\b(allegedly|reportedly|presuntamente|supuestamente|supostamente|alegadamente|aurait|auraient|selon des|"
    r"teria|teriam|habria|habrian)\b"
]

# -- positions ------------------------------------------------------------------------
POSITION_PATTERNS: list[tuple[str, str, str]] = [
    # (stance, topic, regex over a folded sentence)
    (
        "not_party",
        "caracas-diplomatic-asylum-1954",
        r"\b(not (a )?part(y|ies)|never (became|become) a party|has not ratified|no es parte|no ha ratificado|nao e parte|nao ratificou|n'est pas partie|n'etaient pas parties|ne sont pas parties|not bound by (any|no)|n'est lie\w* par aucun|no esta obligad\w* por ningun|nao esta vinculad\w* a nenhum|no es parte de ningun|nao e parte de nenhum)\b",
    ),
    (
        "does_not_recognise",
        "diplomatic-asylum-general-rule",
        r"\b(does not (recogni[sz]e|accept)|do not (recogni[sz]e|accept)|no reconoce|no acepta|nao reconhece|nao aceita|ne reconnai\w* pas|n'accepte pas)\b.{0,60}\b(diplomatic asylum|asilo diplomatico|asile diplomatique)",
    ),
    (
        "recognises",
        "diplomatic-asylum-general-rule",
        r"\b(recogni[sz]es|reconoce|reconhece|reconnait)\b.{0,40}\b(the right of asylum|el derecho de asilo|o direito de asilo|le droit d'asile|diplomatic asylum|asilo diplomatico)",
    ),
    (
        "party",
        "havana-asylum-1928",
        r"\b(relied on|relies on|invok\w*|citing|cited|invoc\w*|se bas\w* en|s'appu\w* sur|en vertu de|con base en|com base n)\b.{0,80}\b(havana|la habana|havane|havana convention)\b",
    ),
    (
        "party",
        "montevideo-political-asylum-1933",
        r"\b(relied on|relies on|invok\w*|citing|cited|invoc\w*|se bas\w* en|s'appu\w* sur|en vertu de|con base en|com base n)\b.{0,160}\b(montevideo|montevideu)\b",
    ),
    (
        "condemns",
        "vcdr-1961",
        r"\b(condemn\w*|repudi\w*|conden\w*|condamn\w*|deplor\w*|denounc\w*|denunci\w*|denonc\w*|rechaz\w*|rejeit\w*|reprouv\w*)\b.{0,100}\b(embass\w*|embajada|embaixada|ambassade|inviolab\w*|vienna|viena|vienne|incursion|irruption|entrada|ingreso|alta comision|haut-commissariat|emprises|locaux)",
    ),
    (
        "condemns",
        "vcdr-1961",
        r"\b(violat\w*|viol\w*) .{0,40}(vienna convention|convencion de viena|convencao de viena|convention de vienne)",
    ),
    (
        "condemns",
        "caracas-diplomatic-asylum-1954",
        r"\b(distort\w*|misus\w*|abus\w*|desnaturaliz\w*|desvirtu\w*|denatur\w*|desvirtuad\w*|deturp\w*|dévoy\w*|devoy\w*)\b.{0,80}\b(asylum|asilo|asile|institution|institucion|instituicao)",
    ),
    (
        "condemns",
        "caracas-diplomatic-asylum-1954",
        r"\b(asylum|asilo|asile)\b.{0,60}\b(distorted|misused|abused|desnaturalizado|desvirtuado|denature|deturpado)",
    ),
    (
        "condemns",
        "caracas-diplomatic-asylum-1954",
        r"\b(condemn\w*|conden\w*)\b.{0,80}\b(caracas|diplomatic asylum|asilo diplomatico|asile diplomatique)",
    ),
    (
        "condemns",
        "caracas-diplomatic-asylum-1954",
        r"\b(violat\w*|viola\w*|viole\w*|breach\w*|infring\w*|descumpr\w*|incumpl\w*|vulner\w*|meconna\w*|desconoc\w*)\b.{0,40}\b(convention on diplomatic asylum|asylum convention|convencion sobre asilo diplomatico|convencao sobre asilo diplomatico|convention sur l'asile diplomatique|convencao de caracas|convencion de caracas|convention de caracas|caracas convention)",
    ),
    (
        "calls_for_safe_conduct",
        "caracas-diplomatic-asylum-1954",
        r"\b(call\w* (on|for)|urg\w*|demand\w*|press\w*|expects?|exig\w*|pid\w*|insta\w*|reclam\w*|appel\w*|exhort\w*|cobr\w*|espera(ba|n|ban|mos)? que|requer\w*|solicit\w*|sollicit\w*)\b.{0,100}\b(safe[- ]conducts?|safe passage|salvo ?conductos?|salvo-condutos?|sauf[- ]conduits?)",
    ),
    (
        "party",
        "caracas-diplomatic-asylum-1954",
        r"\b(caracas|convention on diplomatic asylum|convencion sobre asilo diplomatico|convencao sobre asilo diplomatico|convention sur l'asile diplomatique|1954)\b.{0,120}\b(son|sao|sont|are|were|eran|eram|etaient|es|e|est|is) (ambos |ambas |both |tous deux |todos |os dois |as duas |les deux )?(estados |states |paises |pays |countries )?(partes?|parties|states parties|state party|estado parte|etat partie|signatari\w*)\b",
    ),
    (
        "supports",
        "caracas-diplomatic-asylum-1954",
        r"\b(caracas|convention on diplomatic asylum|convencion sobre asilo diplomatico|convencao sobre asilo diplomatico|convention sur l'asile diplomatique)\b.{0,80}\b(fully in force|in full force|plenamente vigente|plenamente en vigor|plenamente em vigor|pleinement en vigueur|claire|clara|clear)\b",
    ),
    (
        "supports",
        "vcdr-1961",
        r"\b(recall\w*|remind\w*|stress\w*|underlin\w*|recuerd\w*|record\w*|subray\w*|destac\w*|lembr\w*|ressalt\w*|sublinh\w*|rappel\w*|soulign\w*)\b.{0,160}\b(inviolab\w*)",
    ),
    (
        "supports",
        "vcdr-1961",
        r"\b(support\w*|reaffirm\w*|respald\w*|reafirm\w*|apoi\w*|soutien\w*|rappelle)\b.{0,80}\b(inviolab\w*|vienna convention|convencion de viena|convencao de viena|conventions? de vienne)",
    ),
]
