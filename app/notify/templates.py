"""Which WeChat subscription-message template each event uses, and how its fields are filled.

`TEMPLATES[event]` is (the key of its template id in `WECHAT_TEMPLATES`, a function from the event's `data` to the
template's fields). Choose templates in the mini-program console whose keywords match these field keys; a field's
kind is its key without the number (`thing` ≤ 20 characters, `time` a moment, `name` a person...), and values are
fitted to those limits when the message is queued (app.wechat.messages). `data` holds plain values: order_id,
item_name, window_start, window_end and at (aware datetimes), volunteer_name, stars, pickup_code, reward_name, deadline
(an offer's: its message is not sent after it), star_level and hours (app.records); for activities title, start,
address and reason, for teams team_name (app.activities, app.teams).
Missing values become "-" rather than failing the step that notifies.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from app import clock


class Template(NamedTuple):
    config_key: str
    fields: Callable[[dict], dict]


def _order_no(data: dict) -> str:
    order_id = data.get("order_id")
    return "-" if order_id is None else str(order_id)


TEMPLATES: dict[str, Template] = {
    # 派单提醒, to the volunteer: 服务项目 · 服务时间 · 温馨提示. No address: a volunteer sees it only once they
    # hold the order (PIPL; mission.md).
    "offer_created": Template("offer_created", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": "有新的服务派单，请及时接单",
    }),
    # 接单成功通知, to the resident: 服务项目 · 志愿者 · 服务时间 · 订单编号
    "order_accepted": Template("order_accepted", lambda d: {
        "thing1": d.get("item_name"), "name2": d.get("volunteer_name"), "time3": d.get("window_start"),
        "character_string4": _order_no(d),
    }),
    # 服务进度通知, to the resident: 服务项目 · 当前进度 · 更新时间
    "order_checked_in": Template("order_checked_in", lambda d: {
        "thing1": d.get("item_name"), "phrase2": "志愿者已到", "time3": d.get("at") or clock.now(),
    }),
    # 服务完成评价提醒, to the resident: 服务项目 · 完成时间 · 温馨提示
    "order_completed": Template("order_completed", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("at") or clock.now(), "thing3": "服务已完成，请为本次服务评分",
    }),
    # 差评回访提醒, to staff: 服务项目 · 评分 · 订单编号 · 温馨提示
    "low_rating": Template("low_rating", lambda d: {
        "thing1": d.get("item_name"), "number2": d.get("stars"), "character_string3": _order_no(d),
        "thing4": "收到低分评价，请及时回访",
    }),
    # 派单即将超时, to the volunteer: 服务项目 · 服务时间 · 温馨提示 (no address, as for offer_created)
    "offer_expiring": Template("offer_expiring", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": "派单即将超时，请尽快接单",
    }),
    # 服务变更通知, to the resident: 服务项目 · 订单编号 · 温馨提示 (their volunteer can no longer come)
    "order_released": Template("order_released", lambda d: {
        "thing1": d.get("item_name"), "character_string2": _order_no(d), "thing3": "志愿者无法前来，正在重新安排",
    }),
    # 待处理订单提醒, to staff: 服务项目 · 订单编号 · 原因
    "order_needs_attention": Template("order_needs_attention", lambda d: {
        "thing1": d.get("item_name"), "character_string2": _order_no(d), "thing3": d.get("reason") or "请及时处理",
    }),
    # 服务开始提醒, to the holder 60 minutes before the window: 服务项目 · 服务时间 · 温馨提示 (the address is in the
    # order they hold, not in a message)
    "order_starting": Template("order_starting", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": "服务即将开始，请按时到达并签到",
    }),
    # 签退提醒, to the volunteer 15 minutes before the window ends while in service: 服务项目 · 结束时间 · 温馨提示
    "check_out_due": Template("check_out_due", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_end"), "thing3": "服务即将结束，完成后请签退",
    }),
    # 订单取消通知, to the volunteer holding it: 服务项目 · 服务时间 · 取消原因
    "order_cancelled": Template("order_cancelled", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": d.get("reason") or "订单已取消",
    }),
    # 订单过期通知, to the resident: 服务项目 · 服务时间 · 温馨提示
    "order_expired": Template("order_expired", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": "未能安排志愿者，可重新下单",
    }),
    # 订单变更通知, to the volunteer whose order was handed back by someone else: 服务项目 · 服务时间 · 原因
    "order_handed_back": Template("order_handed_back", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "thing3": d.get("reason") or "订单已收回",
    }),
    # 兑换成功通知, to the volunteer: 奖品名称 · 取货码 · 温馨提示
    "redemption_ready": Template("redemption_ready", lambda d: {
        "thing1": d.get("reward_name"), "character_string2": d.get("pickup_code"), "thing3": "请凭取货码到社区领取",
    }),
    # 星级志愿者达成通知, to the volunteer: 星级 · 累计时长（小时） · 温馨提示
    "star_level_reached": Template("star_level_reached", lambda d: {
        "thing1": f"{d['star_level']}星级志愿者" if d.get("star_level") else None, "number2": d.get("hours"),
        "thing3": "感谢您的志愿服务，可申请服务记录证明",
    }),
    # 候补成功通知, to the volunteer: 活动名称 · 活动时间 · 活动地点 · 温馨提示
    "signup_promoted": Template("signup_promoted", lambda d: {
        "thing1": d.get("title"), "time2": d.get("start"), "thing3": d.get("address"),
        "thing4": "候补成功，您已获得活动名额",
    }),
    # 活动取消通知, to everyone signed up: 活动名称 · 活动时间 · 取消原因
    "activity_cancelled": Template("activity_cancelled", lambda d: {
        "thing1": d.get("title"), "time2": d.get("start"), "thing3": d.get("reason") or "活动已取消",
    }),
    # 活动开始提醒, to those with a place: 活动名称 · 活动时间 · 活动地点 · 温馨提示
    "activity_starting": Template("activity_starting", lambda d: {
        "thing1": d.get("title"), "time2": d.get("start"), "thing3": d.get("address"),
        "thing4": "活动即将开始，请到场扫码签到",
    }),
    # 入队成功通知, to the volunteer: 队伍名称 · 加入时间 · 温馨提示
    "team_join_approved": Template("team_join_approved", lambda d: {
        "thing1": d.get("team_name"), "time2": d.get("at") or clock.now(), "thing3": "您已成为队伍成员",
    }),
    # 队伍派单通知, to the team's leaders: 服务项目 · 服务时间 · 订单编号 · 温馨提示 (no address: leaders do not
    # hold the order)
    "team_order_dispatched": Template("team_order_dispatched", lambda d: {
        "thing1": d.get("item_name"), "time2": d.get("window_start"), "character_string3": _order_no(d),
        "thing4": "社区派单给您的队伍，请指派队员",
    }),
}

EVENTS = tuple(TEMPLATES)
