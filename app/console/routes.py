"""Serves the staff console: its page at /console and its files at /console/static/. No data goes through here;
the page calls /api/v1 with the staff member's bearer token, so the console needs no second back end.

Every file ships in this package (plain ES modules and hand-written SVG charts, no build step and no CDN), so
the console works on a machine with no internet.
"""
from pathlib import Path

from flask import Blueprint, send_from_directory

STATIC_DIR = Path(__file__).resolve().parent / "static"

bp = Blueprint("console", __name__)

# The page runs only its own files and talks only to its own origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                                "form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@bp.after_request
def _secure(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


@bp.get("/console")
@bp.get("/console/")
def page():
    return send_from_directory(STATIC_DIR, "index.html", max_age=0)


@bp.get("/console/static/<path:filename>")
def static_file(filename):
    return send_from_directory(STATIC_DIR, filename, max_age=0)
