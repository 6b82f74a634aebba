// The demo's terms of reference: the Montenegro mission exists to write them, so its
// coordinator has drafted them from the mission's validated findings, as the app does
// (services/terms-of-reference-draft.ts), in English. The mission page's list, the editor,
// the versions and the files have something to show, and Montenegro's staff read them.
import { translator } from "../lib/translate.ts";
import type { Tx } from "../db/types.ts";
import { recordAudit } from "../services/audit.ts";
import { draftTermsOfReference } from "../services/terms-of-reference-draft.ts";

const MISSION_CODE = "MNE-TOR-2026";

/** Drafts the Montenegro mission's terms of reference, version 1; returns how many were made (0 or 1). */
export async function seedDemoTermsOfReference(tx: Tx, coordinatorEmail: string): Promise<number> {
  const [mission, author] = await Promise.all([
    tx.mission.findUnique({
      where: { code: MISSION_CODE },
      select: {
        id: true,
        code: true,
        title: true,
        objectives: true,
        parliament: { select: { name: true, countryCode: true } },
        roadmap: { select: { title: true, vision: true, horizonStart: true, horizonEnd: true } },
      },
    }),
    tx.user.findUnique({ where: { email: coordinatorEmail }, select: { id: true, role: true } }),
  ]);
  if (!mission || !author) return 0;
  const findings = await tx.finding.findMany({
    where: { status: "VALIDATED", phase: { missionId: mission.id } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, area: true, subArea: true, description: true, recommendation: true },
  });
  if (findings.length === 0) return 0;
  const tr = translator("en");
  const { parliament, roadmap, ...rest } = mission;
  const sections = draftTermsOfReference({ parliament, mission: rest, roadmap, findings, items: [] }, tr);
  const title = tr.t("torDocument.defaultTitle", { mission: "legislative information system" });
  const tor = await tx.termsOfReference.create({
    data: {
      missionId: mission.id,
      title,
      versions: {
        create: {
          number: 1,
          language: "en",
          ...sections,
          findingIds: findings.map((f) => f.id),
          roadmapItemIds: [],
          authorId: author.id,
        },
      },
    },
    select: { id: true },
  });
  await recordAudit(tx, author, {
    action: "termsOfReference.create",
    entityType: "termsOfReference",
    entityId: tor.id,
    after: { missionId: mission.id, title, language: "en", findingIds: findings.map((f) => f.id), roadmapItemIds: [] },
  });
  return 1;
}
