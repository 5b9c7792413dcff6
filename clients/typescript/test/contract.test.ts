/**
 * The document as client teams check it: the committed types are what it generates, and Spectral's OpenAPI and
 * OWASP rules hold (OWASP's 401 rule on every operation behind a token, its 429 rule on every limited one).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";

import { startServer, type LiveServer } from "./server.js";

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let server: LiveServer;
let documentFile: string;
let document: { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>> };

before(async () => {
  server = await startServer();
  const response = await fetch(`${server.url}/api/v1/openapi.json`);
  document = await response.json();
  documentFile = join(mkdtempSync(join(tmpdir(), "volunteer-doc-")), "openapi.json");
  writeFileSync(documentFile, JSON.stringify(document));
});

after(async () => {
  await server?.stop();
  if (documentFile) rmSync(dirname(documentFile), { recursive: true, force: true });
});

test("the committed types are what the served document generates", () => {
  const run = spawnSync("node", ["scripts/generate.mjs", "--check", "--from", server.url], { cwd: PACKAGE, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr + run.stdout);
});

interface Finding { code: string; message: string; path: (string | number)[]; severity: number }

function spectral(): Finding[] {
  const bin = join(PACKAGE, "node_modules", ".bin", "spectral");
  const run = spawnSync(bin, ["lint", "-r", ".spectral.yaml", "-f", "json", "-q", documentFile],
    { cwd: PACKAGE, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.stdout.trim().startsWith("["), run.stderr + run.stdout.slice(0, 2000));
  return JSON.parse(run.stdout) as Finding[];
}

test("Spectral: spectral:oas finds nothing, OWASP's 401 and 429 rules hold where they apply", () => {
  const findings = spectral();
  const oas = findings.filter((f) => !f.code.startsWith("owasp:"));
  assert.deepEqual(oas.map((f) => `${f.code} ${f.path.join(".")}: ${f.message}`), []);
  const operation = (f: Finding) => document.paths[String(f.path[1])]?.[String(f.path[2])];
  const secured401 = findings.filter((f) => f.code.endsWith("define-error-responses-401") && operation(f)?.security);
  assert.deepEqual(secured401.map((f) => f.path.join(".")), []);
  const limited = (f: Finding) => {
    const responses = operation(f)?.responses ?? {};
    return Object.values(responses).some((r) => JSON.stringify(r).includes("X-RateLimit-Limit"));
  };
  const limited429 = findings.filter((f) => f.code.endsWith("rate-limit-responses-429") && limited(f));
  assert.deepEqual(limited429.map((f) => f.path.join(".")), []);
  assert.ok(findings.some((f) => f.code.endsWith("rate-limit-responses-429")), "the 429 rule ran");
  const retryAfter = findings.filter((f) => f.code.endsWith("rate-limit-retry-after"));
  assert.deepEqual(retryAfter.map((f) => f.path.join(".")), []);
});
