// The data folder holds the embedded database (its write-ahead log has the password
// hashes) and the session-signing secret: only the account running Hemicycle may read it.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Config } from "./config.ts";
import type { DatabaseTarget } from "./db/database.ts";

const PRIVATE = 0o700;

/** Creates the folder if needed and keeps it (not its parents) at 0700, whatever mode it had. */
export function ensurePrivateDir(path: string): string {
  mkdirSync(path, { recursive: true, mode: PRIVATE });
  chmodSync(path, PRIVATE);
  return path;
}

/** The session-signing secret kept in the data folder, generated on first start. */
export function storedAuthSecret(dataDir: string): string {
  const file = join(ensurePrivateDir(dataDir), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The database the configuration names: PostgreSQL at DATABASE_URL, else the embedded
 * PGlite in DATA_DIR/pglite. Start-up and every script (migrate, backup, restore) open it
 * through this, so they all reach the database the server reads.
 */
export function configuredDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
): Extract<DatabaseTarget, { url: string } | { dataDir: string }> {
  return config.databaseUrl
    ? { kind: "postgresql", url: config.databaseUrl }
    : { kind: "pglite", dataDir: resolve(ensurePrivateDir(resolve(config.dataDir)), "pglite") };
}
