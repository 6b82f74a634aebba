// The environment the server process starts with, wherever it is started for real (`npm
// start` through scripts/bootstrap.mjs, `pnpm serve` through scripts/serve.mjs, and the
// bench's app, bench/lib/context.ts), so that what is measured is what runs.
// docs/performance.md, "Start and memory", gives the figures behind each setting.

/**
 * MALLOC_ARENA_MAX=2: glibc's malloc gives each thread that allocates (libuv's pool, V8's
 * compiler and GC helpers, Prisma's and pg's work) an arena of its own, up to 8 per core,
 * and keeps what each one grew to; two arenas hold about 30 MB less for the same work.
 * Read by glibc when the process starts, so it must be in the environment the process is
 * started with; ignored elsewhere (musl, macOS, Windows).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };

/** `env` with the settings above, unless it sets them itself. */
export function serverEnv(env = process.env) {
  return { ...SERVER_ENV, ...env };
}
