"""The THRIVE community provider directory: a thin Flask application factory."""

from flask import Flask

from . import paths


def create_app(config: dict | None = None) -> Flask:
    """Create the application; ``config`` overrides settings read from the environment."""
    from .config import load_settings

    app = Flask(__name__, template_folder=str(paths.TEMPLATES), static_folder=str(paths.STATIC))
    app.config.update(load_settings())
    app.config.update(config or {})
    configure_database(app)
    configure_extensions(app)
    configure_routing(app)
    configure_blueprints(app)
    configure_web(app)
    configure_commands(app)
    return app


def configure_database(app: Flask) -> None:
    from . import change_log, db

    db.init_app(app)
    change_log.init_app(app)


def configure_extensions(app: Flask) -> None:
    from . import search
    from .accounts import configure_login
    from .extensions import babel, csrf, limiter, login_manager
    from .web import catalogues, rate_limits, select_locale

    babel.init_app(app, locale_selector=select_locale)
    catalogues.init_app(app, babel)
    csrf.init_app(app)
    rate_limits.init_app(app, limiter)
    login_manager.init_app(app)
    configure_login(app)
    search.init_app(app)


def configure_routing(app: Flask) -> None:
    from .web import routing

    routing.init_app(app)
    routing.trust_proxy(app)


def configure_blueprints(app: Flask) -> None:
    from .views import BLUEPRINTS

    for blueprint in BLUEPRINTS():
        app.register_blueprint(blueprint)


def configure_commands(app: Flask) -> None:
    from .commands import register

    register(app)


def configure_web(app: Flask) -> None:
    from . import web

    web.init_app(app)
