// Boot, the shell (top bar, navigation, community picker) and the hash router. Every view is a module with
// `render(root, ctx)`, which may return a cleanup function (timers) that runs when the user leaves the view.

import * as api from "./api.js";
import { clear, errorText, h } from "./dom.js";
import * as activities from "./views/activities.js";
import * as dashboard from "./views/dashboard.js";
import * as dispatch from "./views/dispatch.js";
import * as followUps from "./views/followups.js";
import * as loginView from "./views/login.js";
import * as menu from "./views/menu.js";
import * as order from "./views/order.js";
import * as orders from "./views/orders.js";
import * as proxy from "./views/proxy.js";
import * as series from "./views/series.js";
import * as shop from "./views/shop.js";
import * as teams from "./views/teams.js";
import * as volunteers from "./views/volunteers.js";

const NAV = [
  ["dashboard", "仪表盘", dashboard],
  ["dispatch", "派单台", dispatch],
  ["orders", "订单", orders],
  ["menu", "服务菜单", menu],
  ["volunteers", "志愿者", volunteers],
  ["activities", "活动招募", activities],
  ["teams", "志愿队伍", teams],
  ["shop", "积分商城", shop],
  ["follow-ups", "回访", followUps],
  ["proxy", "代点单", proxy],
  ["series", "每周探访", series],
];
const COMMUNITY = "console.community";

const state = { user: null, communities: [], community: null, cleanup: null };

function parseHash() {
  const [path, search] = (location.hash.replace(/^#\/?/, "") || "dashboard").split("?");
  return { parts: path.split("/").filter(Boolean), query: new URLSearchParams(search || "") };
}

export function navigate(path) { location.hash = `#/${path}`; }

async function loadContext() {
  const user = await api.get("/me");
  if (!user.roles.includes("staff") && !user.roles.includes("admin")) {
    await api.logout();
    throw Object.assign(new Error("此账号不是社区工作者，无法使用工作台。"), { code: "not_staff" });
  }
  // the communities this person is staff of (GET /me also lists the one they volunteer in)
  let communities = (user.communities || []).filter((c) => c.role !== "volunteer");
  if (user.roles.includes("admin") && !communities.length) {
    communities = (await api.get("/communities", { page_size: 100 })).items;
  }
  state.user = user;
  state.communities = communities;
  const saved = Number(sessionStorage.getItem(COMMUNITY));
  const chosen = communities.find((c) => c.id === saved) || communities[0];
  state.community = chosen ? await api.get(`/communities/${chosen.id}`) : null;
}

async function chooseCommunity(id) {
  sessionStorage.setItem(COMMUNITY, String(id));
  state.community = await api.get(`/communities/${id}`);
  route();
}

function shell(active) {
  const picker = h("select", { "aria-label": "社区", "data-testid": "community-picker",
    onchange: (event) => chooseCommunity(Number(event.target.value)) },
  state.communities.map((c) => h("option", { value: c.id, selected: state.community && c.id === state.community.id }, c.name)));
  const main = h("main", { id: "view" });
  const layout = h("div", { class: "shell" },
    h("header", { class: "topbar" },
      h("span", { class: "title" }, "社区志愿服务 · 工作台"),
      picker,
      h("span", { class: "spacer" }),
      h("span", { "data-testid": "user-name" }, state.user.name || state.user.phone),
      h("button", { onclick: signOut, "data-testid": "logout" }, "退出")),
    h("nav", { class: "nav" }, NAV.map(([path, label]) => h("a", { href: `#/${path}`, class: path === active ? "active" : "" }, label))),
    main);
  clear(document.getElementById("app"), layout);
  return main;
}

async function signOut() {
  await api.logout();
  state.user = null;
  navigate("login");
}

async function route() {
  if (state.cleanup) { state.cleanup(); state.cleanup = null; }
  const { parts, query } = parseHash();
  const app = document.getElementById("app");
  if (parts[0] === "login" || !api.tokens()) {
    if (parts[0] !== "login") { navigate(`login?next=${encodeURIComponent(parts.join("/"))}`); return; }
    loginView.render(app, { onSignedIn: async () => { state.user = null; navigate(query.get("next") || "dashboard"); } });
    return;
  }
  try {
    if (!state.user) await loadContext();
  } catch (error) {
    api.clearTokens();
    clear(app, h("div", { class: "login" }, h("p", { class: "error" }, error.code === "not_staff" ? error.message : errorText(error)),
      h("a", { href: "#/login" }, "重新登录")));
    return;
  }
  if (!state.community) {
    clear(app, h("div", { class: "login" }, h("p", {}, "您还没有负责的社区，请联系区管理员。"), h("button", { onclick: signOut }, "退出")));
    return;
  }
  let view = NAV.find(([path]) => path === parts[0]);
  let params = {};
  if (parts[0] === "orders" && parts[1]) { view = ["orders", "订单详情", order]; params = { id: Number(parts[1]) }; }
  if (parts[0] === "activities" && parts[1]) params = { id: Number(parts[1]) };
  if (!view) { navigate("dashboard"); return; }
  const root = shell(view[0]);
  const ctx = { user: state.user, community: state.community, params, query, navigate,
    isAdmin: state.user.roles.includes("admin") };
  try {
    const cleanup = await view[2].render(root, ctx);
    if (typeof cleanup === "function") state.cleanup = cleanup;
  } catch (error) {
    append404(root, error);
  }
}

function append404(root, error) {
  clear(root, h("div", { class: "panel" }, h("p", { class: "error" }, errorText(error))));
}

api.onSignedOut(() => { state.user = null; navigate("login"); });
window.addEventListener("hashchange", route);
route();
