"""`flask seed demo`: a demo city in Chongqing, safe to run again (it changes nothing the second time).

Each step finds what it would create by a natural key (a phone number, a community or item name) and
creates only what is missing. Randomness is seeded, so every run plans the same city.
"""
from __future__ import annotations

import random

import click
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import func, select

from app.accounts import service as accounts_service
from app.accounts.models import User
from app.extensions import db
from app.menu import service as menu_service
from app.menu.models import Community

seed_cli = AppGroup("seed", help="Demo data.")

DEMO_PASSWORD = "demo12345"
ADMIN_PHONE = "13800000000"
STAFF_PHONE = "13800000001"
RESIDENT_PHONE = "13800000002"
VOLUNTEER_PHONE = "13800000003"
DEMO_VOLUNTEER_PHONES = [f"139{i:08d}" for i in range(1, 21)]

# Real places in Chongqing (WGS-84). The first is where the demo accounts live; its policy is manual.
COMMUNITIES = [
    dict(name="民生路社区", street="解放碑街道", district="渝中区", city="重庆市", lat=29.5583, lng=106.5786,
         radius_m=1500, dispatch_policy="manual"),
    dict(name="三角碑社区", street="小龙坎街道", district="沙坪坝区", city="重庆市", lat=29.5605, lng=106.4602,
         radius_m=1500, dispatch_policy="auto"),
    dict(name="西郊路社区", street="杨家坪街道", district="九龙坡区", city="重庆市", lat=29.5063, lng=106.5113,
         radius_m=1500, dispatch_policy="batch"),
    dict(name="建新东路社区", street="观音桥街道", district="江北区", city="重庆市", lat=29.5752, lng=106.5326,
         radius_m=2000, dispatch_policy="manual"),
]

CATEGORIES = [
    ("助老", "陪伴、探访与日常照料独居和高龄老人"),
    ("陪诊", "陪同就医、挂号取药"),
    ("助餐", "送餐上门、老年食堂协助"),
    ("家电维修", "小家电、水电的简单维修"),
    ("代办跑腿", "代缴费、代购、代取快递"),
    ("课业辅导", "为中小学生辅导功课"),
    ("心理陪伴", "倾听与情绪疏导"),
    ("法律咨询", "邻里纠纷、赡养、租赁等法律问题咨询"),
    ("清洁助洁", "居家清洁与整理"),
    ("助残", "陪伴与协助残障人士出行"),
]


def _ensure_user(phone: str, name: str, roles, community_ids=(), **extra) -> tuple[User, bool]:
    user = accounts_service.get_by_phone(phone=phone)
    if user is not None:
        return user, False
    user = accounts_service.create(phone=phone, name=name, password=DEMO_PASSWORD, roles=roles,
                                   community_ids=community_ids, **extra)
    return user, True


def seed_communities() -> list[Community]:
    communities = []
    for spec in COMMUNITIES:
        existing = db.session.scalar(select(Community).where(Community.name == spec["name"]))
        communities.append(existing or menu_service.create_community(community_in=dict(spec)))
    return communities


def seed_categories() -> dict:
    categories = {}
    for name, description in CATEGORIES:
        categories[name] = menu_service.get_category_by_name(name=name) or menu_service.create_category(
            category_in={"name": name, "description": description})
    return categories


def seed_demo(log=click.echo) -> dict:
    rng = random.Random(20261121)
    communities = seed_communities()
    categories = seed_categories()
    first = db.session.scalar(select(Community).order_by(Community.id).limit(1))
    accounts = []
    admin, _ = _ensure_user(ADMIN_PHONE, "区管理员", ["admin"])
    accounts.append(("admin", admin))
    staff, _ = _ensure_user(STAFF_PHONE, "社区工作者 李敏", ["staff"], community_ids=[first.id])
    accounts.append(("staff", staff))
    resident, _ = _ensure_user(RESIDENT_PHONE, "居民 王秀英", ["resident"], elderly_living_alone=True)
    accounts.append(("resident", resident))
    for index, community in enumerate(communities[1:], start=4):
        _ensure_user(f"138000000{index:02d}", f"{community.name}工作者", ["staff"], community_ids=[community.id])
    db.session.commit()
    return {"communities": communities, "categories": categories, "first": first, "accounts": accounts, "rng": rng}


@seed_cli.command("demo")
@click.option("--if-new", is_flag=True, help="Only when the database has no users yet (for `make run`).")
@with_appcontext
def demo_command(if_new: bool):
    """Create the demo city (Chongqing) and print the demo accounts."""
    if if_new and db.session.scalar(select(func.count()).select_from(User)):
        click.echo("database already has data; not seeding")
        return
    result = seed_demo()
    click.echo(f"demo city ready: {len(result['communities'])} communities, first: {result['first'].name}")
    click.echo(f"password for every demo account: {DEMO_PASSWORD}")
    for role, user in result["accounts"]:
        click.echo(f"  {role:<10} {user.phone}  {user.name}")
