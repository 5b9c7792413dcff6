"""The certificate as a PDF (reportlab): one A4 page, Chinese set as real text in an embedded TrueType font (so
`pdftotext` and screen readers get the words, not pictures of them), with a QR code of the verify URL.

The font is the TrueType (or TrueType collection) file in CERTIFICATE_FONT, embedded as a subset; where that file
is missing, the PDF names the reader's built-in STSong-Light, a CID font every PDF reader maps for Chinese, still
as text. Rendering is deterministic (`invariant`): the same certificate gives the same bytes.
"""
from __future__ import annotations

import io
import os
from datetime import date
from xml.sax.saxutils import escape

from flask import current_app
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app import clock
from app.records.models import Certificate
from app.records.service import hours

_registered: dict[str, str] = {}  # font file (or "") -> the name it is registered under


def font_name() -> str:
    """The registered font for Chinese text: the configured TrueType file, else STSong-Light."""
    path = current_app.config.get("CERTIFICATE_FONT") or ""
    if not os.path.isfile(path):
        path = ""
    if path not in _registered:
        if path:
            name = f"CertificateFont{len(_registered)}"
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        else:
            name = "STSong-Light"
            pdfmetrics.registerFont(UnicodeCIDFont(name))
        _registered[path] = name
    return _registered[path]


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def _qr(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def render(certificate: Certificate, *, verify_url: str) -> bytes:
    facts = certificate.facts
    font = font_name()
    style = ParagraphStyle("body", fontName=font, fontSize=11.5, leading=20, wordWrap="CJK")
    small = ParagraphStyle("small", parent=style, fontSize=9, leading=14, textColor=colors.HexColor("#555555"))
    title = ParagraphStyle("title", parent=style, fontSize=24, leading=34, alignment=1, spaceAfter=6 * mm)
    right = ParagraphStyle("right", parent=style, alignment=2)
    verified, approved = facts["verified_minutes"], facts["approved_minutes"]
    story = [
        Paragraph("志愿服务记录证明", title),
        Paragraph(f"兹证明 {escape(facts['name'])}（{facts['id_type_name']}：{facts['id_number']}）于 "
                  f"{_day(facts['from'])} 至 {_day(facts['to'])} 期间参加志愿服务，经本平台记录如下：", style),
        Spacer(1, 4 * mm),
        _organisations_table(facts, font),
        Spacer(1, 5 * mm),
        Paragraph(f"累计志愿服务时长：{hours(verified + approved)} 小时（其中系统记录 {hours(verified)} 小时，"
                  f"管理员认定 {hours(approved)} 小时），共 {facts['services']} 次服务。", style),
        Paragraph(f"星级：{_stars(facts['star_level'])}", style),
        Spacer(1, 6 * mm),
        Paragraph(f"出具单位：{escape(facts['issuer'])}", right),
        Paragraph(f"出具日期：{_day(facts['issued_on'])}", right),
        Paragraph(f"证明编号：{certificate.code}", right),
        Spacer(1, 6 * mm),
        Table([[_qr(verify_url, 30 * mm),
                Paragraph(f"扫描二维码或访问以下地址核验本证明：<br/>{escape(verify_url)}", small)]],
              colWidths=[34 * mm, None], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")])),
        Spacer(1, 4 * mm),
        Paragraph("说明：本证明依据本平台的志愿服务记录出具。系统记录时长指经签到、签退定位核验的服务时长；"
                  "管理员认定时长指定位核验未通过、经社区工作人员审核认定的服务时长。", small),
    ]
    if certificate.revoked_at is not None:
        revoked = certificate.revoked_at.astimezone(clock.CHINA_TZ).date()
        story.insert(1, Paragraph(f"本证明已撤销，不再有效（撤销日期：{revoked.year}年{revoked.month}月{revoked.day}日）",
                                  ParagraphStyle("revoked", parent=style, textColor=colors.HexColor("#c8102e"),
                                                 alignment=1, fontSize=14, leading=22)))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                      bottomMargin=20 * mm, title=f"志愿服务记录证明 {certificate.code}",
                      author=facts["issuer"], invariant=True).build(story)
    return out.getvalue()


def _stars(level: int) -> str:
    return f"{level}星级志愿者" if level else "未达星级"


def _organisations_table(facts: dict, font: str) -> Table:
    cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=13, alignment=1, wordWrap="CJK")
    header = [Paragraph(text, cell) for text in
              ("服务组织", "所属街道", "服务次数", "系统记录时长（小时）", "管理员认定时长（小时）", "合计（小时）")]
    rows = [[o["name"], f"{o['district']}{o['street']}", o["services"], hours(o["verified_minutes"]),
             hours(o["approved_minutes"]), hours(o["verified_minutes"] + o["approved_minutes"])]
            for o in facts["organisations"]]
    if not rows:
        rows = [["（本期间无服务记录）", "", 0, 0.0, 0.0, 0.0]]
    total = ["合计", "", facts["services"], hours(facts["verified_minutes"]), hours(facts["approved_minutes"]),
             hours(facts["verified_minutes"] + facts["approved_minutes"])]
    table = Table([header, *rows, total], repeatRows=1,
                  colWidths=[38 * mm, 38 * mm, 18 * mm, 24 * mm, 26 * mm, 22 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3ece4")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, -1), (-1, -1), font, 10),
    ]))
    return table
