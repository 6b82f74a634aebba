// The per-key queue behind the limit on one user's concurrent calls (server/src/trpc.ts):
// turns in order, a bounded wait, keys independent, and no key kept once it is idle.
import { keyedLimit } from "@hemicycle/server/lib/keyed-limit";
import { describe, expect, it } from "vitest";

/** A task that runs until `finish()` is called, recording when it started. */
function gate(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: async () => (started.push(name), await done, name), finish: () => finish() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("keyedLimit", () => {
  it("runs a key's tasks in the order they came, `concurrency` at a time", async () => {
    const limit = keyedLimit({ concurrency: 2, maxWaiting: 10, refusal: () => new Error("full") });
    const started: string[] = [];
    const gates = ["a", "b", "c", "d"].map((name) => gate(started, name));
    const results = gates.map((g) => limit.run("user:1", g.task));
    await tick();
    expect(started).toEqual(["a", "b"]);
    gates[1]!.finish();
    await tick();
    expect(started).toEqual(["a", "b", "c"]);
    gates[0]!.finish();
    gates[2]!.finish();
    gates[3]!.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c", "d"]);
    expect(started).toEqual(["a", "b", "c", "d"]);
  });

  it("refuses a task when `maxWaiting` of that key already wait, and not another key's", async () => {
    const limit = keyedLimit({ concurrency: 1, maxWaiting: 2, refusal: () => new Error("full") });
    const started: string[] = [];
    const gates = ["a", "b", "c"].map((name) => gate(started, name));
    const results = gates.map((g) => limit.run("user:1", g.task));
    await expect(limit.run("user:1", async () => "d")).rejects.toThrow("full");
    // Another key goes ahead while user:1 is saturated.
    await expect(limit.run("user:2", async () => "other")).resolves.toBe("other");
    for (const g of gates) g.finish();
    expect(await Promise.all(results)).toEqual(["a", "b", "c"]);
  });

  it("starts a task that waited only after pending I/O, so a backlog cannot hold the event loop", async () => {
    const limit = keyedLimit({ concurrency: 1, maxWaiting: 10, refusal: () => new Error("full") });
    const events: string[] = [];
    const runs = ["a", "b"].map((name) => limit.run("user:1", async () => void events.push(name)));
    setImmediate(() => events.push("other request"));
    await Promise.all(runs);
    expect(events).toEqual(["a", "other request", "b"]);
  });

  it("keeps no key once its tasks are done, failed ones included", async () => {
    const limit = keyedLimit({ concurrency: 1, maxWaiting: 10, refusal: () => new Error("full") });
    const runs = Array.from({ length: 50 }, (_, n) =>
      limit.run(`user:${n % 5}`, async () => {
        await tick();
        if (n % 3 === 0) throw new Error("task failed");
        return n;
      }),
    );
    expect(limit.keyCount).toBe(5);
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(17);
    expect(limit.keyCount).toBe(0);
  });
});
