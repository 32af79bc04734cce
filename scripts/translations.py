"""Extract, update and compile the interface translations; check the public ones are complete.

    .venv/bin/python scripts/translations.py            # extract + update + compile (the usual)
    .venv/bin/python scripts/translations.py check      # list missing public translations
    .venv/bin/python scripts/translations.py extract|update|compile

Strings come from babel.cfg (Python: _, gettext, ngettext, _l; Jinja: _, gettext, ngettext).
Only strings from PUBLIC_SOURCES must be translated in every language: provider and admin
pages may stay in English until someone translates them (the test enforces PUBLIC_SOURCES).
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
# The public interface: every string from these files must be translated (paths from ROOT).
PUBLIC_SOURCES = (
    "templates/base.html",
    "templates/_*.html",
    "templates/error.html",
    "templates/public/*.html",
    "templates/search/*.html",
    "directory/vocabulary/thrive.py",
    "directory/vocabulary/fixed.py",
    "directory/moderation/problem_reports.py",
    "directory/vocabulary/crisis_words.py",
    "directory/text_rules.py",
    "directory/web/*.py",
    "directory/views/public*.py",
    "directory/views/search.py",
    "directory/search/*.py",
)


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


def public_files() -> list[Path]:
    """Return the source files of the public interface."""
    files = [*ROOT.glob("directory/**/*.py"), *ROOT.glob("templates/**/*.html")]
    return sorted(f for f in files
                  if any(fnmatch(f.relative_to(ROOT).as_posix(), p) for p in PUBLIC_SOURCES))


def public_messages() -> dict[str, str]:
    """Extract the public strings afresh: {msgid: first file that uses it}."""
    found: dict[str, str] = {}
    for path in public_files():
        method = "jinja2.ext:babel_extract" if path.suffix == ".html" else "python"
        for _line, message, _comments, _context in extract_from_file(
                method, str(path), keywords=KEYWORDS, options={"trimmed": "false"}):
            msgid = message[0] if isinstance(message, tuple) else message
            found.setdefault(msgid, path.relative_to(ROOT).as_posix())
    return found


def missing(lang: str, messages: dict[str, str] | None = None) -> list[str]:
    """Return the public msgids that are absent, empty or fuzzy in a language's catalogue."""
    messages = public_messages() if messages is None else messages
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
    messages, status = public_messages(), 0
    for lang in translated_codes():
        gaps = missing(lang, messages)
        print(f"{lang}: {len(messages) - len(gaps)}/{len(messages)} public strings translated")
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
