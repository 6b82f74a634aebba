// The admin's audit log (/admin/audit) in words: each event a sentence from the catalogue
// with the names the server resolved ("Claire Moreau assigned Ana Silva as lead of the
// Assessment phase of …"), every action code the server writes having one; the filters by
// person, record type, action and days read from and written to the address and sent to
// audit.list; the CSV link following them; the expandable before/after detail.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes, useLocation } from "react-router";
import i18n from "../../../client/src/lib/i18n.ts";
import { AUDIT_ACTIONS } from "@hemicycle/shared/audit-actions";
import { AuditPage } from "../../../client/src/app/routes/admin-audit.tsx";
import type { AuditEvent } from "../../../client/src/features/audit/api/audit.ts";
import { auditSentence } from "../../../client/src/features/audit/components/audit-sentence.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { admin } from "../fixtures.ts";
import { serveTrpc } from "../roadmaps/review-fixtures.ts";

const claire = { id: "u-claire", name: "Claire Moreau", email: "claire@example.org" };

function event(overrides: Partial<AuditEvent>): AuditEvent {
  return {
    id: "e-1",
    createdAt: new Date("2026-11-20T09:00:00Z"),
    action: "mission.update",
    entityType: "mission",
    entityId: "m-1",
    actorRole: "COORDINATOR",
    before: null,
    after: null,
    actor: claire,
    words: { entity: null, phase: null, expert: null },
    ...overrides,
  } as AuditEvent;
}

const setLead = event({
  id: "e-lead",
  action: "phase.setLead",
  entityType: "assignment",
  entityId: "as-1",
  before: { role: "MEMBER" },
  after: { role: "LEAD" },
  words: { entity: "Zambia ICT assessment", phase: "ASSESSMENT", expert: "Ana Silva" },
});
const validated = event({
  id: "e-status",
  action: "finding.setStatus",
  entityType: "finding",
  entityId: "f-1",
  before: { status: "SUBMITTED" },
  after: { status: "VALIDATED" },
  words: { entity: "Bills circulate as word-processor files", phase: null, expert: null },
});
const refused = event({
  id: "e-denied",
  action: "access.denied",
  actor: null,
  actorRole: null,
  after: { attempted: "missions.update", reason: "FORBIDDEN", ip: "203.0.113.9" },
  words: { entity: null, phase: null, expert: null },
});

const t = i18n.t.bind(i18n);

describe("audit sentences", () => {
  it("reads an event as a sentence with the actor, the verb and the names", () => {
    expect(auditSentence(t, setLead)).toBe(
      "Claire Moreau assigned Ana Silva as lead of the Assessment phase of Zambia ICT assessment",
    );
    expect(auditSentence(t, { ...setLead, after: { role: "MEMBER" } })).toBe(
      "Claire Moreau made Ana Silva a member of the Assessment phase of Zambia ICT assessment again",
    );
    expect(auditSentence(t, validated)).toBe(
      "Claire Moreau marked the finding Bills circulate as word-processor files Validated",
    );
    expect(auditSentence(t, refused)).toBe(
      "Someone not signed in was refused missions.update on a record that no longer exists (mission) (not allowed for their role)",
    );
    expect(auditSentence(t, event({ action: "demo.seed", actor: null }))).toBe("The demo data was loaded");
  });

  it("has a sentence and a filter label for every action code the server writes, each naming what it needs", () => {
    for (const action of AUDIT_ACTIONS) {
      for (const key of [`auditLog.sentences.${action}`, `auditLog.actions.${action}`]) {
        expect(i18n.exists(key), key).toBe(true);
      }
      const sentence = auditSentence(
        t,
        event({ action, words: { entity: "Record X", phase: "WORKSHOP", expert: "Expert Y" } }),
      );
      expect(sentence, action).not.toMatch(/\{\{|auditLog\./);
    }
  });
});

function Address() {
  return <output aria-label="address">{useLocation().search}</output>;
}

function renderPage(search = "", events: AuditEvent[] = [setLead, validated, refused]) {
  const calls = serveTrpc({
    "audit.list": () => ({ items: events, nextCursor: null }),
    "audit.actors": () => [claire, { id: "u-ana", name: "Ana Silva" }],
    "exportJobs.start": () => ({ id: "job-1", kind: "auditCsv", status: "QUEUED", progress: 0 }),
  });
  const rendered = renderWithApp(
    <Routes>
      <Route
        path="/admin/audit"
        element={
          <>
            <AuditPage />
            <Address />
          </>
        }
      />
    </Routes>,
    { me: admin as Me, route: `/admin/audit${search}` },
  );
  const listInputs = () => calls.filter((c) => c.path === "audit.list").map((c) => c.input as Record<string, unknown>);
  const startedExports = () => calls.filter((c) => c.path === "exportJobs.start").map((c) => c.input);
  return { ...rendered, listInputs, startedExports };
}

describe("AuditPage", () => {
  it("shows each event as a sentence, in the table and the phone cards, with its changes behind a summary", async () => {
    renderPage();
    const table = await screen.findByRole("table", { name: "Audit events, newest first" });
    expect(
      within(table).getByText(
        "Claire Moreau assigned Ana Silva as lead of the Assessment phase of Zambia ICT assessment",
      ),
    ).toBeInTheDocument();
    const cards = screen.getByRole("list", { name: "Audit events, newest first" });
    expect(cards.children[1]).toHaveTextContent(
      "Claire Moreau marked the finding Bills circulate as word-processor files Validated",
    );
    const summary = within(table).getAllByText("1 field changed")[0]!;
    expect(summary.tagName).toBe("SUMMARY");
    expect(summary.closest("details")).not.toHaveAttribute("open");
  });

  it("sends the filters the address holds, ignoring values the server would refuse, and the CSV export follows them", async () => {
    const { user, listInputs, startedExports } = renderPage(
      "?person=u-claire&type=finding&record=f-1&action=finding.setStatus&from=2026-11-01&to=2026-11-30",
    );
    await screen.findByRole("table", { name: "Audit events, newest first" });
    expect(listInputs()[0]).toMatchObject({
      actorId: "u-claire",
      entityType: "finding",
      entityId: "f-1",
      action: "finding.setStatus",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    expect(await screen.findByRole("link", { name: "Follow it in Exports" })).toHaveAttribute(
      "href",
      "/exports?job=job-1",
    );
    expect(startedExports()).toEqual([
      {
        kind: "auditCsv",
        params: {
          actorId: "u-claire",
          entityType: "finding",
          entityId: "f-1",
          action: "finding.setStatus",
          from: "2026-11-01",
          to: "2026-11-30",
          language: "en",
        },
      },
    ]);
    expect(await screen.findByRole("combobox", { name: "Person" })).toHaveValue("u-claire");
    expect(screen.getByText("Only record f-1 ×")).toBeInTheDocument();

    const { listInputs: second } = renderPage("?action=mission.explode&type=planet&from=yesterday");
    await screen.findAllByRole("table", { name: "Audit events, newest first" });
    const input = second().at(-1)!;
    expect(input.action).toBeUndefined();
    expect(input.entityType).toBeUndefined();
    expect(input.from).toBeUndefined();
  });

  it("writes a chosen filter to the address and clears them all", async () => {
    const { user } = renderPage();
    await screen.findByRole("table", { name: "Audit events, newest first" });
    await screen.findByRole("option", { name: "Ana Silva" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), "u-ana");
    await user.selectOptions(screen.getByRole("combobox", { name: "Action" }), "Phase lead changed");
    await user.type(screen.getByLabelText("From"), "2026-11-02");
    const address = screen.getByRole("status", { name: "address" });
    expect(address).toHaveTextContent("person=u-ana");
    expect(address).toHaveTextContent("action=phase.setLead");
    expect(address).toHaveTextContent("from=2026-11-02");
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(address).toBeEmptyDOMElement();
  });

  it("links each record's id to every event of that record", async () => {
    const { user } = renderPage();
    const table = await screen.findByRole("table", { name: "Audit events, newest first" });
    await user.click(within(table).getByRole("link", { name: "f-1" }));
    const address = screen.getByRole("status", { name: "address" });
    expect(address).toHaveTextContent("?type=finding&record=f-1");
  });

  it("says when no event matches the filters", async () => {
    renderPage("?action=auth.login", []);
    expect(await screen.findByText("No events match these filters")).toBeInTheDocument();
  });
});
