// The roadmap editor: the roadmap's header (title, mission, horizon, status, live state),
// the moves the user may make on it, and its views (table, timeline, coverage, history,
// comments) bound to the address. Items open in one dialog whatever view they were
// opened from; saves in any view go through useSaveItem and share the conflict view.
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../../../lib/session.ts";
import { useDialogState } from "../../../../lib/use-dialog-state.ts";
import { cn } from "../../../../lib/cn.ts";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { PageHeader } from "../../../../components/ui/page-header.tsx";
import type { Roadmap } from "../../api/types.ts";
import { roadmapAbilities, viewModeOf, type RoadmapAbilities } from "../../lib/abilities.ts";
import { useRoadmapLive } from "../../hooks/use-roadmap-live.ts";
import { ROADMAP_VIEWS, useRoadmapView, type RoadmapView } from "../../hooks/use-roadmap-view.ts";
import type { RoadmapGrouping } from "../../lib/grouping.ts";
import { GroupingSelect } from "../page/grouping-select.tsx";
import { RoadmapBreadcrumb } from "../page/roadmap-breadcrumb.tsx";
import { isPlanView, RoadmapPlan } from "../page/roadmap-plan.tsx";
import { RevisionHistory } from "../review/revision-history.tsx";
import { CommentThreads } from "../review/comment-threads.tsx";
import { RoadmapStatusBadge } from "../review/review-badges.tsx";
import { ConflictViewProvider } from "./conflict-view.tsx";
import { CoverageView } from "./coverage-view.tsx";
import { ItemDialog } from "./item-dialog.tsx";
import { LinkFindingsDialog } from "./link-findings-dialog.tsx";
import { LiveStatus } from "./live-status.tsx";
import { ProposalsDialog } from "./proposals-dialog.tsx";
import { RoadmapDetailsDialog } from "./roadmap-details-dialog.tsx";
import { SubmitRoadmapButton } from "./submit-roadmap.tsx";

export function RoadmapEditor({ roadmap }: { roadmap: Roadmap }) {
  return (
    <ConflictViewProvider>
      <EditorPage roadmap={roadmap} />
    </ConflictViewProvider>
  );
}

function EditorPage({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const me = useMe();
  const abilities = roadmapAbilities(me, roadmap);
  const mode = viewModeOf(abilities);
  const live = useRoadmapLive(roadmap);
  const { view, groupBy, setGroupBy, hrefOf } = useRoadmapView(ROADMAP_VIEWS);
  const item = useDialogState<{ itemId: string | null }>();
  const linking = useDialogState<{ itemId: string }>();
  const details = useDialogState();
  const proposals = useDialogState();

  const openItem = (itemId: string) => item.open({ itemId });
  const linkFindings = (itemId: string) => linking.open({ itemId });
  const linkingItem = linking.payload ? roadmap.items.find((i) => i.id === linking.payload!.itemId) : undefined;

  return (
    <>
      <PageHeader
        eyebrow={
          <RoadmapBreadcrumb
            mission={{ id: roadmap.missionId, code: roadmap.mission.code }}
            linkMission
            page={t("roadmap.title")}
          />
        }
        title={roadmap.title}
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <RoadmapStatusBadge status={roadmap.status} />
            <span>{roadmap.mission.parliamentName}</span>
            <span aria-hidden="true">·</span>
            <span>
              {t("roadmap.horizonLabel")}{" "}
              {t("roadmap.horizon", { start: roadmap.horizonStart, end: roadmap.horizonEnd })}
            </span>
            <span aria-hidden="true">·</span>
            <span>{t("roadmap.items", { count: roadmap.items.length })}</span>
            <LiveStatus live={live} />
          </span>
        }
        actions={
          <>
            {abilities.edit ? <Button onClick={() => details.open()}>{t("roadmap.actions.editDetails")}</Button> : null}
            {abilities.submit ? <SubmitRoadmapButton roadmap={roadmap} /> : null}
          </>
        }
      />

      <div className="flex flex-col gap-4">
        <StatusNote roadmap={roadmap} abilities={abilities} />
        <Vision roadmap={roadmap} />

        <div className="flex flex-wrap items-end justify-between gap-3 border-b border-zinc-200">
          <nav aria-label={t("roadmap.view.label")} className="-mb-px flex max-w-full overflow-x-auto">
            {ROADMAP_VIEWS.map((v) => (
              <Link
                key={v}
                to={hrefOf(v)}
                aria-current={v === view ? "page" : undefined}
                className={cn(
                  "border-b-2 px-1.5 py-2 text-sm font-medium whitespace-nowrap sm:px-3",
                  v === view
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900",
                )}
              >
                {t(`roadmap.view.${v}`)}
              </Link>
            ))}
          </nav>
          <div className="flex flex-wrap items-end gap-2 pb-2">
            {isPlanView(view) ? <GroupingSelect value={groupBy} onChange={setGroupBy} /> : null}
            {abilities.edit ? (
              <>
                <Button onClick={() => proposals.open()}>{t("roadmap.actions.fromFindings")}</Button>
                <Button variant="primary" onClick={() => item.open({ itemId: null })}>
                  {t("roadmap.actions.addItem")}
                </Button>
              </>
            ) : null}
          </div>
        </div>

        <ViewBody
          view={view}
          roadmap={roadmap}
          abilities={abilities}
          groupBy={groupBy}
          onOpenItem={openItem}
          onLinkFindings={linkFindings}
          onStartFromFindings={() => proposals.open()}
          onAddItem={() => item.open({ itemId: null })}
        />
      </div>

      {item.payload ? (
        <ItemDialog
          key={`item-${item.key}`}
          open={item.isOpen}
          onClose={item.close}
          roadmap={roadmap}
          itemId={item.payload.itemId}
          mode={mode}
          onLinkFindings={linkFindings}
          canDiscuss={abilities.discuss}
        />
      ) : null}
      {linkingItem ? (
        <LinkFindingsDialog
          key={`linking-${linking.key}`}
          open={linking.isOpen}
          onClose={linking.close}
          roadmap={roadmap}
          item={linkingItem}
        />
      ) : null}
      {details.key > 0 ? (
        <RoadmapDetailsDialog
          key={`details-${details.key}`}
          open={details.isOpen}
          onClose={details.close}
          roadmap={roadmap}
        />
      ) : null}
      {proposals.key > 0 ? (
        <ProposalsDialog
          key={`proposals-${proposals.key}`}
          open={proposals.isOpen}
          onClose={proposals.close}
          roadmap={roadmap}
        />
      ) : null}
    </>
  );
}

type ViewBodyProps = {
  view: RoadmapView;
  roadmap: Roadmap;
  abilities: RoadmapAbilities;
  groupBy: RoadmapGrouping;
  onOpenItem: (itemId: string) => void;
  onLinkFindings: (itemId: string) => void;
  onStartFromFindings: () => void;
  onAddItem: () => void;
};

function ViewBody({ view, roadmap, abilities, groupBy, onOpenItem, onLinkFindings, ...starts }: ViewBodyProps) {
  switch (view) {
    case "table":
    case "timeline":
      return (
        <RoadmapPlan
          roadmap={roadmap}
          view={view}
          mode={viewModeOf(abilities)}
          groupBy={groupBy}
          onOpenItem={onOpenItem}
          {...starts}
        />
      );
    case "coverage":
      return (
        <CoverageView
          roadmap={roadmap}
          canEdit={abilities.edit}
          onOpenItem={onOpenItem}
          onLinkFindings={onLinkFindings}
        />
      );
    case "history":
      return <RevisionHistory roadmap={roadmap} onOpenItem={onOpenItem} />;
    case "comments":
      return <CommentThreads roadmap={roadmap} onOpenItem={onOpenItem} />;
  }
}

/** Where the roadmap stands, in a sentence, when that changes what the user can do. */
function StatusNote({ roadmap, abilities }: { roadmap: Roadmap; abilities: RoadmapAbilities }) {
  const { t } = useTranslation();
  let note: ReactNode = null;
  let tone: "info" | "warning" = "info";
  if (roadmap.status === "IN_REVIEW") {
    note = abilities.review ? (
      <>
        {t("roadmap.status.yourReview", { number: roadmap.latestRevision?.number ?? "" })}{" "}
        <Link to={`/parliament/roadmaps/${roadmap.id}`} className="font-medium underline">
          {t("roadmap.status.openReview")}
        </Link>
      </>
    ) : (
      <>
        {t("roadmap.status.frozen")} {abilities.updateProgress ? t("roadmap.status.frozenProgress") : null}
      </>
    );
  } else if (roadmap.status === "CHANGES_REQUESTED" && abilities.edit) {
    note = t("roadmap.status.changesRequested");
    tone = "warning";
  } else if (roadmap.status === "ENDORSED" && abilities.edit && roadmap.baselineRevision !== null) {
    note = t("roadmap.status.endorsedEdits", { number: roadmap.baselineRevision });
  } else if (!abilities.edit && abilities.updateProgress) note = t("roadmap.status.progressOnly");
  return note ? (
    <Alert tone={tone} live={false}>
      {note}
    </Alert>
  ) : null;
}

/** The vision: its first lines, with the rest one click away when it is longer than that. */
function Vision({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [clipped, setClipped] = useState(false);
  const text = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const element = text.current;
    if (!element) return;
    const measure = () => setClipped(element.scrollHeight > element.clientHeight + 1);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [roadmap.vision]);
  if (!roadmap.vision) return null;
  return (
    <section aria-labelledby="roadmap-vision" className="rounded-lg border border-zinc-200 bg-white px-4 py-3">
      <h2 id="roadmap-vision" className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">
        {t("roadmap.field.vision")}
      </h2>
      <p
        ref={text}
        id="roadmap-vision-text"
        dir="auto"
        className={cn("mt-1 text-sm whitespace-pre-line text-zinc-800", !expanded && "line-clamp-2 sm:line-clamp-3")}
      >
        {roadmap.vision}
      </p>
      {clipped || expanded ? (
        <button
          type="button"
          className="mt-1 text-sm font-medium text-brand-700 hover:underline"
          aria-expanded={expanded}
          aria-controls="roadmap-vision-text"
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t("roadmap.readLess") : t("roadmap.readMore")}
        </button>
      ) : null}
    </section>
  );
}
