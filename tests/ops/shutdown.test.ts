// SIGTERM on the built server (main.ts, http/lifecycle.ts; docs/operations.md, "Stopping
// an instance"): with a live stream open and a request in flight, the stream ends as a
// finished response, the request gets its answer, and the process exits by itself well
// within SHUTDOWN_SECONDS, its last log line "shut down" with its instance's id.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { signIn, startServer, type ServerProcess } from "./server-process.ts";

const PASSWORD = "hemicycle-demo";

describe("a graceful shutdown of the built server", () => {
  let dataDir: string | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill9();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("ends live streams cleanly, answers the request in flight and exits within its timeout", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "hc-shutdown-"));
    server = await startServer(
      { dataDir },
      { LOG_LEVEL: "info", INSTANCE_ID: "shutdown-test", SHUTDOWN_SECONDS: "20" },
    );
    const cookie = await signIn(server.url, "coordinator@hemicycle.test", PASSWORD);

    // A live stream: the notification centre's unread count, sent at once.
    const stream = await fetch(`${server.url}/trpc/notifications.onChange`, {
      headers: { cookie, accept: "text/event-stream" },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!text.includes("event: connected")) text += (await reader.read()).value ?? "";

    // A request in flight when the signal comes: the dashboard, the heaviest read there is.
    const inFlight = fetch(`${server.url}/trpc/dashboard.summary?input=${encodeURIComponent('{"json":{}}')}`, {
      headers: { cookie },
    });
    const started = performance.now();
    const stopped = server.stop();

    // The stream ends (the reader is done), without an error.
    while (!(await reader.read()).done);
    const answer = await inFlight;
    expect([200, 400]).toContain(answer.status);
    await stopped;
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(15);

    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg?: string; instance?: string });
    expect(lines.map((line) => line.msg)).toContain("shutting down");
    expect(lines.at(-1)).toMatchObject({ msg: "shut down", instance: "shutdown-test" });
    expect(lines.map((line) => line.msg)).not.toContain("shutdown timed out");
  });
});
