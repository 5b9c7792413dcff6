// 每周探访: a resident's recurring services. Find the resident by their exact phone number (the only way staff look
// a resident up), list their series with the next visit and the paired volunteer, stop one, or start a new one for
// them (代点单). Before a resident is chosen, the community's active series are listed.

import * as api from "../api.js";
import { busy, clear, confirmAction, emptyRow, fmtShort, h, onSubmit, statusBadge, toast } from "../dom.js";
import { SERIES_STATUS, WEEKDAY } from "../labels.js";

const describe = (s) => `${s.every_weeks > 1 ? `每 ${s.every_weeks} 周` : "每周"}${WEEKDAY[s.weekday - 1]} ${s.start_time}，${s.duration_minutes} 分钟`;

export async function render(root, { community }) {
  const menu = (await api.get(`/communities/${community.id}/menu`)).items;
  const volunteers = (await api.get(`/communities/${community.id}/volunteers`, { status: "approved", page_size: 100 })).items;
  const names = new Map(volunteers.map((v) => [v.id, v.name]));
  const phone = h("input", { type: "tel", maxlength: 11, placeholder: "居民手机号", "data-testid": "series-phone" });
  const find = h("button", { type: "submit", class: "primary", "data-testid": "series-find" }, "查找居民");
  const heading = h("h2", {}, "本社区进行中的每周探访");
  const tbody = h("tbody", { "data-testid": "series-list" });
  const formBox = h("div", { class: "panel hidden", "data-testid": "series-form-panel" });
  let resident = null;

  async function load() {
    const filters = resident ? { resident_id: resident.id } : { status: "active" };
    const { items } = await api.get("/order-series", { ...filters, page_size: 100 });
    clear(tbody, items.length ? items.map(row) : emptyRow(7, resident ? "该居民还没有每周探访" : "暂无进行中的每周探访"));
  }

  function row(s) {
    const stop = h("button", { class: "danger", "data-testid": "series-stop", onclick: async (event) => {
      if (!(await confirmAction(`停止「${s.item_name}」（${describe(s)}）？已生成的订单不受影响。`, "停止"))) return;
      await busy(event.target, async () => { await api.post(`/order-series/${s.id}/stop`); toast("已停止"); await load(); });
    } }, "停止");
    return h("tr", { dataset: { id: s.id } },
      h("td", {}, `#${s.id} ${s.item_name}`), h("td", {}, describe(s)), h("td", {}, `${s.starts_on} 至 ${s.until}`),
      h("td", {}, s.next_occurrence_on || "—"), h("td", {}, s.preferred_volunteer_id ? names.get(s.preferred_volunteer_id) || `#${s.preferred_volunteer_id}` : "—"),
      h("td", {}, statusBadge(s.status, SERIES_STATUS), ` 已生成 ${s.orders_placed} 单`),
      h("td", {}, s.status === "active" ? stop : fmtShort(s.stopped_at)));
  }

  function drawForm() {
    const field = (label, input) => h("label", {}, h("span", {}, label), input);
    const item = h("select", { required: true, "data-testid": "series-item" }, menu.map((m) => h("option", { value: m.id }, m.name)));
    const address = h("input", { required: true, maxlength: 200, "data-testid": "series-address" });
    const weekday = h("select", { "data-testid": "series-weekday" }, WEEKDAY.map((day, i) => h("option", { value: i + 1 }, day)));
    const start = h("input", { type: "time", required: true, value: "09:30", "data-testid": "series-start" });
    const minutes = h("input", { type: "number", min: 15, max: 720, value: 60, required: true });
    const every = h("input", { type: "number", min: 1, max: 8, value: 1, required: true });
    const until = h("input", { type: "date", required: true, "data-testid": "series-until" });
    const pair = h("select", { "data-testid": "series-pair" }, h("option", { value: "" }, "不指定（按社区派单规则）"),
      volunteers.map((v) => h("option", { value: v.id }, v.name)));
    const error = h("p", { class: "error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "series-submit" }, "开始每周探访");
    const form = h("form", { class: "stack" }, h("h2", {}, `为 ${resident.name || resident.phone} 开始每周探访`),
      h("div", { class: "grid cols-2" },
        h("div", {}, field("服务项目", item), field("服务地址", address), field("星期", weekday), field("开始时间（社区时间）", start)),
        h("div", {}, field("时长（分钟）", minutes), field("间隔（周）", every), field("截止日期", until), field("结对志愿者", pair))),
      error, h("div", { class: "actions" }, submit));
    onSubmit(form, submit, error, async () => {
      await api.post("/order-series", {
        menu_item_id: Number(item.value), resident_id: resident.id, address: address.value.trim(),
        lat: community.lat, lng: community.lng, weekday: Number(weekday.value), start_time: start.value,
        duration_minutes: Number(minutes.value), every_weeks: Number(every.value), until: until.value,
        preferred_volunteer_id: pair.value ? Number(pair.value) : null,
      });
      toast("已开始每周探访：每次服务提前 7 天生成订单");
      drawForm(); // a fresh form: submitting the same one again must not start a second series
      await load();
    });
    clear(formBox, form);
    formBox.classList.remove("hidden");
  }

  async function choose(found) {
    resident = found;
    heading.textContent = `${resident.name || resident.phone} 的每周探访`;
    drawForm();
    await load();
  }

  const lookup = h("form", { class: "inline" }, phone, find);
  lookup.addEventListener("submit", (event) => {
    event.preventDefault();
    busy(find, async () => {
      const { items } = await api.get("/residents", { phone: phone.value.trim() });
      if (!items.length) { toast("没有找到这个手机号的居民", "bad"); return; }
      await choose(items[0]);
    });
  });

  clear(root, h("div", { class: "page-head" }, h("h1", {}, `每周探访 · ${community.name}`)),
    h("div", { class: "panel" }, h("p", { class: "muted small" }, "结对志愿者每周上门探访独居老人等居民；每次服务提前 7 天自动生成订单，先派给结对志愿者。"), lookup),
    h("div", { class: "panel" }, heading, h("table", {}, h("thead", {}, h("tr", {},
      ["服务", "时间", "期间", "下次", "结对志愿者", "状态", ""].map((t) => h("th", {}, t)))), tbody)),
    formBox);
  await load();
}
