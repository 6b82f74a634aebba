// Both template setups (server-pglite, server-postgres) run in vitest's main process, but
// each project evaluates its own copy of server/src/db/*.ts, while the WASM bindings of
// @prisma/schema-engine-wasm underneath are one shared node module. A second copy of
// schema-engine.ts instantiates the WASM again and the bindings keep views on the first
// instance's memory: the engine then reads garbage ("The encoded data was not valid for
// encoding utf-8"). So the first copy of `openAndMigrate` to load is the only one used,
// and the setups take turns with it.
import { openAndMigrate } from "@hemicycle/server/db/database";

type Migrate = typeof openAndMigrate;
const key = Symbol.for("hemicycle.tests.migrate-template");
const holder = globalThis as { [key]?: { migrate: Migrate; queue: Promise<unknown> } };

export function migrateTemplate(...args: Parameters<Migrate>): ReturnType<Migrate> {
  const shared = (holder[key] ??= { migrate: openAndMigrate, queue: Promise.resolve() });
  const run = shared.queue.then(() => shared.migrate(...args));
  shared.queue = run.catch(() => {});
  return run;
}
