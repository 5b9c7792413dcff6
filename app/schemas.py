"""Schema pieces shared by every domain: the base schema, coordinates, pagination and list envelopes."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

_list_schemas: dict = {}


class BaseSchema(Schema):
    """Unknown fields are refused (marshmallow's default), so a typo in a request is a 422, not silently ignored."""


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
