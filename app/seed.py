"""`flask seed demo`: a demo city in Chongqing, safe to run again (it changes nothing the second time).

Each step finds what it would create by a natural key (a phone number, a community or item name) and
creates only what is missing. Randomness is seeded, so every run plans the same city.
"""
from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import click
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import func, select

from app import clock
from app.accounts import service as accounts_service
from app.accounts.models import User
from app.extensions import db
from app.matching import volunteers as volunteers_service
from app.menu import service as menu_service
from app.menu.models import Community, MenuItem
from app.orders.models import Order
from app.points import shop
from app.points.models import Reward
from app import seed_activities
from app.records import service as records_service

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


MENU = [  # (category, name, points, expected minutes, description)
    ("助老", "上门探访独居老人", 10, 60, "陪老人聊天，查看居家安全"),
    ("助老", "陪同散步", 6, 45, "陪行动不便的老人在小区散步"),
    ("陪诊", "陪同就医", 20, 180, "陪同去医院挂号、候诊、取药"),
    ("陪诊", "代取药品", 8, 60, "凭处方到社区医院代取药品"),
    ("助餐", "送餐上门", 5, 30, "从社区食堂送午餐到家"),
    ("家电维修", "小家电维修", 12, 60, "电饭煲、电风扇等小家电检修"),
    ("家电维修", "更换灯泡水龙头", 6, 30, "更换灯泡、水龙头等简单维修"),
    ("代办跑腿", "代缴水电气费", 4, 30, "代缴水费、电费、燃气费"),
    ("代办跑腿", "代购生活用品", 5, 45, "到附近超市代购"),
    ("课业辅导", "小学作业辅导", 10, 90, "为双职工家庭孩子辅导作业"),
    ("心理陪伴", "谈心陪伴", 10, 60, "倾听与情绪疏导"),
    ("法律咨询", "法律咨询", 15, 60, "赡养、租赁、邻里纠纷等咨询"),
    ("清洁助洁", "居家清洁", 12, 120, "帮助高龄老人打扫卫生"),
    ("助残", "陪同出行", 12, 90, "陪同残障人士出行办事"),
]
REWARDS = [  # (name, cost in points, stock, description)
    ("洗衣液 2kg", 60, 50, "社区超市提供"),
    ("大米 5kg", 120, 30, "社区超市提供"),
    ("理发券", 40, 100, "社区理发店通用"),
    ("电影票", 200, 20, "周末场次"),
    ("志愿服务纪念徽章", 300, 15, "限量"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边"
GIVEN = "秀英桂英玉兰秀兰建华建国志强敏静丽娜伟芳军洋勇艳杰涛明超霞平刚桂兰海燕婷雪梅红霞德明晓东文斌春梅"
# The demo volunteer's real name (a made-up resident ID of 渝中区 whose check digit is right) and service history: past
# orders of the demo resident served by them, (China date, menu item, minutes, verified or approved by staff, stars).
DEMO_REAL_NAME = ("张伟", "500103198805120034")
DEMO_HISTORY = [
    ("2025-09-06", "上门探访独居老人", 75, True, 5),
    ("2025-10-18", "陪同就医", 190, True, 5),
    ("2025-12-20", "代取药品", 55, False, 4),
    ("2026-01-11", "上门探访独居老人", 65, True, 5),
    ("2026-03-08", "小家电维修", 50, True, None),
    ("2026-05-16", "陪同散步", 45, True, 5),
]
VOLUNTEERS_PER_COMMUNITY = 75
RESIDENTS_PER_COMMUNITY = 12


def _name(rng: random.Random) -> str:
    given = GIVEN[rng.randrange(0, len(GIVEN) - 1, 2):][:2]
    return rng.choice(SURNAMES) + given


def point_near(rng: random.Random, lat: float, lng: float, max_m: float) -> tuple[float, float]:
    """A point uniformly within max_m of (lat, lng). Also grows the load benchmark's city (bench/load.py)."""
    distance = max_m * math.sqrt(rng.random())
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = distance * math.cos(bearing) / 111_320
    dlng = distance * math.sin(bearing) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lng + dlng, 6)


# Realistic weekly patterns: retirees on weekday mornings, workers on evenings and weekends, the flexible; and the
# always-available demo volunteers of the first community. The load benchmark's city uses the same.
WEEKLY_PATTERNS = (
    [{"weekday": d, "start": "08:00", "end": "12:00"} for d in range(5)],
    [{"weekday": d, "start": "18:30", "end": "21:30"} for d in range(5)],
    [{"weekday": d, "start": "09:00", "end": "18:00"} for d in (5, 6)],
    [{"weekday": d, "start": "08:00", "end": "20:00"} for d in range(7)],
)
ALWAYS = [{"weekday": d, "start": "00:00", "end": "24:00"} for d in range(7)]


class _Seeder:
    """Finds or creates each demo thing by its natural key, so a second run creates nothing."""

    def __init__(self):
        self.rng = random.Random(20261121)
        self.admin = None
        self.password_hash = None

    def user(self, phone: str, name: str, roles, community_ids=(), **extra) -> User:
        user = accounts_service.get_by_phone(phone=phone)
        if user is not None:
            return user
        if self.password_hash is None:  # one hash for every demo account: scrypt is slow on purpose
            self.password_hash = accounts_service.hash_password(DEMO_PASSWORD)
        user = accounts_service.create(phone=phone, name=name, roles=roles, community_ids=community_ids, **extra)
        user.password_hash = self.password_hash
        return user

    def volunteer(self, user: User, community: Community, skills, home, availability, *, on_duty_at=None):
        volunteer = volunteers_service.get_by_user(user_id=user.id)
        if volunteer is not None:
            return volunteer
        volunteer = volunteers_service.apply(user=user, volunteer_in=dict(
            community_id=community.id, skills=[c.id for c in skills], home_lat=home[0], home_lng=home[1],
            availability=availability, max_active_orders=self.rng.choice([1, 1, 1, 2, 3])))
        volunteers_service.approve(volunteer=volunteer, staff_user=self.admin)
        if on_duty_at is not None:
            volunteers_service.update_me(volunteer=volunteer, volunteer_in={
                "on_duty": True, "lat": on_duty_at[0], "lng": on_duty_at[1]})
        return volunteer


def community_accounts(index: int, community: Community, first: Community) -> dict:
    """The demo accounts of the community seeded `index`-th: its staff, its volunteers and its residents."""
    return {
        "staff": STAFF_PHONE if community.id == first.id else f"138000001{index:02d}",
        "volunteers": (f"137{index:02d}{0:06d}", f"137{index:02d}{VOLUNTEERS_PER_COMMUNITY - 1:06d}"),
        "residents": (f"136{index:02d}{0:06d}", f"136{index:02d}{RESIDENTS_PER_COMMUNITY - 1:06d}"),
    }


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


def seed_menu(community: Community, categories: dict, staff: User) -> None:
    existing = {item.name for item in db.session.scalars(
        select(MenuItem).where(MenuItem.community_id == community.id))}
    for category_name, name, points, minutes, description in MENU:
        if name not in existing:
            menu_service.create_item(community=community, user=staff, item_in=dict(
                category_id=categories[category_name].id, name=name, points=points, expected_minutes=minutes,
                description=description))


def seed_rewards(community: Community, staff: User) -> None:
    existing = {reward.name for reward in db.session.scalars(
        select(Reward).where(Reward.community_id == community.id))}
    for name, cost, stock, description in REWARDS:
        if name not in existing:
            shop.create_reward(community=community, user=staff, reward_in=dict(
                name=name, cost_points=cost, stock=stock, description=description, active=True))


def seed_demo() -> dict:
    seeder = _Seeder()
    rng = seeder.rng
    communities = seed_communities()
    categories = seed_categories()
    every_skill = list(categories.values())
    first = db.session.scalar(select(Community).order_by(Community.id).limit(1))
    seeder.admin = seeder.user(ADMIN_PHONE, "区管理员", ["admin"])
    accounts = [("admin", seeder.admin)]
    for index, community in enumerate(communities):
        if community.id == first.id:
            staff = seeder.user(STAFF_PHONE, "社区工作者 李敏", ["staff"], community_ids=[community.id])
            accounts.append(("staff", staff))
        else:
            staff = seeder.user(community_accounts(index, community, first)["staff"], f"{community.name}工作者",
                                ["staff"], community_ids=[community.id])
        seed_menu(community, categories, staff)
        seed_rewards(community, staff)
        for n in range(VOLUNTEERS_PER_COMMUNITY):
            user = seeder.user(f"137{index:02d}{n:06d}", _name(rng), ["resident"])
            skills = rng.sample(every_skill, rng.choice([1, 2, 2, 3]))
            seeder.volunteer(user, community, skills, point_near(rng, community.lat, community.lng, 2500),
                             rng.choice(WEEKLY_PATTERNS))
        for n in range(RESIDENTS_PER_COMMUNITY):
            seeder.user(f"136{index:02d}{n:06d}", _name(rng), ["resident"], elderly_living_alone=n % 3 == 0)
    resident = seeder.user(RESIDENT_PHONE, "居民 王秀英", ["resident"], elderly_living_alone=True)
    accounts.append(("resident", resident))
    volunteer_user = seeder.user(VOLUNTEER_PHONE, "志愿者 张伟", ["resident"])
    demo_volunteer = seeder.volunteer(volunteer_user, first, every_skill, (first.lat, first.lng), ALWAYS,
                                      on_duty_at=(first.lat, first.lng))
    accounts.append(("volunteer", volunteer_user))
    seed_record(demo_volunteer, volunteer_user, resident,
                staff_of_first=accounts_service.get_by_phone(phone=STAFF_PHONE), community=first)
    for n, phone in enumerate(DEMO_VOLUNTEER_PHONES):
        user = seeder.user(phone, f"志愿者 {_name(rng)}", ["resident"])
        seeder.volunteer(user, first, every_skill, point_near(rng, first.lat, first.lng, 1000), ALWAYS)
        if n == 0:
            accounts.append(("volunteers", user))
    seed_activities.seed(first=first, second=communities[1], categories=categories, admin=seeder.admin,
                         staff_of_first=accounts_service.get_by_phone(phone=STAFF_PHONE),
                         staff_of_second=accounts_service.get_by_phone(phone=community_accounts(
                             1, communities[1], first)["staff"]))
    db.session.commit()
    return {"communities": communities, "categories": categories, "first": first, "accounts": accounts}


def seed_record(volunteer, user: User, resident: User, *, staff_of_first: User, community: Community) -> None:
    """The demo volunteer's real name and a served history, through the real flows (claim, check-in, check-out,
    a staff approval, ratings) on the dates of DEMO_HISTORY, so their record and certificates show something.
    Only once: not when they have served an order already."""
    from app.orders import acceptance, placing, ratings, visits

    if records_service.get_registration(user_id=user.id) is None:
        records_service.register_real_name(user=user, real_name_in={
            "real_name": DEMO_REAL_NAME[0], "id_type": "resident_id", "id_number": DEMO_REAL_NAME[1]})
    if db.session.scalar(select(Order.id).where(Order.volunteer_id == volunteer.id).limit(1)) is not None:
        return
    items = {item.name: item for item in db.session.scalars(select(MenuItem).where(
        MenuItem.community_id == community.id))}
    here = {"lat": community.lat, "lng": community.lng}
    try:
        for day, item_name, minutes, near, stars in DEMO_HISTORY:
            start = datetime.fromisoformat(f"{day}T09:30:00").replace(tzinfo=clock.CHINA_TZ)
            clock.set_time(start - timedelta(hours=1))
            order = placing.create(user=resident, order_in={
                "menu_item_id": items[item_name].id, "address": "民生路 88 号", "window_start": start,
                "window_end": start + timedelta(hours=4), "note": "", **here})
            acceptance.claim(order=order, user=user)
            clock.set_time(start + timedelta(minutes=5))
            visits.check_in(order=order, user=user, **here)
            clock.set_time(start + timedelta(minutes=5 + minutes))
            away = here if near else {"lat": community.lat + 0.01, "lng": community.lng}  # ~1.1 km: to review
            visits.check_out(order=order, user=user, summary="服务顺利完成", service_code=order.service_code, **away)
            if not near:
                visits.review_minutes(order=order, staff_user=staff_of_first, approve=True,
                                              note="居民电话确认")
            if stars:
                ratings.rate(order=order, user=resident, stars=stars)
    finally:
        clock.set_time(None)


@seed_cli.command("demo")
@click.option("--if-new", is_flag=True, help="Only when the database has no users yet (for `make run`).")
@with_appcontext
def demo_command(if_new: bool):
    """Create the demo city (Chongqing) and print the demo accounts."""
    if if_new and db.session.scalar(select(func.count()).select_from(User)):
        click.echo("database already has data; not seeding")
        return
    result = seed_demo()
    first = result["first"]
    click.echo(f"demo city ready: {len(result['communities'])} communities in Chongqing; "
               f"the demo accounts are in {first.name} (id {first.id}, {first.district}{first.street})")
    click.echo(f"password for every demo account: {DEMO_PASSWORD}")
    for role, user in result["accounts"]:
        label = f"{user.phone} to {DEMO_VOLUNTEER_PHONES[-1]}" if role == "volunteers" else user.phone
        click.echo(f"  {role:<10} {label}  {user.name}")
    click.echo(f"teams and activities (招募) in {first.name}: " + "; ".join(
        name for name, *_ in seed_activities.TEAMS) + "; " + "; ".join(spec[0] for spec in seed_activities.ACTIVITIES))
    click.echo("every community (approved volunteers with a few skills and weekly hours; residents to order):")
    for index, community in enumerate(result["communities"]):
        accounts = community_accounts(index, community, first)
        click.echo(f"  {community.name} (id {community.id}, {community.dispatch_policy}): staff {accounts['staff']}, "
                   f"volunteers {' to '.join(accounts['volunteers'])}, residents {' to '.join(accounts['residents'])}")
