"""Schema pieces shared by every domain: the base schema, coordinates, pagination and list envelopes."""
from __future__ import annotations

from marshmallow import Schema, fields, validate
from werkzeug.routing import IntegerConverter

_list_schemas: dict = {}


class BaseSchema(Schema):
    """Unknown fields are refused (marshmallow's default), so a typo in a request is a 422, not silently ignored."""


MAX_ID = 2**63 - 1  # the largest BIGINT: anything larger cannot name a row


class BoundedIdConverter(IntegerConverter):
    """`<int:...>` in every route: an id beyond BIGINT matches no route (404) instead of overflowing the driver."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def Id(**kwargs):
    """A row id in a request: a positive integer that fits the database (larger ones are a 422, not a 500)."""
    return fields.Integer(validate=validate.Range(1, MAX_ID), strict=False, **kwargs)


def Lat(**kwargs):
    return fields.Float(validate=validate.Range(-90, 90), allow_nan=False, **kwargs)


def Lng(**kwargs):
    return fields.Float(validate=validate.Range(-180, 180), allow_nan=False, **kwargs)


class PaginationQuerySchema(BaseSchema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    page_size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class ProblemSchema(Schema):
    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    code = fields.String()
    errors = fields.Dict()
    request_id = fields.String()


def list_of(item_schema: type[Schema]) -> type[Schema]:
    """The `{"items": [...]}` envelope of every list, one schema class per item schema."""
    if item_schema not in _list_schemas:
        name = item_schema.__name__.removesuffix("Schema") + "ListSchema"
        _list_schemas[item_schema] = type(name, (Schema,), {"items": fields.List(fields.Nested(item_schema))})
    return _list_schemas[item_schema]
