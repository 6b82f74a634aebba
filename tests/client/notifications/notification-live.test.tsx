// The bell's count follows the live feed (`notifications.onChange`, server-sent events):
// each `{ unread }` it yields is the count at once, said aloud, and the open panel's list is
// read again. A stand-in EventSource plays the server's side of the stream as tRPC's
// client reads it (a "connected" event, then messages in superjson).
import { act, screen, waitFor, within } from "@testing-library/react";
import superjson from "superjson";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NotificationBell } from "../../../client/src/features/notifications/components/notification-bell.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { expert } from "../fixtures.ts";
import { notice, serveNotifications, threeNotices } from "./notification-fixtures.ts";

class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = 0;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = 2;
  }
  /** The server opens the stream. */
  connect() {
    this.readyState = 1;
    this.dispatchEvent(new MessageEvent("connected", { data: JSON.stringify({}) }));
  }
  /** The server yields a value. */
  yield(value: unknown) {
    this.dispatchEvent(new MessageEvent("message", { data: JSON.stringify(superjson.serialize(value)) }));
  }
}

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal("EventSource", FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

describe("the bell's live count", () => {
  it("takes each count the feed yields, says it, and reads the open panel again", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderWithApp(<NotificationBell />, { me: expert });
    await screen.findByRole("button", { name: "Notifications, 2 unread" });
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    const stream = FakeEventSource.opened[0]!;
    expect(stream.url).toMatch(/^\/trpc\/notifications\.onChange/);
    act(() => stream.connect());

    await user.click(screen.getByRole("button", { name: "Notifications, 2 unread" }));
    const panel = screen.getByRole("dialog", { name: "Notifications" });
    await within(panel).findByRole("list");
    const listCalls = () => server.calls.filter((call) => call.path === "notifications.list").length;
    const before = listCalls();

    // Someone writes one: the server has three unread now, and the feed says so.
    server.rows().unshift(notice({ id: "n-new", createdAt: new Date() }));
    act(() => stream.yield({ unread: 3 }));
    expect(await screen.findByRole("button", { name: "Notifications, 3 unread" })).toHaveTextContent("3");
    expect(screen.getByRole("status")).toHaveTextContent("3 unread notifications");
    await waitFor(() => expect(listCalls()).toBeGreaterThan(before));
    await waitFor(() => expect(within(panel).getAllByRole("listitem")).toHaveLength(4));
  });
});
