// 回访: ratings of 1 or 2 stars wait for a call back; staff record the outcome and close the follow-up.

import * as api from "../api.js";
import { busy, clear, emptyRow, fmtShort, h, pager, stars, statusBadge, toast } from "../dom.js";
import { FOLLOW_UP_STATUS } from "../labels.js";

export async function render(root, { community }) {
  let status = "open";
  let page = 1;
  const tabs = h("div", { class: "actions" });
  const tbody = h("tbody", { "data-testid": "follow-ups" });
  const foot = h("div");
  const orders = new Map();

  function drawTabs() {
    clear(tabs, [["open", "待回访"], ["closed", "已结案"], ["", "全部"]].map(([key, label]) =>
      h("button", { class: key === status ? "primary" : "", onclick: () => { status = key; page = 1; drawTabs(); load(); } }, label)));
  }

  function closeForm(followUp) {
    const outcome = h("textarea", { required: true, maxlength: 1000, placeholder: "回访情况与处理结果", "data-testid": "follow-up-outcome" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "close-follow-up" }, "结案");
    const form = h("form", { class: "stack" }, outcome, h("div", { class: "actions" }, submit));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      busy(submit, async () => {
        await api.post(`/follow-ups/${followUp.id}/close`, { outcome: outcome.value.trim() });
        toast("回访已结案");
        await load();
      });
    });
    return form;
  }

  async function load() {
    const { data, pagination } = await api.getPage(`/communities/${community.id}/follow-ups`, { status: status || undefined, page, page_size: 20 });
    await Promise.all(data.items.filter((f) => !orders.has(f.order_id)).map(async (f) => {
      orders.set(f.order_id, await api.get(`/orders/${f.order_id}`).catch(() => null));
    }));
    clear(tbody, data.items.length ? data.items.map((f) => {
      const order = orders.get(f.order_id);
      const rating = order && order.rating;
      return h("tr", { "data-follow-up-id": f.id },
        h("td", {}, h("a", { href: `#/orders/${f.order_id}` }, `#${f.order_id}`), order ? h("div", {}, order.item_name) : null),
        h("td", {}, h("span", { class: "stars" }, stars(f.stars)), rating && rating.comment ? h("div", {}, `“${rating.comment}”`) : null,
          rating && rating.tags && rating.tags.length ? h("div", {}, rating.tags.map((tag) => h("span", { class: "badge" }, tag))) : null),
        h("td", {}, order ? `${order.resident.name} ${order.resident.phone || ""}` : "—", order && order.volunteer ? h("div", { class: "muted small" }, `志愿者：${order.volunteer.name}`) : null),
        h("td", {}, fmtShort(f.created_at)),
        h("td", {}, statusBadge(f.status === "open" ? "attention" : "completed", { attention: FOLLOW_UP_STATUS.open, completed: FOLLOW_UP_STATUS.closed })),
        h("td", {}, f.status === "open" ? closeForm(f) : h("div", {}, f.outcome, h("div", { class: "muted small" }, fmtShort(f.closed_at)))));
    }) : emptyRow(6, status === "open" ? "没有待回访的低分评价" : "暂无"));
    clear(foot, pager(pagination, (next) => { page = next; load(); }));
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `回访 · ${community.name}`), h("span", { class: "spacer" }), tabs),
    h("div", { class: "panel" }, h("p", { class: "muted small" }, "居民给出 1-2 星评价后，系统生成回访任务。请电话或上门了解情况，记录处理结果后结案。"),
      h("table", {}, h("thead", {}, h("tr", {}, ["订单", "评价", "居民", "评价时间", "状态", "处理"].map((t) => h("th", {}, t)))), tbody), foot));
  drawTabs();
  await load();
}
