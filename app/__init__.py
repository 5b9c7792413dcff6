"""The application factory. `create_app` reads as the table of contents of the service."""
from __future__ import annotations

import logging

from flask import Flask

from app.config import INSTANCE_DIR, get_config


def create_app(config_name: str | None = None, overrides: dict | None = None) -> Flask:
    config = get_config(config_name)
    if hasattr(config, "check"):
        config.check()
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.from_object(config)
    if overrides:
        app.config.update(overrides)
    INSTANCE_DIR.mkdir(exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_transactions(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    from app import models  # noqa: F401  (the whole schema, for migrations)
    from app.accounts.auth import register_jwt_callbacks
    from app.extensions import api, db, jwt, limiter, migrate

    db.init_app(app)
    migrate.init_app(app, db, render_as_batch=True, compare_type=True)
    api.init_app(app)
    jwt.init_app(app)
    limiter.init_app(app)
    register_jwt_callbacks()
    if app.config["CORS_ORIGINS"]:
        from flask_cors import CORS

        CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}},
             expose_headers=["X-Pagination", "X-Request-ID", "Idempotent-Replayed"])


def register_blueprints(app: Flask) -> None:
    from app import docs, health
    from app.accounts.routes import blp as accounts_blp
    from app.extensions import api

    for blueprint in (accounts_blp,):
        api.register_blueprint(blueprint)
    app.register_blueprint(health.bp)
    app.register_blueprint(docs.bp)


def register_errorhandlers(app: Flask) -> None:
    from app import errors

    errors.register_errorhandlers(app)


def register_transactions(app: Flask) -> None:
    from app import transactions

    transactions.wrap_write_views(app)


def register_commands(app: Flask) -> None:
    from app import scheduler, seed

    app.cli.add_command(seed.seed_cli)
    app.cli.add_command(scheduler.scheduler_cli)
