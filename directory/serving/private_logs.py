"""Log lines without query strings: a search's postcode, age or topics are never kept.

A filter on every handler and server logger removes anything after a ``?`` in a URL, from
access lines, error lines and tracebacks alike.
"""

import logging
import re

# Paths only: %(U)s is the path without its query string; %(p)s names the worker.
ACCESS_LOG_FORMAT = '%(t)s %(p)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'

_QUERY = re.compile(r"(?<=[^\s?])\?[^\s\"'<>]*")
SERVER_LOGGERS = ("gunicorn.error", "gunicorn.access", "werkzeug", "directory")


def scrub(text: str) -> str:
    """Return ``text`` with every URL query string removed."""
    return _QUERY.sub("", text)


class PrivateLogFilter(logging.Filter):
    """Rewrite each record so no query string reaches a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict) and record.name == "gunicorn.access":
            record.args = _scrub_atoms(record.args)
            return True
        record.msg, record.args = scrub(record.getMessage()), None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info, record.exc_text = None, scrub(text)
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def _scrub_atoms(atoms):
    """Scrub gunicorn's access-log atoms (a case-insensitive mapping)."""
    cleaned = {key: scrub(value) if isinstance(value, str) else value
               for key, value in dict(atoms).items()}
    cleaned["q"] = ""
    cleaned.pop("{query_string}e", None)
    return type(atoms)(cleaned) if type(atoms) is not dict else cleaned


_FILTER = PrivateLogFilter()


def protect_logs(*loggers: logging.Logger) -> None:
    """Add the filter to the server's loggers, the root logger and all their handlers."""
    targets = [logging.getLogger(name) for name in SERVER_LOGGERS]
    targets += [logging.getLogger(), *loggers]
    for logger in targets:
        for holder in (logger, *logger.handlers):
            if _FILTER not in holder.filters:
                holder.addFilter(_FILTER)
