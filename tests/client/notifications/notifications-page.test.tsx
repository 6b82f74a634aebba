// The notifications page: every notice newest first, page after page, the unread only
// (kept in the address), the empty states, a failed load with "Try again", the arrows,
// and "Mark all as read" in the header.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes, useLocation } from "react-router";
import { NotificationsPage } from "../../../client/src/app/routes/notifications.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { inputsOf } from "../roadmaps/review-fixtures.ts";
import { expert } from "../fixtures.ts";
import { minutesAgo, notice, serveNotifications, threeNotices } from "./notification-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

function Address() {
  const location = useLocation();
  return <output aria-label="Address">{location.pathname + location.search}</output>;
}

function renderPage(route = "/notifications") {
  return renderWithApp(
    <Routes>
      <Route
        path="/notifications"
        element={
          <>
            <NotificationsPage />
            <Address />
          </>
        }
      />
      <Route path="/missions/:id" element={<h1>Mission page</h1>} />
    </Routes>,
    { me: expert, route },
  );
}

const rowsOf = () =>
  within(screen.getByRole("list", { name: "Notifications" }))
    .getAllByRole("listitem")
    .map((row) => row.textContent?.replace(/[\u2068\u2069]/g, ""));

describe("notifications page", () => {
  it("lists every notice newest first, and shows the unread only when asked, in the address", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderPage();
    expect(await screen.findByRole("heading", { name: "Notifications", level: 1 })).toBeInTheDocument();
    await screen.findByRole("list", { name: "Notifications" });
    expect(rowsOf()).toHaveLength(3);
    expect(screen.getByRole("button", { name: "All" })).toHaveAttribute("aria-pressed", "true");

    await user.click(screen.getByRole("button", { name: "Unread" }));
    await waitFor(() => expect(rowsOf()).toHaveLength(2));
    expect(screen.getByLabelText("Address")).toHaveTextContent("/notifications?unread=1");
    expect(inputsOf(server.calls, "notifications.list")).toContainEqual(expect.objectContaining({ unreadOnly: true }));
  });

  it("loads more, page after page", async () => {
    const many = Array.from({ length: 30 }, (_, i) => notice({ id: `n-${i}`, createdAt: minutesAgo(i + 1) }));
    serveNotifications(many);
    const { user } = renderPage();
    await screen.findByRole("list", { name: "Notifications" });
    expect(rowsOf()).toHaveLength(25);
    await user.click(screen.getByRole("button", { name: /Load more/ }));
    await waitFor(() => expect(rowsOf()).toHaveLength(30));
  });

  it("moves between notices with the arrows, and opening one marks it read", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderPage();
    const list = await screen.findByRole("list", { name: "Notifications" });
    const links = within(list).getAllByRole("link");
    links[0]!.focus();
    await user.keyboard("{ArrowDown}");
    expect(links[1]).toHaveFocus();
    await user.keyboard("{End}");
    expect(links[2]).toHaveFocus();
    await user.keyboard("{ArrowUp}{ArrowUp}{Enter}");
    expect(await screen.findByRole("heading", { name: "Mission page" })).toBeInTheDocument();
    expect(inputsOf(server.calls, "notifications.markRead")).toEqual([{ ids: ["n-assigned"] }]);
  });

  it("marks all read from the header, then has nothing unread to show", async () => {
    const server = serveNotifications(threeNotices());
    const { user } = renderPage("/notifications?unread=1");
    await screen.findByRole("list", { name: "Notifications" });
    await user.click(screen.getByRole("button", { name: "Mark all as read" }));
    expect(await screen.findByText("Nothing unread")).toBeInTheDocument();
    expect(screen.getByText("You have read every notification.")).toBeInTheDocument();
    expect(server.rows().every((n) => n.readAt !== null)).toBe(true);
    expect(screen.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
  });

  it("says when there are none yet", async () => {
    serveNotifications([]);
    renderPage();
    expect(await screen.findByText("No notifications yet")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark all as read" })).toBeDisabled();
  });

  it("says when the list could not be loaded, with a way to try again", async () => {
    serveNotifications(threeNotices(), { failList: true });
    renderPage();
    expect(await screen.findByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
