// 仪表盘: GET /communities/{id}/stats drawn as KPIs, charts, the three lists side by side, and the unmet demand
// by category and as a hexagon map of H3 cells. Admins can switch to the district view (views/areas.js).

import * as api from "../api.js";
import { bars, hbars, heat, lines, stackedBars } from "../charts.js";
import { chinaParts, clear, errorText, fmtHours, fmtMinutes, h } from "../dom.js";
import { STATUS, STATUS_COLOURS, STATUS_ORDER, UNMET_REASON } from "../labels.js";
import { communityMap } from "../map.js";
import * as areas from "./areas.js";

export async function render(root, { community, isAdmin }) {
  const today = chinaParts().date;
  const monthAgo = chinaParts(new Date(Date.now() - 29 * 86400 * 1000)).date;
  const from = h("input", { type: "date", value: monthAgo, "data-testid": "stats-from" });
  const to = h("input", { type: "date", value: today, "data-testid": "stats-to" });
  const body = h("div", { "data-testid": "dashboard" }, h("p", { class: "muted" }, "正在统计…"));
  // Admins: this community, or the district view (every district, or one).
  const view = h("select", { "aria-label": "视图", "data-testid": "dashboard-view", onchange: () => load() },
    h("option", { value: "community" }, "本社区"), h("option", { value: "areas" }, "区县视图"));
  const district = h("select", { "aria-label": "区", "data-testid": "area-district", onchange: () => load() },
    h("option", { value: "" }, "全部区"));
  const load = async () => {
    district.hidden = view.value !== "areas";
    if (view.value === "areas") {
      const drawn = await areas.draw(body, { from: from.value, to: to.value, district: district.value });
      if (drawn && !district.value && district.options.length === 1) {
        drawn.districts.forEach((d) => district.append(h("option", { value: d.district }, d.district)));
      }
      return;
    }
    try {
      const stats = await api.get(`/communities/${community.id}/stats`, { from: from.value, to: to.value });
      draw(body, stats);
    } catch (error) {
      clear(body, h("p", { class: "error" }, errorText(error)));
    }
  };
  district.hidden = true;
  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `仪表盘 · ${community.name}`), h("span", { class: "spacer" }),
      ...(isAdmin ? [view, district] : []),
      h("label", { class: "actions" }, "从", from, "到", to),
      h("button", { onclick: load, "data-testid": "stats-reload" }, "统计")),
    body);
  await load();
}

function kpi(label, value, sub, testid) {
  return h("div", { class: "kpi", "data-testid": testid }, h("div", { class: "label" }, label), h("div", { class: "value" }, value),
    h("div", { class: "sub" }, sub || ""));
}

const short = (isoDate) => isoDate.slice(5).replace("-", "/");

function draw(body, stats) {
  const { orders, acceptance, completion, satisfaction, hours, points, unmet_demand: unmet } = stats;
  const kpis = h("div", { class: "kpis" },
    kpi("订单", orders.total, `待派单 ${orders.by_status.pending} · 进行中 ${orders.by_status.offered + orders.by_status.accepted + orders.by_status.in_service}`, "kpi-orders"),
    kpi("接单用时（中位数）", acceptance.median_minutes === null ? "—" : fmtMinutes(acceptance.median_minutes), `${acceptance.accepted} 单已接`, "kpi-acceptance"),
    kpi("完成率", completion.rate === null ? "—" : `${Math.round(completion.rate * 100)}%`, `已结束 ${completion.ended} 单，完成 ${completion.served} 单`, "kpi-completion"),
    kpi("满意度", satisfaction.mean_stars === null ? "—" : `${satisfaction.mean_stars.toFixed(2)} 星`, `${satisfaction.ratings} 条评价 · 自动好评 ${satisfaction.automatic}`, "kpi-satisfaction"),
    kpi("志愿时长", fmtHours(hours.verified_minutes), `人工核准 ${fmtHours(hours.approved_minutes)} · 待审核 ${fmtHours(hours.pending_review_minutes)}`, "kpi-hours"),
    kpi("积分", `${points.issued} / ${points.redeemed}`, "发放 / 兑换", "kpi-points"));

  const days = orders.per_day.map((day) => ({ label: day.date, short: short(day.date), values: day.by_status }));
  const statusSeries = STATUS_ORDER.map((key) => ({ key, label: STATUS[key], colour: STATUS_COLOURS[key] }));
  const histogram = acceptance.histogram.map((bin) => ({
    label: bin.max_minutes === null ? `≥${bin.min_minutes}` : `${bin.min_minutes}-${bin.max_minutes}`, value: bin.orders }));
  const starRows = [1, 2, 3, 4, 5].map((n) => ({ label: `${n}星`, value: satisfaction.by_stars[String(n)] || 0,
    colour: n <= 2 ? "#c62828" : n === 3 ? "#f9a825" : "#2e7d32" }));
  const hourDays = hours.per_day.map((day) => ({ label: day.date, short: short(day.date),
    values: { verified: day.verified_minutes / 60, approved: day.approved_minutes / 60 } }));
  const pointDays = points.per_day.map((day) => ({ label: day.date, short: short(day.date), values: day }));

  clear(body, kpis,
    h("div", { class: "panel" }, h("h2", {}, "每日订单（按当前状态）"),
      stackedBars("orders-per-day", days, statusSeries, { width: 960, height: 240, label: "每日订单" })),
    h("div", { class: "grid cols-3" },
      h("div", { class: "panel" }, h("h2", {}, "接单用时分布（分钟）"), bars("time-to-accept", histogram, { label: "接单用时" })),
      h("div", { class: "panel" }, h("h2", {}, "评价星级"), bars("satisfaction", starRows, { label: "评价星级" }),
        h("p", { class: "muted small" }, `低分（1-2 星）${satisfaction.low} 条，待回访 ${satisfaction.open_follow_ups} 件；自动好评不计入平均分。`)),
      h("div", { class: "panel" }, h("h2", {}, "志愿时长（小时/日）"),
        lines("verified-hours", hourDays, [
          { key: "verified", label: "系统核实", colour: "#2e7d32" }, { key: "approved", label: "人工核准", colour: "#f9a825" }],
        { width: 320, height: 200, label: "志愿时长", format: (v) => v }))),
    h("div", { class: "panel" }, h("h2", {}, "积分发放与兑换（累计）"),
      lines("points", pointDays, [
        { key: "issued", label: "发放", colour: "#1565c0" }, { key: "redeemed", label: "兑换", colour: "#c8102e" }],
      { width: 960, height: 220, cumulative: true, label: "积分发放与兑换" }),
      h("p", { class: "muted small" }, `期间发放 ${points.issued} 分，兑换 ${points.redeemed} 分${points.expired ? `，过期 ${points.expired} 分` : ""}。`)),
    threeLists(stats),
    h("div", { class: "grid cols-2" },
      h("div", { class: "panel" }, h("h2", {}, `未满足需求：${unmet.total} 单`),
        h("p", { class: "muted small" }, Object.entries(unmet.by_reason).map(([reason, n]) => `${UNMET_REASON[reason]} ${n}`).join(" · ")),
        hbars("unmet-by-category", unmet.by_category.map((row) => ({ label: row.name, value: row.orders })), { width: 420, label: "未满足需求（按类别）" })),
      h("div", { class: "panel" }, h("h2", {}, `未满足需求分布（H3 第 ${unmet.h3_resolution} 级网格）`),
        hexMap(stats))));
}

function threeLists(stats) {
  const rows = stats.three_lists;
  const table = (testid, headers, cells) => h("table", { "data-testid": testid },
    h("thead", {}, h("tr", {}, headers.map((text, index) => h("th", { class: index ? "num" : "" }, text)))),
    h("tbody", {}, rows.length ? rows.map((row) => h("tr", { class: row.gap ? "gap" : "" },
      cells(row).map((value, index) => h("td", { class: index ? "num" : "" }, value))))
      : h("tr", {}, h("td", { class: "empty", colspan: headers.length }, "暂无数据"))));
  return h("div", { class: "panel" }, h("h2", {}, "三项清单"),
    h("p", { class: "muted small" }, "资源清单（谁能做）、需求清单（居民点了什么）、服务清单（菜单上有什么），按服务类别对照；标色行为需求未被满足或无人具备该技能的类别。"),
    h("div", { class: "grid cols-3", "data-testid": "three-lists" },
      h("div", {}, h("h3", {}, "资源清单"), table("resources-list", ["类别", "志愿者", "在岗"], (r) => [r.name, r.volunteers, r.volunteers_on_duty])),
      h("div", {}, h("h3", {}, "需求清单"), table("demand-list", ["类别", "订单", "未满足"], (r) => [r.name, r.orders, r.unmet])),
      h("div", {}, h("h3", {}, "服务清单"), table("service-list", ["类别", "服务项目"], (r) => [r.name, r.menu_items]))));
}

function hexMap(stats) {
  const cells = stats.unmet_demand.by_cell;
  const max = Math.max(0, ...cells.map((cell) => cell.orders));
  const map = communityMap(stats.community, {
    hexagons: cells.map((cell) => ({ boundary: cell.boundary, fill: heat(cell.orders, max), label: `${cell.cell}：${cell.orders} 单未满足` })),
  }, { size: 420, name: "unmet-hexagons" });
  return h("div", {}, map,
    h("p", { class: "muted small" }, cells.length ? `${cells.length} 个网格有未满足需求，颜色越深越多（最多 ${max} 单）。虚线圆为社区服务范围。` : "期间没有未满足的需求。"));
}
