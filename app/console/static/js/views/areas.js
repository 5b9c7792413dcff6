// 区县视图 (admins): GET /stats/areas drawn as each district's figures, its streets and their communities side by
// side, with the communities' orders and unmet demand as bars.

import * as api from "../api.js";
import { hbars } from "../charts.js";
import { clear, errorText, fmtHours, h } from "../dom.js";

const pct = (rate) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
const stars = (mean) => (mean === null ? "—" : mean.toFixed(2));
const gaps = (figures) => figures.three_lists.filter((row) => row.gap).length;

export async function draw(body, { from, to, district }) {
  clear(body, h("p", { class: "muted" }, "正在汇总…"));
  try {
    const areas = await api.get("/stats/areas", { from, to, ...(district ? { district } : {}) });
    clear(body, summary(areas), ...areas.districts.map(districtPanel));
    if (!areas.districts.length) body.append(h("p", { class: "muted" }, "没有符合条件的社区。"));
    return areas;
  } catch (error) {
    clear(body, h("p", { class: "error" }, errorText(error)));
    return null;
  }
}

function summary(areas) {
  const t = areas.totals;
  return h("div", { class: "kpis", "data-testid": "area-totals" },
    kpi("社区", areas.communities, `${areas.districts.length} 个区`),
    kpi("订单", t.orders.total, `未满足 ${t.unmet_demand.total} 单`),
    kpi("完成率", pct(t.completion.rate), `已结束 ${t.completion.ended} 单`),
    kpi("满意度", stars(t.satisfaction.mean_stars), `${t.satisfaction.ratings} 条评价`),
    kpi("志愿时长", fmtHours(t.hours.verified_minutes), `人工核准 ${fmtHours(t.hours.approved_minutes)}`),
    kpi("积分", `${t.points.issued} / ${t.points.redeemed}`, "发放 / 兑换"));
}

function kpi(label, value, sub) {
  return h("div", { class: "kpi" }, h("div", { class: "label" }, label), h("div", { class: "value" }, value),
    h("div", { class: "sub" }, sub || ""));
}

const HEAD = ["街道 / 社区", "订单", "完成率", "满意度", "系统核实", "人工核准", "未满足", "缺口类别"];

function cells(name, figures, attrs = {}) {
  return h("tr", attrs, [name, figures.orders.total, pct(figures.completion.rate), stars(figures.satisfaction.mean_stars),
    fmtHours(figures.hours.verified_minutes), fmtHours(figures.hours.approved_minutes), figures.unmet_demand.total,
    gaps(figures)].map((value, index) => h(index ? "td" : "th", { class: index ? "num" : "" }, value)));
}

function districtPanel(district) {
  const communities = district.streets.flatMap((street) => street.items);
  const rows = district.streets.flatMap((street) => [
    cells(`${street.street}（${street.communities} 个社区）`, street.totals, { class: "street" }),
    ...street.items.map((item) => cells(`　${item.name}`, item, { "data-community-id": item.id })),
  ]);
  return h("div", { class: "panel", "data-testid": "district", "data-district": district.district },
    h("h2", {}, `${district.district} · ${district.communities} 个社区`),
    h("table", { "data-testid": "district-table" },
      h("thead", {}, h("tr", {}, HEAD.map((text, index) => h("th", { class: index ? "num" : "" }, text)))),
      h("tbody", {}, cells("全区合计", district.totals, { class: "total" }), ...rows)),
    h("div", { class: "grid cols-2" },
      h("div", {}, h("h3", {}, "各社区订单"), hbars(`orders-${district.district}`,
        communities.map((item) => ({ label: item.name, value: item.orders.total, colour: "#1565c0" })),
        { width: 420, label: `${district.district}各社区订单` })),
      h("div", {}, h("h3", {}, "各社区未满足需求"), hbars(`unmet-${district.district}`,
        communities.map((item) => ({ label: item.name, value: item.unmet_demand.total })),
        { width: 420, label: `${district.district}各社区未满足需求` }))));
}
