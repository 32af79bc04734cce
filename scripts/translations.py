"""Extract, update and compile the interface translations; check they are complete.

    .venv/bin/python scripts/translations.py            # extract + update + compile (the usual)
    .venv/bin/python scripts/translations.py check      # list missing translations
    .venv/bin/python scripts/translations.py extract|update|compile

Strings come from babel.cfg (Python: _, gettext, ngettext, _l; Jinja: _, gettext, ngettext).
Every string from SOURCES — the public pages, the provider portal, the admin pages and every
email — must be translated in every language (tests/test_public_translations.py enforces it).
"""

import sys
from fnmatch import fnmatch
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from directory.web.languages import translated_codes

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "directory" / "translations"
TEMPLATE = CATALOGUES / "messages.pot"
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}
# The whole interface: every string from these files must be translated (paths from ROOT).
SOURCES = (
    "directory/*.py",
    "directory/**/*.py",
    "importers/*.py",
    "templates/*.html",
    "templates/**/*.html",
    "templates/**/*.txt",
)
# The parts a test checks are really covered (each must yield strings).
PARTS = {
    "public pages": "templates/public/*.html",
    "provider portal": "templates/provider/*.html",
    "admin pages": "templates/admin/*.html",
    "emails": "templates/emails/*.txt",
}


def pybabel(*args: str) -> None:
    """Run one pybabel command (the same as on the command line)."""
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    """Collect every translatable string into messages.pot."""
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    pybabel("extract", "-F", str(ROOT / "babel.cfg"), "-k", "_l", "--no-location",
            "--sort-output", "-o", str(TEMPLATE), str(ROOT))


def update() -> None:
    """Merge messages.pot into each language's catalogue, creating missing ones."""
    for lang in translated_codes():
        if not (CATALOGUES / lang / "LC_MESSAGES" / "messages.po").exists():
            pybabel("init", "-i", str(TEMPLATE), "-d", str(CATALOGUES), "-l", lang)
    pybabel("update", "-i", str(TEMPLATE), "-d", str(CATALOGUES), "--ignore-obsolete",
            "--no-fuzzy-matching")


def compile_catalogues() -> None:
    """Build the .mo files the application reads."""
    pybabel("compile", "-d", str(CATALOGUES))


def source_files(patterns=SOURCES) -> list[Path]:
    """Return the interface's source files (those matching ``patterns``)."""
    files = [*ROOT.glob("directory/**/*.py"), *ROOT.glob("importers/*.py"),
             *ROOT.glob("templates/**/*.html"), *ROOT.glob("templates/**/*.txt")]
    return sorted(f for f in files
                  if any(fnmatch(f.relative_to(ROOT).as_posix(), p) for p in patterns))


def interface_messages(patterns=SOURCES) -> dict[str, str]:
    """Extract the interface's strings afresh: {msgid: first file that uses it}."""
    found: dict[str, str] = {}
    for path in source_files(patterns):
        method = "python" if path.suffix == ".py" else "jinja2.ext:babel_extract"
        for _line, message, _comments, _context in extract_from_file(
                method, str(path), keywords=KEYWORDS, options={"trimmed": "false"}):
            msgid = message[0] if isinstance(message, tuple) else message
            found.setdefault(msgid, path.relative_to(ROOT).as_posix())
    return found


def missing(lang: str, messages: dict[str, str] | None = None) -> list[str]:
    """Return the msgids that are absent, empty or fuzzy in a language's catalogue."""
    messages = interface_messages() if messages is None else messages
    po_path = CATALOGUES / lang / "LC_MESSAGES" / "messages.po"
    if not po_path.exists():
        return sorted(messages)
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    problems = []
    for msgid, where in messages.items():
        entry = catalogue.get(msgid)
        strings = entry.string if entry and isinstance(entry.string, tuple) else (
            (entry.string,) if entry else ())
        if entry is None or entry.fuzzy or not all(strings):
            problems.append(f"{where}: {msgid!r}")
    return sorted(problems)


def check() -> int:
    """Print what is missing in each language; return a shell status."""
    messages, status = interface_messages(), 0
    for lang in translated_codes():
        gaps = missing(lang, messages)
        print(f"{lang}: {len(messages) - len(gaps)}/{len(messages)} strings translated")
        for gap in gaps:
            print(f"  {gap}")
        status = status or bool(gaps)
    return status


def main(argv: list[str]) -> int:
    """Run the steps named on the command line (default: extract, update, compile, check)."""
    steps = {"extract": extract, "update": update, "compile": compile_catalogues}
    names = argv or ["extract", "update", "compile", "check"]
    for name in names:
        if name == "check":
            return check()
        if name not in steps:
            print(__doc__)
            return 2
        steps[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
