/**
 * The client against a live server of the project, through the `wx.request` adapter with a stand-in `wx` and
 * without fetch, Request, Response, Headers or FormData, as in a mini-program.
 */
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { after, before, test } from "node:test";

import { createApiClient, installFetchGlobals, wxFetch, type Tokens } from "../src/index.js";
import { DEMO, runLoop, signIn } from "./loop.js";
import { startServer, type LiveServer } from "./server.js";
import { standInWx, withoutFetch } from "./wx-standin.js";

let server: LiveServer;

function header(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

test("the whole loop runs through wx.request: order, dispatch, accept, check in and out, rate, points", async () => {
  const wx = standInWx();
  const result = await withoutFetch(async () => {
    installFetchGlobals();
    return runLoop(server.url, wxFetch(wx));
  });
  assert.equal(result.order.status, "rated");
  assert.ok(result.pointsAfter > result.pointsBefore, `points ${result.pointsBefore} → ${result.pointsAfter}`);
  assert.equal(result.location, `/api/v1/orders/${result.order.id}`);
  assert.ok(wx.calls.length > 15, "every request went through wx.request");
  const posts = wx.calls.filter((call) => call.method === "POST").map((call) => header(call.header, "Idempotency-Key"));
  assert.ok(posts.every((key) => /^[0-9a-f-]{36}$/.test(key ?? "")), "a key on every POST");
  assert.equal(new Set(posts).size, posts.length, "a new key per POST");
});

test("times in the answer to POST /orders are in UTC, as every read answers", async () => {
  const resident = await signIn(server.url, globalThis.fetch, DEMO.resident);
  const communities = await resident.GET("/api/v1/communities");
  const community = communities.data?.items[0];
  assert.ok(community);
  const menu = await resident.GET("/api/v1/communities/{community_id}/menu", { params: { path: { community_id: community.id } } });
  const item = menu.data?.items[0];
  assert.ok(item);
  const start = new Date(Date.now() + 3600_000);
  const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/\.\d+Z$/, "+08:00");
  const created = await resident.POST("/api/v1/orders", {
    body: { menu_item_id: item.id, address: "民生路 1 号", lat: community.lat, lng: community.lng,
            window_start: shanghai(start), window_end: shanghai(new Date(start.getTime() + 3600_000)) },
  });
  assert.ok(created.data, JSON.stringify(created.error));
  assert.match(created.data.window_start, /\+00:00$/);
  const read = await resident.GET("/api/v1/orders/{order_id}", { params: { path: { order_id: created.data.id } } });
  assert.equal(read.data?.window_start, created.data.window_start);
});

const JWT_SECRET = process.env.JWT_SECRET_KEY ?? "dev-jwt-secret-key-change-me-32bytes!";

function expired(token: string): string {
  // The same token, expired an hour ago: what a mini-program holds after a while in the background.
  const [header, payload] = token.split(".") as [string, string];
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, number>;
  const now = Math.floor(Date.now() / 1000);
  const body = Buffer.from(JSON.stringify({ ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 3600 }))
    .toString("base64url");
  const signature = createHmac("sha256", JWT_SECRET).update(`${header}.${body}`).digest("base64url");
  return `${header}.${body}.${signature}`;
}

test("on 401 token_expired the client refreshes once with the rotating refresh token and sends again", async () => {
  const wx = standInWx();
  await withoutFetch(async () => {
    installFetchGlobals();
    const fetch = wxFetch(wx);
    const signedIn = await signIn(server.url, fetch, DEMO.volunteer);
    const first = signedIn.tokens.get() as Tokens;
    let signedOut = 0;
    const api = createApiClient({ baseUrl: server.url, fetch, onSignedOut: () => signedOut++ });
    api.tokens.set({ ...first, access_token: expired(first.access_token) });
    const [me, points] = await Promise.all([api.GET("/api/v1/me"), api.GET("/api/v1/points/me")]);
    assert.equal(me.response.status, 200);
    assert.equal(points.response.status, 200);
    assert.equal(me.data?.roles.includes("volunteer"), true);
    const rotated = api.tokens.get() as Tokens;
    assert.notEqual(rotated.refresh_token, first.refresh_token, "refresh tokens rotate");
    assert.equal(wx.calls.filter((c) => c.url.endsWith("/api/v1/auth/refresh")).length, 1, "one refresh for both");

    // The old refresh token is spent: offering it again ends the session, and the client says so.
    api.tokens.set({ ...first, access_token: expired(first.access_token) });
    const refused = await api.GET("/api/v1/me");
    assert.equal(refused.response.status, 401);
    assert.equal(api.tokens.get(), null);
    assert.equal(signedOut, 1);
  });
});

test("a POST whose answer was lost is sent again with the same Idempotency-Key and answered once", async () => {
  const wx = standInWx();
  await withoutFetch(async () => {
    installFetchGlobals();
    const staff = await signIn(server.url, wxFetch(wx), DEMO.staff);
    const before = await staff.GET("/api/v1/categories");
    wx.dropNext(1, true); // the server creates it, the answer never arrives
    const created = await staff.POST("/api/v1/residents", { body: { phone: "13700000077", name: "陈大爷" } });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    assert.equal(created.response.headers.get("Idempotent-Replayed"), "true");
    const keys = wx.calls.filter((c) => c.url.endsWith("/api/v1/residents")).map((c) => header(c.header, "Idempotency-Key"));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    const found = await staff.GET("/api/v1/residents", { params: { query: { phone: "13700000077" } } });
    assert.equal(found.data?.items.length, 1);
    assert.ok(before.data);
  });
});
