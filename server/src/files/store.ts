// Where evidence files live: a private folder (FILES_DIR, or attachments/ in the data
// folder), never the database. Each file is named by a random key, never by anything the
// user sent, and arrives whole: written to a temporary file in the same folder first, then
// renamed, so a reader never sees half a file and a failed upload leaves nothing behind.
import { randomBytes } from "node:crypto";
import { createReadStream, type ReadStream, type WriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { ensurePrivateDir } from "../data-dir.ts";

/** Random keys only: 24 bytes, base64url. Anything else is not ours and is never opened. */
const KEY = /^[A-Za-z0-9_-]{32}$/;

export type FileStore = {
  readonly dir: string;
  /** A fresh temporary path in the store's folder, for writing a file before it gets a key. */
  tempPath(): Promise<string>;
  /** Opens a temporary path for writing; the file exists once this resolves, so a removal always finds it. */
  openTemp(path: string): Promise<WriteStream>;
  /** Moves a finished temporary file under a new random key, which it returns. */
  keep(tempPath: string): Promise<string>;
  /** The stored bytes of a key and their size, or null when there are none. */
  open(key: string): Promise<{ stream: ReadStream; size: number } | null>;
  /** Removes files by key or temporary path; missing ones are no error. */
  remove(...keysOrTempPaths: (string | null | undefined)[]): Promise<void>;
};

export function newFileKey(): string {
  return randomBytes(24).toString("base64url");
}

export function createFileStore(dir: string): FileStore {
  const tempDir = join(dir, ".incoming");
  let ready: Promise<void> | undefined;
  // Created on first use, so a server that never receives a file makes no folder.
  const prepare = () =>
    (ready ??= (async () => {
      ensurePrivateDir(dir);
      await mkdir(tempDir, { recursive: true, mode: 0o700 });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));

  const isTemp = (path: string) => path.startsWith(tempDir + "/");

  return {
    dir,
    async tempPath() {
      await prepare();
      return join(tempDir, `${newFileKey()}.part`);
    },
    async openTemp(path) {
      if (!isTemp(path)) throw new Error("not a temporary path of this store");
      const handle = await open(path, "wx", 0o600);
      return handle.createWriteStream();
    },
    async keep(tempPath) {
      if (!isTemp(tempPath)) throw new Error("not a temporary path of this store");
      const key = newFileKey();
      await rename(tempPath, join(dir, key));
      return key;
    },
    async open(key) {
      if (!KEY.test(key)) return null;
      const path = join(dir, key);
      try {
        const { size } = await stat(path);
        return { stream: createReadStream(path), size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(...keysOrTempPaths) {
      await Promise.all(
        keysOrTempPaths.map(async (value) => {
          if (!value) return;
          const path = isTemp(value) ? value : KEY.test(value) ? join(dir, value) : null;
          if (path) await rm(path, { force: true });
        }),
      );
    },
  };
}
