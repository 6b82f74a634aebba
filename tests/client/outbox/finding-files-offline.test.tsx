// Files added on a finding's page without a connection: they go to the outbox, are listed
// on the panel as waiting to send, reach the finding when the outbox is sent, and a file
// the server refuses on return stays listed with its reason. (The toast is the finding
// form's "Saved to outbox"; sonner, the client's own dependency, cannot be stubbed from here.)
import "fake-indexeddb/auto";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FindingAttachments } from "../../../client/src/features/findings/components/finding-attachments.tsx";
import { outboxStore } from "../../../client/src/lib/outbox/store.ts";
import { sendOutbox, UploadFailed, type OutboxTransport } from "../../../client/src/lib/outbox/sender.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { expert, finding } from "../fixtures.ts";

let users = 0;
/** Each case its own user, so its own outbox. */
const freshExpert = () => ({ ...expert, id: `u-files-offline-${++users}` });

const draft = finding({ status: "DRAFT", myTeamRole: "MEMBER" });

/** An XMLHttpRequest that never reaches the server (the connection drops). */
class UnreachableXhr {
  static sent = 0;
  upload = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open() {}
  setRequestHeader() {}
  send() {
    UnreachableXhr.sent++;
    queueMicrotask(() => this.onerror?.());
  }
  abort() {}
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderPanel(me: ReturnType<typeof freshExpert>) {
  return renderWithApp(<FindingAttachments finding={draft} />, { me, route: `/findings/${draft.id}` });
}

const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "Server room.jpg", { type: "image/jpeg" });
const scan = () => new File(["%PDF-1.7"], "Scan.pdf", { type: "application/pdf" });

describe("adding files to a finding without a connection", () => {
  it("offline, queues them for this finding, says so, and lists them as waiting to send", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    UnreachableXhr.sent = 0;
    vi.stubGlobal("XMLHttpRequest", UnreachableXhr);
    const me = freshExpert();
    const { user, container } = renderPanel(me);

    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, [photo(), scan()]);

    const waiting = await screen.findByRole("list", { name: "Files waiting to send" });
    await waitFor(() => expect(within(waiting).getAllByRole("listitem")).toHaveLength(2));
    expect(within(waiting).getByText("Server room.jpg")).toBeInTheDocument();
    expect(within(waiting).getAllByText("Waiting to send")).toHaveLength(2);
    expect(screen.queryByText(/No connection/)).not.toBeInTheDocument();
    expect(UnreachableXhr.sent).toBe(0);

    const items = await outboxStore(me.id).list();
    expect(items).toEqual([
      expect.objectContaining({
        kind: "file",
        status: "waiting",
        target: { findingId: draft.id },
        findingTitle: draft.title,
        name: "Server room.jpg",
        type: "image/jpeg",
        size: 4,
        place: { label: "ZMB-2027", path: `/findings/${draft.id}` },
      }),
      expect.objectContaining({ kind: "file", target: { findingId: draft.id }, name: "Scan.pdf" }),
    ]);
  });

  it("online, an upload that gets no answer goes to the outbox with the files after it", async () => {
    UnreachableXhr.sent = 0;
    vi.stubGlobal("XMLHttpRequest", UnreachableXhr);
    const me = freshExpert();
    const { user, container } = renderPanel(me);

    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, [photo(), scan()]);

    await waitFor(async () => expect(await outboxStore(me.id).list()).toHaveLength(2));
    // The first upload was tried; the second was not, the connection being gone.
    expect(UnreachableXhr.sent).toBe(1);
    const waiting = await screen.findByRole("list", { name: "Files waiting to send" });
    await waitFor(() => expect(within(waiting).getAllByText("Waiting to send")).toHaveLength(2));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("sends them to the finding on return; a refused one stays on the panel with the server's reason", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const me = freshExpert();
    const { user, container } = renderPanel(me);
    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, [photo(), scan()]);
    const store = outboxStore(me.id);
    await waitFor(async () => expect(await store.list()).toHaveLength(2));

    const uploaded: string[] = [];
    const transport: OutboxTransport = {
      createFinding: vi.fn(),
      updateFinding: vi.fn(),
      uploadFile: vi.fn(async (findingId: string, file: Blob, name: string) => {
        if (name === "Scan.pdf") throw new UploadFailed(413, null, { reason: "tooLarge", maxBytes: 15 * 1024 * 1024 });
        uploaded.push(`${name} → ${findingId} (${file.size} bytes)`);
        return {};
      }),
    };
    const round = await sendOutbox(store, transport);

    expect([round.sent, round.failed]).toEqual([1, 1]);
    expect(uploaded).toEqual([`Server room.jpg → ${draft.id} (4 bytes)`]);
    const [left] = await store.list();
    expect(left).toMatchObject({ name: "Scan.pdf", status: "failed", failure: { code: "413" } });

    const waiting = screen.getByRole("list", { name: "Files waiting to send" });
    await waitFor(() => expect(within(waiting).getAllByRole("listitem")).toHaveLength(1));
    expect(within(waiting).getByText("Refused")).toBeInTheDocument();
    expect(within(waiting).getByText(/The file is too large: the limit is 15 MB\./)).toBeInTheDocument();
    expect(within(waiting).getByRole("link", { name: "See the outbox" })).toHaveAttribute("href", "/outbox");
  });
});
