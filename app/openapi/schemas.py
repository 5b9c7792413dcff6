"""Finishing the document's schemas: response views with every always-sent field `required`, request views split
off where they differ (`Name` / `NameInput`), nullable enums, examples, and no component nothing uses."""
from __future__ import annotations

import copy

from app.openapi import pieces

METHODS = ("get", "put", "post", "patch", "delete")
SCHEMA_REF = "#/components/schemas/"

# The schemas this module writes itself (`_shared_schemas`), `required` included.
HANDWRITTEN = set(pieces.SCHEMAS)

# Response schemas the server sends with only some of their fields (as stored), so none is `required`.
PARTIAL_RESPONSES = {"CommunitySettings"}  # the settings a community set; the rest take their defaults


def _refs(node, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            found.add(ref[len(SCHEMA_REF):])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def _closure(names: set[str], schemas: dict) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name], set()) - seen)
    return seen


def _usage(doc: dict) -> tuple[set[str], set[str]]:
    """Schemas reachable from requests, and from responses."""
    request_roots, response_roots = set(), set()
    for item in doc["paths"].values():
        _refs(item.get("parameters", []), request_roots)
        for method, operation in item.items():
            if method in METHODS:
                _refs(operation.get("requestBody", {}), request_roots)
                _refs(operation.get("parameters", []), request_roots)
                _refs(operation.get("responses", {}), response_roots)
    _refs(doc["components"].get("headers", {}), response_roots)
    schemas = doc["components"]["schemas"]
    return _closure(request_roots, schemas), _closure(response_roots, schemas)


def _response_view(name: str, schema: dict) -> dict:
    view = copy.deepcopy(schema)
    properties = view.get("properties", {})
    for field in [n for n, p in properties.items() if p.get("writeOnly")]:
        del properties[field]
    for prop in properties.values():
        prop.pop("readOnly", None)
        prop.pop("default", None)  # a default is what a request may leave out; a response has every value
    view["required"] = [] if name in PARTIAL_RESPONSES else \
        [field for field, prop in properties.items() if not prop.get("x-optional")]
    if not view["required"]:
        del view["required"]
    return view


def _request_view(schema: dict) -> dict:
    view = copy.deepcopy(schema)
    properties = view.get("properties", {})
    for name in [n for n, p in properties.items() if p.get("readOnly")]:
        del properties[name]
    for prop in properties.values():
        prop.pop("writeOnly", None)
    if "required" in view:
        view["required"] = sorted(name for name in view["required"] if name in properties)
        if not view["required"]:
            del view["required"]
    return view


def _rename_refs(node, renames: dict[str, str]):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF):] in renames:
            node["$ref"] = SCHEMA_REF + renames[ref[len(SCHEMA_REF):]]
        for value in node.values():
            _rename_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, renames)


def finish_schemas(doc: dict) -> None:
    schemas = doc["components"]["schemas"]
    requests, responses = _usage(doc)
    # Split schemas read from requests and written in responses where the two views differ.
    split = {}
    requests, responses = requests - HANDWRITTEN, responses - HANDWRITTEN
    for name in sorted(requests & responses):
        response_view, request_view = _response_view(name, schemas[name]), _request_view(schemas[name])
        _strip_markers(response_view)
        _strip_markers(request_view)
        if {**response_view, "required": sorted(response_view.get("required", []))} != \
                {**request_view, "required": request_view.get("required", [])}:
            split[name] = name + "Input"
            schemas[name + "Input"] = request_view
        schemas[name] = response_view
    for name in sorted(responses - requests):
        schemas[name] = _response_view(name, schemas[name])
    if split:
        for item in doc["paths"].values():
            _rename_refs(item.get("parameters", []), split)
            for method, operation in item.items():
                if method in METHODS:
                    _rename_refs(operation.get("requestBody", {}), split)
                    _rename_refs(operation.get("parameters", []), split)
        for name in (requests - responses) | {split[n] for n in split}:
            _rename_refs(schemas[name], split)
    for name, schema in schemas.items():
        _strip_markers(schema)
        _nullable_enums(schema)
        if name in pieces.EXAMPLES:
            schema["examples"] = [pieces.EXAMPLES[name]]


def _strip_markers(node) -> None:
    if isinstance(node, dict):
        node.pop("x-optional", None)
        for value in node.values():
            _strip_markers(value)
    elif isinstance(node, list):
        for value in node:
            _strip_markers(value)


def _nullable_enums(node) -> None:
    """A nullable enum as `anyOf: [{type, enum}, {type: "null"}]`: apispec writes `type: [string, "null"]` with an
    enum that refuses null, and openapi-python-client reads even a fixed one as three enum classes."""
    if isinstance(node, dict):
        types = node.get("type")
        if isinstance(node.get("enum"), list) and isinstance(types, list) and "null" in types:
            kinds = [t for t in types if t != "null"]
            choice = {"type": kinds[0] if len(kinds) == 1 else kinds, "enum": [v for v in node.pop("enum") if v is not None]}
            del node["type"]
            node["anyOf"] = [choice, {"type": "null"}]
        for value in node.values():
            _nullable_enums(value)
    elif isinstance(node, list):
        for value in node:
            _nullable_enums(value)


def prune(doc: dict) -> None:
    """Drop components nothing refers to (flask-smorest registers `Error`, `PaginationMetadata`, ...)."""
    components = doc["components"]
    used: set[tuple[str, str]] = set()
    todo = [doc["paths"]]
    while todo:
        for kind, name in _component_refs(todo.pop(), set()) - used:
            used.add((kind, name))
            if name in components.get(kind, {}):
                todo.append(components[kind][name])
    for kind in ("responses", "headers", "parameters", "schemas"):
        for name in list(components.get(kind, {})):
            if (kind, name) not in used:
                del components[kind][name]
        if kind in components and not components[kind]:
            del components[kind]


def _component_refs(node, found: set) -> set[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            kind, _, name = ref[len("#/components/"):].partition("/")
            found.add((kind, name))
        for value in node.values():
            _component_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _component_refs(value, found)
    return found


def sorted_keys(node):
    """Keys in a stable order, so the document (and the types generated from it) only changes when the API does."""
    if isinstance(node, dict):
        return {key: sorted_keys(node[key]) for key in sorted(node, key=_key_order)}
    if isinstance(node, list):
        return [sorted_keys(value) for value in node]
    return node


_FIRST = ("openapi", "info", "servers", "tags", "paths", "components")


def _key_order(key):
    # Paths and operations keep flask-smorest's order (the route table's); only the top level is reordered.
    return (_FIRST.index(key), "") if key in _FIRST else (len(_FIRST), "")
