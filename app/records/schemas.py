"""Request and response shapes for the official record: real names, the service record, certificates, exports,
a person's data and area figures."""
from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates_schema

from app.i18n import _
from app.records.identity import ID_TYPES
from app.schemas import BaseSchema, QuerySchema
from app.stats import schemas as stats_schemas
from app.stats.schemas import PeriodQuerySchema


# Real names

class RealNameInSchema(BaseSchema):
    """The real-name fields of PATCH /volunteers/me (实名登记): all of `real_name` and `id_number` together, with
    `id_type` (a resident ID unless said otherwise)."""

    real_name = fields.String(validate=validate.Length(min=1, max=50), metadata={"description": "姓名, as on the ID"})
    id_type = fields.String(validate=validate.OneOf(list(ID_TYPES)),
                            metadata={"description": "证件类型: " + ", ".join(f"{k} ({v})" for k, v in ID_TYPES.items())})
    id_number = fields.String(load_only=True, validate=validate.Length(min=1, max=40),
                              metadata={"description": "证件号码; an 18-digit resident ID must pass its check digit. "
                                                       "Stored encrypted; every response shows it masked."})

    @validates_schema
    def _real_name_together(self, data, **kwargs):
        given = [name for name in ("real_name", "id_type", "id_number") if name in data]
        if given:
            missing = [name for name in ("real_name", "id_number") if name not in data]
            if missing:
                raise ValidationError(_("Give real_name and id_number together."), missing[0])


class IdentitySchema(BaseSchema):
    real_name = fields.String()
    id_type = fields.String()
    id_type_name = fields.String()
    id_number = fields.String(metadata={"description": "masked: 5101**********123X"})
    registered_at = fields.DateTime()


# The service record

class RecordQuerySchema(QuerySchema):
    year = fields.Integer(validate=validate.Range(2000, 2100), metadata={"description": "only this year's services"})


class OrganisationRefSchema(BaseSchema):
    id = fields.Integer()
    name = fields.String()


class ServiceSchema(BaseSchema):
    source = fields.String(validate=validate.OneOf(["order", "activity"]),
                           metadata={"description": "order (source_id: the order) or activity (source_id: the sign-up)"})
    source_id = fields.Integer()
    date = fields.Date(metadata={"description": "China date the service ended"})
    started_at = fields.DateTime(allow_none=True)
    ended_at = fields.DateTime()
    organisation = fields.Nested(OrganisationRefSchema)
    item = fields.String()
    category = fields.String(allow_none=True)
    minutes = fields.Integer()
    hours = fields.Float()
    minutes_status = fields.String(metadata={"description": "verified (system-recorded) or approved (by staff)"})


class TotalsSchema(BaseSchema):
    services = fields.Integer()
    verified_minutes = fields.Integer()
    approved_minutes = fields.Integer()
    minutes = fields.Integer()
    verified_hours = fields.Float()
    approved_hours = fields.Float()
    hours = fields.Float()


class YearTotalsSchema(TotalsSchema):
    year = fields.Integer()


class NextStarSchema(BaseSchema):
    star_level = fields.Integer()
    hours = fields.Integer()
    hours_to_go = fields.Float()


class RecordSchema(BaseSchema):
    volunteer_id = fields.Integer()
    year = fields.Integer(allow_none=True)
    star_level = fields.Integer(metadata={"description": "0 to 5, by verified plus approved hours"})
    next_star_level = fields.Nested(NextStarSchema, allow_none=True)
    star_level_hours = fields.List(fields.Integer())
    totals = fields.Nested(TotalsSchema)
    by_year = fields.List(fields.Nested(YearTotalsSchema))
    services = fields.List(fields.Nested(ServiceSchema))


# Certificates

class CertificateInSchema(BaseSchema):
    start = fields.Date(required=True, data_key="from", metadata={"description": "first China day certified"})
    end = fields.Date(required=True, data_key="to", metadata={"description": "last China day certified (included)"})

    @validates_schema
    def _ordered(self, data, **kwargs):
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise ValidationError(_("`from` must not be after `to`."), "from")


class RevokeInSchema(BaseSchema):
    reason = fields.String(load_default="", validate=validate.Length(max=200))


class CertificateOrganisationSchema(BaseSchema):
    name = fields.String()
    street = fields.String()
    district = fields.String()
    services = fields.Integer()
    verified_hours = fields.Float()
    approved_hours = fields.Float()


class CertificateSchema(BaseSchema):
    """A certificate's facts as the server holds them; the name and ID number masked."""

    code = fields.String()
    valid = fields.Boolean(metadata={"description": "false once revoked"})
    name = fields.String(metadata={"description": "masked: 张*"})
    id_type = fields.String()
    id_number = fields.String(metadata={"description": "masked"})
    start = fields.String(data_key="from")
    end = fields.String(data_key="to")
    services = fields.Integer()
    verified_hours = fields.Float(metadata={"description": "system-recorded"})
    approved_hours = fields.Float(metadata={"description": "approved by staff"})
    hours = fields.Float()
    star_level = fields.Integer(metadata={"description": "at issue"})
    organisations = fields.List(fields.Nested(CertificateOrganisationSchema))
    issuer = fields.String()
    issued_at = fields.DateTime()
    revoked_at = fields.DateTime(allow_none=True)
    verify_url = fields.String()
    pdf_url = fields.String()


# Exports

class ExportQuerySchema(PeriodQuerySchema):
    national = fields.Boolean(load_default=False, metadata={
        "description": "admins only: the export for the national system, with real names and unmasked ID numbers "
                       "(every person in it gets an audit entry)"})


# A person's data

class PersonalDataSchema(BaseSchema):
    """Everything the service holds about the caller (PIPL Art. 45), as JSON."""

    generated_at = fields.String()
    account = fields.Raw(metadata={"description": "phone, name, roles, WeChat identity, communities"})
    sign_ins = fields.Raw()
    identity = fields.Raw(allow_none=True, metadata={"description": "real name and the unmasked ID number (this "
                                                                    "read is audited)"})
    orders_placed = fields.Raw(metadata={"description": "as a resident, with addresses and ratings given"})
    order_series = fields.Raw(metadata={"description": "recurring services (每周探访) for them, with their addresses"})
    notifications = fields.Raw()
    id_number_reads = fields.Raw(metadata={"description": "every read of the unmasked ID number: who, when, why"})
    volunteer = fields.Raw(allow_none=True, metadata={
        "description": "profile, service record, orders served, offers, ratings received, points and their entries, "
                       "redemptions, certificates"})


# Figures by street and district

class AreaQuerySchema(PeriodQuerySchema):
    district = fields.String(validate=validate.Length(min=1, max=50), metadata={"description": "区, exactly"})
    street = fields.String(validate=validate.Length(min=1, max=100), metadata={"description": "街道, exactly"})


class AreaFiguresSchema(BaseSchema):
    """A community's statistics (as GET /communities/{id}/stats has them), or their sums over an area: counts
    added up, rates and means worked out again from the sums; an area's median_minutes is null (not additive)."""

    orders = fields.Nested(stats_schemas.OrderStatsSchema)
    acceptance = fields.Nested(stats_schemas.AcceptanceSchema)
    completion = fields.Nested(stats_schemas.CompletionSchema)
    satisfaction = fields.Nested(stats_schemas.SatisfactionSchema)
    hours = fields.Nested(stats_schemas.HoursSchema)
    points = fields.Nested(stats_schemas.PointsStatsSchema)
    unmet_demand = fields.Nested(stats_schemas.UnmetDemandSchema)
    three_lists = fields.List(fields.Nested(stats_schemas.ThreeListsRowSchema))


class AreaCommunitySchema(AreaFiguresSchema):
    id = fields.Integer()
    name = fields.String()
    lat = fields.Float()
    lng = fields.Float()


class StreetSchema(BaseSchema):
    street = fields.String()
    communities = fields.Integer()
    totals = fields.Nested(AreaFiguresSchema)
    items = fields.List(fields.Nested(AreaCommunitySchema), metadata={"description": "its communities, side by side"})


class DistrictSchema(BaseSchema):
    district = fields.String()
    communities = fields.Integer()
    totals = fields.Nested(AreaFiguresSchema)
    streets = fields.List(fields.Nested(StreetSchema))


class AreaStatsSchema(BaseSchema):
    start = fields.DateTime(data_key="from")
    end = fields.DateTime(data_key="to")
    timezone = fields.String()
    district = fields.String(allow_none=True)
    street = fields.String(allow_none=True)
    communities = fields.Integer()
    totals = fields.Nested(AreaFiguresSchema)
    districts = fields.List(fields.Nested(DistrictSchema))
