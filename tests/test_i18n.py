"""The catalog keeps up with the code (app/i18n.py): every msgid in app/ has its zh-CN translation with the same
params, the compiled .mo is the .po, and no text for people is written where the catalog cannot see it. Plus the
rules that hold outside a request (the scheduler's texts are zh-CN) and for a message that no longer renders."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from app import i18n
from app.i18n import msg

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
PO = APP / "translations" / "zh_Hans_CN" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "_l": None, "msg": None, "N_": None}  # as the Makefile's `translations` extracts them
HOW = "run `make translations` and fill in the new msgstr in " + str(PO.relative_to(ROOT))


def _msgids_in_code() -> dict[str, str]:
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(APP), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()):
        found.setdefault(message, f"app/{filename}:{lineno}")
    return found


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\((\w+)\)s", text)) | set(re.findall(r"\{(\w+)\}", text))


def test_every_msgid_in_the_code_has_a_zh_cn_translation_with_the_same_params():
    catalog = {m.id: m for m in read_po(PO.open("rb")) if m.id}
    problems = []
    for msgid, where in sorted(_msgids_in_code().items()):
        entry = catalog.get(msgid)
        if entry is None or not entry.string:
            problems.append(f"{where}: {msgid!r} has no zh-CN translation")
        elif entry.fuzzy:
            problems.append(f"{where}: {msgid!r} is fuzzy")
        elif _placeholders(entry.string) != _placeholders(msgid):
            problems.append(f"{where}: {msgid!r} → {entry.string!r}: the params differ")
    assert not problems, HOW + ":\n" + "\n".join(problems)


def test_the_catalog_holds_no_msgid_the_code_dropped():
    stale = {m.id for m in read_po(PO.open("rb")) if m.id} - set(_msgids_in_code())
    assert not stale, HOW + ": no longer in the code: " + ", ".join(sorted(stale))


def test_the_compiled_catalog_is_the_po():
    po = {m.id: m.string for m in read_po(PO.open("rb")) if m.id}
    mo = {m.id: m.string for m in read_mo(MO.open("rb")) if m.id}
    assert mo == po, "the .mo is behind the .po: " + HOW


# Where the catalog cannot see a text: a literal or an f-string where people will read it.

STORED_TEXT_CALLS = {"notify": ("title", "body"), "notify_staff": ("title", "body"), "post": ("reason",),
                     "transition": ("note",), "note": ("note", "text"), "created": ("note",), "record": ("note",),
                     "_offer_to": ("note",), "_offer_to_chosen": ("note",), "offer": ("note",)}
ERROR_CALLS = {"ApiError", "bad_request", "unauthorized", "forbidden", "conflict", "invalid", "problem", "too_many",
               "_unauthorized"}
EXEMPT = {"seed.py", "seed_activities.py"}  # demo data: what people typed


def _is_text(node) -> bool:
    """A literal sentence or an f-string sentence (the catalog sees neither); `f"offer_{status}"` is a code."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.Constant) and " " in part.value for part in node.values)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()


def _is_stored_text(node) -> bool:
    """Any literal or f-string: a stored text for people is a msg() (or a person's own words, a variable)."""
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)
                                               and bool(node.value.strip()))


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _untranslatable(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _call_name(call)
        if name in STORED_TEXT_CALLS:
            texts = [k.value for k in call.keywords if k.arg in STORED_TEXT_CALLS[name]]
            if name == "note":
                texts += call.args[1:2]
            yield from (f"{path.relative_to(ROOT)}:{t.lineno}: {name}() stores this text as it is; use msg()"
                        for t in texts if _is_stored_text(t))
        if name in ERROR_CALLS:
            texts = [a for a in call.args] + [k.value for k in call.keywords if k.arg == "detail"]
            yield from (f"{path.relative_to(ROOT)}:{t.lineno}: {name}() detail not translatable; use _l()"
                        for t in texts if _is_text(t))


def test_no_text_for_people_is_out_of_the_catalogs_sight():
    found = [line for path in sorted(APP.rglob("*.py")) if path.name not in EXEMPT for line in _untranslatable(path)]
    assert not found, "\n".join(found)


# Outside a request, and messages that do not render

def test_outside_a_request_texts_are_zh_cn(app):
    with app.app_context():  # a scheduler job: no request, no client to ask
        assert i18n.select_locale() == "zh_Hans_CN"
        assert i18n.render(msg("offered to volunteer %(volunteer)s", volunteer=7)) == "已派单给志愿者 7"
        assert i18n.stored(msg("claimed from the open pool"), 500) == (
            "从抢单池接单", {"id": "claimed from the open pool", "params": {}})


def test_a_nested_message_renders_in_the_readers_language(app):
    reason = msg("Reversed %(kind)s of order %(order)s: %(reason)s", kind=msg("rating bonus"), order=3,
                 reason="重复发放")
    with app.app_context():
        text, stored = i18n.stored(reason, 200)
    assert text == "撤回订单 3 的好评奖励：重复发放"
    with app.test_request_context(headers={"Accept-Language": "en"}):
        assert i18n.shown(text, stored) == "Reversed rating bonus of order 3: 重复发放"


def test_a_message_that_no_longer_renders_shows_the_stored_text(app):
    with app.test_request_context(headers={"Accept-Language": "en"}):
        broken = {"id": "offered to volunteer %(volunteer)s", "params": {"someone": 1}}
        assert i18n.shown("已派单给志愿者 1", broken) == "已派单给志愿者 1"
        assert i18n.shown("as typed", None) == "as typed"


def test_a_long_text_is_clipped_to_its_column_in_zh_cn(app):
    with app.app_context():
        text, stored = i18n.stored(msg("You joined “%(team)s”", team="队" * 300), 100)
        assert len(text) == 100 and text.startswith("您已加入「") and stored["params"]["team"] == "队" * 300
