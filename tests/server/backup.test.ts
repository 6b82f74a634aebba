// Backups (docs/security.md, "Backups"): what `pnpm db:backup` writes, `pnpm db:restore`
// puts back, row for row and byte for byte, on the project's database; and a restore
// never overwrites a database or a files folder that holds anything unless forced.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { once } from "node:events";
import { createGzip } from "node:zlib";
import { backup, BackupRefused, readBackupHeader, restore } from "@hemicycle/server/db/backup";
import { newFileKey } from "@hemicycle/server/files/store";
import { seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type Database, useTestDatabase } from "../helpers/database.ts";

const source = useTestDatabase();
let target: Database;
let work: string;
let sourceFiles: string;
let archive: string;

/** Every application table's rows as PostgreSQL writes them, sorted: equal means identical content. */
async function contents(db: Database): Promise<Record<string, string[]>> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<{ j: string }[]>(`SELECT row_to_json(t)::text AS j FROM "${name}" t`);
    result[name] = rows.map((r) => r.j).sort();
  }
  return result;
}

async function files(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const result: Record<string, string> = {};
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    result[relative(dir, path)] = (await readFile(path)).toString("base64");
  }
  return result;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "hc-backup-"));
  sourceFiles = join(work, "files");
  await mkdir(join(sourceFiles, ".incoming"), { recursive: true });
  await seedDemoData(source().prisma);
  const finding = await source().prisma.finding.findFirstOrThrow({ select: { id: true } });
  const bytes = randomBytes(100_000);
  const key = newFileKey();
  await writeFile(join(sourceFiles, key), bytes);
  await writeFile(join(sourceFiles, ".incoming", "half-upload.part"), "not finished");
  await source().prisma.attachment.create({
    data: {
      findingId: finding.id,
      fileName: "evidence.bin",
      contentType: "application/octet-stream",
      size: bytes.length,
      storageKey: key,
    },
  });
  archive = join(work, "backup.hcbackup.gz");
  target = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await target?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("round-trips every table's rows and the evidence files into an empty database", async () => {
    const taken = await backup(source(), sourceFiles, archive);
    expect(taken.files).toBe(1);
    expect(taken.rows).toBeGreaterThan(100);
    const { header } = await readBackupHeader(archive);
    expect(header.migrations.length).toBeGreaterThan(0);

    const targetFiles = join(work, "restored-files");
    const restored = await restore(target, targetFiles, archive);
    expect(restored).toEqual({ rows: taken.rows, files: 1 });

    const expected = await contents(source());
    const actual = await contents(target);
    expect(Object.fromEntries(Object.entries(actual).map(([t, rows]) => [t, rows.length]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([t, rows]) => [t, rows.length])),
    );
    expect(actual).toEqual(expected);
    expect(expected.findings!.some((row) => JSON.parse(row).revisitsId)).toBe(true);
    const sourceBytes = await files(sourceFiles);
    delete sourceBytes[join(".incoming", "half-upload.part")];
    expect(await files(targetFiles)).toEqual(sourceBytes);
  }, 120_000);

  it("refuses a non-empty database without --force and changes nothing", async () => {
    const targetFiles = join(work, "restored-files");
    await target.prisma.auditEvent.create({ data: { action: "test.marker", entityType: "Test", entityId: "x" } });
    const before = await contents(target);
    const filesBefore = await files(targetFiles);
    await expect(restore(target, targetFiles, archive)).rejects.toThrow(BackupRefused);
    await expect(restore(target, targetFiles, archive)).rejects.toThrow(/not empty.*--force/);
    expect(await contents(target)).toEqual(before);
    expect(await files(targetFiles)).toEqual(filesBefore);
  }, 60_000);

  it("refuses a non-empty files folder without --force", async () => {
    const fresh = await createTestDatabase();
    try {
      await expect(restore(fresh, sourceFiles, archive)).rejects.toThrow(/files folder.*not empty/);
      expect(await fresh.prisma.user.count()).toBe(0);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it("with --force replaces everything, the append-only audit log included", async () => {
    const targetFiles = join(work, "restored-files");
    await writeFile(join(targetFiles, "stray"), "left over");
    await restore(target, targetFiles, archive, { force: true });
    expect(await contents(target)).toEqual(await contents(source()));
    expect(Object.keys(await files(targetFiles))).toHaveLength(1);
    // The triggers are back on: the audit log is append-only again.
    await expect(target.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  }, 120_000);

  it("refuses an archive from a newer version, or one cut short", async () => {
    const { header } = await readBackupHeader(archive);
    const write = async (file: string, lines: string[]) => {
      const gzip = createGzip();
      const out = createWriteStream(file);
      gzip.pipe(out);
      gzip.end(lines.join("\n") + "\n");
      await once(out, "close");
    };
    const newer = join(work, "newer.hcbackup.gz");
    await write(newer, [
      `H\t${JSON.stringify({ ...header, migrations: [...header.migrations, "29991231000000_future"], tables: [] })}`,
      `E\t${JSON.stringify({ rows: 0, files: 0 })}`,
    ]);
    const fresh = await createTestDatabase();
    try {
      await expect(restore(fresh, join(work, "none-1"), newer)).rejects.toThrow(
        /newer Hemicycle.*29991231000000_future/,
      );
      const short = join(work, "short.hcbackup.gz");
      await write(short, [`H\t${JSON.stringify({ ...header, tables: [] })}`]);
      await expect(restore(fresh, join(work, "none-2"), short)).rejects.toThrow(/incomplete/);
      expect(await fresh.prisma.user.count()).toBe(0);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
