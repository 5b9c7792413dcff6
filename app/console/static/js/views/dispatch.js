// 派单台: the pending, offered and needs-attention queues, refreshed every few seconds; for the chosen order its
// ranked candidates with distance, score and the reasons, and one-click dispatch; the community map with the
// service area, the orders and the volunteers.

import * as api from "../api.js";
import { busy, clear, countdown, fmtMetres, fmtShort, h, statusBadge, toast } from "../dom.js";
import { attentionReason } from "../labels.js";
import { communityMap } from "../map.js";

const REFRESH_MS = 5000;
const LIVE_FRESH_MS = 15 * 60 * 1000;

export async function render(root, ctx) {
  const { community } = ctx;
  const st = { pending: [], offered: [], attention: [], volunteers: [], names: new Map(),
    selectedId: Number(ctx.query.get("order")) || null, selected: null, candidates: null, candidatesFor: null,
    alive: true, refreshedAt: null };

  const live = h("span", { class: "live", "data-testid": "refreshed-at" }, "正在加载…");
  const queues = h("div", { class: "queues", "data-testid": "queues" });
  const mapBox = h("div", { class: "panel" });
  const detail = h("div", { class: "panel", "data-testid": "order-panel" }, h("p", { class: "muted" }, "点击左侧队列中的订单，查看推荐志愿者并派单。"));
  clear(root,
    h("div", { class: "page-head" }, h("h1", {}, `派单台 · ${community.name}`), h("span", { class: "muted small" },
      `派单方式：${{ manual: "人工派单", auto: "自动派单", batch: "批量匹配" }[community.dispatch_policy] || community.dispatch_policy}`),
    h("span", { class: "spacer" }), live, h("button", { onclick: () => refresh() }, "刷新")),
    h("div", { class: "panel" }, queues),
    h("div", { class: "grid dispatch" }, mapBox, detail));

  const volunteerName = (id) => st.names.get(id) || `志愿者 #${id}`;

  async function loadVolunteers() {
    st.volunteers = await api.getAll(`/communities/${community.id}/volunteers`, { status: "approved" });
    for (const v of st.volunteers) st.names.set(v.id, v.name || `志愿者 #${v.id}`);
  }

  async function refresh() {
    const base = { community_id: community.id, page_size: 100 };
    const [pending, offered, attention] = await Promise.all([
      api.get("/orders", { ...base, status: "pending", needs_attention: false }),
      api.get("/orders", { ...base, status: "offered", needs_attention: false }),
      // Every flagged order, whatever its status: released and no-show ones wait for a volunteer, an unchecked-out
      // one for a decision on its minutes.
      api.get("/orders", { ...base, needs_attention: true }),
    ]);
    if (!st.alive) return;
    st.pending = pending.items; st.offered = offered.items; st.attention = attention.items;
    if (st.selectedId) {
      const listed = [...st.pending, ...st.offered, ...st.attention].find((o) => o.id === st.selectedId);
      const before = st.selected && st.selected.status;
      st.selected = listed || await api.get(`/orders/${st.selectedId}`);
      if (!st.alive) return;
      if (before !== st.selected.status || st.candidatesFor !== st.selectedId) await drawDetail();
      else drawOfferLine();
    }
    st.refreshedAt = new Date();
    live.textContent = `自动刷新 · ${st.refreshedAt.toLocaleTimeString("zh-CN", { hour12: false })}`;
    drawQueues();
    drawMap();
  }

  function queue(key, title, orders) {
    return h("div", { class: "queue", "data-queue": key },
      h("h3", {}, title, h("span", { class: "badge", "data-testid": `count-${key}` }, orders.length)),
      h("ul", {}, orders.length ? orders.map((order) => h("li", {
        class: order.id === st.selectedId ? "selected" : "", "data-order-id": order.id, onclick: () => select(order.id) },
      h("div", { class: "line1" }, h("strong", {}, `#${order.id} ${order.item_name}`), statusBadge(order.status)),
      h("div", { class: "line2" }, `${order.resident.name || "居民"} · ${fmtShort(order.window_start)} 起`),
      order.status === "offered" && order.offer
        ? h("div", { class: "line2" }, `派给 ${volunteerName(order.offer.volunteer_id)} · 剩余 ${countdown(order.offer.deadline)}`) : null,
      order.needs_attention ? h("div", { class: "line2", "data-testid": "attention-reason" }, attentionReason(order)) : null))
        : h("li", { class: "empty" }, "暂无")));
  }

  function drawQueues() {
    clear(queues,
      queue("pending", "待派单", st.pending),
      queue("offered", "已派单 · 等待答复", st.offered),
      queue("attention", "需关注", st.attention));
  }

  function drawMap() {
    const candidateIds = new Set((st.candidates || []).map((c) => c.volunteer.id));
    const now = Date.now();
    const volunteers = st.volunteers.map((v) => {
      const live = v.on_duty && v.live_at && now - Date.parse(v.live_at) < LIVE_FRESH_MS && v.live_lat !== null;
      return { id: v.id, lat: live ? v.live_lat : v.home_lat, lng: live ? v.live_lng : v.home_lng, live,
        candidate: candidateIds.has(v.id), label: `${v.name}${live ? "（在岗，实时位置）" : "（住址）"}` };
    });
    const seen = new Set();
    const orders = [];
    for (const [kind, list] of [["attention", st.attention], ["pending", st.pending], ["offered", st.offered]]) {
      for (const o of list) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        orders.push({ id: o.id, lat: o.lat, lng: o.lng, kind, selected: o.id === st.selectedId, label: `#${o.id} ${o.item_name}` });
      }
    }
    if (st.selected && !seen.has(st.selected.id)) {
      orders.push({ id: st.selected.id, lat: st.selected.lat, lng: st.selected.lng, kind: "other", selected: true, label: `#${st.selected.id}` });
    }
    const rings = [];
    const radius = st.candidates && st.candidates[0] && st.candidates[0].reasons.radius;
    if (st.selected && radius) rings.push({ lat: st.selected.lat, lng: st.selected.lng, radius_m: radius.metres });
    clear(mapBox, h("h2", {}, "社区地图"),
      communityMap(community, { volunteers, orders, rings }, { name: "dispatch-map", onOrder: select }),
      h("div", { class: "legend" },
        h("span", {}, "虚线圆：社区服务范围（", fmtMetres(community.radius_m), "）"),
        h("span", {}, "● 橙：待派单　● 蓝：已派单　● 红：需关注"),
        h("span", {}, "· 灰：志愿者住址　· 绿：在岗志愿者 / 推荐人选")));
  }

  async function select(id) {
    st.selectedId = id;
    st.candidates = null;
    st.candidatesFor = null;
    history.replaceState(null, "", `#/dispatch?order=${id}`);
    st.selected = [...st.pending, ...st.offered, ...st.attention].find((o) => o.id === id) || await api.get(`/orders/${id}`);
    await drawDetail();
    drawQueues();
    drawMap();
  }

  const offerLine = h("p", { "data-testid": "offer-line" });
  function drawOfferLine() {
    const order = st.selected;
    offerLine.textContent = order && order.status === "offered" && order.offer
      ? `已派给 ${volunteerName(order.offer.volunteer_id)}，答复截止 ${fmtShort(order.offer.deadline)}（剩余 ${countdown(order.offer.deadline)}）`
      : "";
  }

  async function drawDetail() {
    const order = st.selected;
    if (!order) return;
    st.candidatesFor = order.id;
    const candidatesBox = h("div", { "data-testid": "candidates" });
    const autoButton = h("button", { class: "primary", disabled: order.status !== "pending", "data-testid": "dispatch-auto",
      onclick: (event) => busy(event.target, async () => {
        const offer = await api.post(`/orders/${order.id}/dispatch`, { auto: true });
        toast(`已自动派单给 ${volunteerName(offer.volunteer_id)}`);
        await afterDispatch();
      }) }, "自动派给最佳人选");
    drawOfferLine();
    clear(detail,
      h("h2", {}, `订单 #${order.id} ${order.item_name}`, statusBadge(order.status, undefined, "selected-status"),
        order.needs_attention ? h("span", { class: "badge attention" }, "需关注") : null),
      order.needs_attention ? h("p", { class: "error", "data-testid": "selected-attention" }, attentionReason(order)) : null,
      h("dl", { class: "facts" },
        h("dt", {}, "居民"), h("dd", {}, `${order.resident.name || ""} ${order.resident.phone || ""}`, order.resident.elderly_living_alone ? h("span", { class: "badge attention" }, "独居老人") : null),
        h("dt", {}, "地址"), h("dd", {}, order.address || "—"),
        h("dt", {}, "服务时间"), h("dd", {}, `${fmtShort(order.window_start)} — ${fmtShort(order.window_end)}`),
        h("dt", {}, "预计时长 / 积分"), h("dd", {}, `${order.expected_minutes} 分钟 / ${order.points} 分`),
        h("dt", {}, "备注"), h("dd", {}, order.note || "—"),
        h("dt", {}, "已派次数"), h("dd", {}, String(order.offers_made))),
      offerLine,
      h("div", { class: "actions" }, autoButton, h("a", { href: `#/orders/${order.id}` }, "订单详情与时间线 →")),
      h("h3", {}, "推荐志愿者"),
      candidatesBox);
    if (order.status !== "pending") {
      clear(candidatesBox, h("p", { class: "muted" }, "只有待派单的订单可以派单。"));
      return;
    }
    clear(candidatesBox, h("p", { class: "muted" }, "正在匹配…"));
    try {
      st.candidates = (await api.get(`/orders/${order.id}/candidates`, { limit: 10 })).items;
    } catch (error) {
      clear(candidatesBox, h("p", { class: "error" }, error.message));
      return;
    }
    if (!st.alive || st.selectedId !== order.id) return;
    drawCandidates(candidatesBox, order);
    drawMap();
  }

  function skillsText(skills) {
    const names = skills.map((skill) => skill.name);
    return names.length > 3 ? `${names.slice(0, 3).join("、")} 等 ${names.length} 项技能` : names.join("、");
  }

  function reasonsText(reasons) {
    const d = reasons.distance; const r = reasons.rating; const f = reasons.fairness; const rel = reasons.reliability;
    return [
      `距离 ${fmtMetres(d.metres)}（${d.from === "live" ? "实时位置" : "住址"}）`,
      `评分 ${r.bayesian_mean}（${r.ratings} 条）`,
      `近30天 ${f.orders_last_30_days} 单`,
      `接单 ${rel.offers_accepted}/${rel.offers_received}`,
      rel.releases ? `退单 ${rel.releases} 次` : null,
      rel.no_shows ? `爽约 ${rel.no_shows} 次` : null,
      reasons.radius.widened ? `已扩大搜索至 ${fmtMetres(reasons.radius.metres)}` : null,
    ].filter(Boolean).join(" · ");
  }

  function drawCandidates(box, order) {
    if (!st.candidates.length) {
      clear(box, h("p", { class: "muted" }, "附近没有符合条件的志愿者（技能、时间或接单上限）。可扩大服务半径或招募志愿者。"));
      return;
    }
    clear(box, h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "#"), h("th", {}, "志愿者"), h("th", { class: "num" }, "距离"), h("th", { class: "num" }, "得分"), h("th", {}, "理由"), h("th", {}, ""))),
      h("tbody", {}, st.candidates.map((c, index) => h("tr", { "data-volunteer-id": c.volunteer.id },
        h("td", {}, index + 1),
        h("td", {}, c.volunteer.name, c.volunteer.on_duty ? h("span", { class: "badge completed" }, "在岗") : null,
          h("div", { class: "muted small" }, skillsText(c.volunteer.skills || []))),
        h("td", { class: "num" }, fmtMetres(c.distance_m)),
        h("td", { class: "num" }, c.score.toFixed(3)),
        h("td", { class: "reasons" }, reasonsText(c.reasons)),
        h("td", {}, h("button", { class: "primary", "data-testid": "dispatch-to",
          onclick: (event) => busy(event.target, async () => {
            await api.post(`/orders/${order.id}/dispatch`, { volunteer_id: c.volunteer.id });
            toast(`已派单给 ${c.volunteer.name}`);
            await afterDispatch();
          }) }, "派单")))))));
  }

  async function afterDispatch() {
    st.candidates = null;
    st.candidatesFor = null;
    await refresh();
  }

  await loadVolunteers();
  await refresh();
  if (st.selectedId && !st.selected) await select(st.selectedId);
  const timer = setInterval(() => {
    if (!document.hidden) refresh().catch(() => {});
  }, REFRESH_MS);
  return () => { st.alive = false; clearInterval(timer); };
}
