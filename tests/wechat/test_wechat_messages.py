"""Fitting subscription-message values to WeChat's limits, by the kind in the field's key."""
from datetime import date, datetime, timezone

import pytest

from app.wechat.messages import fit_data, fit_value, kind_of


@pytest.mark.parametrize("key, kind", [("thing1", "thing"), ("character_string12", "character_string"),
                                       ("phone_number3", "phone_number"), ("time2", "time"), ("thing", "thing")])
def test_kind_of(key, kind):
    assert kind_of(key) == kind


@pytest.mark.parametrize("key, value, expected", [
    ("thing1", "上门助老服务：陪同老人到社区医院做定期体检", "上门助老服务：陪同老人到社区医院做定期…"),  # 21 → 20
    ("thing1", "刚好二十个字的服务项目名称一二三四五六七", "刚好二十个字的服务项目名称一二三四五六七"),  # 20 stays
    ("phrase2", "志愿者已经到达", "志愿者已经"),
    ("name3", "欧阳娜娜娜娜娜娜娜娜娜娜", "欧阳娜娜娜娜娜娜娜娜"),
    ("name3", "Christopher Columbus Smith", "Christopher Columbus"),
    ("character_string4", "A" * 40, "A" * 32),
    ("number5", "1" * 40, "1" * 32),
    ("letter6", "x" * 33, "x" * 32),
    ("symbol7", "★★★★★★", "★★★★★"),
    ("phone_number8", "+86 138-0000-0000-1234", "+86 138-0000-0000"),
    ("car_number9", "渝A12345678", "渝A123456"),
    ("thing10", "第一行\n第二行", "第一行 第二行"),
    ("thing11", None, "-"),
    ("thing12", "   ", "-"),
    ("number13", 4, "4"),
])
def test_values_are_cut_to_the_kind_limit(key, value, expected):
    assert fit_value(key, value) == expected


def test_times_and_dates_in_china_time():
    moment = datetime(2026, 11, 21, 23, 5, tzinfo=timezone.utc)  # 07:05 the next day in Chongqing
    assert fit_value("time2", moment) == "2026年11月22日 07:05"
    assert fit_value("date3", moment) == "2026年11月22日 07:05"
    assert fit_value("date4", date(2026, 1, 2)) == "2026年1月2日"
    with pytest.raises(ValueError):
        fit_value("time2", datetime(2026, 11, 21, 23, 5))


def test_fit_data_wraps_values_and_is_stable():
    fields = {"thing1": "很长很长很长很长很长很长很长很长很长很长很长", "amount2": "¥12.50"}
    fitted = fit_data(fields)
    assert fitted == {"thing1": {"value": "很长很长很长很长很长很长很长很长很长很…"}, "amount2": {"value": "¥12.50"}}
    assert fit_data({k: v["value"] for k, v in fitted.items()}) == fitted  # fitting twice changes nothing
