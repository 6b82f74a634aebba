// The account page: the user's sessions (the current one marked, the others with a
// sign-out that asks first) and the change-password form under the shared rule.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AccountPage } from "../../../client/src/app/routes/account.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { admin } from "../fixtures.ts";

const sessions = [
  {
    id: "s-here",
    current: true,
    userAgent: "Firefox on a laptop",
    ipAddress: "192.0.2.20",
    createdAt: new Date("2026-11-20T09:00:00Z"),
    lastSeenAt: new Date("2026-11-20T10:00:00Z"),
    expiresAt: new Date("2026-11-20T22:00:00Z"),
  },
  {
    id: "s-phone",
    current: false,
    userAgent: "Safari on a phone",
    ipAddress: "192.0.2.21",
    createdAt: new Date("2026-11-19T09:00:00Z"),
    lastSeenAt: new Date("2026-11-19T18:00:00Z"),
    expiresAt: new Date("2026-11-20T06:00:00Z"),
  },
];

function renderPage() {
  return renderWithApp(<AccountPage />, {
    me: admin,
    seed: (client) => client.setQueryData(trpc.auth.sessions.queryKey(), sessions),
  });
}

describe("account page", () => {
  it("lists the sessions, marks this browser's, and asks before signing another out", async () => {
    const { user } = renderPage();
    const list = screen.getByRole("list", { name: "Sessions" });
    const [here, phone] = within(list).getAllByRole("listitem");
    expect(here).toHaveTextContent("Firefox on a laptop");
    expect(here).toHaveTextContent("This browser");
    expect(within(here!).queryByRole("button")).toBeNull();
    expect(phone).toHaveTextContent(/From 192\.0\.2\.21/);

    await user.click(within(phone!).getByRole("button", { name: "Sign out Safari on a phone" }));
    expect(await screen.findByRole("dialog", { name: "Sign out this session?" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    await user.click(screen.getByRole("button", { name: "Sign out everywhere else" }));
    const dialog = await screen.findByRole("dialog", { name: "Sign out everywhere else?" });
    expect(dialog).toHaveTextContent("The other session will need to sign in again.");
  });

  it("holds the new password to the shared rule before anything is sent", async () => {
    const { user } = renderPage();
    await user.type(screen.getByLabelText(/Current password/), "the old one");
    await user.type(screen.getByLabelText(/New password/), "short");
    await user.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText("At least 12 characters")).toBeInTheDocument();
  });
});
