// 志愿者: applications to approve, volunteers to suspend or reinstate, with their skills, hours and ratings.

import * as api from "../api.js";
import { ask, busy, clear, emptyRow, fmtHours, fmtShort, h, pager, statusBadge, toast } from "../dom.js";
import { VOLUNTEER_STATUS, WEEKDAY } from "../labels.js";

export async function render(root, { community, query }) {
  let status = query.get("status") || "pending";
  let page = 1;
  const tabs = h("div", { class: "actions" });
  const tbody = h("tbody", { "data-testid": "volunteers" });
  const foot = h("div");

  function drawTabs() {
    clear(tabs, [["pending", "待审核"], ["approved", "已通过"], ["suspended", "已暂停"], ["", "全部"]].map(([key, label]) =>
      h("button", { class: key === status ? "primary" : "", "data-tab": key || "all", onclick: () => { status = key; page = 1; drawTabs(); load(); } }, label)));
  }

  const availability = (slots) => (slots || []).slice(0, 3).map((slot) => `${WEEKDAY[slot.weekday]} ${slot.start}-${slot.end}`).join("，")
    + ((slots || []).length > 3 ? ` 等 ${slots.length} 段` : "");

  async function act(button, path, body, message) {
    await busy(button, async () => {
      await api.post(path, body);
      toast(message);
      await load();
    });
  }

  function actions(v) {
    const approve = (label) => h("button", { class: "primary", "data-testid": "approve-volunteer",
      onclick: (event) => act(event.target, `/volunteers/${v.id}/approve`, {}, `已${label}：${v.name}`) }, label);
    const suspend = h("button", { class: "danger", "data-testid": "suspend-volunteer", onclick: async (event) => {
      const values = await ask({ title: `暂停志愿者 ${v.name}`, submit: "暂停", danger: true,
        fields: [{ name: "reason", label: "原因（会记录在档）", type: "textarea", maxlength: 200 }] });
      if (values) await act(event.target, `/volunteers/${v.id}/suspend`, { reason: values.reason || "" }, `已暂停：${v.name}`);
    } }, v.status === "pending" ? "不通过" : "暂停");
    if (v.status === "pending") return [approve("通过"), " ", suspend];
    if (v.status === "approved") return [suspend];
    return [approve("恢复")];
  }

  async function load() {
    const { data, pagination } = await api.getPage(`/communities/${community.id}/volunteers`, { status: status || undefined, page, page_size: 20 });
    clear(tbody, data.items.length ? data.items.map((v) => h("tr", { "data-volunteer-id": v.id },
      h("td", {}, h("strong", {}, v.name || `#${v.id}`), h("div", { class: "muted small" }, `#${v.id}`)),
      h("td", {}, statusBadge(v.status, VOLUNTEER_STATUS), v.on_duty ? h("span", { class: "badge completed" }, "在岗") : null,
        v.suspended_reason ? h("div", { class: "muted small" }, v.suspended_reason) : null),
      h("td", {}, (v.skills || []).map((skill) => skill.name).join("、") || "—"),
      h("td", { class: "small" }, availability(v.availability) || "—"),
      h("td", { class: "num" }, fmtHours(v.verified_minutes), v.approved_minutes ? h("div", { class: "muted small" }, `核准 ${fmtHours(v.approved_minutes)}`) : null),
      h("td", { class: "num" }, v.rating_mean === null ? "—" : `${v.rating_mean} 星`, h("div", { class: "muted small" }, `${v.rating_count} 条`)),
      h("td", { class: "num" }, `${v.offers_accepted}/${v.offers_received}`),
      h("td", { class: "num" }, `${v.active_orders}/${v.max_active_orders}`),
      h("td", {}, fmtShort(v.applied_at)),
      h("td", {}, h("div", { class: "actions" }, actions(v))))) : emptyRow(10));
    clear(foot, pager(pagination, (next) => { page = next; load(); }));
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `志愿者 · ${community.name}`), h("span", { class: "spacer" }), tabs),
    h("div", { class: "panel" }, h("table", {},
      h("thead", {}, h("tr", {}, ["志愿者", "状态", "技能", "可服务时间", "志愿时长", "评价", "接单/派单", "当前/上限", "申请时间", ""]
        .map((t, i) => h("th", { class: i >= 4 && i <= 7 ? "num" : "" }, t)))),
      tbody), foot));
  drawTabs();
  await load();
}
