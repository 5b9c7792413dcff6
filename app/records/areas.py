"""Figures by street and district (街道, 区) for leaders: each community's statistics (app.stats, the one definition
of every figure) side by side, and summed for its street, its district and everything asked for.

Counts add up; what is derived from them (completion rate, mean stars, whether a category of the three lists is a
gap) is worked out again from the sums, never averaged. The median time to acceptance is not additive: areas show
it as null, and each community its own. Admins see every community; staff see the communities they serve.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select

from app.extensions import db
from app.menu.models import Community
from app.orders.flows import STATUSES
from app.stats import service as stats_service

SECTIONS = ("orders", "acceptance", "completion", "satisfaction", "hours", "points", "unmet_demand", "three_lists")


def communities_for(*, user, district: str | None, street: str | None) -> list[Community]:
    statement = select(Community).order_by(Community.district, Community.street, Community.id)
    if district:
        statement = statement.where(Community.district == district)
    if street:
        statement = statement.where(Community.street == street)
    if not user.has_role("admin"):
        statement = statement.where(Community.id.in_(user.community_ids or {-1}))
    return list(db.session.scalars(statement))


def area_stats(*, user, district: str | None, street: str | None, period: stats_service.Period) -> dict:
    """GET /stats/areas: districts, their streets, their communities, each with the community statistics."""
    per_community = [(community, stats_service.community_stats(community=community, period=period))
                     for community in communities_for(user=user, district=district, street=street)]
    districts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for community, stats in per_community:
        districts[community.district][community.street].append((community, stats))
    return {
        "start": period.start, "end": period.end, "timezone": "Asia/Shanghai",
        "district": district, "street": street, "communities": len(per_community),
        "totals": rollup([stats for _, stats in per_community]),
        "districts": [{
            "district": name, "communities": sum(len(c) for c in streets.values()),
            "totals": rollup([stats for members in streets.values() for _, stats in members]),
            "streets": [{
                "street": street_name, "communities": len(members),
                "totals": rollup([stats for _, stats in members]),
                "items": [{"id": community.id, "name": community.name, "lat": community.lat, "lng": community.lng,
                           **{section: stats[section] for section in SECTIONS}}
                          for community, stats in members],
            } for street_name, members in streets.items()],
        } for name, streets in districts.items()],
    }


def rollup(stats: list[dict]) -> dict:
    """The sections of several communities' statistics, summed (same period, so the same days)."""
    return {
        "orders": _orders([s["orders"] for s in stats]),
        "acceptance": _acceptance([s["acceptance"] for s in stats]),
        "completion": _completion([s["completion"] for s in stats]),
        "satisfaction": _satisfaction([s["satisfaction"] for s in stats]),
        "hours": _hours([s["hours"] for s in stats]),
        "points": _points([s["points"] for s in stats]),
        "unmet_demand": _unmet([s["unmet_demand"] for s in stats]),
        "three_lists": _three_lists([s["three_lists"] for s in stats]),
    }


def _sum(dicts, keys) -> dict:
    return {key: sum(d[key] for d in dicts) for key in keys}


def _by_date(lists: list[list[dict]], keys) -> list[dict]:
    days: dict = {}
    for days_list in lists:
        for day in days_list:
            merged = days.setdefault(day["date"], {"date": day["date"], **{k: 0 for k in keys}})
            for key in keys:
                merged[key] += day[key]
    return [days[d] for d in sorted(days)]


def _status_counts(dicts) -> dict:
    return {status: sum(d.get(status, 0) for d in dicts) for status in STATUSES}


def _orders(parts: list[dict]) -> dict:
    days: dict = defaultdict(list)
    for part in parts:
        for day in part["per_day"]:
            days[day["date"]].append(day)
    return {"total": sum(p["total"] for p in parts), "by_status": _status_counts([p["by_status"] for p in parts]),
            "per_day": [{"date": d, "total": sum(x["total"] for x in days[d]),
                         "by_status": _status_counts([x["by_status"] for x in days[d]])} for d in sorted(days)]}


def _acceptance(parts: list[dict]) -> dict:
    # Every community's histogram has the same bins, in the order of ACCEPTANCE_BINS.
    histogram = [{"min_minutes": low, "max_minutes": high, "orders": sum(p["histogram"][i]["orders"] for p in parts)}
                 for i, (low, high) in enumerate(stats_service.ACCEPTANCE_BINS)]
    return {"accepted": sum(p["accepted"] for p in parts), "median_minutes": None, "histogram": histogram}


def _completion(parts: list[dict]) -> dict:
    ended, served = sum(p["ended"] for p in parts), sum(p["served"] for p in parts)
    return {"ended": ended, "served": served, "rate": round(served / ended, 4) if ended else None}


def _satisfaction(parts: list[dict]) -> dict:
    by_stars = {str(n): sum(p["by_stars"].get(str(n), 0) for p in parts) for n in range(1, 6)}
    given = sum(by_stars.values())
    return {"ratings": given, "by_stars": by_stars,
            "mean_stars": round(sum(int(s) * n for s, n in by_stars.items()) / given, 2) if given else None,
            **_sum(parts, ("automatic", "low", "open_follow_ups"))}


def _hours(parts: list[dict]) -> dict:
    minutes = _sum(parts, ("verified_minutes", "approved_minutes", "pending_review_minutes", "rejected_minutes"))
    return {**minutes, "verified_hours": round(minutes["verified_minutes"] / 60, 1),
            "approved_hours": round(minutes["approved_minutes"] / 60, 1),
            "per_day": _by_date([p["per_day"] for p in parts], ("verified_minutes", "approved_minutes"))}


def _points(parts: list[dict]) -> dict:
    return {**_sum(parts, ("issued", "redeemed", "expired")),
            "per_day": _by_date([p["per_day"] for p in parts], ("issued", "redeemed"))}


def _unmet(parts: list[dict]) -> dict:
    categories: dict[int, dict] = {}
    for part in parts:
        for row in part["by_category"]:
            merged = categories.setdefault(row["category_id"], {"category_id": row["category_id"], "name": row["name"],
                                                                 "orders": 0, "by_reason": Counter()})
            merged["orders"] += row["orders"]
            merged["by_reason"].update(row["by_reason"])
    cells: dict[str, dict] = {}
    for part in parts:
        for cell in part["by_cell"]:
            cells.setdefault(cell["cell"], {**cell, "orders": 0})["orders"] += cell["orders"]
    reasons = stats_service.UNMET_REASONS
    return {
        "total": sum(p["total"] for p in parts),
        "by_reason": {reason: sum(p["by_reason"][reason] for p in parts) for reason in reasons},
        "by_category": sorted(({**c, "by_reason": {r: c["by_reason"][r] for r in reasons}}
                               for c in categories.values()), key=lambda c: (-c["orders"], c["category_id"])),
        "h3_resolution": parts[0]["h3_resolution"] if parts else stats_service.DEFAULT_H3_RESOLUTION,
        "by_cell": sorted(cells.values(), key=lambda c: (-c["orders"], c["cell"])),
    }


def _three_lists(parts: list[list[dict]]) -> list[dict]:
    keys = ("volunteers", "volunteers_on_duty", "orders", "unmet", "menu_items")
    categories: dict[int, dict] = {}
    for rows in parts:
        for row in rows:
            merged = categories.setdefault(row["category_id"], {"category_id": row["category_id"], "name": row["name"],
                                                                 **{k: 0 for k in keys}})
            for key in keys:
                merged[key] += row[key]
    return [{**entry, "gap": stats_service.is_gap(entry)} for _, entry in sorted(categories.items())]
