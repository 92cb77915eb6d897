"""Dutch texts of every finding. ``{name}`` fields are filled from the finding's args."""

MESSAGES: dict[str, str] = {
    # --- Reading files and YAML (TK0xx) -------------------------------------------------
    "io.unreadable": "bestand kan niet worden gelezen: {reason}",
    "io.too_large": "bestand is te groot ({size} bytes; maximaal {limit} bytes)",
    "io.not_utf8": "bestand is geen geldige UTF-8-tekst (byte {offset})",
    "yaml.syntax": "YAML-syntaxfout: {problem}",
    "yaml.unexpected_end": (
        "YAML-syntaxfout: onverwacht einde van het bestand (ontbreekt er een aanhalingsteken?)"
    ),
    "yaml.expected_key": "YAML-syntaxfout: sleutel verwacht (klopt het inspringen?)",
    "yaml.unclosed_list": "YAML-syntaxfout: ',' of ']' verwacht (lijst niet gesloten?)",
    "yaml.unclosed_mapping": "YAML-syntaxfout: ',' of '}}' verwacht (mapping niet gesloten?)",
    "yaml.mapping_not_allowed": (
        "YAML-syntaxfout: hier mag geen 'sleutel: waarde' staan "
        "(ontbreekt een spatie na ':' of klopt het inspringen niet?)"
    ),
    "yaml.bad_character": "YAML-syntaxfout: hier staat een teken dat niet mag",
    "yaml.expected_colon": "YAML-syntaxfout: ':' verwacht",
    "yaml.expected_dash": "YAML-syntaxfout: '-' verwacht (klopt het inspringen van de lijst?)",
    "yaml.expected_document": "YAML-syntaxfout: begin van een document verwacht",
    "yaml.dash_not_allowed": "YAML-syntaxfout: hier mag geen lijstitem ('- ') beginnen",
    "yaml.control_character": "teken {character} is niet toegestaan in YAML",
    "yaml.hidden_character": "onzichtbaar stuur- of richtingsteken {character} in de tekst; verwijder het",
    "yaml.tab": "tab-teken gevonden; gebruik spaties om in te springen",
    "yaml.duplicate_key": "sleutel '{key}' komt twee keer voor (eerder op regel {first_line}, kolom {first_column})",
    "yaml.multiple_documents": (
        "bestand bevat meer dan één YAML-document ('---'); zet één zelfevaluatie per bestand"
    ),
    "yaml.tag": "YAML-tag '{tag}' is niet toegestaan; tags worden nooit uitgevoerd of omgezet",
    "yaml.anchor": (
        "ankers (&{name}) en verwijzingen (*{name}) worden niet ondersteund; schrijf de waarde uit"
    ),
    "yaml.too_deep": "te diep genest (meer dan {limit} niveaus)",
    "yaml.too_many_nodes": "te veel waarden in één bestand (meer dan {limit})",
    "yaml.complex_key": "een sleutel moet een enkele waarde zijn, geen lijst of mapping",
    "yaml.empty": "bestand is leeg; verwacht een zelfevaluatie (mapping met o.a. 'regio' en 'jaar')",
    "yaml.not_mapping": "het document moet een mapping zijn (sleutel: waarde), niet {found}",
    # --- Validation of a self-report (TK1xx) --------------------------------------------
    "validate.unknown_version": (
        "onbekende versie van het toetsingskader '{value}'; beschikbaar: {available}"
    ),
    "hint.did_you_mean": "; bedoelde u {options}?",
    "hint.allowed": " (toegestaan: {allowed})",
    "hint.unquote": "; schrijf {value} zonder aanhalingstekens",
    "hint.under_elements": "; elementen staan onder 'elementen:' van hun norm",
    "validate.unknown_key": "onbekende sleutel '{key}'{suggestion} (toegestaan: {allowed})",
    "validate.missing": "verplicht veld '{field}' ontbreekt",
    "validate.type": "'{field}' moet {expected} zijn, niet {found}",
    "validate.date": "'{field}': '{value}' is geen geldige datum (schrijf JJJJ-MM-DD, bv. 2025-03-31)",
    "validate.choice": "'{field}': '{value}' is niet toegestaan{suggestion} (toegestaan: {allowed})",
    "validate.empty": "'{field}' mag niet leeg zijn",
    "validate.too_short": (
        "'{field}' is te kort: {length} tekens zonder spaties, minimaal {minimum}; schrijf waarom"
    ),
    "validate.too_long": "'{field}' is te lang (maximaal {limit} tekens)",
    "validate.pattern": (
        "'{field}': '{value}' is geen geldige id; gebruik kleine letters, cijfers, '-', '_' of '.'"
    ),
    "validate.too_early": "'{field}': {value} ligt te vroeg (niet vóór {bound})",
    "validate.too_late": "'{field}': {value} ligt te laat (niet na {bound})",
    "validate.too_small": "'{field}': {value} is te klein (minimaal {bound})",
    "validate.too_large": "'{field}': {value} is te groot (maximaal {bound})",
    "validate.invalid": "'{field}' heeft een ongeldige waarde ({kind})",
    "validate.unknown_region": "onbekende regio '{value}'{suggestion} (gebruik een code VR01-VR25)",
    "validate.unknown_norm": "onbekende norm '{value}'{suggestion}{allowed}",
    "validate.element_as_norm": "'{value}' is een element van norm {norm}, geen norm; zet het onder normen > {norm} > elementen",
    "validate.subpoint_as_element": "'{value}' is een subpunt van element {element}; beoordeel het element {element} en zet het subpunt onder {element} > subpunten",
    "validate.unknown_element": "onbekend element '{value}'{suggestion}",
    "validate.unknown_subpoint": "onbekend subpunt '{value}'{suggestion}",
    "validate.misplaced_subpoint": (
        "subpunt '{subpunt}' hoort bij element '{element}', niet bij '{found}'; zet het onder "
        "{element} > subpunten"
    ),
    "validate.unknown_level": "onbekend oordeel '{value}'{suggestion}{allowed}",
    "validate.unknown_document": ("document '{value}' staat niet in 'documenten'{suggestion}"),
    "validate.unknown_source": "bron '{value}' is geen inzet of document uit dit bestand{suggestion}",
    "validate.unknown_time_norm": "onbekende tijdnorm '{value}'{suggestion}{allowed}",
    "validate.validation_code_acknowledged": (
        "'{value}' is een validatiecode, geen hiaatregel; een validatiefout of -melding kan niet "
        "als uitzondering worden geaccepteerd: herstel het bestand"
    ),
    "validate.unknown_rule": "onbekende regel '{value}'{suggestion}",
    "validate.duplicate_id": "id '{value}' komt vaker voor (eerder op regel {first_line})",
    "validate.misplaced_element": (
        "element '{element}' hoort bij norm '{norm}', niet bij '{found}'; verplaats het naar {norm}"
    ),
    "validate.expires_before_adopted": (
        "document '{document}' is geldig tot {geldig_tot}, vóór de vaststelling op {vastgesteld}; "
        "een document kan niet verlopen voordat het is vastgesteld"
    ),
    "validate.reference_date_before_year": (
        "de peildatum {peildatum} ligt vóór het verslagjaar {jaar}; daardoor lijken cycli te "
        "ontbreken en bewijs verlopen. Bedoelde u een datum in of na {jaar}?"
    ),
    "validate.expired_acknowledgement": (
        "uitzondering voor {regel} gold tot {tot}; op de peildatum ({peildatum}) is die verlopen, "
        "dus de bevinding telt weer mee"
    ),
    "validate.unused_acknowledgement": (
        "uitzondering voor {regel} wordt niet gebruikt: die regel geeft in dit bestand geen "
        "bevinding; haal de uitzondering weg"
    ),
    "validate.unused_acknowledgement_subject": (
        "uitzondering voor {regel}, onderdeel '{onderdeel}', wordt niet gebruikt: {regel} geeft "
        "geen bevinding over dat onderdeel{suggestion}"
    ),
    "validate.reference_date_after_drafted": (
        "de peildatum {peildatum} ligt na de datum waarop dit verslag is opgesteld "
        "({opgesteld}); wat daarna gebeurde staat niet in het bestand, dus tk4 beoordeelt de "
        "punten zoals ze bij het opstellen stonden. Kies een peildatum op of vóór {opgesteld}"
    ),
    "validate.statutory_acknowledgement": (
        "uitzondering voor {regel} gaat over een wettelijke plicht en heft die niet op: "
        "{bevindingen:bevinding blijft|bevindingen blijven} meetellen, ook voor de exitcode; "
        "de reden staat erbij als motivering van de regio"
    ),
    "validate.duplicate_report": (
        "ook {other} is de {soort} van {regio} over {jaar}; tk4 toetst beide, houd per regio, "
        "jaar en soort één bestand"
    ),
    # --- Gap rules (TK3xx-TK7xx): message id = rule code, or code.variant -------------------
    "TK301": "element {element} is nog niet beoordeeld",
    "TK301.met_reden": (
        "element {element} is niet beoordeeld (met reden, zie de toelichting); beoordeel het "
        "zodra dat kan"
    ),
    "TK302": "het oordeel over {soort} {onderdeel} heeft geen toelichting",
    "TK302.te_kort": (
        "de toelichting bij {soort} {onderdeel} is te kort ({tekens} tekens; minimaal {min_tekens})"
    ),
    "TK303": (
        "norm {norm} is '{oordeel}', hoger dan past bij element {element} ('{element_oordeel}')"
    ),
    "TK303.te_laag": (
        "norm {norm} is '{oordeel}', terwijl alle elementen hoger zijn beoordeeld "
        "(het laagste: {element}, '{element_oordeel}')"
    ),
    "TK304": "norm {norm} heeft geen eigen oordeel, terwijl er {elementen:element is|elementen zijn} beoordeeld",
    "TK304.afgeleid": (
        "norm {norm} heeft geen eigen oordeel; uit de {elementen:element|elementen} volgt "
        "'{afgeleid}' (afgeleid uit de elementen); neem het over of geef een eigen oordeel"
    ),
    "TK305": "{kind} {id} is overgenomen van vorig jaar en nog niet herbevestigd (te_herbevestigen: true)",
    "TK401": "{soort} {onderdeel} is '{oordeel}' zonder bewijs; noem een document uit 'documenten'",
    "TK402": (
        "document '{document}' was geldig tot {geldig_tot}, vóór de peildatum ({peildatum}), "
        "maar is nog bewijs bij {onderdelen}"
    ),
    "TK402.na_opstellen": (
        "document '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}) en na het opstellen van deze zelfevaluatie ({opgesteld}), maar is al "
        "bewijs bij {onderdelen}; het oordeel kan er niet op hebben gerust"
    ),
    "TK403": (
        "document '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
        "(meer dan {max_jaren} jaar), en is bewijs bij {onderdelen}"
    ),
    "TK404": "document '{document}' ({soort}) wordt nergens als bewijs, evaluatie of bron gebruikt",
    "TK501": (
        "beleidsplan '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
        "({peildatum}); dat is meer dan {max_jaren} jaar (Wvr art. 14)"
    ),
    "TK501.ontbreekt": (
        "er staat geen beleidsplan in 'documenten' (Wvr art. 14: ten minste eenmaal in de vier jaar)"
    ),
    "TK501.niet_vastgesteld": (
        "beleidsplan '{document}' heeft geen datum 'vastgesteld' en telt niet als vastgesteld plan "
        "(Wvr art. 14)"
    ),
    "TK501.na_peildatum": (
        "beleidsplan '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen vastgesteld beleidsplan (Wvr art. 14)"
    ),
    "TK502": (
        "crisisplan '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
        "({peildatum}); dat is meer dan {max_jaren} jaar (Wvr art. 16)"
    ),
    "TK502.ontbreekt": (
        "er staat geen crisisplan in 'documenten' (Wvr art. 16: ten minste eenmaal in de vier jaar)"
    ),
    "TK502.niet_vastgesteld": (
        "crisisplan '{document}' heeft geen datum 'vastgesteld' en telt niet als vastgesteld plan "
        "(Wvr art. 16)"
    ),
    "TK502.na_peildatum": (
        "crisisplan '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen vastgesteld crisisplan (Wvr art. 16)"
    ),
    "TK503": (
        "risicoprofiel '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
        "({peildatum}); dat is meer dan {max_jaren} jaar. De wet noemt geen termijn, maar in de "
        "praktijk wordt het risicoprofiel herzien als basis van elk nieuw beleidsplan "
        "(Wvr art. 15)"
    ),
    "TK503.ontbreekt": (
        "er staat geen risicoprofiel in 'documenten' (Wvr art. 15: het beleidsplan berust op het "
        "risicoprofiel)"
    ),
    "TK503.niet_vastgesteld": (
        "risicoprofiel '{document}' heeft geen datum 'vastgesteld' en telt niet als vastgesteld "
        "(Wvr art. 15)"
    ),
    "TK503.na_peildatum": (
        "risicoprofiel '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen vastgesteld risicoprofiel (Wvr art. 15)"
    ),
    "TK504": (
        "visitatierapport '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de "
        "peildatum ({peildatum}); dat is meer dan {max_jaren} jaar (Wvr art. 56)"
    ),
    "TK504.ontbreekt": (
        "er staat geen visitatierapport in 'documenten' (Wvr art. 56: eenmaal in de vijf jaar "
        "een visitatie)"
    ),
    "TK504.niet_vastgesteld": (
        "visitatierapport '{document}' heeft geen datum 'vastgesteld' en telt niet als afgeronde "
        "visitatie (Wvr art. 56)"
    ),
    "TK504.na_peildatum": (
        "visitatierapport '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen recente visitatie (Wvr art. 56)"
    ),
    "TK505": (
        "kostenevaluatie '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de "
        "peildatum ({peildatum}); dat is meer dan {max_jaren} jaar (Wvr art. 56)"
    ),
    "TK505.ontbreekt": (
        "er staat geen kostenevaluatie in 'documenten' (Wvr art. 56: eenmaal in de drie jaar)"
    ),
    "TK505.niet_vastgesteld": (
        "kostenevaluatie '{document}' heeft geen datum 'vastgesteld' en telt niet als vastgesteld "
        "(Wvr art. 56)"
    ),
    "TK505.na_peildatum": (
        "kostenevaluatie '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen recente kostenevaluatie (Wvr art. 56)"
    ),
    "TK506": (
        "jaarverslag '{document}' is vastgesteld op {vastgesteld}, {leeftijd} vóór de peildatum "
        "({peildatum}); het algemeen bestuur stelt elk jaar het jaarverslag over het vorige jaar "
        "vast, dus het laatste ontbreekt (maximaal {max_maanden} maanden; toetsingskader 4.4 A)"
    ),
    "TK506.vaststeller_onbekend": (
        "jaarverslag '{document}' (vastgesteld op {vastgesteld}) vermeldt niet wie het vaststelde; "
        "de regio verantwoordt zich aan het algemeen bestuur: vul vastgesteld_door in "
        "(toetsingskader 4.4 A)"
    ),
    "TK506.niet_door_ab": (
        "jaarverslag '{document}' is op {vastgesteld} vastgesteld door '{door}', niet door het "
        "algemeen bestuur; de regio verantwoordt zich jaarlijks aan het algemeen bestuur "
        "(toetsingskader 4.4 A)"
    ),
    "TK506.ontbreekt": (
        "er staat geen jaarverslag in 'documenten'; de regio verantwoordt zich jaarlijks aan het "
        "algemeen bestuur (toetsingskader 4.4 A)"
    ),
    "TK506.niet_vastgesteld": (
        "jaarverslag '{document}' heeft geen datum 'vastgesteld' en telt niet als verantwoording "
        "aan het algemeen bestuur (toetsingskader 4.4 A)"
    ),
    "TK506.na_peildatum": (
        "jaarverslag '{document}' is pas op {vastgesteld} vastgesteld, na de peildatum "
        "({peildatum}); op de peildatum was er geen recente verantwoording (toetsingskader 4.4 A)"
    ),
    "TK507": (
        "er staat geen systeemtest uit {jaar} in 'inzetten' (Bvr art. 2.5.1: jaarlijks een "
        "gezamenlijke oefening van de hoofdstructuur)"
    ),
    "TK507.na_peildatum": (
        "systeemtest '{inzet}' is op {datum}, na de peildatum ({peildatum}); op de peildatum was "
        "er in {jaar} nog geen systeemtest (Bvr art. 2.5.1: jaarlijks een gezamenlijke oefening "
        "van de hoofdstructuur)"
    ),
    "TK508": (
        "systeemtest '{inzet}' van {datum} heeft geen evaluatie, ook niet {termijn_weken} weken "
        "na de systeemtest (toetsingskader §1.3 en 4.4 B)"
    ),
    "TK508.geen_evaluatie": (
        "de evaluatie van systeemtest '{inzet}' is '{document}', een document van soort "
        "'{document_soort}'; verwijs naar het evaluatierapport (soort: evaluatie; "
        "toetsingskader 4.4 B)"
    ),
    "TK509": (
        "aan systeemtest '{inzet}' deed niet de hele hoofdstructuur mee; niet in 'teams': "
        "{ontbreekt} (Bvr art. 2.5.1: de onderdelen van de hoofdstructuur oefenen jaarlijks "
        "gezamenlijk)"
    ),
    "TK510": (
        "oefenbeleidsplan '{document}' is vastgesteld op {vastgesteld}, meer dan "
        "{marge_maanden} maanden vóór beleidsplan '{beleidsplan}' ({beleidsplan_vastgesteld}); "
        "het hoort bij de vorige cyclus (Wvr art. 14: het beleidsplan omvat een "
        "oefenbeleidsplan)"
    ),
    "TK510.ontbreekt": (
        "bij beleidsplan '{beleidsplan}' ({beleidsplan_vastgesteld}) staat geen vastgesteld "
        "oefenbeleidsplan in 'documenten' (Wvr art. 14: het beleidsplan omvat een "
        "oefenbeleidsplan)"
    ),
    "TK511.ontbreekt": (
        "beleidsplan '{beleidsplan}' is vastgesteld op {beleidsplan_vastgesteld}, maar toen was "
        "er geen vastgesteld risicoprofiel (Wvr art. 15: het beleidsplan is mede gebaseerd op "
        "het risicoprofiel)"
    ),
    "TK511.later": (
        "beleidsplan '{beleidsplan}' ({beleidsplan_vastgesteld}) noemt risicoprofiel "
        "'{document}' als basis, maar dat is pas {vastgesteld} vastgesteld (Wvr art. 15)"
    ),
    "TK511.verlopen": (
        "beleidsplan '{beleidsplan}' ({beleidsplan_vastgesteld}) berust op risicoprofiel "
        "'{document}', dat toen al verlopen was (geldig tot {geldig_tot}; Wvr art. 15)"
    ),
    "TK511.verouderd": (
        "beleidsplan '{beleidsplan}' ({beleidsplan_vastgesteld}) berust op risicoprofiel "
        "'{document}' van {vastgesteld}, toen {leeftijd} oud: meer dan {max_jaren} jaar "
        "(Wvr art. 15; de termijn is de praktijk van de vierjaarlijkse cyclus)"
    ),
    "TK512": (
        "bij visitatierapport '{document}' ({vastgesteld}) staat geen standpunt van het bestuur "
        "(standpunt_bestuur), ook niet {termijn_maanden} maanden na het rapport (Wvr art. 56: "
        "rapport en standpunt gaan naar de minister en worden openbaar)"
    ),
    "TK512.na_peildatum": (
        "het bestuur stelde zijn standpunt over visitatierapport '{document}' ({vastgesteld}) pas "
        "op {standpunt_bestuur} vast, na de peildatum ({peildatum}) en meer dan "
        "{termijn_maanden} maanden na het rapport (Wvr art. 56)"
    ),
    "TK513": (
        "crisisplan '{document}' ({vastgesteld}) vermeldt niet met welke aangrenzende "
        "veiligheidsregio's of staten het is afgestemd (afgestemd_met); Wvr art. 16: het "
        "crisisplan is afgestemd met de crisisplannen van de buren"
    ),
    "TK601": (
        "inzet '{inzet}', tijdnorm '{tijdnorm}' ({omschrijving}): {gemeten} minuten, "
        "meer dan de {norm} minuten van {artikel}"
    ),
    "TK602": (
        "geen enkele inzet uit {jaar} heeft een oordeel over de prestatie op {niveau}niveau "
        "(toetsingskader §1.3: functie, team en organisatie)"
    ),
    "TK603": (
        "GRIP {grip}-{soort} '{inzet}' van {datum} heeft geen evaluatie, ook niet "
        "{termijn_weken} weken na de inzet (toetsingskader 4.4 B)"
    ),
    "TK603.geen_evaluatie": (
        "de evaluatie van GRIP {grip}-{soort} '{inzet}' is '{document}', een document van soort "
        "'{document_soort}'; verwijs naar het evaluatierapport (soort: evaluatie; "
        "toetsingskader 4.4 B)"
    ),
    "TK604": "inzet '{inzet}' is op {datum}, buiten het verslagjaar {jaar}",
    "TK605": (
        "GRIP {grip}-{soort} '{inzet}' heeft geen oordeel over de prestaties (prestaties: "
        "functie, team en organisatie; toetsingskader §1.3)"
    ),
    "TK605.niveaus": (
        "GRIP {grip}-{soort} '{inzet}' heeft geen oordeel over de prestaties op het niveau van "
        "{niveaus} (toetsingskader §1.3: functie, team en organisatie)"
    ),
    "TK606": (
        "{soort} '{inzet}': van ingezette teams ontbreekt de gemeten tijd onder opkomst_minuten "
        "voor {tijdnormen} (Bvr art. 2.2.3 en 2.3.1)"
    ),
    "TK607": (
        "na GRIP {grip}-{soort} '{inzet}' van {datum} staat geen verslag van de voorzitter aan de "
        "gemeenteraden (verslag_raden), ook niet {termijn_weken} weken na de inzet "
        "(Wvr art. 40)"
    ),
    "stand.open": "staat op de peildatum ({peildatum}) nog op '{status}'",
    "stand.open_bij_opstellen": "stond bij het opstellen ({opgesteld}) nog op '{status}'",
    "stand.later_afgerond": (
        "was op de peildatum ({peildatum}) nog niet afgerond (afgerond op {afgerond_op})"
    ),
    "TK701": (
        "{soort} '{verbeterpunt}' {stand} maar heeft geen {ontbreekt} "
        "(toetsingskader 4.4 B: toewijzen en toezien op uitvoering)"
    ),
    "TK702": (
        "{soort} '{verbeterpunt}' had als termijn {termijn} en {stand} "
        "(toetsingskader 4.4 B: toezien op de uitvoering)"
    ),
    "TK703": (
        "norm {norm} is '{oordeel}', terwijl verbeterpunten over deze norm op de peildatum over "
        "hun termijn waren: {verbeterpunten} (toetsingskader 4.4 B: toezien op de uitvoering)"
    ),
    "TK704": (
        "thema '{thema}' keert terug ({bronnen:bron|bronnen}, punten uit {jaren:jaar|jaren}: "
        "{periode}) en {soort} '{verbeterpunt}' {stand}, maar geen openstaand punt op dit thema "
        "heeft een eigenaar en een lopende termijn: benoem de rode draad en beleg de opvolging "
        "(toetsingskader 4.4 B)"
    ),
    "TK704.over_termijn": (
        "thema '{thema}' keert terug ({bronnen:bron|bronnen}, punten uit {jaren:jaar|jaren}: "
        "{periode}) en de belegde opvolging is over haar termijn: {soort} '{verbeterpunt}' had "
        "als termijn {termijn} en {stand} (toetsingskader 4.4 B: toezien op de implementatie)"
    ),
    "TK705.zonder_datum": (
        "{soort} '{verbeterpunt}' staat op 'afgerond' maar heeft geen afgerond_op; "
        "vul de datum van afronding in"
    ),
    "TK705.niet_afgerond": (
        "{soort} '{verbeterpunt}' staat op '{status}' maar heeft afgerond_op {afgerond_op}; zet de "
        "status op 'afgerond' of haal de datum weg"
    ),
    "TK705.na_opstellen": (
        "{soort} '{verbeterpunt}' is afgerond op {afgerond_op}, na de datum waarop deze "
        "zelfevaluatie is opgesteld ({opgesteld}); een afronding in de toekomst kan niet"
    ),
}
