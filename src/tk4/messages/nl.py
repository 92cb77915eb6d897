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
    "yaml.tab": "tab-teken gevonden; gebruik spaties om in te springen",
    "yaml.duplicate_key": "sleutel '{key}' komt twee keer voor (eerder op regel {first_line})",
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
    "validate.unknown_key": "onbekende sleutel '{key}'{suggestion} (toegestaan: {allowed})",
    "validate.missing": "verplicht veld '{field}' ontbreekt",
    "validate.type": "'{field}' moet {expected} zijn, niet {found}",
    "validate.date": "'{field}': '{value}' is geen geldige datum (schrijf JJJJ-MM-DD, bv. 2025-03-31)",
    "validate.choice": "'{field}': '{value}' is niet toegestaan{suggestion} (toegestaan: {allowed})",
    "validate.empty": "'{field}' mag niet leeg zijn",
    "validate.too_long": "'{field}' is te lang (maximaal {limit} tekens)",
    "validate.pattern": (
        "'{field}': '{value}' is geen geldige id; gebruik kleine letters, cijfers, '-', '_' of '.'"
    ),
    "validate.too_small": "'{field}': {value} is te klein (minimaal {bound})",
    "validate.too_large": "'{field}': {value} is te groot (maximaal {bound})",
    "validate.invalid": "'{field}' heeft een ongeldige waarde ({kind})",
    "validate.unknown_region": "onbekende regio '{value}'{suggestion} (gebruik een code VR01-VR25)",
    "validate.unknown_norm": "onbekende norm '{value}'{suggestion}",
    "validate.unknown_element": "onbekend element '{value}'{suggestion}",
    "validate.unknown_level": "onbekend oordeel '{value}'{suggestion}",
    "validate.unknown_document": ("document '{value}' staat niet in 'documenten'{suggestion}"),
    "validate.unknown_source": "bron '{value}' is geen inzet of document uit dit bestand{suggestion}",
    "validate.unknown_time_norm": "onbekende tijdnorm '{value}'{suggestion}",
    "validate.unknown_rule": "onbekende regel '{value}'{suggestion}",
    "validate.duplicate_id": "id '{value}' komt vaker voor (eerder op regel {first_line})",
    "validate.misplaced_element": (
        "element '{element}' hoort bij norm '{norm}', niet bij '{found}'; verplaats het naar {norm}"
    ),
    # --- Gap rules (TK3xx-TK7xx): message id = rule code, or code.variant -------------------
    "TK301": "element {element} is nog niet beoordeeld",
}
