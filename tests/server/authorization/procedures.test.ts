// Every procedure of the router, called by each of seven personas, must answer as the
// expectation table says: allowed calls succeed, the others fail with the right code.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@hemicycle/server/context";
import { appRouter } from "@hemicycle/server/router";
import { DEMO_PASSWORD, seedDemoData } from "@hemicycle/server/seed/seed-demo";
import { callerFor, sessionUserByEmail } from "../../helpers/context.ts";
import { useTestDatabase } from "../../helpers/database.ts";
import { createExpert, createFinding, day } from "../../factories/records.ts";
import { createRoadmapAt, type ReviewStage } from "../../factories/roadmap-review.ts";
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { EXPECTATIONS, PERSONAS, type Outcome, type Persona } from "./expectations.ts";

const db = useTestDatabase();

const EMAILS: Record<Exclude<Persona, "anonymous">, string> = {
  admin: "admin@hemicycle.test",
  coordinator: "coordinator@hemicycle.test",
  leadExpert: "lead.expert@hemicycle.test",
  outsiderExpert: "outsider.expert@hemicycle.test",
  ownStaff: "staff.zambia@hemicycle.test",
  otherStaff: "staff.montenegro@hemicycle.test",
};

type Fixture = {
  users: Record<Persona, SessionUser | null>;
  zambia: {
    missionId: string;
    parliamentId: string;
    programmeId: string;
    assessmentPhaseId: string;
    roadmapId: string;
    validatedFindingId: string;
  };
  leadExpertId: string;
};

let fx: Fixture;
let sequence = 0;
const next = () => ++sequence;

beforeAll(async () => {
  const { prisma } = db();
  await seedDemoData(prisma);
  const users = { anonymous: null } as Record<Persona, SessionUser | null>;
  for (const [persona, email] of Object.entries(EMAILS))
    users[persona as Persona] = await sessionUserByEmail(db(), email);
  const lead = users.leadExpert!;
  const phase = await prisma.phase.findFirstOrThrow({
    where: {
      kind: "ASSESSMENT",
      team: { some: { expertId: lead.expertId!, role: "LEAD" } },
      mission: { parliamentId: users.ownStaff!.parliamentId! },
    },
    select: {
      id: true,
      mission: { select: { id: true, parliamentId: true, programmeId: true, roadmap: { select: { id: true } } } },
    },
  });
  const validated = await prisma.finding.findFirstOrThrow({
    where: { phaseId: phase.id, status: "VALIDATED" },
    select: { id: true },
  });
  fx = {
    users,
    zambia: {
      missionId: phase.mission.id,
      parliamentId: phase.mission.parliamentId,
      programmeId: phase.mission.programmeId!,
      assessmentPhaseId: phase.id,
      roadmapId: phase.mission.roadmap!.id,
      validatedFindingId: validated.id,
    },
    leadExpertId: lead.expertId!,
  };
}, 60_000);

/** The member of the Zambia assessment team (expert@hemicycle.test), who writes findings the lead reviews. */
async function memberUserId() {
  const member = await db().prisma.user.findUniqueOrThrow({
    where: { email: "expert@hemicycle.test" },
    select: { id: true },
  });
  return member.id;
}

/** A fresh record per call, so that an allowed mutation never changes what the next call sees. */
async function freshMission() {
  const n = next();
  return db().prisma.mission.create({
    data: {
      code: `AUTHZ-${n}`,
      title: `Authorization mission ${n}`,
      type: "WORKSHOP",
      parliamentId: fx.zambia.parliamentId,
      phases: {
        create: [
          { kind: "WORKSHOP", startDate: day(`2030-0${(n % 9) + 1}-01`), endDate: day(`2030-0${(n % 9) + 1}-02`) },
        ],
      },
    },
    select: { id: true, version: true, phases: { select: { id: true, version: true } } },
  });
}

/** A roadmap of another Zambia mission, whose phase the lead expert leads, at a stage of its review. */
function reviewRoadmap(stage: ReviewStage) {
  return createRoadmapAt(db(), {
    parliamentId: fx.zambia.parliamentId,
    stage,
    team: [{ expertId: fx.leadExpertId, role: "LEAD" }],
  });
}

/** Terms of reference of the Zambia mission, version 1, fresh per call. */
async function zambiaTermsOfReference() {
  const tor = await db().prisma.termsOfReference.create({
    data: {
      missionId: fx.zambia.missionId,
      title: `Terms of reference ${next()}`,
      versions: {
        create: {
          number: 1,
          language: "en",
          ...Object.fromEntries(TOR_SECTIONS.map((s) => [s, `The ${s}`])),
          authorId: fx.users.coordinator!.id,
        } as { number: number; language: string; authorId: string } & Record<(typeof TOR_SECTIONS)[number], string>,
      },
    },
    select: { id: true },
  });
  return tor.id;
}

/** An assessment phase of another Zambia mission, led by the lead expert, whose report is in parliament review. */
async function reportInReview() {
  const n = next();
  const mission = await db().prisma.mission.create({
    data: {
      code: `AUTHZ-REPORT-${n}`,
      title: `Report review mission ${n}`,
      type: "ASSESSMENT_AND_PLAN",
      parliamentId: fx.zambia.parliamentId,
      phases: {
        create: [
          { kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW", startDate: day("2026-06-01"), endDate: day("2026-06-05") },
        ],
      },
    },
    select: { phases: { select: { id: true } } },
  });
  const phaseId = mission.phases[0]!.id;
  await db().prisma.assignment.create({ data: { phaseId, expertId: fx.leadExpertId, role: "LEAD" } });
  return phaseId;
}

/** A finished export job in the persona's name (the coordinator's for a caller without a session). */
async function ownExportJob(persona: Persona) {
  const job = await db().prisma.exportJob.create({
    data: { userId: (fx.users[persona] ?? fx.users.coordinator!).id, kind: "findingsCsv", status: "DONE" },
    select: { id: true },
  });
  return job.id;
}

/** Valid input for each procedure, built for the persona calling it. */
const INPUTS: Record<string, (persona: Persona) => Promise<unknown> | unknown> = {
  "auth.login": () => ({ email: EMAILS.admin, password: DEMO_PASSWORD }),
  "auth.logout": () => undefined,
  "auth.me": () => undefined,
  "auth.session": () => undefined,
  "auth.sessions": () => undefined,
  // A session of the team member, who is none of the personas.
  "auth.revokeSession": async () => {
    const id = randomUUID();
    await db().prisma.session.create({
      data: { id, token: randomUUID(), userId: await memberUserId(), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    return { id };
  },
  "auth.revokeOtherSessions": () => undefined,
  // The same password again: allowed, and the personas keep the demo's password.
  "auth.changePassword": () => ({ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
  // Back to following the browser: the personas keep the demo's (no) language.
  "auth.setLanguage": () => ({ language: null }),

  "parliaments.list": () => ({}),
  "parliaments.byId": () => ({ id: fx.zambia.parliamentId }),
  "parliaments.overview": () => ({ parliamentId: fx.zambia.parliamentId }),
  "parliaments.create": () => ({
    name: `Parliament ${next()}`,
    countryCode: "LS",
    region: "SADC",
    structure: "BICAMERAL",
  }),
  "parliaments.update": async () => {
    const p = await db().prisma.parliament.create({
      data: { name: `Parliament ${next()}`, countryCode: "LS", region: "SADC", structure: "UNICAMERAL" },
      select: { id: true, version: true },
    });
    return { id: p.id, version: p.version, website: "https://parliament.example" };
  },
  "parliaments.importCsv": () => ({
    csv: `name,country,region,chambers\nImported parliament ${next()},LS,SADC,unicameral\n`,
  }),

  "programmes.list": () => ({}),
  "programmes.funders": () => undefined,
  "programmes.byId": () => ({ id: fx.zambia.programmeId }),
  "programmes.create": () => ({
    name: `Programme ${next()}`,
    funders: ["UNDP"],
    startDate: "2027-01-01",
    endDate: "2028-12-31",
  }),
  "programmes.update": async () => {
    const p = await db().prisma.programme.create({
      data: { name: `Programme ${next()}`, startDate: day("2027-01-01"), endDate: day("2027-12-31") },
      select: { id: true, version: true },
    });
    return { id: p.id, version: p.version, description: "Updated" };
  },
  "programmes.iatiSummary": () => ({ id: fx.zambia.programmeId }),

  "experts.list": () => ({}),
  "experts.byId": () => ({ id: fx.leadExpertId }),
  "experts.create": () => ({
    name: `Expert ${next()}`,
    institution: "Hellenic Parliament",
    countryCode: "GR",
    areas: ["LEG"],
    languages: ["en"],
  }),
  "experts.update": async () => {
    const e = await createExpert(db());
    return { id: e.id, version: e.version, languages: ["en", "fr"] };
  },
  "experts.suggest": async () => ({ phaseId: (await freshMission()).phases[0]!.id }),
  "experts.importCsv": () => ({
    csv: `name,email,institution,country,areas,languages,unavailable\nImported ${next()},,Senate,KE,GOV,en,`,
  }),

  "missions.list": () => ({}),
  "missions.byId": () => ({ id: fx.zambia.missionId }),
  "missions.activity": () => ({ missionId: fx.zambia.missionId }),
  "missions.create": () => ({
    code: `NEW-${next()}`,
    title: "A new mission",
    type: "ASSESSMENT_AND_PLAN",
    parliamentId: fx.zambia.parliamentId,
    phases: [{ kind: "ASSESSMENT", startDate: "2031-01-05", endDate: "2031-01-09" }],
  }),
  "missions.update": async () => {
    const m = await freshMission();
    return { id: m.id, version: m.version, title: "Renamed" };
  },
  "missions.addPhase": async () => {
    const m = await freshMission();
    return { missionId: m.id, kind: "STRATEGIC_PLAN", startDate: "2032-05-03", endDate: "2032-05-07" };
  },
  "missions.updatePhase": async () => {
    const m = await freshMission();
    return { id: m.phases[0]!.id, version: m.phases[0]!.version, location: "Lusaka" };
  },
  "missions.assignExpert": async () => {
    const m = await freshMission();
    const e = await createExpert(db());
    return { phaseId: m.phases[0]!.id, expertId: e.id, role: "MEMBER" };
  },
  "missions.unassignExpert": async () => {
    const m = await freshMission();
    const e = await createExpert(db());
    await db().prisma.assignment.create({ data: { phaseId: m.phases[0]!.id, expertId: e.id, role: "MEMBER" } });
    return { phaseId: m.phases[0]!.id, expertId: e.id };
  },
  "missions.copyTeam": async () => {
    const m = await freshMission();
    const e = await createExpert(db());
    await db().prisma.assignment.create({ data: { phaseId: m.phases[0]!.id, expertId: e.id, role: "LEAD" } });
    const to = await db().prisma.phase.create({
      data: { missionId: m.id, kind: "WORKSHOP", startDate: day("2033-02-01"), endDate: day("2033-02-02") },
      select: { id: true },
    });
    return { fromPhaseId: m.phases[0]!.id, toPhaseId: to.id };
  },
  "missions.setLead": async () => {
    const m = await freshMission();
    const e = await createExpert(db());
    await db().prisma.assignment.create({ data: { phaseId: m.phases[0]!.id, expertId: e.id, role: "MEMBER" } });
    return { phaseId: m.phases[0]!.id, expertId: e.id };
  },

  "findings.list": () => ({}),
  "findings.summary": () => ({}),
  "findings.byId": () => ({ id: fx.zambia.validatedFindingId }),
  "findings.create": () => ({
    phaseId: fx.zambia.assessmentPhaseId,
    area: "SEC",
    kind: "RISK",
    severity: "HIGH",
    title: `No offsite backup ${next()}`,
    description: "Backups are kept in the same server room as the servers.",
    clientId: randomUUID().replace(/-/g, ""),
  }),
  "findings.update": async () => {
    const f = await createFinding(db(), {
      phaseId: fx.zambia.assessmentPhaseId,
      authorId: fx.users.leadExpert!.id,
      status: "DRAFT",
    });
    return { id: f.id, version: f.version, severity: "CRITICAL" };
  },
  // A team member's finding: the lead reviews the others' findings, not their own.
  "findings.setStatus": async () => {
    const f = await createFinding(db(), {
      phaseId: fx.zambia.assessmentPhaseId,
      authorId: await memberUserId(),
      status: "SUBMITTED",
    });
    return { id: f.id, version: f.version, status: "VALIDATED" };
  },
  "findings.reviewQueue": () => ({}),
  "findings.validateMany": async () => {
    const f = await createFinding(db(), {
      phaseId: fx.zambia.assessmentPhaseId,
      authorId: await memberUserId(),
      status: "SUBMITTED",
    });
    return { items: [{ id: f.id, version: f.version }] };
  },
  "findings.benchmark": () => ({ region: "SADC" }),
  "findings.compareAssessments": async () => {
    const n = next();
    const mission = await db().prisma.mission.create({
      data: {
        code: `AUTHZ-VAL-${n}`,
        title: `Validation ${n}`,
        type: "VALIDATION",
        parliamentId: fx.zambia.parliamentId,
        phases: { create: [{ kind: "VALIDATION", startDate: day("2031-01-06"), endDate: day("2031-01-10") }] },
      },
      select: { id: true, phases: { select: { id: true } } },
    });
    await db().prisma.assignment.create({
      data: { phaseId: mission.phases[0]!.id, expertId: fx.leadExpertId, role: "LEAD" },
    });
    return { missionId: mission.id };
  },
  "findings.revisitCandidates": () => ({ phaseId: fx.zambia.assessmentPhaseId }),
  // A file row on a fresh draft (no bytes on disk: removing them is then a no-op).
  "findings.removeAttachment": async () => {
    const f = await createFinding(db(), {
      phaseId: fx.zambia.assessmentPhaseId,
      authorId: fx.users.leadExpert!.id,
      status: "DRAFT",
    });
    const file = await db().prisma.attachment.create({
      data: {
        findingId: f.id,
        fileName: "notes.txt",
        contentType: "text/plain",
        size: 6,
        storageKey: randomUUID().replace(/-/g, ""),
      },
      select: { id: true },
    });
    return { id: file.id };
  },

  "roadmaps.byMission": () => ({ missionId: fx.zambia.missionId }),
  "roadmaps.byId": () => ({ id: fx.zambia.roadmapId }),

  // The editor's procedures act on a fresh draft roadmap per call (the lead expert leads
  // its mission's phase), so that an allowed edit never changes what the next call sees.
  "roadmaps.create": async () => {
    const { missionId, roadmapId } = await reviewRoadmap("DRAFT");
    await db().prisma.roadmap.delete({ where: { id: roadmapId } });
    return { missionId, title: "ICT strategic plan", horizonStart: 2027, horizonEnd: 2031 };
  },
  "roadmaps.update": async () => ({ id: (await reviewRoadmap("DRAFT")).roadmapId, version: 1, title: "Renamed" }),
  "roadmaps.createItem": async () => ({
    roadmapId: (await reviewRoadmap("DRAFT")).roadmapId,
    title: "Document management system",
    area: "LEG",
    findingIds: [fx.zambia.validatedFindingId],
  }),
  "roadmaps.updateItem": async () => ({
    id: (await reviewRoadmap("DRAFT")).itemIds[0],
    version: 1,
    endDate: "2028-06-30",
  }),
  "roadmaps.removeItem": async () => ({ id: (await reviewRoadmap("DRAFT")).itemIds[0], version: 1 }),
  "roadmaps.reorderItems": async () => {
    const r = await reviewRoadmap("DRAFT");
    return { id: r.roadmapId, version: 1, itemIds: [...r.itemIds].reverse() };
  },
  "roadmaps.setDependencies": async () => {
    const r = await reviewRoadmap("DRAFT");
    return { itemId: r.itemIds[1], dependsOn: [r.itemIds[0]] };
  },
  "roadmaps.linkFindings": async () => ({
    itemId: (await reviewRoadmap("DRAFT")).itemIds[0],
    findingIds: [fx.zambia.validatedFindingId],
  }),
  "roadmaps.coverage": async () => ({ id: (await reviewRoadmap("DRAFT")).roadmapId }),
  "roadmaps.proposeItems": async () => ({ id: (await reviewRoadmap("DRAFT")).roadmapId }),

  // The review's procedures act on a fresh roadmap of a second Zambia mission per call
  // (the lead expert leads its phase), at the stage each procedure needs.
  "roadmaps.list": () => ({}),
  "roadmaps.submitForReview": async () => ({ id: (await reviewRoadmap("DRAFT")).roadmapId, version: 1 }),
  "roadmaps.review": async () => ({
    id: (await reviewRoadmap("IN_REVIEW")).roadmapId,
    revision: 1,
    decision: "ENDORSE",
    comment: "Endorsed by the ICT committee",
  }),
  "roadmaps.revisions": async () => ({ id: (await reviewRoadmap("IN_REVIEW")).roadmapId }),
  "roadmaps.compare": async () => ({ id: (await reviewRoadmap("IN_REVIEW")).roadmapId, from: 1, to: "current" }),
  "roadmaps.markRevisionSeen": async () => ({ id: (await reviewRoadmap("IN_REVIEW")).roadmapId, number: 1 }),
  "roadmaps.comments": async () => ({ id: (await reviewRoadmap("IN_REVIEW")).roadmapId }),
  "roadmaps.onChange": async () => ({ id: (await reviewRoadmap("IN_REVIEW")).roadmapId }),
  "roadmaps.comment": async () => {
    const r = await reviewRoadmap("IN_REVIEW");
    return { roadmapId: r.roadmapId, itemId: r.itemIds[0], body: "Is the budget for this realistic?" };
  },
  "roadmaps.resolveComment": async () => {
    const r = await reviewRoadmap("IN_REVIEW");
    const c = await db().prisma.comment.create({
      data: { roadmapId: r.roadmapId, authorId: fx.users.coordinator!.id, body: "Please check the dates" },
      select: { id: true, version: true },
    });
    return { id: c.id, version: c.version, resolved: true };
  },
  "roadmaps.updateProgress": async () => {
    const r = await reviewRoadmap("ENDORSED");
    return { itemId: r.itemIds[0], version: 1, progress: "IN_PROGRESS", progressNote: "Tender published" };
  },

  "termsOfReference.list": () => ({ missionId: fx.zambia.missionId }),
  "termsOfReference.byId": async () => ({ id: await zambiaTermsOfReference() }),
  "termsOfReference.version": async () => ({ id: await zambiaTermsOfReference(), number: 1 }),
  "termsOfReference.compare": async () => ({ id: await zambiaTermsOfReference(), from: 1, to: 1 }),
  "termsOfReference.sources": () => ({ missionId: fx.zambia.missionId }),
  "termsOfReference.create": () => ({
    missionId: fx.zambia.missionId,
    title: "Terms of reference: legislative information system",
    language: "en",
    findingIds: [fx.zambia.validatedFindingId],
  }),
  "termsOfReference.save": async () => ({
    id: await zambiaTermsOfReference(),
    version: 1,
    title: "Edited",
    ...Object.fromEntries(TOR_SECTIONS.map((s) => [s, `Edited ${s}`])),
  }),

  "reportReview.inReview": () => undefined,
  "reportReview.comments": async () => ({ phaseId: await reportInReview() }),
  "reportReview.comment": async () => ({
    phaseId: await reportInReview(),
    section: null,
    body: "Please add the budget",
  }),
  // One's own comment (the coordinator's for a caller without a session).
  "reportReview.deleteComment": async (persona) => {
    const comment = await db().prisma.reportComment.create({
      data: {
        phaseId: await reportInReview(),
        authorId: (fx.users[persona] ?? fx.users.coordinator!).id,
        body: "To be taken back",
      },
      select: { id: true },
    });
    return { id: comment.id };
  },
  "assessmentReport.content": async () => {
    const phase = await db().prisma.phase.findUniqueOrThrow({
      where: { id: await reportInReview() },
      select: { missionId: true },
    });
    return { missionId: phase.missionId, language: "en" };
  },

  "calendar.range": () => ({ from: day("2026-01-01"), to: day("2026-12-31"), by: "expert" }),

  "search.global": () => ({ q: "zam" }),

  "exportJobs.start": () => ({ kind: "findingsCsv", params: { missionId: fx.zambia.missionId } }),
  "exportJobs.list": () => undefined,
  // One's own job (the coordinator's for a caller without a session).
  "exportJobs.byId": async (persona) => ({ id: await ownExportJob(persona) }),
  "exportJobs.cancel": async (persona) => ({ id: await ownExportJob(persona) }),
  "exportJobs.onChange": () => undefined,

  "notifications.list": () => ({ unreadOnly: false }),
  "notifications.unreadCount": () => undefined,
  // One's own notice (the coordinator's for a caller without a session).
  "notifications.markRead": async (persona) => {
    const userId = (fx.users[persona] ?? fx.users.coordinator!).id;
    const notice = await db().prisma.notification.create({
      data: { userId, kind: "EXPORT_READY", params: { exportKind: "findingsCsv" } },
      select: { id: true },
    });
    return { ids: [notice.id] };
  },
  "notifications.markAllRead": () => undefined,
  "notifications.onChange": () => undefined,
  "notifications.emailPreferences": () => undefined,
  "notifications.setEmailPreferences": () => ({ kinds: ["PHASE_ASSIGNED"] }),

  "audit.list": () => ({}),
  "audit.actors": () => undefined,

  "dashboard.summary": () => ({ regionFilter: "SADC" }),
  "dashboard.expertHome": () => undefined,

  "users.list": () => ({}),
  "users.create": () => ({
    name: "New colleague",
    email: `new.${next()}@hemicycle.test`,
    password: "a-long-enough-password",
    role: "COORDINATOR",
  }),
  "users.update": async () => {
    const n = next();
    const u = await db().prisma.user.create({
      data: { id: randomUUID(), name: `User ${n}`, email: `user.${n}@hemicycle.test`, role: "EXPERT" },
      select: { id: true, version: true },
    });
    return { id: u.id, version: u.version, name: "Renamed" };
  },
};

function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

async function outcomeOf(persona: Persona, path: string): Promise<{ outcome: Outcome | string; error?: unknown }> {
  const caller = callerFor(db(), fx.users[persona]) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  const input = await INPUTS[path]!(persona);
  try {
    await caller[namespace]![name]!(input);
    return { outcome: "OK" };
  } catch (error) {
    if (error instanceof TRPCError) return { outcome: error.code, error };
    return { outcome: "THREW_NON_TRPC_ERROR", error };
  }
}

describe("authorization matrix", () => {
  it("has an expectation row and an input for every procedure of the router, and none for a procedure that is gone", () => {
    const paths = procedurePaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !EXPECTATIONS[p])).toEqual([]);
    expect(paths.filter((p) => !INPUTS[p])).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((p) => !paths.includes(p))).toEqual([]);
  });

  for (const path of Object.keys(EXPECTATIONS).sort()) {
    describe(path, () => {
      for (const persona of PERSONAS) {
        const expected = EXPECTATIONS[path]![persona];
        it(`${persona} → ${expected}`, async () => {
          const { outcome, error } = await outcomeOf(persona, path);
          if (outcome !== expected && error) console.error(path, persona, error);
          expect(outcome).toBe(expected);
        });
      }
    });
  }
});
