"""Gunicorn settings used by ``directory serve`` (``--config python:directory.serving...``).

Plain ``gunicorn 'directory.wsgi:app'`` works too: the worker side of these rules (private logs)
is installed by ``directory.wsgi`` itself.
"""

from directory.serving.private_logs import ACCESS_LOG_FORMAT, protect_logs

# Each worker builds its own app after the fork: no engine, connection or index is inherited.
preload_app = False
accesslog = "-"
errorlog = "-"
access_log_format = ACCESS_LOG_FORMAT
# No control socket in the user's home folder: nothing here is managed at run time.
control_socket_disable = True
# Answers must come well before this: the database gives up after DATABASE_BUSY_TIMEOUT.
timeout = 30
graceful_timeout = 10


def on_starting(server):
    """Keep query strings out of the arbiter's log lines and warn about per-process limits."""
    from directory.serving.warnings import startup_warnings

    protect_logs()
    for warning in startup_warnings(workers=server.cfg.workers):
        server.log.warning(warning)
