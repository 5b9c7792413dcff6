// zh-CN names for the API's codes: statuses, roles, reasons and error codes.

export const STATUS = {
  pending: "待派单", offered: "已派单", accepted: "已接单", in_service: "服务中",
  completed: "已完成", rated: "已评价", cancelled: "已取消", expired: "已过期",
};
export const STATUS_ORDER = ["pending", "offered", "accepted", "in_service", "completed", "rated", "cancelled", "expired"];
export const STATUS_COLOURS = {
  pending: "#ed6c02", offered: "#1565c0", accepted: "#5c6bc0", in_service: "#8e24aa",
  completed: "#43a047", rated: "#2e7d32", cancelled: "#9e9e9e", expired: "#616161",
};
export const CANCELLABLE = ["pending", "offered", "accepted", "in_service"];

export const ROLE = { resident: "居民", volunteer: "志愿者", staff: "社区工作者", admin: "管理员", system: "系统" };

export const MINUTES_STATUS = {
  verified: "已核实", pending_review: "待审核", approved: "人工核准", rejected: "已驳回", voided: "已作废",
};

// Why minutes wait for a staff decision (api.md, "Trust of service records").
export const REVIEW_REASON = {
  far_from_address: "签到或签退离服务地址超过 300 米", outside_window: "签退远晚于服务时段",
  too_short: "服务时长不足预计时长的四分之一", unconfirmed: "居民尚未确认（未提供服务码，也未评价）",
  no_check_out: "志愿者未签退",
};

export function reviewReasons(order) {
  return (order.review_reasons || []).map((reason) => REVIEW_REASON[reason] || reason);
}

// Why an order is in the needs-attention queue (OrderSchema.attention_reason).
export const ATTENTION_REASON = {
  dispatch_gave_up: "多次派单无人接单", no_candidates: "附近没有可派的志愿者", released: "志愿者退单，需重新安排",
  no_show: "志愿者未按时签到（爽约）", no_check_out: "志愿者未签退，时长待审核", offer_lapsed: "派单超时无人答复",
  volunteer_suspended: "志愿者已被暂停",
};

export function attentionReason(order) {
  if (!order.needs_attention) return null;
  return ATTENTION_REASON[order.attention_reason] || `已派 ${order.offers_made} 次无人接单`;
}

export const ACTIVITY_STATUS = { open: "招募中", closed: "已结束", cancelled: "已取消" };
export const SIGNUP_STATUS = { confirmed: "已报名", waitlisted: "候补", cancelled: "已退出", no_show: "缺席" };
export const TEAM_ROLE = { leader: "队长", member: "队员" };
export const TEAM_MEMBER_STATUS = { pending: "待审核", approved: "已入队" };

// An activity's reasons read differently: its check points are judged from the venue, its other party is the code.
export const ACTIVITY_REVIEW_REASON = {
  ...REVIEW_REASON, far_from_address: "签到或签退离活动地点超过 500 米", unconfirmed: "签到码缺失、错误或已过期",
  too_short: "参加时长不足活动时长的四分之一", outside_window: "签退远晚于活动结束",
};

export function activityReviewReasons(signup) {
  return (signup.review_reasons || []).map((reason) => ACTIVITY_REVIEW_REASON[reason] || reason);
}

export const VOLUNTEER_STATUS = { pending: "待审核", approved: "已通过", suspended: "已暂停" };

export const REDEMPTION_STATUS = { pending: "待领取", fulfilled: "已领取", cancelled: "已取消" };

export const FOLLOW_UP_STATUS = { open: "待回访", closed: "已结案" };

export const OFFER_STATUS = { pending: "待答复", accepted: "已接受", declined: "已拒绝", expired: "已超时", withdrawn: "已撤回" };

export const UNMET_REASON = {
  expired: "无人接单过期", cancelled_before_acceptance: "接单前取消", needs_attention: "需人工处理",
};

export const WEEKDAY = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

export const ERROR_TEXT = {
  invalid_credentials: "手机号或密码错误。",
  rate_limited: "尝试过于频繁，请稍后再试。",
  unauthorized: "请先登录。",
  token_expired: "登录已过期，请重新登录。",
  token_revoked: "登录已失效，请重新登录。",
  refresh_token_reused: "登录已失效，请重新登录。",
  role_required: "当前账号没有此权限。",
  not_community_staff: "您不是该社区的工作人员。",
  validation_failed: "填写的内容有误",
  malformed_body: "请求格式错误。",
  order_not_pending: "订单已不在待派单状态（可能已被派出或接单）。",
  order_not_offered: "订单当前没有待答复的派单。",
  order_not_cancellable: "订单已无法取消。",
  order_cancelled: "订单已取消。",
  order_expired: "订单已过期。",
  volunteer_not_eligible: "该志愿者不符合派单条件。",
  unknown_volunteer: "没有这位志愿者。",
  no_candidates: "附近没有符合条件的志愿者。",
  minutes_not_pending_review: "该订单的服务时长不在待审核状态。",
  outside_service_area: "地址不在社区服务范围内。",
  unknown_resident: "没有这位居民。",
  menu_item_archived: "该服务项目已下架。",
  unknown_category: "没有这个服务类别。",
  category_exists: "已有同名类别。",
  pickup_code_mismatch: "取件码不正确。",
  redemption_not_pending: "该兑换已处理（已领取或已取消）。",
  follow_up_closed: "该回访已结案。",
  idempotency_in_progress: "上一次提交仍在处理中，请稍候。",
  order_not_found: "没有这个订单，或您无权查看。",
  volunteer_not_found: "没有这位志愿者。",
  community_not_found: "没有这个社区。",
  not_organiser: "只有活动的组织者（社区工作人员或队伍队长）可以操作。",
  not_team_leader: "只有队伍的队长或社区工作人员可以操作。",
  activity_closed: "活动已结束。",
  activity_cancelled: "活动已取消。",
  activity_not_started: "活动还没开始，不能结束。",
  activity_has_check_ins: "已有志愿者签到，请结束活动而不是取消。",
  end_before_start: "结束时间必须晚于开始时间。",
  activity_too_long: "一次活动最长 24 小时，请按天分开发布。",
  activity_in_past: "活动时间已经过去。",
  signup_deadline_after_end: "报名截止时间不能晚于活动结束。",
  unknown_team: "本社区没有这个队伍。",
  team_name_taken: "本社区已有同名队伍。",
  membership_not_pending: "该志愿者已是队员。",
  leaders_set_by_staff: "队长由社区工作人员任免。",
  team_member_not_found: "该志愿者不在这个队伍里。",
};
