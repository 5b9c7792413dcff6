"""The OpenAPI document as a contract a client can be generated from (api.md "General").

flask-smorest builds the document from the routes and the marshmallow schemas that validate requests; `finish`
turns that into the contract in one place, so routes stay thin and no route has to repeat what its decorators
already say:

- every operation gets a stable camelCase `operationId`: the view function's name (`create_order` →
  `createOrder`), or its entry in OPERATION_IDS where that name reads poorly (`orders.accept` → `acceptOrder`);
- every error status an operation can answer is declared as RFC 9457 problem details under
  `application/problem+json`, its `code` narrowed to the codes that status can carry there. What the route
  itself shows is derived: 401 behind a token, 403 behind a role, 404 on each `{id}`, 400/422 where it takes
  input, 429 where a rate limit applies, and the idempotency answers on authenticated POSTs. What only the
  service knows (409 `order_not_offered`, 403 `not_community_staff`, ...) the route declares with
  `@problems(status, *codes)`; the test suite fails when it observes an answer no operation declares
  (tests/openapi/recording.py);
- the `Idempotency-Key` request header, and the `Idempotent-Replayed`, `X-Pagination` and `Location` response
  headers with their real shapes;
- response schemas list every field the server always sends as `required` (a field it sometimes leaves out
  carries `metadata={"x-optional": "when"}`); a schema used both to read a request and to write a response is
  split into `Name` (the response) and `NameInput` (the request) where the two differ, as FastAPI does;
- `GET /healthz`, examples of the loop's schemas, and no component that nothing uses.

The document is OpenAPI 3.1: a nullable nested object is `anyOf: [{$ref}, {type: "null"}]`, which openapi-
typescript, openapi-python-client and jsonschema read exactly, where 3.0 has no exact way to say it (`nullable`
next to a `$ref` is ignored, and apispec's 3.0 form reads as "an empty object or the schema").
"""
from __future__ import annotations

from functools import wraps

from flask import Flask, current_app, url_for
from flask_smorest import Api as SmorestApi

from app.errors import PROBLEM_JSON
from app.openapi.operations import ANY_OPERATION, OPERATION_IDS, finish

__all__ = ["ANY_OPERATION", "OPERATION_IDS", "PROBLEM_JSON", "Api", "created_at", "document", "problems"]


def _add_doc(fn, **extensions):
    apidoc = dict(getattr(fn, "_apidoc", {}))
    manual = dict(apidoc.get("manual_doc", {}))
    for name, value in extensions.items():
        if isinstance(value, dict):
            merged = {key: list(codes) for key, codes in manual.get(name, {}).items()}
            for key, codes in value.items():
                merged[key] = [*merged.get(key, []), *(c for c in codes if c not in merged.get(key, []))]
            manual[name] = merged
        else:
            manual[name] = value
    apidoc["manual_doc"] = manual
    fn._apidoc = apidoc
    return fn


def problems(status: int, *codes: str):
    """Declare codes the operation can answer with `status` beyond those the route shows by itself (see the module
    docstring). Stack one per status, below `@blp.route`: `@problems(409, "order_not_offered", "offer_expired")`."""
    if not codes:
        raise ValueError("name the codes")

    def decorator(fn):
        return _add_doc(fn, **{"x-problems": {str(status): codes}})

    return decorator


def created_at(endpoint: str, **parameters: str):
    """A 201 answer says where the new resource lives: `Location: url_for(endpoint, param=body[field])`, e.g.
    `@created_at("orders.get_order", order_id="id")`. Goes between `@blp.route` and `@blp.response`."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            response = current_app.make_response(fn(*args, **kwargs))
            if response.status_code == 201:
                body = response.get_json(silent=True) or {}
                response.headers["Location"] = url_for(endpoint, **{p: body[f] for p, f in parameters.items()})
            return response

        return _add_doc(wrapper, **{"x-location": endpoint})

    return decorator


class Api(SmorestApi):
    """flask-smorest's Api serving the finished document: problem details instead of its default `Error`."""

    DEFAULT_ERROR_RESPONSE_NAME = None  # `finish` declares every error response itself

    def _init_spec(self, **kwargs):
        super()._init_spec(**kwargs)
        # `flask openapi print` / `write` (flask-smorest's commands) read spec.to_dict(): give them the finished one.
        self.raw_document = self.spec.to_dict
        self.spec.to_dict = lambda: document(self._app)

    def _openapi_json(self):
        from flask import jsonify

        return jsonify(document(self._app))


def document(app: Flask) -> dict:
    """The finished document of `app`, built once."""
    cached = app.extensions.get("openapi_document")
    if cached is None:
        api = next(iter(app.extensions["flask-smorest"]["apis"].values()))["ext_obj"]
        with app.app_context():
            cached = finish(api.raw_document(), app)
        app.extensions["openapi_document"] = cached
    return cached
