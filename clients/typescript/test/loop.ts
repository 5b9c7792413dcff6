/**
 * The whole loop as a mini-program and the staff console would drive it, through the typed client:
 * 点单 order → 派单 dispatch → 接单 accept → check in → check out → 评单 rate → 积分 points.
 * `tsc --strict` type-checks it against the generated types; loop.test.ts runs it against a live server.
 */
import assert from "node:assert/strict";

import { createApiClient, isProblem, pagination, type ApiClient, type Schemas } from "../src/index.js";

type Order = Schemas["Order"];

export const DEMO = { staff: "13800000001", resident: "13800000002", volunteer: "13800000003", password: "demo12345" };

export type Fetch = (request: Request) => Promise<Response>;

export async function signIn(baseUrl: string, fetch: Fetch, phone: string): Promise<ApiClient> {
  const api = createApiClient({ baseUrl, fetch });
  const { data, error } = await api.POST("/api/v1/auth/login", { body: { phone, password: DEMO.password } });
  if (error) throw new Error(`sign-in of ${phone} refused: ${error.code}`);
  api.tokens.set(data);
  return api;
}

export interface LoopResult {
  order: Order;
  pointsBefore: number;
  pointsAfter: number;
  location: string | null;
}

export async function runLoop(baseUrl: string, fetch: Fetch): Promise<LoopResult> {
  const resident = await signIn(baseUrl, fetch, DEMO.resident);
  const staff = await signIn(baseUrl, fetch, DEMO.staff);
  const volunteer = await signIn(baseUrl, fetch, DEMO.volunteer);

  // The resident finds the first community's menu.
  const communities = await resident.GET("/api/v1/communities", { params: { query: { page_size: 5 } } });
  assert.ok(communities.data, "communities");
  const community = communities.data.items[0];
  assert.ok(community);
  assert.equal(pagination(communities.response)?.page, 1);
  const menu = await resident.GET("/api/v1/communities/{community_id}/menu", {
    params: { path: { community_id: community.id } },
  });
  assert.ok(menu.data);
  const item = menu.data.items[0];
  assert.ok(item);

  // 点单: order it for 20 minutes from now, at the community's centre.
  const start = new Date(Date.now() + 20 * 60_000);
  const end = new Date(start.getTime() + 2 * 3600_000);
  const created = await resident.POST("/api/v1/orders", {
    body: {
      menu_item_id: item.id, address: "民生路 88 号", lat: community.lat, lng: community.lng,
      window_start: start.toISOString().replace("Z", "+00:00"), window_end: end.toISOString(), note: "",
    },
  });
  if (created.error) throw new Error(`order refused: ${created.error.code}`);
  let order: Order = created.data;
  assert.equal(order.status, "pending");
  // The resident's 4-digit service code: they give it to the volunteer at the end of the visit.
  const serviceCode = order.service_code;
  assert.ok(serviceCode && /^\d{4}$/.test(serviceCode));
  const location = created.response.headers.get("Location");

  // A wrong menu item is a typed problem: the code is one of the codes createOrder declares for 422.
  const refused = await resident.POST("/api/v1/orders", {
    body: { menu_item_id: 999_999, address: "x", lat: community.lat, lng: community.lng,
            window_start: start.toISOString(), window_end: end.toISOString() },
  });
  assert.ok(refused.error && isProblem(refused.error));
  if (refused.response.status === 422 && refused.error.code === "unknown_menu_item") {
    assert.equal(refused.error.status, 422);
  } else {
    assert.fail(`expected 422 unknown_menu_item, got ${refused.response.status} ${refused.error.code}`);
  }

  // 派单: staff offer it to the demo volunteer.
  const profile = await volunteer.GET("/api/v1/volunteers/me");
  assert.ok(profile.data);
  const points = await volunteer.GET("/api/v1/points/me");
  assert.ok(points.data);
  const pointsBefore = points.data.balance;
  const offer = await staff.POST("/api/v1/orders/{order_id}/dispatch", {
    params: { path: { order_id: order.id } }, body: { volunteer_id: profile.data.id },
  });
  if (offer.error) throw new Error(`dispatch refused: ${offer.error.code}`);
  assert.equal(offer.data.status, "pending");

  // 接单: the volunteer sees the offer among their tasks and accepts it.
  const tasks = await volunteer.GET("/api/v1/volunteers/me/tasks");
  assert.ok(tasks.data);
  const task = tasks.data.items.find((t) => t.order.id === order.id);
  assert.ok(task && task.kind === "offer");
  const accepted = await volunteer.POST("/api/v1/orders/{order_id}/accept", { params: { path: { order_id: order.id } } });
  if (accepted.error) throw new Error(`accept refused: ${accepted.error.code}`);
  order = accepted.data;
  assert.equal(order.status, "accepted");
  assert.equal(order.volunteer?.name, profile.data.name);

  // Accepting again is a conflict whose code the type names: the order is ours already.
  const again = await volunteer.POST("/api/v1/orders/{order_id}/accept", { params: { path: { order_id: order.id } } });
  assert.equal(again.response.status, 409);
  assert.ok(again.error && again.error.code === "already_accepted");

  // On site: check in and out at the order's point.
  const here = { lat: order.lat, lng: order.lng };
  const checkedIn = await volunteer.POST("/api/v1/orders/{order_id}/check-in", {
    params: { path: { order_id: order.id } }, body: here,
  });
  if (checkedIn.error) throw new Error(`check-in refused: ${checkedIn.error.code}`);
  const checkedOut = await volunteer.POST("/api/v1/orders/{order_id}/check-out", {
    params: { path: { order_id: order.id } }, body: { ...here, summary: "陪老人聊天", service_code: serviceCode },
  });
  if (checkedOut.error) throw new Error(`check-out refused: ${checkedOut.error.code}`);
  order = checkedOut.data;
  assert.equal(order.status, "completed");
  if (order.minutes_status === "pending_review") {
    // minutes the checks could not verify wait for staff (a minute's service is too short, say)
    const reviewed = await staff.POST("/api/v1/orders/{order_id}/minutes-review", {
      params: { path: { order_id: order.id } }, body: { approve: true, minutes: order.expected_minutes, note: "" },
    });
    if (reviewed.error) throw new Error(`review refused: ${reviewed.error.code}`);
  }

  // 评单: the resident rates it.
  const rating = await resident.POST("/api/v1/orders/{order_id}/rating", {
    params: { path: { order_id: order.id } }, body: { stars: 5, comment: "很耐心", tags: ["耐心"] },
  });
  if (rating.error) throw new Error(`rating refused: ${rating.error.code}`);
  assert.equal(rating.data.stars, 5);
  const read = await resident.GET("/api/v1/orders/{order_id}", { params: { path: { order_id: order.id } } });
  assert.ok(read.data);
  order = read.data;
  assert.equal(order.status, "rated");
  assert.deepEqual(order.events.map((e) => e.to).slice(-1), ["rated"]);

  // 积分: the volunteer's points.
  const after = await volunteer.GET("/api/v1/points/me");
  assert.ok(after.data);
  const entries = await volunteer.GET("/api/v1/points/me/entries");
  assert.ok(entries.data);
  assert.ok(entries.data.items.some((e) => e.order_id === order.id && e.kind === "completion"));
  return { order, pointsBefore, pointsAfter: after.data.balance, location };
}
