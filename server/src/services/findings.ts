// Findings logged by experts in the field, and the small workflow that takes them from
// draft to validated. Who may do what follows DESIGN.md: experts create and edit on the
// phases they are on, the phase's lead expert validates, staff read validated ones.
import type { SessionUser } from "../context.ts";
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { AppError, fieldError, notFound, staleVersion } from "../lib/errors.ts";
import { paginate } from "../lib/pagination.ts";
import { searchWhere } from "../lib/search.ts";
import { toAppError } from "../lib/prisma-errors.ts";
import { isSubAreaOf } from "@hemicycle/shared/ict-areas";
import type { FindingStatus, IctArea } from "@hemicycle/shared/enums";
import type {
  TCreateFindingInput,
  TFindingListInput,
  TSetFindingStatusInput,
  TUpdateFindingInput,
} from "@hemicycle/shared/schemas/findings";
import { findingScope, findVisiblePhase, isManager, type VisiblePhase } from "./access.ts";
import { recordAudit } from "./audit.ts";

type Tx = Prisma.TransactionClient;

/** The fields a finding's author writes, and its status: what the audit log records of it. */
const findingAuditSelect = {
  id: true,
  phaseId: true,
  area: true,
  subArea: true,
  kind: true,
  severity: true,
  grade: true,
  title: true,
  description: true,
  evidence: true,
  recommendation: true,
  status: true,
  version: true,
} satisfies Prisma.FindingSelect;

export const findingListSelect = {
  id: true,
  phaseId: true,
  area: true,
  subArea: true,
  kind: true,
  severity: true,
  grade: true,
  title: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  phase: {
    select: {
      id: true,
      kind: true,
      mission: { select: { id: true, code: true, title: true, parliament: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.FindingSelect;

export const findingDetailSelect = {
  ...findingListSelect,
  description: true,
  evidence: true,
  recommendation: true,
  clientId: true,
  validatedAt: true,
  validatedBy: { select: { id: true, name: true } },
} satisfies Prisma.FindingSelect;

export async function listFindings(db: PrismaClient, user: SessionUser, input: TFindingListInput) {
  const where: Prisma.FindingWhereInput = {
    AND: [
      findingScope(user),
      input.phaseId ? { phaseId: input.phaseId } : {},
      input.missionId ? { phase: { missionId: input.missionId } } : {},
      input.parliamentId ? { phase: { mission: { parliamentId: input.parliamentId } } } : {},
      input.area ? { area: input.area } : {},
      input.severity ? { severity: input.severity } : {},
      input.status ? { status: input.status } : {},
      searchWhere(input.search, (term) => [{ title: term }, { description: term }]),
    ],
  };
  return paginate(input, (args) =>
    db.finding.findMany({
      ...args,
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: findingListSelect,
    }),
  );
}

/**
 * A finding the caller may see, with the caller's role on its phase's team
 * (`myTeamRole`: LEAD, MEMBER or null), which decides the workflow actions they have.
 */
export async function getFinding(db: PrismaClient | Tx, user: SessionUser, id: string) {
  const finding = await db.finding.findFirst({
    where: { AND: [{ id }, findingScope(user)] },
    select: findingDetailSelect,
  });
  if (!finding) throw notFound("Finding");
  const assignment = user.expertId
    ? await db.assignment.findUnique({
        where: { phaseId_expertId: { phaseId: finding.phaseId, expertId: user.expertId } },
        select: { role: true },
      })
    : null;
  return { ...finding, myTeamRole: assignment?.role ?? null };
}

function assertSubArea(area: IctArea, subArea: string | null | undefined) {
  if (subArea && !isSubAreaOf(area, subArea)) throw fieldError("subArea", "Choose a sub-area of the selected ICT area");
}

/** Managers always; experts only on a phase whose team they are on. */
function assertMayWriteOnPhase(user: SessionUser, phase: VisiblePhase) {
  if (isManager(user)) return;
  if (user.role === "EXPERT" && phase.teamRole) return;
  throw new AppError("FORBIDDEN", "Only the experts on this phase's team can log findings on it.");
}

export async function createFinding(db: PrismaClient, user: SessionUser, input: TCreateFindingInput) {
  if (user.role === "PARLIAMENT_STAFF") throw new AppError("FORBIDDEN", "Parliament staff cannot log findings.");
  try {
    return await insertFinding(db, user, input);
  } catch (error) {
    // The same draft resent while the first request was still in flight: both found no
    // finding with this clientId, the unique (author, clientId) index let one through.
    if (input.clientId && toAppError(error)?.reason === "DUPLICATE") {
      const first = await findResentDraft(db, user, input.clientId, input.phaseId);
      if (first) return first;
    }
    throw error;
  }
}

/**
 * The finding this author already stored with this clientId, if any. It must be on the
 * same phase and still visible to them: a clientId reused elsewhere is refused rather
 * than answered with a finding the request did not ask for.
 */
async function findResentDraft(db: PrismaClient | Tx, user: SessionUser, clientId: string, phaseId: string) {
  const first = await db.finding.findFirst({
    where: { authorId: user.id, clientId },
    select: { id: true, phaseId: true },
  });
  if (!first) return null;
  if (first.phaseId !== phaseId) {
    throw new AppError("DUPLICATE", "This draft was already saved on another phase.", {
      fieldErrors: { clientId: ["Already used for another finding"] },
    });
  }
  return getFinding(db, user, first.id);
}

function insertFinding(db: PrismaClient, user: SessionUser, input: TCreateFindingInput) {
  return db.$transaction(async (tx) => {
    const phase = await findVisiblePhase(tx, user, input.phaseId);
    if (!phase) throw notFound("Phase");
    assertMayWriteOnPhase(user, phase);
    if (phase.status === "CANCELLED")
      throw new AppError("INVALID_TRANSITION", "This phase is cancelled: no findings can be logged on it.");
    if (input.clientId) {
      // A draft resent after a lost connection: answer with the finding stored the first time.
      const first = await findResentDraft(tx, user, input.clientId, input.phaseId);
      if (first) return first;
    }
    assertSubArea(input.area, input.subArea);
    const created = await tx.finding.create({
      data: {
        phaseId: input.phaseId,
        area: input.area,
        subArea: input.subArea,
        kind: input.kind,
        severity: input.severity,
        grade: input.grade ?? null,
        title: input.title,
        description: input.description,
        evidence: input.evidence,
        recommendation: input.recommendation,
        clientId: input.clientId ?? null,
        authorId: user.id,
      },
      select: { id: true },
    });
    const after = await tx.finding.findUniqueOrThrow({ where: { id: created.id }, select: findingAuditSelect });
    await recordAudit(tx, user, { action: "finding.create", entityType: "finding", entityId: created.id, after });
    return getFinding(tx, user, created.id);
  });
}

/** Loads a finding the caller may see, with what the write rules need. */
async function loadForWrite(tx: Tx, user: SessionUser, id: string) {
  const finding = await tx.finding.findFirst({
    where: { AND: [{ id }, findingScope(user)] },
    select: { ...findingAuditSelect, authorId: true },
  });
  if (!finding) throw notFound("Finding");
  const phase = await findVisiblePhase(tx, user, finding.phaseId);
  if (!phase) throw notFound("Finding");
  return { finding, phase };
}

export async function updateFinding(db: PrismaClient, user: SessionUser, input: TUpdateFindingInput) {
  if (user.role === "PARLIAMENT_STAFF") throw new AppError("FORBIDDEN", "Parliament staff cannot edit findings.");
  return db.$transaction(async (tx) => {
    const { finding: before, phase } = await loadForWrite(tx, user, input.id);
    assertMayWriteOnPhase(user, phase);
    if (before.version !== input.version) throw staleVersion("finding", await getFinding(tx, user, input.id));
    if (before.status === "VALIDATED" && !isManager(user)) {
      throw new AppError("FORBIDDEN", "A validated finding is locked. Ask the lead expert to reopen it first.");
    }
    const { id, version, ...changes } = input;
    if (changes.area && changes.subArea === undefined && before.subArea && !isSubAreaOf(changes.area, before.subArea)) {
      changes.subArea = null; // the old sub-area belongs to the old area
    }
    assertSubArea(changes.area ?? before.area, changes.subArea === undefined ? before.subArea : changes.subArea);
    const updated = await tx.finding.updateMany({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleVersion("finding", await getFinding(tx, user, id));
    const after = await tx.finding.findUniqueOrThrow({ where: { id }, select: findingAuditSelect });
    const { authorId: _authorId, ...beforeRow } = before;
    await recordAudit(tx, user, {
      action: "finding.update",
      entityType: "finding",
      entityId: id,
      before: beforeRow,
      after,
    });
    return getFinding(tx, user, id);
  });
}

type Transition = { from: FindingStatus; to: FindingStatus; who: "team" | "lead" };

/** The workflow: team members submit and withdraw; the phase's lead (or a manager) validates, rejects, reopens. */
const TRANSITIONS: Transition[] = [
  { from: "DRAFT", to: "SUBMITTED", who: "team" },
  { from: "SUBMITTED", to: "DRAFT", who: "team" },
  { from: "REJECTED", to: "DRAFT", who: "team" },
  { from: "SUBMITTED", to: "VALIDATED", who: "lead" },
  { from: "SUBMITTED", to: "REJECTED", who: "lead" },
  { from: "VALIDATED", to: "SUBMITTED", who: "lead" },
];

export async function setFindingStatus(db: PrismaClient, user: SessionUser, input: TSetFindingStatusInput) {
  if (user.role === "PARLIAMENT_STAFF")
    throw new AppError("FORBIDDEN", "Parliament staff cannot change a finding's status.");
  return db.$transaction(async (tx) => {
    const { finding: before, phase } = await loadForWrite(tx, user, input.id);
    assertMayWriteOnPhase(user, phase);
    if (before.version !== input.version) throw staleVersion("finding", await getFinding(tx, user, input.id));
    const transition = TRANSITIONS.find((t) => t.from === before.status && t.to === input.status);
    if (!transition) {
      throw new AppError(
        "INVALID_TRANSITION",
        `A ${before.status.toLowerCase()} finding cannot become ${input.status.toLowerCase()}.`,
        {
          fieldErrors: { status: ["Not allowed from the current status"] },
        },
      );
    }
    if (transition.who === "lead" && !isManager(user) && phase.teamRole !== "LEAD") {
      throw new AppError(
        "FORBIDDEN",
        "Only the phase's lead expert or a coordinator can validate, reject or reopen a finding.",
      );
    }
    const validated = input.status === "VALIDATED";
    const updated = await tx.finding.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        status: input.status,
        validatedById: validated ? user.id : null,
        validatedAt: validated ? new Date() : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw staleVersion("finding", await getFinding(tx, user, input.id));
    await recordAudit(tx, user, {
      action: "finding.setStatus",
      entityType: "finding",
      entityId: input.id,
      before: { status: before.status, version: before.version },
      after: { status: input.status, version: before.version + 1 },
    });
    return getFinding(tx, user, input.id);
  });
}
