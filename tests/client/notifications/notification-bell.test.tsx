// The bell in the shell's header: the unread count on the button and in its name, a panel
// of the latest notices worded in the reader's language, the keyboard (Enter opens, the
// arrows move, Escape closes and gives the focus back), and opening a notice marks it read
// and goes where it points.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { NotificationBell } from "../../../client/src/features/notifications/components/notification-bell.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { inputsOf } from "../roadmaps/review-fixtures.ts";
import { expert } from "../fixtures.ts";
import { notice, serveNotifications, threeNotices } from "./notification-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

function renderBell() {
  return renderWithApp(
    <Routes>
      <Route
        path="*"
        element={
          <>
            <NotificationBell />
            <main>
              <Routes>
                <Route path="/missions" element={<h1>Missions page</h1>} />
                <Route path="/missions/:id" element={<h1>Mission page</h1>} />
                <Route path="/notifications" element={<h1>Notifications page</h1>} />
              </Routes>
            </main>
          </>
        }
      />
    </Routes>,
    { me: expert, route: "/missions" },
  );
}

describe("NotificationBell", () => {
  it("shows the unread count on the bell and names it", async () => {
    serveNotifications(threeNotices());
    renderBell();
    const bell = await screen.findByRole("button", { name: "Notifications, 2 unread" });
    expect(bell).toHaveTextContent("2");
    expect(bell).toHaveAttribute("aria-expanded", "false");
  });

  it("says no number when everything is read, and 99+ above 99", async () => {
    serveNotifications([notice({ id: "n-read", readAt: new Date() })]);
    const { unmount } = renderBell();
    const bell = await screen.findByRole("button", { name: "Notifications" });
    await waitFor(() => expect(bell).toHaveTextContent(""));
    unmount();
    vi.unstubAllGlobals();

    serveNotifications(Array.from({ length: 120 }, (_, i) => notice({ id: `n-${i}` })));
    renderBell();
    expect(await screen.findByRole("button", { name: "Notifications, 120 unread" })).toHaveTextContent("99+");
  });

  it("opens with the keyboard, words each notice, moves with the arrows and closes with Escape", async () => {
    serveNotifications(threeNotices());
    const { user } = renderBell();
    const bell = await screen.findByRole("button", { name: "Notifications, 2 unread" });
    bell.focus();
    await user.keyboard("{Enter}");
    const panel = screen.getByRole("dialog", { name: "Notifications" });
    expect(bell).toHaveAttribute("aria-expanded", "true");
    const list = await within(panel).findByRole("list", { name: "Latest notifications" });
    const rows = within(list).getAllByRole("listitem");
    // Each name and title is isolated (FSI … PDI) in the sentence.
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(
        /^Unread:\u2068Carlos Mendes\u2069 added you to the Assessment phase of \u2068SADC-ZMB-2026\u2069 as Lead, Mar 1, 2027 to Mar 12, 2027\.2 minutes ago$/,
      ),
      expect.stringMatching(
        /^Unread:\u2068Amina Diallo\u2069 validated your finding “\u2068No backup of the voting system\u2069” \(\u2068SADC-ZMB-2026\u2069\)\.1 hour ago$/,
      ),
      expect.stringMatching(
        /^The report of the Assessment phase of \u2068SADC-ZMB-2026\u2069 is due on Dec 2, 2026\.yesterday$/,
      ),
    ]);

    await user.keyboard("{ArrowDown}");
    expect(within(rows[0]!).getByRole("link")).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(within(rows[2]!).getByRole("link")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(within(rows[0]!).getByRole("link")).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(bell).toHaveFocus();
    // Space opens it too.
    await user.keyboard(" ");
    expect(screen.getByRole("dialog", { name: "Notifications" })).toBeInTheDocument();
  });

  it("marks a notice read as it opens it, and goes where it points", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderBell();
    await user.click(await screen.findByRole("button", { name: "Notifications, 2 unread" }));
    await user.click(await screen.findByRole("link", { name: /added you to the Assessment phase/ }));
    expect(await screen.findByRole("heading", { name: "Mission page" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(inputsOf(server.calls, "notifications.markRead")).toEqual([{ ids: ["n-assigned"] }]);
    expect(await screen.findByRole("button", { name: "Notifications, 1 unread" })).toBeInTheDocument();
    // The count's change is said aloud.
    expect(screen.getByRole("status")).toHaveTextContent("1 unread notification");
  });

  it("marks everything read, and links to the full page", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderBell();
    await user.click(await screen.findByRole("button", { name: "Notifications, 2 unread" }));
    const panel = screen.getByRole("dialog", { name: "Notifications" });
    await within(panel).findByRole("list");
    await user.click(within(panel).getByRole("button", { name: "Mark all as read" }));
    expect(await screen.findByRole("button", { name: "Notifications" })).toBeInTheDocument();
    expect(server.calls.some((call) => call.path === "notifications.markAllRead")).toBe(true);
    await waitFor(() => expect(within(panel).queryByText("Unread:")).toBeNull());
    expect(within(panel).getByRole("button", { name: "Mark all as read" })).toBeDisabled();

    await user.click(within(panel).getByRole("link", { name: "See all notifications" }));
    expect(await screen.findByRole("heading", { name: "Notifications page" })).toBeInTheDocument();
  });

  it("says when there is nothing yet, and closes on a click elsewhere", async () => {
    serveNotifications([]);
    const { user } = renderBell();
    await user.click(await screen.findByRole("button", { name: "Notifications" }));
    expect(await screen.findByText("No notifications yet")).toBeInTheDocument();
    await user.click(screen.getByRole("heading", { name: "Missions page" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
