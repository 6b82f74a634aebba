// The command palette from the shell: Ctrl+K opens it, typing asks search.global (a
// stubbed server) and shows grouped results, arrows and Enter go to one, Escape closes it
// and gives focus back, and the pages it offers are the ones the user's role may reach.
import { screen, waitFor, within } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../client/src/app/app-shell.tsx";
import { isApplePlatform } from "../../../client/src/features/command-palette/palette-actions.ts";
import { admin, coordinator, staff } from "../fixtures.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderShell(me: Me) {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<AppShell />}>
        <Route path="*" element={<Where />} />
      </Route>
    </Routes>,
    { me, route: "/start" },
  );
}

const FOUND = {
  missions: [{ id: "m-zmb", code: "SADC-ZMB-2026", title: "Zambia ICT assessment" }],
  parliaments: [{ id: "p-zmb", name: "National Assembly of Zambia", countryCode: "ZM" }],
  experts: [{ id: "x-1", name: "Mwansa Chileshe", institution: "University of Zambia" }],
};

async function openPalette(user: ReturnType<typeof renderShell>["user"]) {
  await user.keyboard("{Control>}k{/Control}");
  // The palette is loaded on first use: give that first import time on a busy machine.
  return screen.findByRole("combobox", { name: /search missions/i }, { timeout: 5000 });
}

describe("the command palette", () => {
  it("opens on Ctrl+K, shows the server's results by group, and goes to one with the arrows and Enter", async () => {
    const calls = serveTrpc({ "search.global": () => FOUND });
    const { user } = renderShell(coordinator);
    const input = await openPalette(user);
    expect(input).toHaveFocus();

    await user.type(input, "zam");
    const listbox = screen.getByRole("listbox");
    const missions = await within(listbox).findByRole("group", { name: "Missions" });
    expect(within(missions).getByRole("option", { name: /Zambia ICT assessment/ })).toBeInTheDocument();
    expect(within(listbox).getByRole("group", { name: "Parliaments" })).toHaveTextContent(
      "National Assembly of Zambia",
    );
    expect(within(listbox).getByRole("group", { name: "Experts" })).toHaveTextContent("Mwansa Chileshe");
    expect(calls.filter((c) => c.path === "search.global").map((c) => c.input)).toEqual([{ q: "zam" }]);

    // No page is called "zam": the first option is the mission, the next the parliament.
    const options = within(listbox).getAllByRole("option");
    expect(input).toHaveAttribute("aria-activedescendant", options[0]!.id);
    await user.keyboard("{ArrowDown}");
    expect(input).toHaveAttribute("aria-activedescendant", options[1]!.id);
    expect(options[1]).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("where")).toHaveTextContent("/parliaments/p-zmb");
    await waitFor(() => expect(screen.queryByRole("combobox")).not.toBeInTheDocument());
  });

  it("says when nothing matches, and Escape gives focus back to where it was", async () => {
    serveTrpc({ "search.global": () => ({ missions: [], parliaments: [], experts: [] }) });
    const { user } = renderShell(coordinator);
    const opener = screen.getByRole("button", { name: "Search" });
    await user.click(opener);
    const input = await screen.findByRole("combobox");
    await user.type(input, "qqq");
    expect(await screen.findByText("Nothing matches “qqq”.")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("combobox")).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it("offers the pages and actions the user's role may reach", async () => {
    serveTrpc({});
    const asAdmin = renderShell(admin);
    await openPalette(asAdmin.user);
    const adminCreates = within(screen.getByRole("group", { name: "Create" }));
    for (const name of ["New mission", "New parliament", "New programme", "New expert"]) {
      expect(adminCreates.getByRole("option", { name })).toBeInTheDocument();
    }
    const adminPages = within(screen.getByRole("group", { name: "Pages" }));
    for (const name of ["Users and roles", "Audit log", "Parliaments", "Calendar"]) {
      expect(adminPages.getByRole("option", { name })).toBeInTheDocument();
    }
    asAdmin.unmount();

    const asStaff = renderShell(staff);
    await openPalette(asStaff.user);
    expect(screen.queryByRole("group", { name: "Create" })).not.toBeInTheDocument();
    const staffActions = within(screen.getByRole("group", { name: "Pages" }));
    expect(staffActions.getByRole("option", { name: "My parliament" })).toBeInTheDocument();
    for (const name of ["New mission", "Users and roles", "Audit log", "Parliaments", "Experts"]) {
      expect(staffActions.queryByRole("option", { name })).not.toBeInTheDocument();
    }
    await asStaff.user.click(staffActions.getByRole("option", { name: "My parliament" }));
    expect(screen.getByTestId("where")).toHaveTextContent("/parliament");
  });

  it("goes to a create action typed in the palette", async () => {
    serveTrpc({ "search.global": () => ({ missions: [], parliaments: [], experts: [] }) });
    const { user } = renderShell(coordinator);
    const box = await openPalette(user);
    await user.type(box, "new exp");
    const creates = within(await screen.findByRole("group", { name: "Create" }));
    expect(creates.getAllByRole("option").map((o) => o.textContent)).toEqual(["New expert"]);
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("where")).toHaveTextContent("/experts/new");
  });
});

describe("the palette's shortcut", () => {
  it("reads ⌘K on a Mac and Ctrl K elsewhere", () => {
    expect(isApplePlatform({ platform: "MacIntel", userAgent: "" })).toBe(true);
    expect(isApplePlatform({ platform: "", userAgent: "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)" })).toBe(true);
    expect(isApplePlatform({ platform: "Win32", userAgent: "" })).toBe(false);
    expect(isApplePlatform({ platform: "Linux x86_64", userAgent: "" })).toBe(false);
  });
});
