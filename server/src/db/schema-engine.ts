// Prisma's schema engine compiled to WASM, so that migrations run without the native
// binary that Prisma's CLI would download (the machines reach only the npm registry).
// The package's own entry imports the .wasm file as an ES module, which Node 20
// refuses; we instantiate the bytes ourselves and hand them to its bindings.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = bindings.SchemaEngine;

// The WebAssembly global is in Node but not in the ES library typings we compile with.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

// The bindings module is loaded once per process, but this file may be loaded more than
// once (vitest loads source files per project): the "already set up" promise lives on
// globalThis so that a second copy never swaps the WASM instance under the first one.
const INITIALISED = Symbol.for("hemicycle.schemaEngineWasm");
const registry = globalThis as unknown as { [INITIALISED]?: Promise<void> };

function initialiseWasm(): Promise<void> {
  registry[INITIALISED] ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("@prisma/schema-engine-wasm");
    const bytes = await readFile(join(dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings as unknown as Record<string, unknown>,
    });
    const exports = instance.exports as { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return registry[INITIALISED];
}

/** A schema engine working on the database behind `adapterFactory`. */
export async function openSchemaEngine(
  schema: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  await initialiseWasm();
  return bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
