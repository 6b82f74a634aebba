// PGlite's statements take turns with the event loop (server/src/db/pglite-turns.ts): a
// backlog of statements no longer holds the event loop until it is done (new connections
// are accepted, timers fire), a request already started finishes before later requests
// start, a request whose client left is not started, and transactions stay whole. On a
// PGlite of its own in memory: the queue is PGlite's alone (PostgreSQL waits on sockets).
import { PGlite } from "@electric-sql/pglite";
import {
  ClientGoneError,
  requestScope,
  turnQueue,
  withTurns,
  type RequestScope,
} from "@hemicycle/server/db/pglite-turns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let raw: PGlite;
let db: PGlite;

beforeAll(async () => {
  raw = new PGlite();
  await raw.exec("CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL)");
  db = withTurns(raw);
}, 180_000);

afterAll(async () => {
  await raw.close();
});

/** Some work for PGlite: a few milliseconds of it. */
const work = (pglite: PGlite) => pglite.query("SELECT count(*) FROM generate_series(1, 20000)");

const scope = (clientGone = () => false): RequestScope => ({ clientGone });

describe("statements taking turns with the event loop", () => {
  it("lets timers fire and I/O run while a backlog of statements is worked through", async () => {
    let ticks = 0;
    let done = false;
    const tick = () => {
      ticks++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    let timerAt = -1;
    let finished = 0;
    setTimeout(() => (timerAt = finished), 0);
    await Promise.all(Array.from({ length: 60 }, () => work(db).then(() => finished++)));
    done = true;
    // The timer fired before the last statement ended, and the loop turned many times.
    expect(timerAt).toBeGreaterThanOrEqual(0);
    expect(timerAt).toBeLessThan(60);
    expect(ticks).toBeGreaterThan(3);
  });

  it("without the turns, the same backlog holds the event loop to the end (what it fixes)", async () => {
    let timerAt = -1;
    let finished = 0;
    setTimeout(() => (timerAt = finished), 0);
    await Promise.all(Array.from({ length: 60 }, () => work(raw).then(() => finished++)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(timerAt).toBe(60);
  });

  it("finishes a request already started before starting the requests queued after it", async () => {
    const order: string[] = [];
    const request = (name: string, statements: number) =>
      requestScope.run(scope(), async () => {
        for (let i = 0; i < statements; i++) {
          await work(db);
          order.push(`${name}${i}`);
        }
      });
    await Promise.all([request("a", 3), request("b", 3), request("c", 3)]);
    expect(order).toEqual(["a0", "a1", "a2", "b0", "b1", "b2", "c0", "c1", "c2"]);
  });

  it("does not start a request whose client has gone, and runs the others", async () => {
    // Gone from the start: the queue may run a first statement at once when the current
    // slice of the event loop's turn has time left, so "gone" set later would race it.
    const left = requestScope.run(
      scope(() => true),
      () => db.query("SELECT 1 AS one"),
    );
    const stays = requestScope.run(scope(), () => db.query("SELECT 2 AS two"));
    await expect(left).rejects.toBeInstanceOf(ClientGoneError);
    await expect(stays).resolves.toMatchObject({ rows: [{ two: 2 }] });
  });

  it("keeps a transaction whole: its statements run inside it, the others after it", async () => {
    const seen: number[] = [];
    const transaction = db.transaction(async (tx) => {
      await tx.query("INSERT INTO t (id, n) VALUES (1, 1)");
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.query("UPDATE t SET n = 2 WHERE id = 1");
    });
    const outside = db.query<{ n: number }>("SELECT n FROM t WHERE id = 1").then((r) => seen.push(r.rows[0]!.n));
    await Promise.all([transaction, outside]);
    expect(seen).toEqual([2]);
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO t (id, n) VALUES (2, 1)");
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await db.query("SELECT id FROM t ORDER BY id")).rows).toEqual([{ id: 1 }]);
  });

  it("does not drop what a request writes after a transaction, even once its client has left", async () => {
    let gone = false;
    await requestScope.run(
      scope(() => gone),
      async () => {
        await db.transaction(async (tx) => {
          await tx.query("INSERT INTO t (id, n) VALUES (10, 1)");
        });
        gone = true;
        await db.query("UPDATE t SET n = 2 WHERE id = 10");
      },
    );
    expect((await db.query("SELECT n FROM t WHERE id = 10")).rows).toEqual([{ n: 2 }]);
    await db.query("DELETE FROM t WHERE id = 10");
  });

  it("passes errors back to their caller and carries on", async () => {
    await expect(db.query("SELECT * FROM missing_table")).rejects.toThrow(/missing_table/);
    await expect(db.query("SELECT 3 AS three")).resolves.toMatchObject({ rows: [{ three: 3 }] });
  });

  it("runs a queue's jobs in order, one at a time", async () => {
    const queue = turnQueue(1);
    let running = 0;
    let most = 0;
    const ran: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        queue.run(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 1));
          ran.push(i);
          running--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(ran).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(queue.waiting).toBe(0);
  });
});
