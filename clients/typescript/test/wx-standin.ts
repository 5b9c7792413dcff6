/**
 * A stand-in for the mini-program runtime: a `wx` whose `request` behaves as WeChat documents it (options object,
 * `success({data, statusCode, header})` for any HTTP status, `fail({errMsg})` only when no answer came back, `data`
 * parsed as JSON only when `dataType` is "json"), sent with node:http. `withoutFetch` removes what a mini-program
 * lacks (fetch, Request, Response, Headers, FormData) for the duration of a test.
 */
import { request as httpRequest } from "node:http";

import type { Wx, WxRequestOptions } from "../src/wx.js";

export interface StandInWx extends Wx {
  calls: { method: string; url: string; header: Record<string, string> }[];
  /** The next `n` requests fail as if the network dropped (after reaching the server when `afterSending`). */
  dropNext(n: number, afterSending?: boolean): void;
}

export function standInWx(): StandInWx {
  const calls: StandInWx["calls"] = [];
  let drops = 0;
  let dropAfterSending = false;
  return {
    calls,
    dropNext(n: number, afterSending = false) {
      drops = n;
      dropAfterSending = afterSending;
    },
    request(options: WxRequestOptions) {
      calls.push({ method: options.method, url: options.url, header: { ...(options.header ?? {}) } });
      const drop = drops > 0;
      if (drop) drops--;
      if (drop && !dropAfterSending) {
        setTimeout(() => options.fail?.({ errMsg: "request:fail timeout" }), 0);
        return {};
      }
      const url = new URL(options.url);
      const req = httpRequest(
        { hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method, headers: options.header },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            if (drop) {
              options.fail?.({ errMsg: "request:fail interrupted" });
              return;
            }
            const text = Buffer.concat(chunks).toString("utf8");
            const header: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined) header[name] = Array.isArray(value) ? value.join(", ") : value;
            }
            let data: unknown = text;
            if ((options.dataType ?? "json") === "json") {
              try {
                data = JSON.parse(text);
              } catch {
                data = text;
              }
            }
            options.success?.({ data, statusCode: res.statusCode ?? 0, header });
          });
        },
      );
      req.on("error", (error) => options.fail?.({ errMsg: `request:fail ${error.message}` }));
      if (options.data !== undefined) req.write(options.data);
      req.end();
      return {};
    },
  };
}

const MISSING_IN_MINI_PROGRAMS = ["fetch", "Request", "Response", "Headers", "FormData"] as const;

/** Run `body` with the globals a mini-program lacks removed, then put them back. */
export async function withoutFetch<T>(body: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(MISSING_IN_MINI_PROGRAMS.map((name) => [name, g[name]]));
  for (const name of MISSING_IN_MINI_PROGRAMS) delete g[name];
  try {
    return await body();
  } finally {
    for (const name of MISSING_IN_MINI_PROGRAMS) g[name] = saved[name];
  }
}
