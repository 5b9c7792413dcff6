"""`GET /healthz`: the service answers and its database does too."""
from flask import Blueprint, jsonify
from sqlalchemy import text

from app.extensions import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
        db_status, status_code = "ok", 200
    except Exception:  # any database failure means "not healthy", never a 500
        db.session.rollback()
        db_status, status_code = "unreachable", 503
    return jsonify({"status": "ok" if status_code == 200 else "degraded", "db": db_status}), status_code
