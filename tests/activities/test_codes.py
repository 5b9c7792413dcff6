"""The rotating sign-in code: RFC 4226/6238 as published, 6 digits a minute, accepted for the current and the previous
period only, and its QR code."""
from datetime import datetime, timedelta, timezone

from app.activities import codes

RFC_SECRET = b"12345678901234567890"


def test_hotp_matches_rfc_4226_appendix_d():
    expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
    assert [codes.hotp(RFC_SECRET, counter) for counter in range(10)] == expected


def test_totp_matches_rfc_6238_with_its_time_steps():
    # RFC 6238 appendix B (SHA-1, 8 digits) uses 30 s steps: the same counters give the same codes here.
    assert codes.hotp(RFC_SECRET, 59 // 30, digits=8) == "94287082"
    assert codes.hotp(RFC_SECRET, 1111111109 // 30, digits=8) == "07081804"
    assert codes.hotp(RFC_SECRET, 1234567890 // 30, digits=8) == "89005924"


def test_a_code_lasts_its_minute_and_one_more():
    secret = codes.new_secret()
    start = datetime(2026, 12, 1, 9, 0, 0, tzinfo=timezone.utc)
    shown = codes.code_at(secret, start + timedelta(seconds=5))
    assert len(shown) == 6 and shown.isdigit()
    assert codes.code_at(secret, start + timedelta(seconds=59)) == shown
    assert codes.expires_at(start + timedelta(seconds=5)) == start + timedelta(seconds=60)
    assert codes.is_valid(secret, shown, start + timedelta(seconds=59))
    assert codes.is_valid(secret, shown, start + timedelta(seconds=119))  # the previous period's code
    assert not codes.is_valid(secret, shown, start + timedelta(seconds=120))  # two periods on: expired
    assert not codes.is_valid(secret, codes.code_at(secret, start + timedelta(seconds=60)), start)  # not early
    assert not codes.is_valid(secret, "", start) and not codes.is_valid(secret, None, start)


def test_codes_change_every_minute_and_per_activity():
    a, b = codes.new_secret(), codes.new_secret()
    start = datetime(2026, 12, 1, 9, 0, 0, tzinfo=timezone.utc)
    minutes = [codes.code_at(a, start + timedelta(minutes=n)) for n in range(30)]
    assert len(set(minutes)) >= 28  # 6 random digits a minute: a repeat within half an hour is rare
    assert codes.code_at(a, start) != codes.code_at(b, start) or codes.code_at(a, start + timedelta(minutes=1)) != \
        codes.code_at(b, start + timedelta(minutes=1))


def test_the_qr_code_is_an_svg_of_square_modules():
    svg = codes.qr_svg("https://volunteer.example/m/activities/7/sign-in?code=123456")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'viewBox="0 0 ' in svg and "<path" in svg
    size = int(svg.split('viewBox="0 0 ')[1].split(" ")[0])
    assert (size - 2 * codes.QR_BORDER - 17) % 4 == 0  # a QR version's side is 17 + 4v modules


def _drawn_cells(svg: str) -> set[tuple[int, int]]:
    """The dark modules the SVG's path paints: each run is `M{x} {y}h{w}v1h-{w}z`, one row high."""
    import re

    path = svg.split(' d="')[1].split('"')[0]
    cells = set()
    for x, y, width, back in re.findall(r"M(\d+) (\d+)h(\d+)v1h-(\d+)z", path):
        assert width == back  # each run closes on itself: a rectangle
        cells |= {(int(y), int(x) + i) for i in range(int(width))}
    return cells


def test_the_qr_picture_paints_exactly_the_codes_dark_modules_inside_its_quiet_zone():
    """What a phone's camera reads is the picture: every dark module of the code, and nothing else, at its place."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    link = "https://volunteer.example/m/activities/7/sign-in?code=123456"
    widget = QrCodeWidget(link, barLevel="M")
    widget.qr.make()
    modules = widget.qr.modules
    border = codes.QR_BORDER
    expected = {(row + border, col + border) for row, cells in enumerate(modules) for col, dark in enumerate(cells)
                if dark}
    svg = codes.qr_svg(link)
    assert _drawn_cells(svg) == expected
    size = len(modules) + 2 * border
    assert f'viewBox="0 0 {size} {size}"' in svg and f'<rect width="{size}" height="{size}" fill="#fff"/>' in svg


def test_each_activity_gets_a_fresh_secret_of_160_bits():
    """RFC 4226's recommended length: a shorter secret would be easier to guess from the codes it shows."""
    secrets = {codes.new_secret() for _ in range(20)}
    assert len(secrets) == 20
    assert {len(bytes.fromhex(secret)) for secret in secrets} == {20}
