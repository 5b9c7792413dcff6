"""gunicorn's settings for every way the API is served: `make run` (scripts/serve) and production (deploy/README.md).

gevent workers: each connection is a greenlet, so a client that sends its request slowly (or never finishes it) and
a slow answer from WeChat wait without holding the worker; the sync worker serves one request at a time, so two
half-sent bodies stalled the whole API, and a gthread worker's thread stays blocked reading a half-sent body, so as
many slow clients as threads stall it. psycopg 3 cooperates with gevent by itself (3.1.14 and later); SQLAlchemy's
pool uses the patched locks. In production nginx sits in front as well (deploy/nginx.conf): it buffers whole
requests, so a slow client costs nginx a connection and never a greenlet.

Kept free of imports from the app: this file is read by gunicorn's master before workers fork and gevent patches
the standard library in each worker; the app is imported only after that (never set `preload_app` here).
"""
import os

worker_class = "gevent"
workers = int(os.environ.get("WEB_WORKERS", "2"))
# Connections (greenlets) per worker; past it a worker stops accepting until one closes.
worker_connections = int(os.environ.get("WEB_WORKER_CONNECTIONS", "1000"))
bind = [f"127.0.0.1:{os.environ.get('PORT', '5000')}"]
timeout = 30  # a worker whose loop is blocked this long (a runaway CPU-bound request) is restarted
graceful_timeout = 20
keepalive = 5
accesslog = "-"


def on_starting(server):
    # The app needs to know how many workers share its rate limits (app.config: WEB_WORKERS); tell it the count
    # gunicorn actually runs, whatever set it (this file, --workers, WEB_CONCURRENCY). Workers inherit it.
    os.environ["WEB_WORKERS"] = str(server.cfg.workers)


def nworkers_changed(server, new_value, old_value):
    os.environ["WEB_WORKERS"] = str(new_value)
