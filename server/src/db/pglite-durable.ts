// PGlite on a data folder, with commits that reach the disk (docs/security.md, "Crashes").
// As shipped (0.5.x), PGlite's data folder survives a killed process (every commit has
// been written to the operating system before it is acknowledged) but not a power cut or
// a kernel crash, for two reasons: it starts PostgreSQL with `-F` (fsync off), and its
// Node file system (Emscripten's NODEFS) has no fsync at all, so even with fsync on
// PostgreSQL's calls would do nothing (fdatasync is a no-op in Emscripten; fsync asks
// the stream, and NODEFS's streams have no fsync). Here PostgreSQL starts without `-F`,
// syncs its WAL with fsync, and NODEFS's streams forward fsync to the real file, so an
// acknowledged commit is on the disk. The cost (docs/security.md gives the figures): a
// quarter to a half of the raw write rate, about half of the app's creates per second.
// (`relaxedDurability` is another matter: it only skips waiting for the browser file
// systems' sync, which NODEFS does not have.)
import { fsyncSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

type NodeStream = { nfd?: number };
type StreamOps = { fsync?: (stream: NodeStream) => number };

/** NodeFS whose open files honour fsync: PostgreSQL's WAL flushes and checkpoints reach the disk. */
export class DurableNodeFS extends NodeFS {
  /** `sync` syncs one open file descriptor (a test counts the calls). */
  constructor(
    dataDir: string,
    private readonly sync: (fd: number) => void = fsyncSync,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, options: Parameters<NodeFS["init"]>[1]) {
    const result = await super.init(pg, options);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod) => {
        const streamOps = (mod.NODEFS as unknown as { stream_ops: StreamOps }).stream_ops;
        // A directory's stream has no descriptor (NODEFS opens only files): nothing to sync.
        // A failing fsync throws, and PostgreSQL stops rather than carry on (as it should).
        streamOps.fsync = (stream) => {
          if (stream.nfd !== undefined) this.sync(stream.nfd);
          return 0;
        };
      },
    ];
    return result;
  }
}

/** PostgreSQL's start parameters as PGlite's, but with fsync on and WAL synced by fsync (which NODEFS now honours). */
export const DURABLE_START_PARAMS: string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  "-c",
  "fsync=on",
  "-c",
  "wal_sync_method=fsync",
];

/** The options that open the PGlite data folder `dataDir` durably. */
export function durablePGliteOptions(dataDir: string, sync?: (fd: number) => void): PGliteOptions {
  return { fs: new DurableNodeFS(dataDir, sync), startParams: DURABLE_START_PARAMS };
}
