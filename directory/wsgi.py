"""The WSGI entry point: ``gunicorn 'directory.wsgi:app'``.

Each worker process imports this module and builds its own application from the
``DIRECTORY_*`` settings; no application context is pushed here, so every request gets its own.
"""

from directory import create_app
from directory.accounts import passwords
from directory.search import follower
from directory.serving.private_logs import protect_logs

app = create_app()
protect_logs(app.logger)
follower.start(app)  # this node's index follows the change log (one worker per node does it)
passwords.prepare()  # the first unknown-email sign-in of a worker is no slower than the rest
if app.config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
    app.logger.warning("Rate limits are counted per process (memory://): with several worker"
                       " processes every limit is multiplied. See DIRECTORY_RATELIMIT_STORAGE_URI.")
