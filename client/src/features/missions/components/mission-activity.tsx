// The mission's activity feed: each event of the audit log that the viewer may see, as a
// sentence with who acted and when ("Chanda Mwale validated the finding “No backup
// site”"), newest first, with Load more.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format.ts";
import { PagedList } from "../../../components/list/paged-list.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { useMissionActivity, type ActivityItem } from "../api/mission-activity.ts";

/** The sentences the catalogue words (activity.action.*); any other action reads as a change. */
const WORDED = new Set([
  "mission.create",
  "mission.update",
  "mission.status",
  "phase.create",
  "phase.update",
  "phase.assignExpert",
  "phase.unassignExpert",
  "phase.setLead",
  "phase.copyTeam",
  "finding.create",
  "finding.update",
  "finding.setStatus",
  "roadmap.create",
  "roadmap.update",
  "roadmap.submitForReview",
  "roadmap.review",
  "roadmap.reopen",
]);

/** The status a change led to, in the words of its own kind of record. */
function statusWord(t: TFunction, item: ActivityItem): string {
  const namespace = STATUS_WORDS[item.entityType];
  return item.status && namespace ? t(`${namespace}.${item.status}` as "phaseStatus.PLANNED", item.status) : "";
}

const STATUS_WORDS: Record<string, "missionStatus" | "phaseStatus" | "findingStatus" | "roadmapStatus"> = {
  mission: "missionStatus",
  phase: "phaseStatus",
  finding: "findingStatus",
  roadmap: "roadmapStatus",
};

export function ActivitySentence({ item }: { item: ActivityItem }) {
  const { t } = useTranslation();
  const values = {
    actor: item.actorName ?? t("activity.system"),
    phase: item.phaseKind ? t(`phaseKind.${item.phaseKind}` as "phaseKind.ASSESSMENT") : "",
    expert: item.expertName ?? t("activity.anExpert"),
    finding: item.findingTitle ?? t("activity.aFinding"),
    status: statusWord(t, item),
    count: item.fields.length,
    // A phase since deleted has no kind to name: "added a phase" rather than "the … phase".
    context: item.action.startsWith("phase.") && !item.phaseKind ? "unknownPhase" : undefined,
  };
  const key = WORDED.has(item.action) ? item.action.replace(".", "_") : "other";
  return <>{t(`activity.action.${key}` as "activity.action.other", values)}</>;
}

export function MissionActivity({ missionId }: { missionId: string }) {
  const { t } = useTranslation();
  const list = useMissionActivity(missionId);
  return (
    <PagedList list={list} showCount={false} empty={<EmptyState title={t("activity.empty")} />}>
      {(items) => (
        <ol className="divide-y divide-zinc-100" aria-label={t("activity.title")}>
          {items.map((item) => (
            <li key={item.id} className="flex flex-col gap-0.5 py-2.5 sm:flex-row sm:items-baseline sm:gap-4">
              <time dateTime={new Date(item.at).toISOString()} className="shrink-0 text-xs text-zinc-500 sm:w-36">
                {formatDateTime(item.at)}
              </time>
              <p className="text-sm text-zinc-800">
                <ActivitySentence item={item} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </PagedList>
  );
}
