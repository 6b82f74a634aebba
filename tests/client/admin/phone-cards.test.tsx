// The admin's audit log and users list on a phone: one card per row (shown below md)
// beside the table (shown from md), so nothing scrolls sideways at 390 pixels.
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AuditTable } from "../../../client/src/features/audit/components/audit-table.tsx";
import type { AuditEvent } from "../../../client/src/features/audit/api/audit.ts";
import { UsersTable } from "../../../client/src/features/users/components/users-table.tsx";
import type { UserListItem } from "../../../client/src/features/users/api/users.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { admin } from "../fixtures.ts";

const event = {
  id: "a1",
  createdAt: new Date("2026-11-20T09:00:00Z"),
  action: "mission.update",
  entityType: "mission",
  entityId: "m-1",
  actorRole: "COORDINATOR",
  before: { title: "Old title" },
  after: { title: "New title" },
  actor: { id: "u-coord", name: "Colm Coordinator", email: "colm@example.org" },
  words: { entity: "Zambia ICT assessment", phase: null, expert: null },
} as AuditEvent;

const user = {
  id: "u-2",
  name: "Sam Staff",
  email: "sam@parliament.example",
  role: "PARLIAMENT_STAFF",
  active: true,
  parliament: { id: "p1", name: "National Assembly of Zambia" },
  expert: null,
} as unknown as UserListItem;

describe("admin lists on a phone", () => {
  it("gives each audit event a card with its action, who, the record and the changes", () => {
    renderWithApp(<AuditTable events={[event]} />, { me: admin });
    const cards = screen.getByRole("list", { name: "Audit events, newest first" });
    expect(cards).toHaveClass("md:hidden");
    const card = within(cards).getAllByRole("listitem")[0]!;
    expect(card).toHaveTextContent("mission.update");
    expect(card).toHaveTextContent(/Colm Coordinator\s· Coordinator/);
    expect(card).toHaveTextContent(/title\s*Old title.*New title/);
    expect(screen.getByRole("region", { name: "Audit events, newest first" })).toHaveClass("hidden", "md:block");
  });

  it("gives each account a card with its role, status, linked parliament and Edit", async () => {
    const onEdit = vi.fn();
    const { user: person } = renderWithApp(<UsersTable users={[user]} onEdit={onEdit} />, { me: admin });
    const cards = screen.getByRole("list", { name: "User accounts" });
    const card = within(cards).getByRole("listitem");
    expect(card).toHaveTextContent("Sam Staff");
    expect(card).toHaveTextContent("National Assembly of Zambia");
    await person.click(within(card).getByRole("button", { name: "Edit Sam Staff" }));
    expect(onEdit).toHaveBeenCalledWith(user);
  });
});
