// 订单详情: the order, its timeline, the rating, minutes waiting for review (approve or reject), cancel; an accepted
// order handed back (收回) or reassigned to another volunteer (改派: the release and the new offer in one request).

import * as api from "../api.js";
import { ask, busy, clear, fmtDateTime, h, stars, statusBadge, toast } from "../dom.js";
import { CANCELLABLE, MINUTES_STATUS, OFFER_STATUS, ROLE, STATUS, attentionReason, reviewReasons } from "../labels.js";

export async function render(root, ctx) {
  const order = await api.get(`/orders/${ctx.params.id}`);
  const reload = () => render(root, ctx);
  const actions = h("div", { class: "actions" });
  if (order.status === "pending") actions.append(h("a", { class: "button", href: `#/dispatch?order=${order.id}` }, "去派单"));
  if (order.status === "accepted") actions.append(...handBackButtons(order, reload));
  if (CANCELLABLE.includes(order.status)) {
    actions.append(h("button", { class: "danger", "data-testid": "cancel-order", onclick: async (event) => {
      const values = await ask({ title: `取消订单 #${order.id}`, submit: "取消订单", danger: true,
        fields: [{ name: "reason", label: "取消原因", required: true, type: "textarea", maxlength: 200 }] });
      if (!values) return;
      await busy(event.target, async () => {
        await api.post(`/orders/${order.id}/cancel`, { reason: values.reason });
        toast("订单已取消");
        await reload();
      });
    } }, "取消订单"));
  }

  clear(root,
    h("div", { class: "page-head" }, h("a", { href: "#/orders" }, "← 订单"),
      h("h1", {}, `订单 #${order.id} ${order.item_name}`), statusBadge(order.status, STATUS, "order-status"),
      order.needs_attention ? h("span", { class: "badge attention", "data-testid": "attention-reason" }, `需关注：${attentionReason(order)}`) : null,
      h("span", { class: "spacer" }), actions),
    h("div", { class: "grid cols-2" },
      h("div", {},
        h("div", { class: "panel" }, h("h2", {}, "订单信息"), h("dl", { class: "facts" },
          h("dt", {}, "居民"), h("dd", {}, `${order.resident.name} ${order.resident.phone || ""}`,
            order.resident.elderly_living_alone ? h("span", { class: "badge attention" }, "独居老人") : null),
          h("dt", {}, "地址"), h("dd", {}, order.address || "—"),
          h("dt", {}, "服务时间"), h("dd", {}, `${fmtDateTime(order.window_start)} — ${fmtDateTime(order.window_end)}`),
          h("dt", {}, "预计时长"), h("dd", {}, `${order.expected_minutes} 分钟`),
          h("dt", {}, "积分"), h("dd", {}, `${order.points} 分`),
          h("dt", {}, "备注"), h("dd", {}, order.note || "—"),
          h("dt", {}, "志愿者"), h("dd", {}, order.volunteer ? order.volunteer.name : "—"),
          h("dt", {}, "当前派单"), h("dd", {}, order.offer ? `志愿者 #${order.offer.volunteer_id}，${OFFER_STATUS[order.offer.status] || order.offer.status}，截止 ${fmtDateTime(order.offer.deadline)}` : "—"),
          h("dt", {}, "下单时间"), h("dd", {}, fmtDateTime(order.created_at)),
          h("dt", {}, "接单时间"), h("dd", {}, fmtDateTime(order.accepted_at)),
          h("dt", {}, "签到 / 签退"), h("dd", {}, `${fmtDateTime(order.check_in_at)} / ${fmtDateTime(order.check_out_at)}`),
          h("dt", {}, "服务小结"), h("dd", {}, order.summary || "—"),
          order.cancel_reason ? [h("dt", {}, "取消原因"), h("dd", {}, order.cancel_reason)] : null)),
        minutesPanel(order, reload),
        ratingPanel(order)),
      h("div", { class: "panel" }, h("h2", {}, "时间线"),
        h("ol", { class: "timeline", "data-testid": "timeline" }, order.events.map((event) => h("li", {},
          h("div", {}, event.from ? `${STATUS[event.from] || event.from} → ${STATUS[event.to] || event.to}` : `创建：${STATUS[event.to] || event.to}`),
          h("div", { class: "when" }, `${fmtDateTime(event.at)} · ${ROLE[event.actor.role] || event.actor.role}${event.actor.id ? ` #${event.actor.id}` : ""}`),
          event.note ? h("div", { class: "muted small" }, event.note) : null))))));
}

function handBackButtons(order, reload) {
  const release = h("button", { "data-testid": "release-order", onclick: async (event) => {
    const values = await ask({ title: `收回订单 #${order.id}`, submit: "收回", danger: true,
      fields: [{ name: "reason", label: "原因（志愿者无法前来等）", required: true, type: "textarea", maxlength: 200 }] });
    if (!values) return;
    await busy(event.target, async () => {
      await api.post(`/orders/${order.id}/release`, { reason: values.reason });
      toast("订单已收回，等待重新安排");
      await reload();
    });
  } }, "收回订单");
  const reassign = h("button", { class: "primary", "data-testid": "reassign-order", onclick: async (event) => {
    const volunteers = (await api.getAll(`/communities/${order.community_id}/volunteers`, { status: "approved" }))
      .filter((v) => !order.volunteer || v.id !== order.volunteer.id);
    const values = await ask({ title: `改派订单 #${order.id}`, submit: "改派",
      fields: [{ name: "volunteer_id", label: "改派给", type: "select", required: true, testid: "reassign-volunteer",
        options: volunteers.map((v) => ({ value: v.id, label: v.name || `志愿者 #${v.id}` })) },
      { name: "reason", label: "原因", required: true, type: "textarea", maxlength: 200 }] });
    if (!values) return;
    await busy(event.target, async () => {
      await api.post(`/orders/${order.id}/reassign`, { volunteer_id: Number(values.volunteer_id), reason: values.reason });
      toast("已改派，等待志愿者答复");
      await reload();
    });
  } }, "改派");
  return [reassign, release];
}

function minutesPanel(order, reload) {
  if (!order.minutes_status) return null;
  const panel = h("div", { class: "panel", "data-testid": "minutes-panel" }, h("h2", {}, "志愿时长", statusBadge(order.minutes_status, MINUTES_STATUS)),
    h("p", {}, `记录时长 ${order.service_minutes} 分钟（预计 ${order.expected_minutes} 分钟）。`));
  if (order.minutes_status !== "pending_review") return panel;
  const minutes = h("input", { type: "number", min: 0, max: 1440, value: order.service_minutes, "data-testid": "review-minutes" });
  const note = h("input", { type: "text", maxlength: 200, placeholder: "说明（可选）" });
  const review = (approve) => (event) => busy(event.target, async () => {
    const body = { approve, note: note.value };
    if (approve && minutes.value !== "") body.minutes = Number(minutes.value);
    await api.post(`/orders/${order.id}/minutes-review`, body);
    toast(approve ? "时长已核准" : "时长已驳回");
    await reload();
  });
  panel.append(h("ul", { class: "small", "data-testid": "review-reasons" }, reviewReasons(order).map((reason) => h("li", {}, reason))),
    h("p", { class: "muted small" }, "系统无法核实这段时长，需要人工审核。核准的时长与系统核实的时长分开记录，最多为预计时长的两倍。"),
    h("div", { class: "actions" }, h("label", { class: "actions" }, "核准分钟", minutes), note,
      h("button", { class: "primary", "data-testid": "approve-minutes", onclick: review(true) }, "核准"),
      h("button", { class: "danger", "data-testid": "reject-minutes", onclick: review(false) }, "驳回")));
  return panel;
}

function ratingPanel(order) {
  if (!order.rating) return null;
  const r = order.rating;
  return h("div", { class: "panel" }, h("h2", {}, "居民评价"),
    h("p", {}, h("span", { class: "stars" }, stars(r.stars)), ` ${r.stars} 星`, r.automatic ? "（7 天未评价，系统自动好评）" : ""),
    r.comment ? h("p", {}, r.comment) : null,
    r.tags && r.tags.length ? h("p", {}, r.tags.map((tag) => h("span", { class: "badge" }, tag))) : null,
    h("p", { class: "muted small" }, fmtDateTime(r.created_at)));
}

