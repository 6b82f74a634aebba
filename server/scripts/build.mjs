// Bundles the server into dist/main.js. Our own code and the shared workspace package
// are bundled; npm dependencies stay external and load from node_modules (PGlite and the
// schema engine find their .wasm files next to their own modules). Code loaded on demand
// (the demo data, only when seeding) goes into chunks of its own, so a production start
// never loads it.
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const external = Object.entries(pkg.dependencies ?? {})
  .filter(([, version]) => !String(version).startsWith("workspace:"))
  .map(([name]) => name);

const started = Date.now();
// Chunks carry a hash in their name: start from an empty folder so old ones do not pile up.
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/main.ts"],
  outdir: "dist",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: "warning",
});
console.log(`server built into server/dist/main.js in ${Date.now() - started} ms`);
