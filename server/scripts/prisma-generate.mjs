// Generates the Prisma client without Prisma's native schema engine: `prisma generate`
// never runs that engine, it only checks that the file exists, and its download is
// impossible on these machines. Pointing it at this very file satisfies the check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("prisma", ["generate", "--schema", "../prisma/schema.prisma"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
