"""`GET /docs`: Swagger UI 5 (it renders OpenAPI 3.1) from files shipped in the flask-swagger-ui package, so it
works with no internet. The page is our own; only the package's `dist/` files are used."""
from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Response, send_from_directory

SWAGGER_DIR = Path(flask_swagger_ui.__file__).resolve().parent / "dist"

bp = Blueprint("docs", __name__)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>API docs · Community volunteer service</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script src="/docs/static/swagger-ui-standalone-preset.js"></script>
<script>
window.ui = SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#swagger-ui",
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout",
  validatorUrl: null, persistAuthorization: true});
</script></body></html>"""


@bp.get("/docs")
def swagger_ui():
    return Response(PAGE, mimetype="text/html")


@bp.get("/docs/static/<path:filename>")
def swagger_static(filename):
    return send_from_directory(SWAGGER_DIR, filename)
