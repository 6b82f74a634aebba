// The shell's navigation is what the shared policy opens to each role, rendered around
// the page the router puts in its outlet.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes } from "react-router";
import { AppShell } from "../../../client/src/app/app-shell.tsx";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { admin, coordinator, expert, staff } from "../fixtures.ts";

function renderShell(me: Me, route = "/missions") {
  return renderWithApp(
    <Routes>
      <Route path="/" element={<AppShell />}>
        <Route path="missions" element={<h1>Missions page</h1>} />
        <Route path="parliament" element={<h1>Parliament page</h1>} />
      </Route>
    </Routes>,
    { me, route },
  );
}

/** The main navigation's links, by name, with where each goes. */
function navLinks() {
  const nav = screen.getByRole("navigation", { name: "Main" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => [link.textContent, link.getAttribute("href")]);
}

describe("AppShell navigation by role", () => {
  it("gives an admin the dashboard, the missions, users and roles, and the audit log", () => {
    renderShell(admin);
    expect(navLinks()).toEqual([
      ["Dashboard", "/dashboard"],
      ["Missions", "/missions"],
      ["Findings", "/findings"],
      ["Calendar", "/calendar"],
      ["Benchmark", "/benchmark"],
      ["Parliaments", "/parliaments"],
      ["Programmes", "/programmes"],
      ["Experts", "/experts"],
      ["Users and roles", "/admin/users"],
      ["Audit log", "/admin/audit"],
    ]);
  });

  it("gives a coordinator the dashboard, the missions and the audit log, not users", () => {
    renderShell(coordinator);
    expect(navLinks()).toEqual([
      ["Dashboard", "/dashboard"],
      ["Missions", "/missions"],
      ["Findings", "/findings"],
      ["Calendar", "/calendar"],
      ["Benchmark", "/benchmark"],
      ["Parliaments", "/parliaments"],
      ["Programmes", "/programmes"],
      ["Experts", "/experts"],
      ["Audit log", "/admin/audit"],
    ]);
  });

  it("gives an expert their own work, their own missions and the directory", () => {
    renderShell(expert);
    expect(navLinks()).toEqual([
      ["My work", "/my-work"],
      ["My missions", "/missions"],
      ["Findings", "/findings"],
      ["Calendar", "/calendar"],
      ["Benchmark", "/benchmark"],
      ["Parliaments", "/parliaments"],
      ["Programmes", "/programmes"],
      ["Experts", "/experts"],
    ]);
  });

  it("gives parliament staff their parliament and the benchmark", () => {
    renderShell(staff, "/parliament");
    expect(navLinks()).toEqual([
      ["My parliament", "/parliament"],
      ["Findings", "/findings"],
      ["Benchmark", "/benchmark"],
    ]);
  });
});

describe("AppShell frame", () => {
  it("renders the page in the main landmark, marks the current place, and names the user", () => {
    renderShell(coordinator);
    expect(within(screen.getByRole("main")).getByRole("heading", { name: "Missions page" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Missions" })).toHaveAttribute("aria-current", "page");
    expect(within(nav).getByRole("link", { name: "Audit log" })).not.toHaveAttribute("aria-current");
    const banner = screen.getByRole("banner");
    expect(banner).toHaveTextContent("Colm Coordinator");
    expect(banner).toHaveTextContent("Coordinator");
  });

  it("links the product name to the role's home", () => {
    renderShell(staff, "/parliament");
    expect(screen.getByRole("link", { name: "Hemicycle" })).toHaveAttribute("href", "/parliament");
  });
});
