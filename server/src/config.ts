// Configuration from validated environment variables: a bad value stops start-up with
// a message naming the variable, instead of surfacing later as a confusing failure.
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string; when absent, the embedded PGlite in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** The address users reach the app at; sets cookie security and better-auth's base URL. */
  PUBLIC_URL: z.url().optional(),
  /** Seed the demo data and accounts on an empty database. By default only off production and on a loopback HOST. */
  SEED_DEMO: booleanFlag.optional(),
  /** Secret that signs session cookies; generated and kept in DATA_DIR when absent (not in production). */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Trust X-Forwarded-For from a reverse proxy: `true`, or the proxy's addresses (comma-separated). */
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Folder of the built client to serve; defaults to client/dist in the repository. */
  CLIENT_DIST: z.string().optional(),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string;
  seedDemo: boolean;
  authSecret: string | undefined;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  trustProxy: boolean | string[];
  clientDist: string | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new Error("Invalid configuration:\n  AUTH_SECRET: required in production");
  }
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    // The demo's accounts and password are public: seed them unasked only on a server that
    // listens on this machine alone.
    seedDemo: e.SEED_DEMO ?? (e.NODE_ENV !== "production" && isLoopback(e.HOST)),
    authSecret: e.AUTH_SECRET,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    clientDist: e.CLIENT_DIST,
  };
}

function parseTrustProxy(value: string | undefined): boolean | string[] {
  if (!value || value === "false" || value === "0") return false;
  if (value === "true" || value === "1") return true;
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
