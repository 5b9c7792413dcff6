// 积分商城: the rewards staff stock (create, edit, put on or take off the shelf) and the redemptions to hand
// over against the volunteer's pickup code (核销) or to cancel (the points go back, the stock too).

import * as api from "../api.js";
import { ask, busy, clear, emptyRow, fmtShort, h, onSubmit, pager, statusBadge, toast } from "../dom.js";
import { REDEMPTION_STATUS } from "../labels.js";

export async function render(root, { community }) {
  const rewardsBody = h("tbody", { "data-testid": "rewards" });
  const formBox = h("div", { class: "panel hidden" });
  const redemptionsBody = h("tbody", { "data-testid": "redemptions" });
  const redemptionsFoot = h("div");
  const tabs = h("div", { class: "actions" });
  const names = new Map();
  let status = "pending";
  let page = 1;

  async function loadRewards() {
    const rewards = await api.getAll(`/communities/${community.id}/rewards`);
    clear(rewardsBody, rewards.length ? rewards.map((reward) => h("tr", { "data-reward-id": reward.id },
      h("td", {}, h("strong", {}, reward.name), reward.description ? h("div", { class: "muted small" }, reward.description) : null),
      h("td", { class: "num" }, reward.cost_points),
      h("td", { class: "num" }, reward.stock),
      h("td", {}, reward.active ? h("span", { class: "badge completed" }, "上架中") : h("span", { class: "badge cancelled" }, "已下架")),
      h("td", {}, h("div", { class: "actions" },
        h("button", { class: "link", onclick: () => openForm(reward) }, "编辑"),
        h("button", { class: "link", onclick: (event) => busy(event.target, async () => {
          await api.patch(`/rewards/${reward.id}`, { active: !reward.active });
          toast(reward.active ? `「${reward.name}」已下架` : `「${reward.name}」已上架`);
          await loadRewards();
        }) }, reward.active ? "下架" : "上架"))))) : emptyRow(5, "还没有奖品"));
  }

  function openForm(reward = null) {
    const name = h("input", { required: true, maxlength: 100, value: reward ? reward.name : "", "data-testid": "reward-name" });
    const description = h("input", { maxlength: 1000, value: reward ? reward.description : "" });
    const cost = h("input", { type: "number", min: 1, max: 1000000, required: true, value: reward ? reward.cost_points : 100, "data-testid": "reward-cost" });
    const stock = h("input", { type: "number", min: 0, max: 1000000, required: true, value: reward ? reward.stock : 10, "data-testid": "reward-stock" });
    const error = h("p", { class: "error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "reward-save" }, reward ? "保存" : "上架");
    const form = h("form", { class: "stack" }, h("h2", {}, reward ? `编辑「${reward.name}」` : "新增奖品"),
      h("div", { class: "form-grid" },
        h("label", { class: "wide" }, h("span", {}, "名称"), name),
        h("label", {}, h("span", {}, "所需积分"), cost),
        h("label", {}, h("span", {}, reward ? "剩余库存（改为）" : "库存"), stock),
        h("label", { class: "full" }, h("span", {}, "说明"), description)),
      error, h("div", { class: "actions" }, submit, h("button", { type: "button", onclick: () => formBox.classList.add("hidden") }, "取消")));
    onSubmit(form, submit, error, async () => {
      const body = { name: name.value.trim(), description: description.value.trim(), cost_points: Number(cost.value), stock: Number(stock.value) };
      if (reward) await api.patch(`/rewards/${reward.id}`, body);
      else await api.post(`/communities/${community.id}/rewards`, body);
      toast("已保存");
      formBox.classList.add("hidden");
      await loadRewards();
    });
    clear(formBox, form);
    formBox.classList.remove("hidden");
  }

  async function volunteerNames(ids) {
    const missing = [...new Set(ids)].filter((id) => !names.has(id));
    await Promise.all(missing.map(async (id) => {
      try { names.set(id, (await api.get(`/volunteers/${id}`)).name); } catch { names.set(id, `志愿者 #${id}`); }
    }));
  }

  function drawTabs() {
    clear(tabs, [["pending", "待领取"], ["fulfilled", "已领取"], ["cancelled", "已取消"], ["", "全部"]].map(([key, label]) =>
      h("button", { class: key === status ? "primary" : "", onclick: () => { status = key; page = 1; drawTabs(); loadRedemptions(); } }, label)));
  }

  function redemptionActions(redemption) {
    if (redemption.status !== "pending") return null;
    const code = h("input", { placeholder: "取件码", maxlength: 32, size: 10, autocomplete: "off", "data-testid": "pickup-code" });
    const fulfil = h("button", { type: "submit", class: "primary", "data-testid": "fulfil" }, "核销");
    const form = h("form", { class: "inline" }, code, fulfil,
      h("button", { type: "button", class: "danger", "data-testid": "cancel-redemption", onclick: async (event) => {
        const values = await ask({ title: `取消兑换 #${redemption.id}（${redemption.reward_name}）`, submit: "取消兑换", danger: true,
          fields: [{ name: "reason", label: "原因（积分和库存将退回）", type: "textarea", maxlength: 200 }] });
        if (!values) return;
        await busy(event.target, async () => {
          await api.post(`/redemptions/${redemption.id}/cancel`, values.reason ? { reason: values.reason } : {});
          toast(`已取消兑换 #${redemption.id}，积分已退回`);
          await Promise.all([loadRedemptions(), loadRewards()]);
        });
      } }, "取消"));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!code.value.trim()) { code.focus(); return; }
      busy(fulfil, async () => {
        await api.post(`/redemptions/${redemption.id}/fulfill`, { pickup_code: code.value.trim() });
        toast(`兑换 #${redemption.id} 已核销`);
        await loadRedemptions();
      });
    });
    return form;
  }

  async function loadRedemptions() {
    const { data, pagination } = await api.getPage("/redemptions", { community_id: community.id, status: status || undefined, page, page_size: 20 });
    await volunteerNames(data.items.map((r) => r.volunteer_id));
    clear(redemptionsBody, data.items.length ? data.items.map((r) => h("tr", { "data-redemption-id": r.id },
      h("td", {}, `#${r.id}`),
      h("td", {}, names.get(r.volunteer_id)),
      h("td", {}, r.reward_name),
      h("td", { class: "num" }, r.quantity),
      h("td", { class: "num" }, r.points),
      h("td", {}, fmtShort(r.created_at)),
      h("td", {}, statusBadge(r.status, REDEMPTION_STATUS, "redemption-status"),
        r.fulfilled_at ? h("div", { class: "muted small" }, fmtShort(r.fulfilled_at)) : null,
        r.cancel_reason ? h("div", { class: "muted small" }, r.cancel_reason) : null),
      h("td", {}, redemptionActions(r)))) : emptyRow(8));
    clear(redemptionsFoot, pager(pagination, (next) => { page = next; loadRedemptions(); }));
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `积分商城 · ${community.name}`), h("span", { class: "spacer" }),
      h("button", { class: "primary", "data-testid": "new-reward", onclick: () => openForm() }, "新增奖品")),
    formBox,
    h("div", {},
      h("div", { class: "panel" }, h("h2", {}, "奖品"), h("table", {},
        h("thead", {}, h("tr", {}, ["奖品", "所需积分", "库存", "状态", ""].map((t, i) => h("th", { class: i === 1 || i === 2 ? "num" : "" }, t)))),
        rewardsBody)),
      h("div", { class: "panel" }, h("h2", {}, "兑换记录", h("span", { class: "spacer" })), tabs,
        h("p", { class: "muted small" }, "志愿者出示小程序里的取件码，输入后核销。"),
        h("table", {},
          h("thead", {}, h("tr", {}, ["编号", "志愿者", "奖品", "数量", "积分", "兑换时间", "状态", ""].map((t, i) => h("th", { class: i === 3 || i === 4 ? "num" : "" }, t)))),
          redemptionsBody), redemptionsFoot)));
  drawTabs();
  await Promise.all([loadRewards(), loadRedemptions()]);
}
