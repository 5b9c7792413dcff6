// 代点单: staff order for a resident without a smartphone. Find the resident by their exact phone number, pick
// the service, the address (click the map for the point) and the time window.

import * as api from "../api.js";
import { busy, chinaParts, clear, fromChinaLocal, h, onSubmit, toast } from "../dom.js";
import { communityMap, insideArea } from "../map.js";

export async function render(root, { community, navigate }) {
  const menu = (await api.get(`/communities/${community.id}/menu`)).items;
  const phone = h("input", { type: "tel", maxlength: 11, placeholder: "居民手机号", required: true, "data-testid": "resident-phone" });
  const find = h("button", { type: "submit", class: "primary", "data-testid": "find-resident" }, "查找居民");
  const residentBox = h("div", { "data-testid": "resident" });
  const orderBox = h("div", { class: "panel hidden", "data-testid": "proxy-form-panel" });
  const lookup = h("form", { class: "inline" }, phone, find);
  lookup.addEventListener("submit", (event) => {
    event.preventDefault();
    clear(residentBox);
    orderBox.classList.add("hidden");
    busy(find, async () => {
      const { items } = await api.get("/residents", { phone: phone.value.trim() });
      if (!items.length) {
        clear(residentBox, h("p", { class: "error" }, "没有找到这个手机号的居民。请核对号码；没有账号的居民需先登记。"));
        return;
      }
      const resident = items[0];
      clear(residentBox, h("p", {}, "居民：", h("strong", {}, resident.name || "（未填姓名）"), ` ${resident.phone}`,
        resident.elderly_living_alone ? h("span", { class: "badge attention" }, "独居老人") : null, ` · 编号 #${resident.id}`));
      drawOrderForm(resident);
    });
  });

  function drawOrderForm(resident) {
    const key = api.newKey(); // one order per filled-in form, however often it is submitted
    const point = { lat: community.lat, lng: community.lng };
    const item = h("select", { required: true, "data-testid": "proxy-item" }, menu.map((m) =>
      h("option", { value: m.id }, `${m.category ? m.category.name : ""} · ${m.name}（${m.expected_minutes} 分钟，${m.points} 分）`)));
    const address = h("input", { required: true, maxlength: 200, placeholder: "如：民生路 88 号 3 单元 501", "data-testid": "proxy-address" });
    const start = new Date(Math.ceil((Date.now() + 3600 * 1000) / 1800000) * 1800000);
    const from = h("input", { type: "datetime-local", required: true, value: chinaParts(start).dateTime, "data-testid": "proxy-start" });
    const to = h("input", { type: "datetime-local", required: true, value: chinaParts(new Date(start.getTime() + 3 * 3600 * 1000)).dateTime, "data-testid": "proxy-end" });
    const note = h("input", { maxlength: 500, placeholder: "如：老人听力不好，请多敲门" });
    const where = h("span", { class: "muted small", "data-testid": "proxy-point" });
    const mapBox = h("div");
    const error = h("p", { class: "error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "proxy-submit" }, "提交代点单");

    function drawMap() {
      const inside = insideArea(community, point.lat, point.lng);
      where.textContent = `位置：${point.lat.toFixed(6)}, ${point.lng.toFixed(6)}${inside ? "" : "（在服务范围外）"}`;
      clear(mapBox, communityMap(community, { pick: point }, { size: 420, name: "proxy-map", onPick: (lat, lng) => {
        point.lat = lat; point.lng = lng; drawMap();
      } }));
    }

    const form = h("form", { class: "stack", "data-testid": "proxy-form" },
      h("h2", {}, `为 ${resident.name || resident.phone} 点单`),
      h("div", { class: "grid cols-2" },
        h("div", {},
          h("label", {}, h("span", {}, "服务项目"), item),
          h("label", {}, h("span", {}, "服务地址"), address),
          h("label", {}, h("span", {}, "最早开始（北京时间）"), from),
          h("label", {}, h("span", {}, "最晚结束（北京时间）"), to),
          h("label", {}, h("span", {}, "备注"), note),
          error, h("div", { class: "actions" }, submit)),
        h("div", {}, h("p", { class: "muted small" }, "在地图上点击服务地址的位置（虚线圆内为社区服务范围）。"), mapBox, where)));
    onSubmit(form, submit, error, async () => {
      const order = await api.post("/orders", {
        menu_item_id: Number(item.value), resident_id: resident.id, address: address.value.trim(),
        lat: point.lat, lng: point.lng, window_start: fromChinaLocal(from.value), window_end: fromChinaLocal(to.value),
        note: note.value.trim(),
      }, { idempotencyKey: key });
      toast(`已为 ${resident.name || resident.phone} 下单：#${order.id} ${order.item_name}`);
      navigate(`orders/${order.id}`);
    });
    clear(orderBox, form);
    orderBox.classList.remove("hidden");
    drawMap();
  }

  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `代点单 · ${community.name}`)),
    h("div", { class: "panel" }, h("h2", {}, "1. 找到居民"),
      h("p", { class: "muted small" }, "为没有智能手机的居民（如独居老人）代为点单。按居民登记的手机号精确查找。"),
      lookup, residentBox),
    orderBox);
  if (!menu.length) clear(residentBox, h("p", { class: "error" }, "本社区菜单为空，请先在「服务菜单」添加服务项目。"));
}
