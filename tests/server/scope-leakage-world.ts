// The world of the scope-leakage proofs (docs/security.md, "Scope"): two parliaments of
// one region and three more beside them, their programmes, missions, experts, findings
// (every status), roadmaps (draft, in review, endorsed) with items, comments and
// revisions, evidence files with thumbnails, and the personas who look at it. Every
// record a persona may not see carries a marker in its visible text, so that a test can
// read any answer as text and look for the markers; the records' ids are kept too.
//
//   ZQBDIR   parliament B's directory side: its parliament, programme, funder, the expert
//            and the users who work only for B (and the other parliaments C, D, E)
//   ZQBMIS   what happens on B's (and C, D, E's) missions: missions, phases' places,
//            findings, roadmaps, items, comments, evidence files
//   ZQA2MIS  mission A2 of parliament A, on whose team expert A1 is not
//   ZQDRAFT  what parliament staff never read of their own parliament: findings not yet
//            validated and roadmaps not yet submitted
//   ZQPRIV   the directory's private side: experts' e-mails, unavailability reasons,
//            override reasons
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SessionUser } from "@hemicycle/server/context";
import type { Database } from "@hemicycle/server/db/database";
import type { Prisma } from "@hemicycle/server/db/generated/client";
import { newFileKey } from "@hemicycle/server/files/store";
import { takeSnapshot } from "@hemicycle/server/services/roadmap-snapshot";
import type { FindingStatus, IctArea, PhaseKind, Severity } from "@hemicycle/shared/enums";
import { createUser, day } from "../factories/records.ts";

export const MARKERS = ["ZQBDIR", "ZQBMIS", "ZQA2MIS", "ZQDRAFT", "ZQPRIV"] as const;
export type Marker = (typeof MARKERS)[number];

export const PERSONAS = ["staffA", "expertA1", "coordinator", "admin"] as const;
export type ScopePersona = (typeof PERSONAS)[number];

/**
 * What each persona must never read (DESIGN.md's permission table): parliament staff
 * nothing of another parliament, nothing unvalidated or unsubmitted, nothing private; an
 * expert nothing of a mission they are not on (the directory is theirs to read); the
 * coordinator (whom the policy does not scope: missionReach ALL) and the admin are the
 * controls, who must see every marker.
 */
export const FORBIDDEN_MARKERS: Record<ScopePersona, readonly Marker[]> = {
  staffA: ["ZQBDIR", "ZQBMIS", "ZQDRAFT", "ZQPRIV"],
  expertA1: ["ZQBMIS", "ZQA2MIS"],
  coordinator: [],
  admin: [],
};

/** The ids of one mission's records. */
export type MissionRecords = {
  missionId: string;
  phaseIds: string[];
  /** By status (the first of each). */
  findings: Partial<Record<FindingStatus, string>>;
  /** All of them, in the order written. */
  allFindings: string[];
  roadmapId: string | null;
  itemIds: string[];
  commentId: string | null;
  attachmentId: string | null;
};

export type World = {
  users: Record<ScopePersona | "staffB" | "expertB" | "sharedExpert", SessionUser>;
  parliaments: { A: string; B: string; others: string[] };
  programmes: { A: string; B: string };
  experts: { A1: string; A2: string; B: string; shared: string };
  /** A1: expert A1 leads it (assessment, then strategic plan with a roadmap in review). */
  A1: MissionRecords;
  /** A2: parliament A's other mission, expert A1 not on it; its roadmap a draft. */
  A2: MissionRecords;
  /** AV: parliament A's validation mission, expert A1 leads it; its roadmap a draft. */
  AV: MissionRecords;
  /** B1: parliament B's mission, its roadmap endorsed. */
  B1: MissionRecords;
  /** The ids each persona must never find in an answer (besides the markers). */
  forbiddenIds: Record<ScopePersona, string[]>;
};

let filesCounter = 0;

/** Builds the world; evidence files (and thumbnails) are written into `filesDir`. */
export async function buildWorld(db: Database, filesDir: string): Promise<World> {
  const { prisma } = db;
  await mkdir(filesDir, { recursive: true });

  const parliament = (name: string, countryCode: string) =>
    prisma.parliament.create({
      data: { name, countryCode, region: "SADC", structure: "UNICAMERAL", chamberNames: [`${name} Assembly`] },
      select: { id: true },
    });
  const pA = (await parliament("Parliament of Avalon", "ZM")).id;
  const pB = (await parliament("ZQBDIR Parliament of Borduria", "MW")).id;
  const others = [
    (await parliament("ZQBDIR Parliament of Carpathia", "NA")).id,
    (await parliament("ZQBDIR Parliament of Dorne", "BW")).id,
    (await parliament("ZQBDIR Parliament of Elbonia", "LS")).id,
  ];

  const programme = (name: string, funder: string) =>
    prisma.programme.create({
      data: { name, funders: [funder], startDate: day("2026-01-01"), endDate: day("2028-12-31"), description: name },
      select: { id: true },
    });
  const progA = (await programme("Programme Aurora", "Avalon Fund")).id;
  const progB = (await programme("ZQBDIR Programme Boreal", "ZQBDIR Funder")).id;

  const expert = (name: string, email: string, unavailable?: string) =>
    prisma.expert.create({
      data: {
        name,
        email,
        institution: "Parliament of Somewhere",
        countryCode: "ZA",
        areas: ["LEG", "WEB", "SEC"],
        languages: ["en"],
        unavailability: unavailable
          ? { create: [{ startDate: day("2027-01-11"), endDate: day("2027-01-22"), reason: unavailable }] }
          : undefined,
      },
      select: { id: true },
    });
  const eA1 = (await expert("Expert Ada", "zqpriv.ada@example.test")).id;
  const eA2 = (await expert("Expert Ana Two", "zqpriv.ana@example.test")).id;
  const eB = (await expert("ZQBDIR Expert Bruno", "zqpriv.bruno@example.test")).id;
  const eShared = (await expert("Expert Sol", "zqpriv.sol@example.test", "ZQPRIV family leave")).id;

  const named = async (user: Promise<SessionUser>, name: string) => {
    const u = await user;
    await prisma.user.update({ where: { id: u.id }, data: { name } });
    return { ...u, name };
  };
  const users: World["users"] = {
    admin: await named(createUser(db, { role: "ADMIN" }), "Admin Avery"),
    coordinator: await named(createUser(db, { role: "COORDINATOR" }), "Coordinator Cleo"),
    staffA: await named(createUser(db, { role: "PARLIAMENT_STAFF", parliamentId: pA }), "Staff Avalon"),
    staffB: await named(createUser(db, { role: "PARLIAMENT_STAFF", parliamentId: pB }), "ZQBDIR ZQBMIS Staff Borduria"),
    expertA1: await named(createUser(db, { role: "EXPERT", expertId: eA1 }), "Expert Ada"),
    expertB: await named(createUser(db, { role: "EXPERT", expertId: eB }), "ZQBDIR Expert Bruno"),
    sharedExpert: await named(createUser(db, { role: "EXPERT", expertId: eShared }), "Expert Sol"),
  };

  type PhaseSpec = {
    kind: PhaseKind;
    start: string;
    end: string;
    location: string;
    team: { expertId: string; role: "LEAD" | "MEMBER"; overrideReason?: string }[];
  };
  type FindingSpec = {
    status: FindingStatus;
    title: string;
    area: IctArea;
    severity: Severity;
    authorId: string;
    grade?: number;
    file?: string;
    /** The earlier finding this one revisits (a validation's). */
    revisits?: string;
  };
  const mission = async (spec: {
    code: string;
    title: string;
    type: "ASSESSMENT_AND_PLAN" | "VALIDATION";
    parliamentId: string;
    programmeId: string;
    phases: PhaseSpec[];
    /** Findings on the first phase. */
    findings: FindingSpec[];
    roadmap?: {
      title: string;
      stage: "DRAFT" | "IN_REVIEW" | "ENDORSED";
      items: string[];
      comment: string;
      /** More findings the last item answers (linked before any revision is taken). */
      alsoAnswers?: string[];
      /** And the mission's own findings of these statuses. */
      alsoAnswersOwn?: FindingStatus[];
      /** Findings the first item comes to answer after the revisions were taken (a change to compare). */
      laterAnswers?: (own: MissionRecords) => string[];
    };
    commentById?: string;
  }): Promise<MissionRecords> => {
    const m = await prisma.mission.create({
      data: {
        code: spec.code,
        title: spec.title,
        type: spec.type,
        objectives: `${spec.title}: objectives`,
        parliamentId: spec.parliamentId,
        programmeId: spec.programmeId,
        phases: {
          create: spec.phases.map((p) => ({
            kind: p.kind,
            startDate: day(p.start),
            endDate: day(p.end),
            reportDueDate: day(p.end),
            location: p.location,
            status: "TEAM_CONFIRMED" as const,
            team: { create: p.team },
          })),
        },
      },
      select: { id: true, phases: { select: { id: true }, orderBy: { startDate: "asc" } } },
    });
    const phaseIds = m.phases.map((p) => p.id);
    const records: MissionRecords = {
      missionId: m.id,
      phaseIds,
      findings: {},
      allFindings: [],
      roadmapId: null,
      itemIds: [],
      commentId: null,
      attachmentId: null,
    };
    for (const f of spec.findings) {
      const finding = await prisma.finding.create({
        data: {
          phaseId: phaseIds[0]!,
          authorId: f.authorId,
          area: f.area,
          subArea: `${f.title} sub-area`,
          kind: "GAP",
          severity: f.severity,
          grade: f.grade ?? 2,
          title: f.title,
          description: `${f.title}: description`,
          evidence: `${f.title}: evidence`,
          recommendation: `${f.title}: recommendation`,
          status: f.status,
          revisitsId: f.revisits ?? null,
          revisitOutcome: f.revisits ? "IMPROVED" : null,
        },
        select: { id: true },
      });
      records.findings[f.status] ??= finding.id;
      records.allFindings.push(finding.id);
      if (f.file) {
        const storageKey = newFileKey();
        const thumbnailKey = newFileKey();
        await writeFile(join(filesDir, storageKey), `${f.file} bytes ${++filesCounter}`);
        await writeFile(join(filesDir, thumbnailKey), `${f.file} thumbnail`);
        const file = await prisma.attachment.create({
          data: {
            findingId: finding.id,
            fileName: `${f.file}.png`,
            contentType: "image/png",
            size: 20,
            storageKey,
            thumbnailKey,
            uploadedById: f.authorId,
          },
          select: { id: true },
        });
        records.attachmentId ??= file.id;
      }
    }
    if (spec.roadmap) {
      const r = spec.roadmap;
      const roadmap = await prisma.roadmap.create({
        data: {
          missionId: m.id,
          title: r.title,
          vision: `${r.title}: vision`,
          horizonStart: 2027,
          horizonEnd: 2030,
          items: {
            create: r.items.map((title, i) => ({
              title,
              description: `${title}: description`,
              area: "LEG" as const,
              responsibleUnit: `${title}: unit`,
              position: i,
              startDate: day("2027-01-01"),
              endDate: day("2027-12-31"),
              costEstimate: "10000.00",
              currency: "USD",
            })),
          },
        },
        select: { id: true, items: { select: { id: true }, orderBy: { position: "asc" } } },
      });
      records.roadmapId = roadmap.id;
      records.itemIds = roadmap.items.map((i) => i.id);
      const validated = records.findings.VALIDATED;
      if (validated) {
        await prisma.roadmapItemFinding.create({ data: { itemId: records.itemIds[0]!, findingId: validated } });
      }
      const own = (r.alsoAnswersOwn ?? []).map((status) => records.findings[status]!);
      for (const findingId of [...(r.alsoAnswers ?? []), ...own]) {
        await prisma.roadmapItemFinding.create({ data: { itemId: records.itemIds.at(-1)!, findingId } });
      }
      const comment = await prisma.comment.create({
        data: { roadmapId: roadmap.id, itemId: records.itemIds[0]!, authorId: spec.commentById!, body: r.comment },
        select: { id: true },
      });
      records.commentId = comment.id;
      if (r.stage !== "DRAFT") {
        const snapshot = (await takeSnapshot(prisma, roadmap.id)) as unknown as Prisma.InputJsonValue;
        const submission = await prisma.roadmapRevision.create({
          data: { roadmapId: roadmap.id, number: 1, kind: "SUBMISSION", snapshot, createdById: users.coordinator.id },
          select: { id: true },
        });
        if (r.stage === "ENDORSED") {
          await prisma.roadmapRevision.create({
            data: { roadmapId: roadmap.id, number: 2, kind: "ENDORSEMENT", snapshot, createdById: users.staffB.id },
          });
          await prisma.reviewDecision.create({
            data: {
              roadmapId: roadmap.id,
              revisionId: submission.id,
              decision: "ENDORSE",
              comment: `${r.title}: endorsed`,
              decidedById: users.staffB.id,
            },
          });
        }
        await prisma.roadmap.update({
          where: { id: roadmap.id },
          data: r.stage === "ENDORSED" ? { status: "ENDORSED", baselineRevision: 2 } : { status: "IN_REVIEW" },
        });
      }
      for (const findingId of r.laterAnswers?.(records) ?? []) {
        await prisma.roadmapItemFinding.create({ data: { itemId: records.itemIds[0]!, findingId } });
      }
    }
    return records;
  };

  const A2 = await mission({
    code: "AVA-ZQA2MIS",
    title: "ZQA2MIS Avalon library mission",
    type: "ASSESSMENT_AND_PLAN",
    parliamentId: pA,
    programmeId: progA,
    phases: [
      {
        kind: "ASSESSMENT",
        start: "2026-12-14",
        end: "2026-12-18",
        location: "ZQA2MIS Avalon Library",
        team: [{ expertId: eA2, role: "LEAD" }],
      },
    ],
    findings: [
      {
        status: "VALIDATED",
        title: "ZQA2MIS Avalon library catalogue",
        area: "LIB",
        severity: "HIGH",
        authorId: users.expertA1.id,
      },
      {
        status: "DRAFT",
        title: "ZQA2MIS ZQDRAFT library draft",
        area: "LIB",
        severity: "LOW",
        authorId: users.expertA1.id,
      },
    ],
    roadmap: {
      title: "ZQA2MIS ZQDRAFT library roadmap",
      stage: "DRAFT",
      items: ["ZQA2MIS ZQDRAFT library item"],
      comment: "ZQA2MIS ZQDRAFT library comment",
    },
    commentById: users.coordinator.id,
  });

  const A1 = await mission({
    code: "AVA-A1",
    title: "Avalon ICT assessment",
    type: "ASSESSMENT_AND_PLAN",
    parliamentId: pA,
    programmeId: progA,
    phases: [
      {
        kind: "ASSESSMENT",
        start: "2026-12-07",
        end: "2026-12-11",
        location: "Avalon City",
        team: [
          { expertId: eA1, role: "LEAD" },
          { expertId: eShared, role: "MEMBER", overrideReason: "ZQPRIV only expert with the language" },
        ],
      },
      {
        kind: "STRATEGIC_PLAN",
        start: "2027-03-01",
        end: "2027-03-05",
        location: "Avalon City",
        team: [{ expertId: eA1, role: "LEAD" }],
      },
    ],
    findings: [
      {
        status: "VALIDATED",
        title: "Avalon bills exchanged by e-mail",
        area: "LEG",
        severity: "HIGH",
        authorId: users.sharedExpert.id,
        file: "avalon-evidence",
      },
      {
        status: "VALIDATED",
        title: "Avalon website outdated",
        area: "WEB",
        severity: "CRITICAL",
        authorId: users.expertA1.id,
      },
      {
        status: "DRAFT",
        title: "ZQDRAFT Avalon draft on backups",
        area: "SEC",
        severity: "CRITICAL",
        authorId: users.expertA1.id,
        file: "zqdraft-evidence",
      },
      {
        status: "SUBMITTED",
        title: "ZQDRAFT Avalon submitted on training",
        area: "INF",
        severity: "MEDIUM",
        authorId: users.sharedExpert.id,
      },
      {
        status: "REJECTED",
        title: "ZQDRAFT Avalon rejected",
        area: "LEG",
        severity: "LOW",
        authorId: users.expertA1.id,
      },
    ],
    roadmap: {
      title: "Avalon ICT strategic plan",
      stage: "IN_REVIEW",
      items: ["Avalon document management", "Avalon new website"],
      comment: "Avalon: is the budget realistic?",
      // A coordinator may link any finding of the parliament: the expert on A1 must not
      // see A2's through it, nor staff a finding still in review.
      alsoAnswers: [A2.findings.VALIDATED!],
      alsoAnswersOwn: ["SUBMITTED"],
      laterAnswers: (own) => [A2.allFindings[0]!, own.findings.REJECTED!],
    },
    commentById: users.staffA.id,
  });

  const AV = await mission({
    code: "AVA-VAL",
    title: "Avalon validation",
    type: "VALIDATION",
    parliamentId: pA,
    programmeId: progA,
    phases: [
      {
        kind: "VALIDATION",
        start: "2027-05-03",
        end: "2027-05-07",
        location: "Avalon City",
        team: [{ expertId: eA1, role: "LEAD" }],
      },
    ],
    findings: [
      {
        status: "VALIDATED",
        title: "Avalon validation: bills now in a document system",
        area: "LEG",
        severity: "MEDIUM",
        authorId: users.coordinator.id,
        revisits: A1.findings.VALIDATED!,
      },
      // Written by the coordinator on a finding of A2, on whose team the expert on AV is not.
      {
        status: "VALIDATED",
        title: "Avalon validation: library catalogue",
        area: "LIB",
        severity: "MEDIUM",
        authorId: users.coordinator.id,
        revisits: A2.findings.VALIDATED!,
      },
      {
        status: "DRAFT",
        title: "ZQDRAFT Avalon validation draft",
        area: "WEB",
        severity: "MEDIUM",
        authorId: users.expertA1.id,
        revisits: A1.findings.VALIDATED!,
      },
    ],
    roadmap: {
      title: "ZQDRAFT Avalon validation roadmap",
      stage: "DRAFT",
      items: ["ZQDRAFT Avalon validation item"],
      comment: "ZQDRAFT Avalon validation comment",
    },
    commentById: users.expertA1.id,
  });

  const B1 = await mission({
    code: "BOR-ZQBMIS",
    title: "ZQBMIS Borduria ICT assessment",
    type: "ASSESSMENT_AND_PLAN",
    parliamentId: pB,
    programmeId: progB,
    phases: [
      {
        kind: "ASSESSMENT",
        // Overlaps A1's assessment: the shared expert's clash, kept with a reason.
        start: "2026-12-10",
        end: "2026-12-16",
        location: "ZQBMIS Borduria City",
        team: [
          { expertId: eB, role: "LEAD" },
          { expertId: eShared, role: "MEMBER", overrideReason: "ZQPRIV ZQBMIS clash accepted" },
        ],
      },
      {
        kind: "STRATEGIC_PLAN",
        start: "2027-04-05",
        end: "2027-04-09",
        location: "ZQBMIS Borduria City",
        team: [{ expertId: eB, role: "LEAD" }],
      },
    ],
    findings: [
      {
        status: "VALIDATED",
        title: "ZQBMIS Borduria no disaster recovery",
        area: "SEC",
        severity: "CRITICAL",
        authorId: users.expertB.id,
        file: "zqbmis-evidence",
      },
      { status: "VALIDATED", title: "ZQBMIS Borduria web", area: "WEB", severity: "HIGH", authorId: users.expertB.id },
      {
        status: "SUBMITTED",
        title: "ZQBMIS Borduria submitted",
        area: "LEG",
        severity: "HIGH",
        authorId: users.sharedExpert.id,
      },
      { status: "DRAFT", title: "ZQBMIS Borduria draft", area: "LEG", severity: "HIGH", authorId: users.expertB.id },
    ],
    roadmap: {
      title: "ZQBMIS Borduria strategic plan",
      stage: "ENDORSED",
      items: ["ZQBMIS Borduria data centre", "ZQBMIS Borduria training"],
      comment: "ZQBMIS Borduria comment",
    },
    commentById: users.staffB.id,
  });

  // Parliaments C, D, E: enough others in the region for the benchmark's anonymised rows.
  for (const [i, parliamentId] of others.entries()) {
    await mission({
      code: `OTH-ZQBMIS-${i}`,
      title: `ZQBMIS other assessment ${i}`,
      type: "ASSESSMENT_AND_PLAN",
      parliamentId,
      programmeId: progA,
      phases: [
        {
          kind: "ASSESSMENT",
          start: "2026-10-05",
          end: "2026-10-09",
          location: `ZQBMIS other city ${i}`,
          team: [{ expertId: eB, role: "LEAD" }],
        },
      ],
      findings: (["LEG", "WEB", "SEC"] as const).map((area) => ({
        status: "VALIDATED" as const,
        title: `ZQBMIS other finding ${i} ${area}`,
        area,
        severity: "HIGH" as const,
        authorId: users.expertB.id,
        grade: i + 1,
      })),
    });
  }

  const missionIds = (m: MissionRecords) =>
    [m.missionId, ...m.phaseIds, ...m.allFindings, m.roadmapId, ...m.itemIds, m.commentId, m.attachmentId].filter(
      (id): id is string => !!id,
    );
  const otherMissionIds = (
    await prisma.mission.findMany({ where: { parliamentId: { in: others } }, select: { id: true } })
  ).map((m) => m.id);

  return {
    users,
    parliaments: { A: pA, B: pB, others },
    programmes: { A: progA, B: progB },
    experts: { A1: eA1, A2: eA2, B: eB, shared: eShared },
    A1,
    A2,
    AV,
    B1,
    forbiddenIds: {
      staffA: [
        pB,
        ...others,
        progB,
        eB,
        users.staffB.id,
        users.expertB.id,
        ...missionIds(B1),
        ...otherMissionIds,
        A1.findings.DRAFT!,
        A1.findings.SUBMITTED!,
        A1.findings.REJECTED!,
        A2.findings.DRAFT!,
        AV.findings.DRAFT!,
        A2.roadmapId!,
        ...A2.itemIds,
        A2.commentId!,
        AV.roadmapId!,
        ...AV.itemIds,
        AV.commentId!,
      ],
      expertA1: [...missionIds(A2), ...missionIds(B1), ...otherMissionIds],
      coordinator: [],
      admin: [],
    },
  };
}

/** The markers and forbidden ids found in a text (case-insensitive for the markers). */
export function leaksIn(text: string, persona: ScopePersona, world: World): string[] {
  const upper = text.toUpperCase();
  return [
    ...FORBIDDEN_MARKERS[persona].filter((m) => upper.includes(m)),
    ...world.forbiddenIds[persona].filter((id) => text.includes(id)).map((id) => `id ${id}`),
  ];
}

/** An answer as text: JSON, with dates as ISO strings and anything else as its string. */
export function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
}
