/**
 * A live server of the project for the client's tests: the `make`-built venv, a fresh SQLite file migrated and
 * seeded with the demo city, gunicorn on a free port. `VOLUNTEER_API_URL` points the tests at a running server
 * instead.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const BIN = join(PROJECT, ".venv", "bin");

export interface LiveServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const done = spawnSync(join(BIN, command), args, { cwd: PROJECT, env, encoding: "utf8" });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${done.status}):\n${done.stdout}\n${done.stderr}`);
  }
}

export async function startServer(): Promise<LiveServer> {
  if (process.env.VOLUNTEER_API_URL) {
    return { url: process.env.VOLUNTEER_API_URL.replace(/\/+$/, ""), stop: async () => undefined };
  }
  if (!existsSync(join(BIN, "gunicorn"))) {
    throw new Error(`no ${BIN}/gunicorn: run \`make install\` in ${PROJECT} first`);
  }
  const dir = mkdtempSync(join(tmpdir(), "volunteer-client-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FLASK_APP: "wsgi.py",
    APP_ENV: "development",
    DATABASE_URL: `sqlite:///${join(dir, "api.db")}`,
    REDIS_URL: "",
    LOGIN_LIMIT_PER_PHONE: "1000 per minute",
    LOGIN_LIMIT_PER_ADDRESS: "1000 per minute",
  };
  run("flask", ["db", "upgrade"], env);
  run("flask", ["seed", "demo"], env);
  const port = await freePort();
  const server: ChildProcess = spawn(join(BIN, "gunicorn"), ["--workers", "1", "--bind", `127.0.0.1:${port}`, "wsgi:app"], {
    cwd: PROJECT,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const health = await fetch(`${url}/healthz`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 150 || server.exitCode !== null) {
      server.kill();
      throw new Error(`the server did not start on ${url}:\n${log}`);
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return {
    url,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((ok) => server.once("exit", ok));
        server.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
