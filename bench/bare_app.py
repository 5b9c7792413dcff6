"""The yardstick for bench.load: a bare Flask app with one JSON endpoint, served by the same gunicorn settings as the
API (`gunicorn --workers 2 bench.bare_app:app`). Nothing of the project's app is imported."""
from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/bare")
def bare():
    return jsonify({"ok": True})
