// The account page's "Notifications by e-mail": a box per kind in two groups, saved
// together with setEmailPreferences; without SMTP on the server, it says so and the boxes
// are off.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EmailPreferencesCard } from "../../../client/src/features/notifications/components/email-preferences-card.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { inputsOf } from "../roadmaps/review-fixtures.ts";
import { expert } from "../fixtures.ts";
import { serveNotifications } from "./notification-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

describe("EmailPreferencesCard", () => {
  it("shows the chosen kinds, grouped, and saves the new choice", async () => {
    const server = serveNotifications([], { preferences: { kinds: ["PHASE_ASSIGNED"], emailConfigured: true } });
    const { user } = renderWithApp(<EmailPreferencesCard />, { me: expert });
    const work = await screen.findByRole("group", { name: "About your work" });
    const reminders = screen.getByRole("group", { name: "Reminders" });
    expect(within(work).getAllByRole("checkbox")).toHaveLength(10);
    expect(within(reminders).getAllByRole("checkbox")).toHaveLength(4);
    expect(within(work).getByRole("checkbox", { name: "You are added to a phase" })).toBeChecked();
    const save = screen.getByRole("button", { name: "Save preferences" });
    expect(save).toBeDisabled();

    await user.click(within(reminders).getByRole("checkbox", { name: "A report is overdue" }));
    await user.click(within(work).getByRole("checkbox", { name: "You are added to a phase" }));
    await user.click(within(work).getByRole("checkbox", { name: "Your finding is rejected" }));
    expect(save).toBeEnabled();
    await user.click(save);
    await waitFor(() =>
      expect(inputsOf(server.calls, "notifications.setEmailPreferences")).toEqual([
        { kinds: ["FINDING_REJECTED", "REPORT_OVERDUE"] },
      ]),
    );
    await waitFor(() => expect(save).toBeDisabled());
    expect(within(reminders).getByRole("checkbox", { name: "A report is overdue" })).toBeChecked();
  });

  it("says when the server sends no e-mail, and leaves the boxes off", async () => {
    serveNotifications([], { preferences: { kinds: [], emailConfigured: false } });
    renderWithApp(<EmailPreferencesCard />, { me: expert });
    expect(await screen.findByText(/This server does not send e-mail/)).toBeInTheDocument();
    for (const box of screen.getAllByRole("checkbox")) expect(box).toBeDisabled();
    expect(screen.getByRole("button", { name: "Save preferences" })).toBeDisabled();
  });
});
