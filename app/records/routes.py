"""HTTP routes for the official record: the service record, certificates, exports, a person's data, area figures."""
from flask import Response, stream_with_context
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.errors import ApiError
from app.extensions import limiter
from app.i18n import _l
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.openapi import problems
from app.records import areas, certificates, exports, pdf, rights, service
from app.records.schemas import (
    AreaQuerySchema,
    AreaStatsSchema,
    CertificateInSchema,
    CertificateSchema,
    ExportQuerySchema,
    PersonalDataSchema,
    RecordQuerySchema,
    RecordSchema,
    RevokeInSchema,
)

blp = Blueprint("records", __name__, url_prefix="/api/v1", description="The official record")


@blp.route("/volunteers/me/record", methods=["GET"])
@auth_required()
@blp.arguments(RecordQuerySchema, location="query")
@blp.response(200, RecordSchema)
@problems(404, "volunteer_not_found")
def my_record(query):
    """The caller's service record (志愿服务记录): every service with its organisation, item and minutes, verified
    (system-recorded) and approved (by staff) kept apart, totals by year and in all, and the star level (星级)."""
    volunteer = volunteers_service.get_own_or_404(user=me())
    return service.record(volunteer=volunteer, year=query.get("year"))


# Certificates (志愿服务记录证明)

# Codes are unguessable (120 bits); the limit keeps anyone from trying many anyway.
CERTIFICATE_LOOKUPS = "120 per minute"


@blp.route("/volunteers/me/certificates", methods=["POST"])
@auth_required()
@blp.arguments(CertificateInSchema)
@blp.response(201, CertificateSchema)
@problems(404, "volunteer_not_found")
@problems(409, "real_name_required")
@problems(422, "period_in_future")
def issue_certificate(body):
    """A 志愿服务记录证明 of the caller's services from `from` to `to` (China days, both included), with its `code`,
    `pdf_url` and `verify_url`. Needs a real name (409 `real_name_required`)."""
    volunteer = volunteers_service.get_own_or_404(user=me())
    certificate = certificates.issue(volunteer=volunteer, user=me(), start=body["start"], end=body["end"])
    return certificates.public_view(certificate)


@blp.route("/certificates/<code>.pdf", methods=["GET"])
@limiter.limit(CERTIFICATE_LOOKUPS)
@blp.response(200, content_type="application/pdf", description="The certificate as a PDF (A4).")
@problems(404, "certificate_not_found")
def certificate_pdf(code):
    """The certificate as a PDF, for anyone holding its code: name, masked ID, period, services by organisation,
    hours verified and approved, star level, issuer, date, code and a QR code of the verify URL."""
    certificate = certificates.get(code=code)
    document = pdf.render(certificate, verify_url=certificates.verify_url(certificate))
    return Response(document, mimetype="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="certificate-{certificate.code}.pdf"'})


@blp.route("/certificates/<code>", methods=["GET"])
@limiter.limit(CERTIFICATE_LOOKUPS)
@blp.response(200, CertificateSchema)
@problems(404, "certificate_not_found")
def verify_certificate(code):
    """Check a certificate: its facts as the server holds them (masked name, period, hours, issued) and whether it
    is still `valid`. An unknown or altered code is a 404."""
    return certificates.public_view(certificates.get(code=code))


@blp.route("/certificates/<code>/revoke", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(RevokeInSchema)
@blp.response(200, CertificateSchema)
@problems(403, "not_community_staff")
@problems(404, "certificate_not_found")
@problems(409, "certificate_revoked")
def revoke_certificate(body, code):
    """Revoke a certificate (staff of the volunteer's community, admins): it then verifies as `valid: false`."""
    certificate = certificates.revoke(certificate=certificates.get(code=code), staff_user=me(), reason=body["reason"])
    return certificates.public_view(certificate)


# Exports for reports and the national system

def _period(query):
    from app.stats import service as stats_service

    try:
        return stats_service.resolve_period(start=query.get("start"), end=query.get("end"))
    except stats_service.PeriodError as exc:
        raise ApiError.validation_failed({exc.field: [exc.message]}) from None


def _export_view(dataset: str, fmt: str):
    def view(query, community_id):
        community = menu_service.get_community_or_404(community_id=community_id)
        require_staff_of(me(), community.id)
        if query["national"] and not me().has_role("admin"):
            raise ApiError.forbidden(_l("Only an admin exports for the national system."), code="admin_only")
        export = exports.Export(dataset, community, _period(query), query["national"])
        exports.audit(export, actor=me())
        headers = {"Content-Disposition": f'attachment; filename="{exports.filename(export, fmt)}"'}
        if fmt == "csv":
            return Response(stream_with_context(exports.csv_chunks(exports.rows(export))),
                            mimetype=exports.MIME_TYPES[fmt], headers=headers)
        path = exports.xlsx_file(exports.rows(export), title=exports.SHEET_TITLES[dataset])
        response = Response(exports.file_chunks(path), mimetype=exports.MIME_TYPES[fmt], headers=headers)
        response.call_on_close(lambda: exports.remove_file(path))
        return response

    view.__name__ = f"export_{dataset}_{fmt}"
    view.__doc__ = (f"The community's {dataset} for a period as {fmt.upper()} (staff of the community), headed as the "
                    "national volunteer record names the fields; personal data masked, except in an admin's "
                    "`national` export. Streamed: constant memory however large the community.")
    return view


for _dataset in exports.DATASETS:
    for _fmt in exports.FORMATS:
        blp.route(f"/communities/<int:community_id>/exports/{_dataset}.{_fmt}", methods=["GET"])(
            auth_required("staff", "admin")(
                blp.arguments(ExportQuerySchema, location="query")(
                    blp.response(200, content_type=exports.MIME_TYPES[_fmt].split(";")[0],
                                 description=f"{_dataset} as {_fmt.upper()}")(
                        problems(403, "not_community_staff", "admin_only")(_export_view(_dataset, _fmt))))))


# A person's rights over their data (PIPL Art. 45, 47)

@blp.route("/me/export", methods=["GET"])
@auth_required()
@blp.response(200, PersonalDataSchema)
def export_my_data():
    """Everything the service holds about the caller, as JSON (PIPL Art. 45): account, sign-ins, real name and ID
    number, orders placed, notifications, who read their ID number, and as a volunteer their profile, record,
    orders served, ratings, points, redemptions and certificates."""
    return rights.personal_data(user=me())


@blp.route("/me", methods=["DELETE"])
@auth_required()
@blp.response(204)
@problems(409, "holds_orders", "order_in_service")
def close_my_account():
    """Close the caller's account (PIPL Art. 47): personal data erased or replaced by a pseudonym; service records,
    ratings and ledger entries stay under it. Open orders are cancelled and uncollected redemptions refunded; 409
    `order_in_service` while an order of theirs is being served, 409 `holds_orders` while they hold orders as a
    volunteer."""
    rights.close_account(user=me())


# Figures by street and district

@blp.route("/stats/areas", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(AreaQuerySchema, location="query")
@blp.response(200, AreaStatsSchema)
def area_stats(query):
    """The community statistics and the three lists rolled up by street and district, the communities side by side
    (admins: every community, or those of `district` / `street`; staff: the communities they serve)."""
    return areas.area_stats(user=me(), district=query.get("district"), street=query.get("street"),
                            period=_period(query))
