"""The application factory. `create_app` reads as the table of contents of the service."""
from __future__ import annotations

import logging

from flask import Flask

from app import i18n, json_body, logs
from app.config import INSTANCE_DIR, get_config
from app.schemas import BoundedIdConverter


def create_app(config_name: str | None = None, overrides: dict | None = None) -> Flask:
    config = get_config(config_name)
    if hasattr(config, "check"):
        config.check()
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.url_map.converters["int"] = BoundedIdConverter
    app.config.from_object(config)
    if overrides:
        app.config.update(overrides)
    INSTANCE_DIR.mkdir(exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # chatty on every command
    logs.install()

    json_body.install(app)  # first: every other hook may read the body
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
    i18n.install(app)  # before the API: answers and the document speak the reader's language
    api.init_app(app)
    jwt.init_app(app)
    limiter.init_app(app)
    _say_where_limits_live(app)
    register_jwt_callbacks()
    if app.config["PROXY_COUNT"]:
        # Behind nginx (deploy/nginx.conf) the peer is the proxy: take the client's address from the proxy's
        # X-Forwarded-For, trusting as many hops as there are proxies, so limits count per client, not per proxy.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    if app.config["CORS_ORIGINS"]:
        from flask_cors import CORS

        CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}},
             expose_headers=["X-Pagination", "X-Request-ID", "Idempotent-Replayed"])


def _say_where_limits_live(app: Flask) -> None:
    """Rate limits in memory are per worker process (ProductionConfig refuses more than one such worker)."""
    workers = app.config["WEB_WORKERS"]
    if workers > 1 and app.config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        logging.getLogger("app").warning(
            "rate limits are kept in each worker's memory: with %d workers a client gets up to %d times each limit; "
            "set REDIS_URL to share them", workers, workers)


def register_blueprints(app: Flask) -> None:
    from app import docs, health
    from app.console import routes as console
    from app.accounts.routes import blp as accounts_blp
    from app.activities.routes import blp as activities_blp
    from app.extensions import api
    from app.matching.routes import blp as volunteers_blp
    from app.menu.routes import blp as menu_blp
    from app.notify.routes import blp as notify_blp
    from app.orders.routes import blp as orders_blp
    from app.points.routes import blp as points_blp
    from app.records.routes import blp as records_blp
    from app.series.routes import blp as series_blp
    from app.stats.routes import blp as stats_blp
    from app.teams.routes import blp as teams_blp
    from app.wechat.routes import blp as wechat_blp

    for blueprint in (accounts_blp, wechat_blp, menu_blp, volunteers_blp, orders_blp, points_blp, notify_blp,
                      stats_blp, records_blp, teams_blp, activities_blp, series_blp):
        api.register_blueprint(blueprint)
    app.register_blueprint(health.bp)
    app.register_blueprint(docs.bp)
    app.register_blueprint(console.bp)


def register_errorhandlers(app: Flask) -> None:
    from app import errors

    errors.register_errorhandlers(app)


def register_transactions(app: Flask) -> None:
    from app import transactions

    app.before_request(transactions.read_body_first)
    transactions.wrap_write_views(app)


def register_commands(app: Flask) -> None:
    from app import scheduler, seed
    from app.points import commands as points_commands
    from app.wechat.cli import wechat_cli

    app.cli.add_command(seed.seed_cli)
    app.cli.add_command(scheduler.scheduler_cli)
    app.cli.add_command(points_commands.points_cli)
    app.cli.add_command(wechat_cli)
