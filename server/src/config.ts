// Configuration from validated environment variables: a bad value stops start-up with
// a message naming the variable, instead of surfacing later as a confusing failure.
import { isIP } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { parseIatiSettings } from "./exports/iati/settings.ts";

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
  /** Where evidence files are kept; the data folder's attachments/ when absent. */
  FILES_DIR: z.string().min(1).optional(),
  /** The largest evidence file accepted, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(15),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** The address users reach the app at; sets cookie security and better-auth's base URL. */
  PUBLIC_URL: z.url().optional(),
  /** Seed the demo data and accounts on an empty database. By default only off production and on a loopback HOST. */
  SEED_DEMO: booleanFlag.optional(),
  /** Secret that signs session cookies; generated and kept in DATA_DIR when absent (not in production). */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Behind reverse proxies: how many there are in front of the app (`1`), or their
   * addresses (comma-separated, CIDR allowed). Never `true`: see parseTrustProxy.
   */
  TRUST_PROXY: z.string().optional(),
  /** This instance's name in every log line (docs/operations.md); hostname:pid by default. */
  INSTANCE_ID: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "letters, digits, . _ : - (100 at most)")
    .optional(),
  /** How long a shutdown waits for requests in flight, jobs and the database before the process exits anyway. */
  SHUTDOWN_SECONDS: z.coerce.number().positive().max(600).default(10),
  /** A session ends after this many minutes without use (default 720: twelve hours; 30 days at most). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(720),
  /** A session ends this many hours after sign-in, however much it is used (default 168: a week; a year at most). */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(8760).default(168),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Folder of the built client to serve; defaults to client/dist in the repository. */
  CLIENT_DIST: z.string().optional(),
  /** When the reminders scan runs (cron, five fields, UTC; docs/operations.md, "Jobs"): every 15 minutes by default. */
  REMINDERS_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4}$/, "must be a cron expression of five fields, e.g. */15 * * * *")
    .default("*/15 * * * *"),
  /** The SMTP server notifications are e-mailed through (smtp://user:pass@host:port or smtps://…); no e-mail when absent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** The From of those e-mails; "Hemicycle <hemicycle@PUBLIC_URL's host>" when absent. */
  SMTP_FROM: z.string().trim().min(3).optional(),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string | undefined;
  dataDir: string;
  /** Evidence files' folder: FILES_DIR, or attachments/ in the data folder. */
  filesDir: string;
  maxUploadBytes: number;
  port: number;
  host: string;
  publicUrl: string;
  seedDemo: boolean;
  authSecret: string | undefined;
  /** Names this instance in the logs (INSTANCE_ID, or hostname:pid). */
  instanceId: string;
  /** The longest a graceful shutdown waits, in milliseconds. */
  shutdownTimeoutMs: number;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /** false, a number of proxy hops, or the proxies' addresses. */
  trustProxy: false | number | string[];
  clientDist: string | undefined;
  /** Idle and absolute session lifetimes, in seconds. */
  sessionLifetimes: { idleSeconds: number; absoluteSeconds: number };
  /** The reminders scan's cron schedule (UTC). */
  remindersCron: string;
  /** Where notifications are e-mailed through; null: no e-mail (the notices are kept, marked SKIPPED). */
  smtp: { url: string; from: string } | null;
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
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (typeof trustProxy === "string") throw new Error(`Invalid configuration:\n  TRUST_PROXY: ${trustProxy}`);
  // The IATI reporting organisation (IATI_REPORTING_ORG_REF/_NAME/_TYPE, IATI_LANGUAGE,
  // IATI_DEFAULT_CURRENCY; exports/iati/settings.ts), read where the file is made.
  const iati = parseIatiSettings(env);
  if ("problems" in iati) throw new Error(`Invalid configuration:\n  ${iati.problems.join("\n  ")}`);
  return {
    nodeEnv: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    filesDir: e.FILES_DIR ?? join(e.DATA_DIR, "attachments"),
    maxUploadBytes: Math.floor(e.MAX_UPLOAD_MB * 1024 * 1024),
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    // The demo's accounts and password are public: seed them unasked only on a server that
    // listens on this machine alone.
    seedDemo: e.SEED_DEMO ?? (e.NODE_ENV !== "production" && isLoopback(e.HOST)),
    authSecret: e.AUTH_SECRET,
    instanceId: e.INSTANCE_ID ?? `${hostname()}:${process.pid}`,
    shutdownTimeoutMs: Math.round(e.SHUTDOWN_SECONDS * 1000),
    logLevel: e.LOG_LEVEL,
    trustProxy,
    clientDist: e.CLIENT_DIST,
    sessionLifetimes: { idleSeconds: e.SESSION_IDLE_MINUTES * 60, absoluteSeconds: e.SESSION_MAX_HOURS * 3600 },
    remindersCron: e.REMINDERS_CRON,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.SMTP_FROM ?? defaultSender(e.PUBLIC_URL) } : null,
  };
}

/**
 * Which X-Forwarded-For entries to believe. The first entry is whatever the client wrote;
 * each proxy appends the address it saw. Trusting the header wholesale (`true`) would let
 * any client pick its own address, and with it its own sign-in throttling and rate
 * limits. So only a number of hops (the entries the app's own proxies appended) or the
 * proxies' addresses are accepted. Returns the problem as a string when the value is bad.
 */
function parseTrustProxy(value: string | undefined): false | number | string[] | string {
  const text = (value ?? "").trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) return Number(text);
  if (/^(true|yes)$/i.test(text)) {
    return "`true` would believe any X-Forwarded-For a client writes; give the number of proxies in front of the app (e.g. 1) or their addresses";
  }
  const addresses = text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = addresses.find((a) => !isAddressOrRange(a));
  return bad ? `"${bad}" is not an IP address, a CIDR range or loopback/linklocal/uniquelocal` : addresses;
}

/** proxy-addr's names for the loopback, link-local and private ranges. */
const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(value: string): boolean {
  if (NAMED_RANGES.has(value)) return true;
  const [address = "", bits, ...rest] = value.split("/");
  if (rest.length || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

/** "Hemicycle <hemicycle@host>", the host of PUBLIC_URL (localhost without one). */
function defaultSender(publicUrl: string | undefined): string {
  const host = publicUrl ? new URL(publicUrl).hostname : "localhost";
  return `Hemicycle <hemicycle@${host}>`;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
