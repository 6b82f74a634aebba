import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { nextPhaseStatuses, phaseAcceptsTeamChanges } from "@hemicycle/shared/workflows/phase";
import { describeError } from "../../../lib/describe-error.ts";
import { errorInfo, isStaleVersion } from "../../../lib/errors.ts";
import { countryName, formatDate, formatDateRange } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { ConfirmDialog } from "../../../components/ui/dialog.tsx";
import { useMission, type Phase, type TeamMember } from "../api/missions.ts";
import { useRemoveTeamMember, useSetLead } from "../api/team.ts";
import { PhaseStatusBadge, TeamRoleBadge } from "./status-badges.tsx";
import { AssignExpertDialog } from "./assign-expert-dialog.tsx";
import { PhaseStatusDialog } from "./phase-status-dialog.tsx";
import { PhaseActions } from "./phase-actions.tsx";
import { TeamCopyDialog } from "./team-copy-dialog.tsx";

type PhaseCardProps = {
  phase: Phase;
  /** Coordinators and admins manage the team. */
  canManageTeam: boolean;
  /** Actions from other features, e.g. "Log finding", composed by the page. */
  actions?: ReactNode;
};

export function PhaseCard({ phase, canManageTeam, actions }: PhaseCardProps) {
  const { t } = useTranslation();
  const assign = useDialogState();
  // Said in the card, beside the refreshed team, when a removal found the team had changed.
  const [teamNotice, setTeamNotice] = useState<string | null>(null);
  const kind = t(`phaseKind.${phase.kind}`);
  const headingId = `phase-${phase.id}-title`;

  return (
    <article aria-labelledby={headingId} className="flex flex-col rounded-lg border border-zinc-200 bg-white shadow-xs">
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-zinc-200 px-4 py-3">
        <div>
          <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
            {kind}
          </h3>
          <p className="mt-0.5 text-xs text-zinc-600">
            {formatDateRange(phase.startDate, phase.endDate)}
            {phase.location ? `\u00a0· ${phase.location}` : ""}
          </p>
        </div>
        <PhaseStatusBadge status={phase.status} />
      </header>

      <div className="flex flex-1 flex-col gap-3 px-4 py-3">
        <PhaseActions phase={phase} canManage={canManageTeam} />
        {phase.actualStartDate || phase.reportDueDate ? (
          <dl className="grid grid-cols-2 gap-2 text-xs">
            {phase.actualStartDate ? (
              <div>
                <dt className="text-zinc-500">{t("phase.actualDates")}</dt>
                <dd className="text-zinc-800">
                  {formatDateRange(phase.actualStartDate, phase.actualEndDate ?? phase.actualStartDate)}
                </dd>
              </div>
            ) : null}
            {phase.reportDueDate ? (
              <div>
                <dt className="text-zinc-500">{t("phase.reportDue")}</dt>
                <dd className="text-zinc-800">{formatDate(phase.reportDueDate)}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}

        <div>
          <h4 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{t("phase.team")}</h4>
          {teamNotice ? (
            <Alert tone="info" title={t("teamChanges.staleRemoval")} className="mt-1">
              {teamNotice}
            </Alert>
          ) : null}
          {phase.team.length === 0 ? (
            <p className="mt-1 text-sm text-zinc-500">{t("phase.noTeam")}</p>
          ) : (
            <ul className="mt-1 divide-y divide-zinc-100">
              {phase.team.map((member) => (
                <TeamMemberRow
                  key={member.expertId}
                  phase={phase}
                  member={member}
                  canManage={canManageTeam}
                  onNotice={setTeamNotice}
                />
              ))}
            </ul>
          )}
        </div>
      </div>

      {canManageTeam || actions ? (
        <footer className="flex flex-wrap gap-2 border-t border-zinc-200 bg-zinc-50/70 px-4 py-2.5">
          {actions}
          {canManageTeam ? (
            <Button size="sm" onClick={() => assign.open()} disabled={!phaseAcceptsTeamChanges(phase.status)}>
              {t("phase.assignExpert")}
            </Button>
          ) : null}
          {canManageTeam ? <TeamCopyControl phase={phase} /> : null}
          {canManageTeam ? <PhaseStatusControl phase={phase} /> : null}
        </footer>
      ) : null}

      {canManageTeam ? (
        <AssignExpertDialog key={assign.key} open={assign.isOpen} onClose={assign.close} phase={phase} />
      ) : null}
    </article>
  );
}

type TeamMemberRowProps = {
  phase: Phase;
  member: TeamMember;
  canManage: boolean;
  /** Says something about the whole team in the card (null clears it). */
  onNotice: (notice: string | null) => void;
};

function TeamMemberRow({ phase, member, canManage, onNotice }: TeamMemberRowProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const unassign = useRemoveTeamMember();
  const setLead = useSetLead();
  const phaseName = t(`phaseKind.${phase.kind}`);
  const name = member.expert.name;

  return (
    <li className="flex items-start justify-between gap-2 py-2">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-zinc-900">{member.expert.name}</span>
          <TeamRoleBadge role={member.role} />
        </div>
        <p className="text-xs text-zinc-500">
          {member.expert.institution}
          {"\u00a0· "}
          {countryName(member.expert.countryCode)}
        </p>
        {member.overrideReason ? (
          <p className="mt-1 text-xs text-amber-800">
            <span className="font-medium">{t("phase.override")}</span> {member.overrideReason}
          </p>
        ) : null}
      </div>
      {canManage ? (
        // Stacked on a phone, so the name keeps room for its role badge beside it.
        <div className="flex shrink-0 flex-col items-end gap-1 sm:flex-row sm:flex-wrap sm:justify-end">
          {member.role !== "LEAD" && phaseAcceptsTeamChanges(phase.status) ? (
            <Button
              size="sm"
              variant="ghost"
              loading={setLead.isPending}
              aria-label={t("teamChanges.makeLeadLabel", { name })}
              onClick={() =>
                setLead.mutate(
                  { phaseId: phase.id, expertId: member.expertId },
                  { onSuccess: () => toast.success(t("teamChanges.leadChanged", { name })) },
                )
              }
            >
              {t("teamChanges.makeLead")}
            </Button>
          ) : null}
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setConfirming(true)}
            aria-label={t("phase.removeMemberLabel", { name: member.expert.name })}
          >
            {t("phase.remove")}
          </Button>
          <ConfirmDialog
            open={confirming}
            onClose={() => setConfirming(false)}
            title={t("phase.removeTitle")}
            description={t("phase.removeConfirm", { name: member.expert.name, phase: phaseName })}
            confirmLabel={t("phase.remove")}
            busy={unassign.isPending}
            onConfirm={() =>
              unassign.mutate(
                { phaseId: phase.id, expertId: member.expertId },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    onNotice(null);
                    toast.success(t("phase.removed", { name: member.expert.name }));
                  },
                  // Already taken off (another tab, a colleague): the team is refreshed, the
                  // dialog closes and says what happened. Any other failure keeps it open.
                  onError: (error) => {
                    if (isStaleVersion(error)) {
                      setConfirming(false);
                      onNotice(renderMessage(errorInfo(error).message));
                    } else {
                      toast.error(t("errors.actionFailed"), { description: describeError(error) });
                    }
                  },
                },
              )
            }
          />
        </div>
      ) : null}
    </li>
  );
}

/** Opens the dialog that moves the phase along its workflow: nothing changes before "Apply". */
function PhaseStatusControl({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const dialog = useDialogState();
  if (nextPhaseStatuses(phase.status, phase.kind).length === 0) return null;
  return (
    <>
      <Button
        size="sm"
        className="ms-auto"
        aria-label={t("phase.moveTo", { phase: t(`phaseKind.${phase.kind}`) })}
        onClick={() => dialog.open()}
      >
        {t("phase.changeStatus")}
      </Button>
      <PhaseStatusDialog key={dialog.key} open={dialog.isOpen} onClose={dialog.close} phase={phase} />
    </>
  );
}

/** Copies the team of another phase of the mission onto this one; shown when one has a team. */
function TeamCopyControl({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const dialog = useDialogState();
  // The page has the mission loaded already: this reads it from the cache.
  const mission = useMission(phase.missionId);
  const sources = (mission.data?.phases ?? []).filter((p) => p.id !== phase.id && p.team.length > 0);
  if (sources.length === 0) return null;
  return (
    <>
      <Button size="sm" onClick={() => dialog.open()} disabled={!phaseAcceptsTeamChanges(phase.status)}>
        {t("teamChanges.copyTeam")}
      </Button>
      <TeamCopyDialog key={dialog.key} open={dialog.isOpen} onClose={dialog.close} phase={phase} sources={sources} />
    </>
  );
}
