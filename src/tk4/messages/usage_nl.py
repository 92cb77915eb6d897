r"""Dutch wording for the command-line parser's own usage errors (unknown option, missing value).

Why: typer's parser speaks English; users of tk4 read Dutch everywhere else. Each entry is a
regular expression on the parser's English message and its Dutch replacement (``\g<name>``
refers to a named group). Applied in order, so a message made of several phrases is translated
phrase by phrase; anything not covered stays as it was.
"""

USAGE_PHRASES: list[tuple[str, str]] = [
    (r"No such option: (?P<option>\S+)", r"onbekende optie \g<option>"),
    (r"No such command '(?P<name>[^']*)'\.", r"onbekend commando '\g<name>'."),
    (r"Did you mean (?P<what>.+?)\?", r"bedoelde u \g<what>?"),
    (r"\(Possible options: (?P<options>[^)]*)\)", r"(mogelijke opties: \g<options>)"),
    (r"Missing argument '(?P<name>[^']*)'\.", r"argument '\g<name>' ontbreekt."),
    (r"Missing option (?P<names>'[^']*'(?: / '[^']*')*)\.", r"optie \g<names> ontbreekt."),
    (r"Choose from:", "Kies uit:"),
    (
        r"Option '(?P<name>[^']*)' requires an argument\.",
        r"optie '\g<name>' heeft een waarde nodig.",
    ),
    (r"Option '(?P<name>[^']*)' does not take a value\.", r"optie '\g<name>' neemt geen waarde."),
    (r"Invalid value for (?P<name>'[^']*'(?: / '[^']*')*):", r"ongeldige waarde voor \g<name>:"),
    (r"Invalid value:", "ongeldige waarde:"),
    (r"Value error, ", ""),
    (
        r"Input should be less than or equal to (?P<n>\S+)",
        r"moet kleiner dan of gelijk aan \g<n> zijn",
    ),
    (
        r"Input should be greater than or equal to (?P<n>\S+)",
        r"moet groter dan of gelijk aan \g<n> zijn",
    ),
    (
        r"Input should be a valid integer(?:, unable to parse string as an integer)?",
        "moet een geheel getal zijn",
    ),
    (
        r"Input should be a valid number(?:, unable to parse string as a number)?",
        "moet een getal zijn",
    ),
    (
        r"Got unexpected extra arguments? \((?P<args>[^)]*)\)",
        r"onverwacht extra argument (\g<args>)",
    ),
    (
        r"'(?P<value>[^']*)' is not one of (?P<choices>.+)\.",
        r"'\g<value>' is geen van \g<choices>.",
    ),
    (
        r"(?P<kind>File|Directory|Path) '(?P<path>[^']*)' does not exist\.",
        r"'\g<path>' bestaat niet.",
    ),
    (
        r"(?P<kind>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<path>[^']*)' is not readable\.",
        r"'\g<path>' is niet leesbaar.",
    ),
    (
        r"(?P<kind>[Ff]ile|[Dd]irectory|[Pp]ath) '(?P<path>[^']*)' is a directory\.",
        r"'\g<path>' is een map.",
    ),
    (r" or ", " of "),
]
