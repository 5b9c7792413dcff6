"""The yardsticks for bench.load, served by the same gunicorn settings as the API (`gunicorn --workers 2
bench.bare_app:app`). Nothing of the project's app is imported.

- `GET /bare`: Flask alone, a constant JSON body (what the web stack costs).
- `GET /floor`: Flask and SQLAlchemy Core alone: one row by primary key from the bench database (`DATABASE_URL`,
  as the API is given it) through a pooled engine, in a transaction that commits, returned as JSON. The cheapest
  request that reads the database on this stack; the API's endpoints are measured against it (issue 20).
"""
import os

from flask import Flask, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
_engine = None
# A row that every bench database has: the demo seed's first user.
_FLOOR = text("SELECT id, name, roles, created_at FROM users WHERE id = :id")


def _url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):  # the psycopg 3 driver, as the app uses
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def engine():
    # Created in the worker on first use (after gunicorn forks), so no connection is shared across processes.
    global _engine
    if _engine is None:
        _engine = create_engine(_url())
    return _engine


@app.get("/bare")
def bare():
    return jsonify({"ok": True})


@app.get("/floor")
def floor():
    with engine().begin() as connection:
        row = connection.execute(_FLOOR, {"id": 1}).one()
    return jsonify({"id": row.id, "name": row.name, "roles": row.roles, "created_at": row.created_at.isoformat()})
