// 服务菜单: the community's menu items by category: create, edit, archive (下架). Categories are shared by every
// community and by volunteer skills; only an admin adds one.

import * as api from "../api.js";
import { busy, clear, confirmAction, emptyRow, h, onSubmit, toast } from "../dom.js";

export async function render(root, ctx) {
  const { community, isAdmin } = ctx;
  let categories = (await api.get("/categories")).items;
  const showArchived = h("input", { type: "checkbox", "data-testid": "show-archived" });
  const tbody = h("tbody", { "data-testid": "menu-items" });
  const formBox = h("div", { class: "panel hidden", "data-testid": "item-form-panel" });
  const categoriesBox = h("div", { class: "panel" });

  async function load() {
    const items = await api.getAll(`/communities/${community.id}/menu-items`, { include_archived: showArchived.checked });
    clear(tbody, items.length ? items.map((item) => h("tr", { "data-item-id": item.id, class: item.active ? "" : "muted" },
      h("td", {}, item.category ? item.category.name : item.category_id),
      h("td", {}, h("strong", {}, item.name), item.description ? h("div", { class: "muted small" }, item.description) : null),
      h("td", { class: "num" }, item.points),
      h("td", { class: "num" }, `${item.expected_minutes} 分钟`),
      h("td", { class: "num" }, item.radius_m ? `${item.radius_m} 米` : "默认 1500 米"),
      h("td", { class: "num" }, item.offer_minutes ? `${item.offer_minutes} 分钟` : "社区默认"),
      h("td", {}, item.active ? h("span", { class: "badge completed" }, "在售") : h("span", { class: "badge cancelled" }, "已下架")),
      h("td", {}, item.active ? h("div", { class: "actions" },
        h("button", { class: "link", onclick: () => openForm(item) }, "编辑"),
        h("button", { class: "link", "data-testid": "archive-item", onclick: async (event) => {
          if (!await confirmAction(`下架「${item.name}」？已下的订单不受影响，下架后居民不能再点这一项。`, "下架")) return;
          await busy(event.target, async () => {
            await api.del(`/menu-items/${item.id}`);
            toast(`「${item.name}」已下架`);
            await load();
          });
        } }, "下架")) : null))) : emptyRow(8, "菜单还是空的"));
  }

  function field(label, input, cls = "") {
    return h("label", { class: cls }, h("span", {}, label), input);
  }

  function openForm(item = null) {
    const category = h("select", { name: "category_id", required: true, "data-testid": "item-category" },
      categories.map((c) => h("option", { value: c.id, selected: item && item.category_id === c.id }, c.name)));
    const name = h("input", { name: "name", required: true, maxlength: 100, value: item ? item.name : "", "data-testid": "item-name" });
    const description = h("input", { name: "description", maxlength: 1000, value: item ? item.description : "", "data-testid": "item-description" });
    const points = h("input", { name: "points", type: "number", min: 0, max: 10000, required: true, value: item ? item.points : 10, "data-testid": "item-points" });
    const minutes = h("input", { name: "expected_minutes", type: "number", min: 5, max: 1440, required: true, value: item ? item.expected_minutes : 60, "data-testid": "item-minutes" });
    const radius = h("input", { name: "radius_m", type: "number", min: 100, max: 20000, placeholder: "默认 1500", value: item && item.radius_m ? item.radius_m : "", "data-testid": "item-radius" });
    const offer = h("input", { name: "offer_minutes", type: "number", min: 1, max: 1440, placeholder: "社区默认", value: item && item.offer_minutes ? item.offer_minutes : "" });
    const error = h("p", { class: "error" });
    const submit = h("button", { type: "submit", class: "primary", "data-testid": "item-save" }, item ? "保存修改" : "添加到菜单");
    const form = h("form", { class: "stack", "data-testid": "item-form" },
      h("h2", {}, item ? `编辑「${item.name}」` : "新增服务项目"),
      h("div", { class: "form-grid" },
        field("服务类别", category), field("名称", name, "wide"), field("积分", points),
        field("描述", description, "full"),
        field("预计时长（分钟）", minutes), field("匹配半径（米）", radius), field("派单应答时限（分钟）", offer)),
      error,
      h("div", { class: "actions" }, submit, h("button", { type: "button", onclick: () => formBox.classList.add("hidden") }, "取消")));
    onSubmit(form, submit, error, async () => {
      const body = { category_id: Number(category.value), name: name.value.trim(), description: description.value.trim(),
        points: Number(points.value), expected_minutes: Number(minutes.value) };
      // Blank means "the default": left out when creating, cleared (null) when editing.
      for (const [key, input] of [["radius_m", radius], ["offer_minutes", offer]]) {
        if (input.value !== "") body[key] = Number(input.value);
        else if (item) body[key] = null;
      }
      const saved = item ? await api.patch(`/menu-items/${item.id}`, body) : await api.post(`/communities/${community.id}/menu-items`, body);
      toast(item ? `已保存「${saved.name}」` : `已添加「${saved.name}」`);
      formBox.classList.add("hidden");
      await load();
    });
    clear(formBox, form);
    formBox.classList.remove("hidden");
    name.focus();
  }

  function drawCategories() {
    const input = h("input", { maxlength: 50, placeholder: "新类别名称", required: true });
    const description = h("input", { maxlength: 500, placeholder: "说明" });
    clear(categoriesBox, h("h2", {}, "服务类别"),
      h("p", {}, categories.map((c) => h("span", { class: "badge", title: c.description }, c.name)).flatMap((badge) => [badge, " "])),
      isAdmin ? h("form", { class: "inline", onsubmit: (event) => {
        event.preventDefault();
        busy(event.submitter, async () => {
          await api.post("/categories", { name: input.value.trim(), description: description.value.trim() });
          categories = (await api.get("/categories")).items;
          toast("类别已添加");
          drawCategories();
        });
      } }, input, description, h("button", { type: "submit" }, "添加类别"))
        : h("p", { class: "muted small" }, "类别由区管理员统一维护，各社区菜单和志愿者技能共用。"));
  }

  showArchived.addEventListener("change", load);
  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `服务菜单 · ${community.name}`), h("span", { class: "spacer" }),
      h("label", { class: "actions" }, showArchived, "显示已下架"),
      h("button", { class: "primary", "data-testid": "new-item", onclick: () => openForm() }, "新增服务项目")),
    formBox,
    h("div", { class: "panel" }, h("table", {},
      h("thead", {}, h("tr", {}, ["类别", "服务项目", "积分", "预计时长", "匹配半径", "应答时限", "状态", ""].map((t, i) => h("th", { class: i >= 2 && i <= 5 ? "num" : "" }, t)))),
      tbody)),
    categoriesBox);
  drawCategories();
  await load();
}
