// The outbox's store (IndexedDB, here fake-indexeddb) and its sender: what the server has
// leaves, a lost connection keeps everything in order, a refusal stays with its reason
// and is not resent, files follow their finding, and a resent finding keeps its clientId.
import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { message } from "@hemicycle/shared/messages";
import { outboxStore, type OutboxStore } from "../../../client/src/lib/outbox/store.ts";
import { sendOutbox, UploadFailed, type OutboxTransport } from "../../../client/src/lib/outbox/sender.ts";
import type { QueuedCreateInput } from "../../../client/src/lib/outbox/types.ts";
import { networkError, serverError } from "../fixtures.ts";

let users = 0;
/** Each case its own user: the outbox of one user never shows another's. */
const freshStore = () => outboxStore(`user-${++users}`);

const place = { label: "Assessment", path: "/missions/m-1/findings" };

function createInput(title: string, clientId = `client-${title.replaceAll(" ", "-")}`): QueuedCreateInput {
  return {
    phaseId: "ph-assessment",
    area: "WEB",
    kind: "GAP",
    severity: "HIGH",
    subArea: null,
    title,
    description: "Seen on the spot.",
    evidence: null,
    recommendation: null,
    clientId,
  };
}

const queueCreate = (store: OutboxStore, title: string) =>
  store.add({ kind: "create", input: createInput(title), place });

function queueFile(store: OutboxStore, clientId: string, name = "photo.png") {
  return store.add({
    kind: "file",
    target: { clientId },
    findingTitle: "t",
    name,
    type: "image/png",
    size: 3,
    data: new Uint8Array([1, 2, 3]).buffer,
    place,
  });
}

/** A server in memory: the first finding for a clientId is the one returned again, like the real one. */
function fakeServer() {
  const byClientId = new Map<string, string>();
  const calls: string[] = [];
  const transport = {
    createFinding: vi.fn(async (input: QueuedCreateInput) => {
      calls.push(`create ${input.title}`);
      const id = byClientId.get(input.clientId) ?? `f-${byClientId.size + 1}`;
      byClientId.set(input.clientId, id);
      return { id };
    }),
    updateFinding: vi.fn(async (input: { id: string }) => {
      calls.push(`edit ${input.id}`);
      return {};
    }),
    uploadFile: vi.fn(async (findingId: string, file: Blob, name: string) => {
      calls.push(`file ${name} → ${findingId} (${file.size} bytes)`);
      return {};
    }),
  } satisfies OutboxTransport;
  return { transport, calls, byClientId };
}

describe("the outbox store", () => {
  it("keeps items in the order they were entered, for their user only", async () => {
    const store = freshStore();
    const other = freshStore();
    await queueCreate(store, "first");
    await queueCreate(other, "someone else's");
    await queueCreate(store, "second");

    const items = await store.list();
    expect(items.map((item) => item.kind === "create" && item.input.title)).toEqual(["first", "second"]);
    expect(items.every((item) => item.status === "waiting" && item.failure === null)).toBe(true);
    expect(await other.list()).toHaveLength(1);
  });

  it("discarding a queued finding discards the files waiting for it", async () => {
    const store = freshStore();
    const create = await queueCreate(store, "with photo");
    await queueFile(store, createInput("with photo").clientId);
    await store.remove(create.id);
    expect(await store.list()).toEqual([]);
  });
});

describe("sending the outbox", () => {
  it("sends everything in order, files after their finding, and empties the outbox", async () => {
    const store = freshStore();
    const server = fakeServer();
    await queueCreate(store, "one");
    await queueFile(store, createInput("one").clientId);
    await queueCreate(store, "two");
    await store.add({ kind: "edit", input: { id: "f-old", version: 3, title: "Better" }, title: "Old", place });

    const round = await sendOutbox(store, server.transport);

    expect(server.calls).toEqual(["create one", "file photo.png → f-1 (3 bytes)", "create two", "edit f-old"]);
    expect(round).toMatchObject({ sent: 4, failed: 0, interrupted: false });
    expect(await store.list()).toEqual([]);
  });

  it("keeps everything, in order, when the connection is gone, and resends with the same clientId", async () => {
    const store = freshStore();
    const server = fakeServer();
    await queueCreate(store, "one");
    await queueCreate(store, "two");
    server.transport.createFinding.mockRejectedValueOnce(networkError());

    const round = await sendOutbox(store, server.transport);
    expect(round).toMatchObject({ sent: 0, interrupted: true });
    const kept = await store.list();
    expect(kept.map((item) => [item.kind === "create" && item.input.title, item.status, item.attempts])).toEqual([
      ["one", "waiting", 1],
      ["two", "waiting", 0],
    ]);
    // "two" was not tried after "one" failed: the order holds.
    expect(server.transport.createFinding).toHaveBeenCalledTimes(1);

    await sendOutbox(store, server.transport);
    const clientIds = server.transport.createFinding.mock.calls.map(([input]) => input.clientId);
    expect(clientIds).toEqual([createInput("one").clientId, createInput("one").clientId, createInput("two").clientId]);
    expect(await store.list()).toEqual([]);
  });

  it("a finding the server stored but whose answer was lost is not stored twice", async () => {
    const store = freshStore();
    const server = fakeServer();
    await queueCreate(store, "one");
    // The server stores it, then the connection drops before the answer arrives.
    server.transport.createFinding.mockImplementationOnce(async (input) => {
      server.byClientId.set(input.clientId, "f-1");
      throw networkError();
    });
    await sendOutbox(store, server.transport);
    await sendOutbox(store, server.transport);
    expect(server.byClientId.size).toBe(1);
    expect(await store.list()).toEqual([]);
  });

  it("a refusal stays in the outbox with the server's reason and is not resent by itself", async () => {
    const store = freshStore();
    const server = fakeServer();
    await queueCreate(store, "refused");
    await queueFile(store, createInput("refused").clientId);
    await queueCreate(store, "fine");
    server.transport.createFinding.mockRejectedValueOnce(
      serverError({
        code: "BAD_REQUEST",
        message: message("phaseClosedToFindings", { status: "COMPLETED" }),
        problem: { reason: "INVALID_TRANSITION", details: { status: "COMPLETED" } } as never,
      }),
    );

    const round = await sendOutbox(store, server.transport);
    expect(round).toMatchObject({ sent: 1, failed: 1, interrupted: false });
    const [refused, file, ...rest] = await store.list();
    expect(rest).toEqual([]);
    expect(refused).toMatchObject({
      kind: "create",
      status: "failed",
      failure: { code: "BAD_REQUEST", message: { code: "phaseClosedToFindings" } },
    });
    // Its file waits for it; nothing of the refused finding was sent.
    expect(file).toMatchObject({
      kind: "file",
      status: "waiting",
      target: { clientId: createInput("refused").clientId },
    });
    expect(server.transport.uploadFile).not.toHaveBeenCalled();

    await sendOutbox(store, server.transport);
    expect(server.transport.createFinding).toHaveBeenCalledTimes(2); // "refused" once, "fine" once
    expect(await store.list()).toHaveLength(2);
  });

  it("keeps the field errors of a BAD_REQUEST to show them", async () => {
    const store = freshStore();
    const server = fakeServer();
    await queueCreate(store, "bad");
    server.transport.createFinding.mockRejectedValueOnce(
      serverError({
        code: "BAD_REQUEST",
        message: message("invalidInput"),
        fieldErrors: { title: [message("required")] },
      }),
    );
    await sendOutbox(store, server.transport);
    const [item] = await store.list();
    expect(item?.failure).toEqual({
      code: "BAD_REQUEST",
      message: message("invalidInput"),
      details: [message("required")],
    });
  });

  it("a refused file stays with the server's reason; a server fault or no answer is tried again later", async () => {
    const store = freshStore();
    const server = fakeServer();
    await store.add({
      kind: "file",
      target: { findingId: "f-9" },
      findingTitle: "t",
      name: "tool.png",
      type: "image/png",
      size: 3,
      data: new Uint8Array([1, 2, 3]).buffer,
      place,
    });
    server.transport.uploadFile.mockRejectedValueOnce(new UploadFailed(503, null));
    expect(await sendOutbox(store, server.transport)).toMatchObject({ interrupted: true, failed: 0 });
    expect((await store.list())[0]).toMatchObject({ status: "waiting", attempts: 1 });

    server.transport.uploadFile.mockRejectedValueOnce(new UploadFailed(415, message("requestRefused")));
    expect(await sendOutbox(store, server.transport)).toMatchObject({ interrupted: false, failed: 1 });
    expect((await store.list())[0]).toMatchObject({
      status: "failed",
      failure: { code: "415", message: { code: "requestRefused" } },
    });
  });

  it("a stale edit is refused (CONFLICT) and kept", async () => {
    const store = freshStore();
    const server = fakeServer();
    await store.add({ kind: "edit", input: { id: "f-1", version: 1, title: "New" }, title: "Old", place });
    server.transport.updateFinding.mockRejectedValueOnce(
      serverError({ code: "CONFLICT", message: message("staleVersion", { entity: "finding" }) }),
    );
    await sendOutbox(store, server.transport);
    expect((await store.list())[0]).toMatchObject({ status: "failed", failure: { code: "CONFLICT" } });
  });
});
