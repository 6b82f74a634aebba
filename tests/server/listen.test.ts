// LISTEN on PostgreSQL (db/listen.ts, pgListener): every listener of a channel resolves
// once the channel's LISTEN is in place, also the second of two that asked together, so a
// notice committed after it resolves is heard; a listener stopped hears nothing more; a
// server that cannot be reached refuses each listener rather than holding it.
import { pgListener } from "@hemicycle/server/db/listen";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { databaseUrl } from "../helpers/postgres-admin.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

describe.runIf(inject("databaseKind") === "postgresql")("pgListener", () => {
  let listener: ReturnType<typeof pgListener>;
  beforeAll(async () => {
    const { name } = (await db().prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    listener = pgListener(databaseUrl(inject("postgresAdminUrl"), name));
  });
  afterAll(async () => {
    await listener?.close();
  });

  const notify = (channel: string, payload: string) =>
    db().prisma.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;

  it("resolves each of two listeners that asked together once LISTEN is in place, and tells neither once both stopped, on its one connection", async () => {
    const first: string[] = [];
    const second: string[] = [];
    const [stopFirst, stopSecond] = await Promise.all([
      listener.listen("hc_listen_test", (payload) => first.push(payload)),
      listener.listen("hc_listen_test", (payload) => second.push(payload)),
    ]);
    await notify("hc_listen_test", "one");
    await expect.poll(() => [first, second]).toEqual([["one"], ["one"]]);

    await stopFirst();
    await notify("hc_listen_test", "two");
    await expect.poll(() => second).toEqual(["one", "two"]);
    expect(first).toEqual(["one"]);

    await stopSecond();
    const listening = () =>
      db().prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE application_name = 'hemicycle-listen' AND datname = current_database()`;
    expect((await listening())[0]!.n).toBe(1);
    await notify("hc_listen_test", "three");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second).toEqual(["one", "two"]);
  });

  it("refuses listeners when the server cannot be reached, each in turn", async () => {
    const nowhere = pgListener("postgresql://postgres@127.0.0.1:1/nothing");
    try {
      await expect(nowhere.listen("c", () => {})).rejects.toThrow();
      await expect(nowhere.listen("c", () => {})).rejects.toThrow();
    } finally {
      await nowhere.close();
    }
  });
});
