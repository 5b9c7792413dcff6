#!/usr/bin/env node
// Types of the API, generated from the served OpenAPI document with openapi-typescript.
//
//   node scripts/generate.mjs [--from URL|FILE] [--check]
//
// --from: a running server's origin (its /api/v1/openapi.json) or a saved document; without it, a live server of
// the project is started (dist/test/server.js: run `npm run build` first, or use `npm run generate`).
// --check: write nothing; exit 1 when src/schema.d.ts differs from what the document generates.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import openapiTS, { astToString } from "openapi-typescript";

const HERE = dirname(fileURLToPath(import.meta.url));
export const TARGET = join(HERE, "..", "src", "schema.d.ts");
const HEADER = "// Generated from the served OpenAPI document by `npm run generate` (openapi-typescript). Do not edit.\n";

export async function generate(document) {
  // defaultNonNullable off: a request field with a default may be left out (responses carry no defaults).
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

async function load(from) {
  if (/^https?:\/\//.test(from)) {
    const response = await fetch(`${from.replace(/\/+$/, "")}/api/v1/openapi.json`);
    if (!response.ok) throw new Error(`GET ${from}/api/v1/openapi.json: ${response.status}`);
    return response.json();
  }
  return JSON.parse(readFileSync(from, "utf8"));
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const at = args.indexOf("--from");
  let from = at >= 0 ? args[at + 1] : undefined;
  let server;
  if (!from) {
    const { startServer } = await import(join(HERE, "..", "dist", "test", "server.js"));
    server = await startServer();
    from = server.url;
  }
  try {
    const types = await generate(await load(from));
    if (check) {
      const committed = readFileSync(TARGET, "utf8");
      if (committed !== types) {
        console.error("src/schema.d.ts is not what the served document generates: run `npm run generate` in " +
          "clients/typescript and commit it (the API changed, or the types were edited by hand).");
        process.exit(1);
      }
      console.log("src/schema.d.ts matches the served document");
    } else {
      writeFileSync(TARGET, types);
      console.log(`wrote ${TARGET}`);
    }
  } finally {
    await server?.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
