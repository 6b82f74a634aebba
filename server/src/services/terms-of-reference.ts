// Terms of reference for a procurement (docs/documents.md, "Terms of reference"): drafted
// from a mission's validated findings and roadmap items in a chosen language
// (terms-of-reference-draft.ts), then edited in the app. Every save stores a new numbered
// version and names the one it was edited from; a save from an older version than the
// latest is refused with the latest text, never written over it. They are read within the
// mission's reach (the parliament's own staff read them too) and drafted and edited by
// managers and the mission's experts (the shared policy's mayDraftTermsOfReference).
import { mayDraftTermsOfReference, type Actor } from "@hemicycle/shared/policy";
import { message } from "@hemicycle/shared/messages";
import {
  MAX_TOR_SECTION_LENGTH,
  TOR_SECTIONS,
  type TCompareTorInput,
  type TCreateTorInput,
  type TorSections,
  type TSaveTorInput,
  type TTorVersionInput,
} from "@hemicycle/shared/schemas/terms-of-reference";
import type { Prisma } from "../db/generated/client.ts";
import type { Db, DbOrTx, Tx } from "../db/types.ts";
import { missionScope, scoped } from "../access/scopes.ts";
import { findVisibleMission } from "../access/visible.ts";
import { translator } from "../lib/translate.ts";
import { isLanguage, DEFAULT_LANGUAGE, type Language } from "@hemicycle/shared/languages";
import { AppError, fail, fieldError, notFound } from "../lib/errors.ts";
import { recordAudit } from "./audit.ts";
import { draftTermsOfReference, type TorSources } from "./terms-of-reference-draft.ts";
import { updateVersioned } from "./versioned-update.ts";

/** A mission holds at most this many terms of reference in one answer, newest first. */
const MAX_LISTED = 200;

const author = { select: { id: true, name: true } } as const;

const sectionSelect = Object.fromEntries(TOR_SECTIONS.map((s) => [s, true])) as Record<keyof TorSections, true>;

/** One saved text, whole. */
const versionSelect = {
  number: true,
  language: true,
  ...sectionSelect,
  findingIds: true,
  roadmapItemIds: true,
  author,
  createdAt: true,
} satisfies Prisma.TermsOfReferenceVersionSelect;

export type TorVersion = Prisma.TermsOfReferenceVersionGetPayload<{ select: typeof versionSelect }> & {
  language: Language;
};

/** A version in the history: who saved it, when, in which language. */
const versionSummarySelect = {
  number: true,
  language: true,
  author,
  createdAt: true,
} satisfies Prisma.TermsOfReferenceVersionSelect;

const listSelect = {
  id: true,
  title: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  versions: { orderBy: { number: "desc" }, take: 1, select: versionSummarySelect },
} satisfies Prisma.TermsOfReferenceSelect;

const torSelect = {
  id: true,
  missionId: true,
  title: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  mission: { select: { code: true, title: true, parliament: { select: { id: true, name: true } } } },
} satisfies Prisma.TermsOfReferenceSelect;

const asLanguage = (value: string): Language => (isLanguage(value) ? value : DEFAULT_LANGUAGE);
const withLanguage = <V extends { language: string }>(v: V): V & { language: Language } => ({
  ...v,
  language: asLanguage(v.language),
});

/** The actor is on the team of one of the mission's phases. */
async function isOnMission(db: DbOrTx, actor: Actor, missionId: string): Promise<boolean> {
  if (!actor.expertId) return false;
  const phase = await db.phase.findFirst({
    where: { missionId, team: { some: { expertId: actor.expertId } } },
    select: { id: true },
  });
  return phase !== null;
}

const torWhere = (actor: Actor, id: string) =>
  scoped<Prisma.TermsOfReferenceWhereInput>({ mission: missionScope(actor) }, { id });

/** Terms of reference within the actor's reach, with whether they may edit them; null otherwise. */
async function findVisibleTor(db: DbOrTx, actor: Actor, id: string) {
  const tor = await db.termsOfReference.findFirst({
    where: torWhere(actor, id),
    select: { id: true, missionId: true },
  });
  if (!tor) return null;
  const mayEdit = mayDraftTermsOfReference(actor, { onMission: await isOnMission(db, actor, tor.missionId) });
  return { ...tor, mayEdit };
}

/** A mission's terms of reference (the router checked the mission is within reach), newest first. */
export async function listTermsOfReference(db: DbOrTx, actor: Actor, missionId: string) {
  const [rows, onMission] = await Promise.all([
    db.termsOfReference.findMany({
      where: { missionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_LISTED,
      select: listSelect,
    }),
    isOnMission(db, actor, missionId),
  ]);
  return {
    items: rows.map(({ versions, ...tor }) => ({ ...tor, latest: versions[0] ? withLanguage(versions[0]) : null })),
    /** Whether the caller may draft new ones for this mission. */
    mayDraft: mayDraftTermsOfReference(actor, { onMission }),
  };
}

async function latestVersion(db: DbOrTx, termsOfReferenceId: string): Promise<TorVersion> {
  const version = await db.termsOfReferenceVersion.findFirstOrThrow({
    where: { termsOfReferenceId },
    orderBy: { number: "desc" },
    select: versionSelect,
  });
  return withLanguage(version);
}

/** Terms of reference with their latest text, the list of versions (latest first) and what the caller may do. */
export async function getTermsOfReference(db: DbOrTx, actor: Actor, id: string) {
  const visible = await findVisibleTor(db, actor, id);
  if (!visible) throw notFound("termsOfReference");
  const [tor, latest, versions] = await Promise.all([
    db.termsOfReference.findUniqueOrThrow({ where: { id }, select: torSelect }),
    latestVersion(db, id),
    db.termsOfReferenceVersion.findMany({
      where: { termsOfReferenceId: id },
      orderBy: { number: "desc" },
      select: versionSummarySelect,
    }),
  ]);
  return { ...tor, latest, versions: versions.map(withLanguage), viewer: { mayEdit: visible.mayEdit } };
}
export type TermsOfReferenceDetail = Awaited<ReturnType<typeof getTermsOfReference>>;

/** One saved version, whole; NOT_FOUND when the terms of reference are out of reach or have no such version. */
export async function getTermsOfReferenceVersion(db: DbOrTx, actor: Actor, input: TTorVersionInput) {
  if (!(await findVisibleTor(db, actor, input.id))) throw notFound("termsOfReference");
  const version = await db.termsOfReferenceVersion.findUnique({
    where: { termsOfReferenceId_number: { termsOfReferenceId: input.id, number: input.number } },
    select: versionSelect,
  });
  if (!version) throw notFound("revision");
  return withLanguage(version);
}

/** Two versions side by side, with the sections whose text differs. */
export async function compareTermsOfReference(db: DbOrTx, actor: Actor, input: TCompareTorInput) {
  const [from, to] = await Promise.all([
    getTermsOfReferenceVersion(db, actor, { id: input.id, number: input.from }),
    getTermsOfReferenceVersion(db, actor, { id: input.id, number: input.to }),
  ]);
  return { from, to, changed: TOR_SECTIONS.filter((s) => from[s] !== to[s]) };
}

function assertMayEdit(mayEdit: boolean) {
  if (!mayEdit) throw fail("FORBIDDEN", "forbidden");
}

/** The draft dialog lists at most this many findings, and as many roadmap items. */
const MAX_SOURCES_LISTED = 500;

/**
 * What a draft may be written from (the router checked the mission is within reach): the
 * mission's validated findings and its roadmap's items, for those who may draft.
 */
export async function listTermsOfReferenceSources(db: DbOrTx, actor: Actor, missionId: string) {
  assertMayEdit(mayDraftTermsOfReference(actor, { onMission: await isOnMission(db, actor, missionId) }));
  const [findings, items] = await Promise.all([
    db.finding.findMany({
      where: { status: "VALIDATED", phase: { missionId } },
      orderBy: [{ area: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: MAX_SOURCES_LISTED,
      select: { id: true, title: true, area: true, severity: true, kind: true, recommendation: true },
    }),
    db.roadmapItem.findMany({
      where: { roadmap: { missionId } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take: MAX_SOURCES_LISTED,
      select: {
        id: true,
        title: true,
        area: true,
        strategicObjective: true,
        term: true,
        startDate: true,
        endDate: true,
      },
    }),
  ]);
  return { findings, items };
}

/** Ids once each, in the order chosen. */
const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The findings and items a draft is written from: each must be the mission's (findings validated), or the field says so. */
async function readSources(tx: Tx, missionId: string, input: TCreateTorInput): Promise<TorSources> {
  const findingIds = unique(input.findingIds);
  const itemIds = unique(input.roadmapItemIds);
  const [mission, findings, items] = await Promise.all([
    tx.mission.findUniqueOrThrow({
      where: { id: missionId },
      select: {
        code: true,
        title: true,
        objectives: true,
        parliament: { select: { name: true, countryCode: true } },
        roadmap: { select: { title: true, vision: true, horizonStart: true, horizonEnd: true } },
      },
    }),
    tx.finding.findMany({
      where: { id: { in: findingIds }, status: "VALIDATED", phase: { missionId } },
      select: { id: true, title: true, area: true, subArea: true, description: true, recommendation: true },
    }),
    tx.roadmapItem.findMany({
      where: { id: { in: itemIds }, roadmap: { missionId } },
      select: {
        id: true,
        title: true,
        description: true,
        area: true,
        strategicObjective: true,
        term: true,
        startDate: true,
        endDate: true,
        kpi: true,
      },
    }),
  ]);
  if (findings.length !== findingIds.length) throw fieldError("findingIds", "invalidChoice");
  if (items.length !== itemIds.length) throw fieldError("roadmapItemIds", "invalidChoice");
  // In the order the caller chose them (the draft sorts findings by area itself).
  const inOrder = <R extends { id: string }>(rows: R[], ids: string[]) =>
    ids.map((id) => rows.find((r) => r.id === id)!);
  const { parliament, roadmap, ...rest } = mission;
  return {
    parliament,
    mission: rest,
    roadmap,
    findings: inOrder(findings, findingIds),
    items: inOrder(items, itemIds),
  };
}

/**
 * A new draft, version 1, generated from the chosen findings and roadmap items in the
 * chosen language. A section that would outgrow what a save accepts is refused here rather
 * than stored as a text nobody could save again.
 */
export async function createTermsOfReference(db: Db, actor: Actor, input: TCreateTorInput) {
  const id = await db.$transaction(async (tx) => {
    const mission = await findVisibleMission(tx, actor, input.missionId);
    if (!mission) throw notFound("mission");
    assertMayEdit(mayDraftTermsOfReference(actor, { onMission: await isOnMission(tx, actor, mission.id) }));
    const sources = await readSources(tx, mission.id, input);
    const sections = draftTermsOfReference(sources, translator(input.language));
    const tooLong = TOR_SECTIONS.find((s) => sections[s].length > MAX_TOR_SECTION_LENGTH);
    if (tooLong) {
      throw AppError.of(
        "VALIDATION",
        message("torDraftTooLong", { section: tooLong, maximum: MAX_TOR_SECTION_LENGTH }),
        {
          fieldErrors: {
            findingIds: [message("torDraftTooLong", { section: tooLong, maximum: MAX_TOR_SECTION_LENGTH })],
          },
        },
      );
    }
    const findingIds = sources.findings.map((f) => f.id);
    const roadmapItemIds = sources.items.map((i) => i.id);
    const tor = await tx.termsOfReference.create({
      data: {
        missionId: mission.id,
        title: input.title,
        version: 1,
        versions: {
          create: {
            number: 1,
            language: input.language,
            ...sections,
            findingIds,
            roadmapItemIds,
            authorId: actor.id,
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "termsOfReference.create",
      entityType: "termsOfReference",
      entityId: tor.id,
      after: { missionId: mission.id, title: input.title, language: input.language, findingIds, roadmapItemIds },
    });
    return tor.id;
  });
  return getTermsOfReference(db, actor, id);
}

/**
 * Saves an edit as a new version. `version` is the number of the version the text was
 * edited from: if another was saved since, CONFLICT (STALE_VERSION) with the latest
 * version, whole, in the details, so that the editor can show it next to the caller's.
 * The row is locked before the version is compared, so two saves from one version cannot
 * both pass on PostgreSQL.
 */
export async function saveTermsOfReference(db: Db, actor: Actor, input: TSaveTorInput) {
  await db.$transaction(async (tx) => {
    const visible = await findVisibleTor(tx, actor, input.id);
    if (!visible) throw notFound("termsOfReference");
    assertMayEdit(visible.mayEdit);
    await tx.$queryRaw`SELECT id FROM terms_of_reference WHERE id = ${input.id} FOR UPDATE`;
    const read = async () => {
      const row = await tx.termsOfReference.findFirst({
        where: torWhere(actor, input.id),
        select: {
          id: true,
          title: true,
          version: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { ...sectionSelect, language: true } },
        },
      });
      if (!row) return null;
      const { versions, ...tor } = row;
      return { ...tor, ...versions[0]! };
    };
    const next = input.version + 1;
    await updateVersioned(tx, actor, {
      entity: "termsOfReference",
      id: input.id,
      version: input.version,
      read,
      current: async () => ({
        title: (await tx.termsOfReference.findUniqueOrThrow({ where: { id: input.id }, select: { title: true } }))
          .title,
        ...(await latestVersion(tx, input.id)),
      }),
      write: async (where) => {
        const { count } = await tx.termsOfReference.updateMany({
          where,
          data: { title: input.title, version: { increment: 1 } },
        });
        if (count === 0) return { count };
        const latest = await latestVersion(tx, input.id);
        await tx.termsOfReferenceVersion.create({
          data: {
            termsOfReferenceId: input.id,
            number: next,
            language: latest.language,
            ...Object.fromEntries(TOR_SECTIONS.map((s) => [s, input[s]])),
            findingIds: latest.findingIds,
            roadmapItemIds: latest.roadmapItemIds,
            authorId: actor.id,
          } as Prisma.TermsOfReferenceVersionUncheckedCreateInput,
        });
        return { count };
      },
      audit: { action: "termsOfReference.save", entityType: "termsOfReference", note: () => ({ number: next }) },
    });
  });
  return getTermsOfReference(db, actor, input.id);
}
