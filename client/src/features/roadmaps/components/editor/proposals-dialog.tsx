// "Start from the findings": one proposed item per validated high or critical finding no
// item answers yet (roadmaps.proposeItems). Accept adds it as an item linked to its
// finding, Merge links the finding to an item already there, Discard hides it for this
// session (nothing is stored until one of the first two).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { describeError } from "../../../../lib/describe-error.ts";
import { useDialogState } from "../../../../lib/use-dialog-state.ts";
import { QueryState } from "../../../../components/list/query-state.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { EmptyState } from "../../../../components/ui/empty-state.tsx";
import { useCreateItem, useLinkFindings, useRoadmapProposals, type RoadmapProposal } from "../../api/roadmaps.ts";
import type { Roadmap, RoadmapItem } from "../../api/types.ts";
import { useDiscardedProposals } from "../../hooks/use-discarded-proposals.ts";
import { enumLabel } from "../../lib/field-values.ts";
import { PickItemDialog } from "./pick-item-dialog.tsx";
import { SeverityBadge } from "./severity-badge.tsx";

type ProposalsDialogProps = { open: boolean; onClose: () => void; roadmap: Roadmap };

export function ProposalsDialog({ open, onClose, roadmap }: ProposalsDialogProps) {
  const { t } = useTranslation();
  const query = useRoadmapProposals(roadmap, open);
  const discarded = useDiscardedProposals(roadmap.id);
  const [showDiscarded, setShowDiscarded] = useState(false);
  const proposals = query.data ?? [];
  const hidden = proposals.filter((p) => discarded.has(p.findingId));
  const shown = showDiscarded ? proposals : proposals.filter((p) => !discarded.has(p.findingId));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("roadmap.proposals.title")}
      description={t("roadmap.proposals.description")}
      footer={
        <>
          {hidden.length > 0 && !showDiscarded ? (
            <Button variant="ghost" className="me-auto" onClick={() => setShowDiscarded(true)}>
              {t("roadmap.proposals.showDiscarded", { count: hidden.length })}
            </Button>
          ) : null}
          <Button onClick={onClose}>{t("common.close")}</Button>
        </>
      }
    >
      <QueryState
        query={query}
        isEmpty={proposals.length === 0}
        empty={<EmptyState title={t("roadmap.proposals.empty")} description={t("roadmap.proposals.emptyHint")} />}
      >
        {shown.length === 0 ? (
          <p className="py-8 text-center text-sm text-zinc-600">{t("roadmap.proposals.allDiscarded")}</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("roadmap.proposals.title")}>
            {shown.map((p) => (
              <ProposalCard
                key={p.findingId}
                proposal={p}
                roadmap={roadmap}
                discarded={discarded.has(p.findingId)}
                onDiscard={() => discarded.add(p.findingId)}
                onRestore={() => discarded.remove(p.findingId)}
              />
            ))}
          </ul>
        )}
      </QueryState>
    </Dialog>
  );
}

type ProposalCardProps = {
  proposal: RoadmapProposal;
  roadmap: Roadmap;
  discarded: boolean;
  onDiscard: () => void;
  onRestore: () => void;
};

function ProposalCard({ proposal, roadmap, discarded, onDiscard, onRestore }: ProposalCardProps) {
  const { t } = useTranslation();
  const create = useCreateItem(roadmap);
  const link = useLinkFindings(roadmap);
  const merge = useDialogState();
  const [done, setDone] = useState(false);

  function accept() {
    const { title, description, area, priority, term, findingIds } = proposal;
    create.mutate(
      { roadmapId: roadmap.id, title, description, area, priority, term, findingIds },
      {
        onSuccess: () => {
          setDone(true);
          toast.success(t("roadmap.proposals.accepted", { title }));
        },
        onError: (error) => toast.error(t("errors.actionFailed"), { description: describeError(error) }),
      },
    );
  }

  function mergeInto(item: RoadmapItem) {
    link.mutate(
      { itemId: item.id, findingIds: [...new Set([...item.findingIds, ...proposal.findingIds])] },
      {
        onSuccess: () => {
          merge.close();
          setDone(true);
          toast.success(t("roadmap.proposals.merged", { title: item.title }));
        },
      },
    );
  }

  // Accepted or merged: gone from the list as soon as the server has it.
  if (done) return null;
  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs" data-discarded={discarded || undefined}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
        <SeverityBadge severity={proposal.severity} />
        <span>{t(`ictAreaShort.${proposal.area}`)}</span>
        <span aria-hidden="true">·</span>
        <span>{enumLabel("term", proposal.term)}</span>
      </div>
      <h3 className="mt-2 text-sm font-semibold text-zinc-900">{proposal.title}</h3>
      <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">
        {proposal.description ?? <span className="text-zinc-500">{t("roadmap.proposals.noRecommendation")}</span>}
      </p>
      <p className="mt-2 text-xs text-zinc-500">
        {t("roadmap.proposals.fromFinding")}: <span className="text-zinc-700">{proposal.findingTitle}</span>
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="primary"
          onClick={accept}
          loading={create.isPending}
          aria-label={t("roadmap.proposals.acceptLabel", { title: proposal.title })}
        >
          {t("roadmap.proposals.accept")}
        </Button>
        {roadmap.items.length > 0 ? (
          <Button
            size="sm"
            onClick={() => merge.open()}
            aria-label={t("roadmap.proposals.mergeLabel", { title: proposal.title })}
          >
            {t("roadmap.proposals.merge")}
          </Button>
        ) : null}
        {discarded ? (
          <Button size="sm" variant="ghost" onClick={onRestore}>
            {t("roadmap.proposals.restore")}
          </Button>
        ) : (
          <Button
            size="sm"
            variant="ghost"
            onClick={onDiscard}
            aria-label={t("roadmap.proposals.discardLabel", { title: proposal.title })}
          >
            {t("roadmap.proposals.discard")}
          </Button>
        )}
      </div>
      {merge.isOpen || merge.key > 0 ? (
        <PickItemDialog
          key={merge.key}
          open={merge.isOpen}
          onClose={merge.close}
          roadmap={roadmap}
          title={t("roadmap.proposals.mergeTitle")}
          description={t("roadmap.proposals.mergeDescription", { title: proposal.findingTitle })}
          confirmLabel={t("roadmap.proposals.mergeConfirm")}
          busy={link.isPending}
          onPick={mergeInto}
        />
      ) : null}
    </li>
  );
}
