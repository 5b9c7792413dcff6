// 订单: the community's orders, filtered by status, by "needs attention" or by minutes waiting for review.

import * as api from "../api.js";
import { clear, emptyRow, fmtShort, h, pager, statusBadge } from "../dom.js";
import { MINUTES_STATUS, STATUS, STATUS_ORDER, reviewReasons } from "../labels.js";

export async function render(root, { community, query, navigate }) {
  const status = h("select", { "data-testid": "filter-status" }, h("option", { value: "" }, "全部状态"),
    STATUS_ORDER.map((key) => h("option", { value: key, selected: query.get("status") === key }, STATUS[key])));
  const review = h("input", { type: "checkbox", checked: query.get("minutes") === "pending_review", "data-testid": "filter-review" });
  const attention = h("input", { type: "checkbox", checked: query.get("attention") === "1" });
  const table = h("tbody");
  const foot = h("div");
  let page = 1;

  async function load() {
    const { data, pagination } = await api.getPage("/orders", {
      community_id: community.id, status: status.value || undefined, page, page_size: 20,
      minutes_status: review.checked ? "pending_review" : undefined, needs_attention: attention.checked ? true : undefined });
    clear(table, data.items.length ? data.items.map((order) => h("tr", { class: "clickable", "data-order-id": order.id,
      onclick: () => navigate(`orders/${order.id}`) },
    h("td", {}, `#${order.id}`), h("td", {}, order.item_name), h("td", {}, statusBadge(order.status),
      order.needs_attention ? h("span", { class: "badge attention" }, "需关注") : null),
    h("td", {}, order.resident.name), h("td", {}, order.volunteer ? order.volunteer.name : "—"),
    h("td", {}, fmtShort(order.window_start)),
    h("td", {}, order.minutes_status ? statusBadge(order.minutes_status, MINUTES_STATUS) : "—",
      order.service_minutes !== null ? ` ${order.service_minutes} 分钟` : "",
      order.minutes_status === "pending_review" && order.review_reasons.length
        ? h("div", { class: "muted small", "data-testid": "review-reasons" }, reviewReasons(order).join("；")) : null),
    h("td", {}, fmtShort(order.created_at)))) : emptyRow(8));
    clear(foot, pager(pagination, (next) => { page = next; load(); }));
  }
  for (const control of [status, review, attention]) control.addEventListener("change", () => { page = 1; load(); });

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, "订单"), h("span", { class: "spacer" }),
      h("label", { class: "actions" }, "状态", status),
      h("label", { class: "actions" }, review, "待审核时长"),
      h("label", { class: "actions" }, attention, "需关注")),
    h("div", { class: "panel" }, h("table", { "data-testid": "orders-table" },
      h("thead", {}, h("tr", {}, ["编号", "服务项目", "状态", "居民", "志愿者", "服务时间", "志愿时长", "下单时间"].map((t) => h("th", {}, t)))),
      table), foot));
  await load();
}
