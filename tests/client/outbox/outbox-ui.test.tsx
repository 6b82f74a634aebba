// The outbox as people meet it: the finding form saves to the outbox without a connection
// (and only then: a refusal stays in the form), the outbox page shows why the server
// refused an item and lets it be fixed or discarded (after confirming), and signing out
// with items waiting asks first.
import "fake-indexeddb/auto";
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { message } from "@hemicycle/shared/messages";
import { EditFindingButton } from "../../../client/src/features/findings/components/edit-finding-button.tsx";
import { CreateFindingDialog } from "../../../client/src/features/findings/components/create-finding-dialog.tsx";
import { QueuedFindingEditor } from "../../../client/src/features/findings/components/queued-finding-editor.tsx";
import { OutboxList } from "../../../client/src/features/outbox/components/outbox-list.tsx";
import { SignOutButton } from "../../../client/src/features/auth/components/sign-out-button.tsx";
import { outboxRunnerFor } from "../../../client/src/lib/outbox/runtime.ts";
import { outboxStore } from "../../../client/src/lib/outbox/store.ts";
import type { OutboxCreate, QueuedCreateInput } from "../../../client/src/lib/outbox/types.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { expert, finding } from "../fixtures.ts";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

let users = 0;
/** Each case its own user, so its own outbox. */
const freshExpert = () => ({ ...expert, id: `u-outbox-${++users}` });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const phases = [{ id: "ph-assessment", label: "Assessment (Sep 21 – 25, 2026)" }];

function renderForm(me: ReturnType<typeof freshExpert>, onClose = vi.fn()) {
  return renderWithApp(<CreateFindingDialog open onClose={onClose} phaseId="ph-assessment" phases={phases} />, { me });
}

async function fillAndSave(user: ReturnType<typeof renderForm>["user"], title: string) {
  const dialog = screen.getByRole("dialog", { name: "Log a finding" });
  await user.type(within(dialog).getByLabelText(/^Title/), title);
  await user.type(within(dialog).getByLabelText(/^Description/), "Seen on the spot.");
  await user.keyboard("{Control>}{Enter}{/Control}");
}

function queuedInput(title: string): QueuedCreateInput {
  return {
    phaseId: "ph-assessment",
    area: "WEB",
    subArea: null,
    kind: "GAP",
    severity: "HIGH",
    grade: null,
    title,
    description: "Seen on the spot.",
    evidence: null,
    recommendation: null,
    clientId: `client-${title.length}-${users}`,
  };
}

describe("the finding form without a connection", () => {
  // The toast ("Saved to outbox, will be sent when online") is checked in the browser test.
  it("offline, saves to the outbox with the draft's clientId and closes, without calling the server", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const fetchStub = vi.fn();
    vi.stubGlobal("fetch", fetchStub);
    const me = freshExpert();
    const onClose = vi.fn();
    const { user } = renderForm(me, onClose);

    await fillAndSave(user, "No backup of the Hansard server");

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(fetchStub.mock.calls.filter(([url]) => String(url).includes("findings.create"))).toEqual([]);
    const [item] = await outboxStore(me.id).list();
    expect(item).toMatchObject({
      kind: "create",
      status: "waiting",
      place: { label: "Assessment (Sep 21 – 25, 2026)" },
      input: { title: "No backup of the Hansard server", phaseId: "ph-assessment" },
    });
    expect(item?.kind === "create" && item.input.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it("online, a request that never gets an answer goes to the outbox too", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    const me = freshExpert();
    const { user } = renderForm(me);

    await fillAndSave(user, "Committee rooms lack microphones");

    await waitFor(async () => expect(await outboxStore(me.id).list()).toHaveLength(1));
  });

  it("a refusal by the server stays in the form, and nothing is queued", async () => {
    const calls = serveTrpc({
      "findings.create": () => {
        throw new Refusal("BAD_REQUEST", message("phaseClosedToFindings", { status: "CANCELLED" }));
      },
    });
    const me = freshExpert();
    const onClose = vi.fn();
    const { user } = renderForm(me, onClose);

    await fillAndSave(user, "Website not updated after sittings");

    expect(await screen.findByText(/no findings can be logged on it/)).toBeInTheDocument();
    expect(inputsOf(calls, "findings.create")).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(await outboxStore(me.id).list()).toEqual([]);
  });
});

describe("editing a finding without a connection", () => {
  it("queues only the changed fields with the version loaded, so a stale edit is refused on return", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    const me = freshExpert();
    const record = finding({ status: "DRAFT", myTeamRole: "MEMBER", version: 3 });
    const { user } = renderWithApp(<EditFindingButton finding={record} />, { me });

    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    await user.selectOptions(within(dialog).getByLabelText(/^Severity/), "LOW");
    await user.keyboard("{Control>}{Enter}{/Control}");

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit the finding" })).not.toBeInTheDocument());
    const [item] = await outboxStore(me.id).list();
    expect(item).toMatchObject({
      kind: "edit",
      status: "waiting",
      title: record.title,
      input: { id: record.id, version: 3, severity: "LOW" },
    });
  });
});

describe("the outbox page", () => {
  async function seedRefused(userId: string) {
    const store = outboxStore(userId);
    const create = (await store.add({
      kind: "create",
      input: queuedInput("Library catalogue is on paper only"),
      place: { label: "Assessment (Sep 21 – 25, 2026)", path: "/missions/m-1" },
    })) as OutboxCreate;
    await store.update(create.id, {
      status: "failed",
      failure: {
        code: "BAD_REQUEST",
        message: message("phaseClosedToFindings", { status: "CANCELLED" }),
        details: [],
      },
    });
    await store.add({
      kind: "file",
      target: { clientId: create.input.clientId },
      findingTitle: create.input.title,
      name: "catalogue.jpg",
      type: "image/jpeg",
      size: 3,
      data: new Uint8Array([1, 2, 3]).buffer,
      place: create.place,
    });
    return create;
  }

  it("shows each item, and why the server refused one; discarding it asks first and takes its file along", async () => {
    const me = freshExpert();
    await seedRefused(me.id);
    const { user } = renderWithApp(<OutboxList findingEditor={QueuedFindingEditor} />, { me });

    const list = await screen.findByRole("list", { name: "Items waiting to be sent" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const refused = items[0]!;
    expect(within(refused).getByText("Refused")).toBeInTheDocument();
    expect(within(refused).getByText("The server refused it")).toBeInTheDocument();
    expect(within(refused).getByText("This phase is Cancelled: no findings can be logged on it.")).toBeInTheDocument();
    expect(within(refused).getByRole("link", { name: "Assessment (Sep 21 – 25, 2026)" })).toHaveAttribute(
      "href",
      "/missions/m-1",
    );
    expect(within(items[1]!).getByText("Waiting for its finding")).toBeInTheDocument();

    await user.click(within(refused).getByRole("button", { name: "Discard" }));
    const confirm = await screen.findByRole("dialog", { name: "Discard this item?" });
    expect(confirm).toHaveTextContent("and the file attached to it will not be sent");
    await user.click(within(confirm).getByRole("button", { name: "Discard" }));

    expect(await screen.findByText("The outbox is empty")).toBeInTheDocument();
    expect(await outboxStore(me.id).list()).toEqual([]);
  });

  it("a refused finding is fixed in a prefilled form and goes back in line, with the same clientId", async () => {
    const me = freshExpert();
    const create = await seedRefused(me.id);
    const sendNow = vi.spyOn(outboxRunnerFor(me.id), "sendNow").mockResolvedValue(null);
    const { user } = renderWithApp(<OutboxList findingEditor={QueuedFindingEditor} />, { me });

    await user.click(await screen.findByRole("button", { name: "Edit and retry" }));
    const dialog = await screen.findByRole("dialog", { name: "Fix the finding" });
    const title = within(dialog).getByLabelText(/^Title/);
    expect(title).toHaveValue("Library catalogue is on paper only");
    await user.clear(title);
    await user.type(title, "Library catalogue is on paper and cards only");
    await user.click(within(dialog).getByRole("button", { name: "Save and send" }));

    await waitFor(() => expect(sendNow).toHaveBeenCalled());
    const [fixed] = await outboxStore(me.id).list();
    expect(fixed).toMatchObject({
      id: create.id,
      status: "waiting",
      failure: null,
      input: { title: "Library catalogue is on paper and cards only", clientId: create.input.clientId },
    });
  });
});

describe("signing out", () => {
  it("with items waiting, asks first; nothing is sent to the server until confirmed", async () => {
    const me = freshExpert();
    await outboxStore(me.id).add({
      kind: "create",
      input: queuedInput("Queued"),
      place: { label: "Assessment", path: "/missions/m-1" },
    });
    const calls = serveTrpc({ "auth.logout": () => ({ ok: true }) });
    vi.stubGlobal("location", { ...window.location, replace: vi.fn() });
    const { user } = renderWithApp(<SignOutButton />, { me });

    // The count is read from IndexedDB after the first render.
    await waitFor(async () => {
      await user.click(screen.getByRole("button", { name: "Sign out" }));
      expect(screen.getByRole("dialog", { name: "Sign out with items waiting?" })).toBeInTheDocument();
    });
    const dialog = screen.getByRole("dialog", { name: "Sign out with items waiting?" });
    expect(dialog).toHaveTextContent("1 item has not reached the server yet");
    expect(inputsOf(calls, "auth.logout")).toHaveLength(0);

    await user.click(within(dialog).getByRole("button", { name: "Sign out anyway" }));
    await waitFor(() => expect(inputsOf(calls, "auth.logout")).toHaveLength(1));
  });
});
