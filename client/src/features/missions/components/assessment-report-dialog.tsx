// The mission's assessment report as a file: the reader picks the language (the screens'
// by default), the format (PDF to read and print, DOCX to edit) and the phases covered,
// then the file is built and downloaded with its progress shown, and may be cancelled;
// or, where the page offers it (`backgroundExport`: an export job, which this feature
// does not know), prepared on the server while the reader keeps working.
// Who is offered it is the shared rule's (mayReadMissionReport): the team and the
// coordinators, the parliament's staff once a phase's report has reached them.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "@hemicycle/shared/languages";
import { mayReadMissionReport, readableReportPhases } from "@hemicycle/shared/documents/assessment-report";
import { REPORT_FORMATS, type ReportFormat } from "@hemicycle/shared/schemas/assessment-report";
import type { Actor } from "@hemicycle/shared/policy";
import { currentLanguage } from "../../../lib/i18n.ts";
import { formatDateRange, formatNumber } from "../../../lib/format.ts";
import { useDialogState } from "../../../lib/use-dialog-state.ts";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Alert } from "../../../components/ui/alert.tsx";
import { Select } from "../../../components/ui/field.tsx";
import type { MissionDetail } from "../api/missions.ts";
import {
  downloadAssessmentReport,
  ReportDownloadError,
  saveFile,
  type ReportProgress,
} from "../api/assessment-report.ts";

type Stage =
  | { kind: "idle" }
  | { kind: "running"; progress: ReportProgress | null }
  | { kind: "done"; fileName: string }
  | { kind: "cancelled" }
  | { kind: "error"; error: ReportDownloadError["kind"] };

/** "1.2 MB", "340 kB" in the screens' language. */
function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) {
    return formatNumber(bytes / 1_000_000, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  }
  return formatNumber(Math.max(1, Math.round(bytes / 1000)), { style: "unit", unit: "kilobyte" });
}

/** What the reader chose, for a page that offers to prepare the file in the background. */
export type ReportChoice = { missionId: string; phaseId: string | null; language: Language; format: ReportFormat };

type ButtonProps = {
  mission: MissionDetail;
  me: Pick<Actor, "role">;
  /** The page's way to prepare the chosen file in the background (an export job), shown under the choices. */
  backgroundExport?: (choice: ReportChoice) => ReactNode;
};

/** The header's button and its dialog; nothing for someone who may not have the report. */
export function AssessmentReportButton({ mission, me, backgroundExport }: ButtonProps) {
  const { t } = useTranslation();
  const dialog = useDialogState();
  if (!mayReadMissionReport(me, mission.phases)) return null;
  return (
    <>
      <Button size="sm" onClick={() => dialog.open()}>
        {t("assessmentReport.open")}
      </Button>
      <AssessmentReportDialog
        key={dialog.key}
        open={dialog.isOpen}
        onClose={dialog.close}
        mission={mission}
        me={me}
        backgroundExport={backgroundExport}
      />
    </>
  );
}

type DialogProps = {
  open: boolean;
  onClose: () => void;
  mission: MissionDetail;
  me: Pick<Actor, "role">;
  backgroundExport?: ButtonProps["backgroundExport"];
};

export function AssessmentReportDialog({ open, onClose, mission, me, backgroundExport }: DialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [format, setFormat] = useState<ReportFormat>("pdf");
  const [phaseId, setPhaseId] = useState("");
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);
  const phases = readableReportPhases(me, mission.phases);
  const running = stage.kind === "running";

  // Closing the dialog (or leaving the page) stops a download under way.
  useEffect(() => () => controller.current?.abort(), []);

  const generate = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setStage({ kind: "running", progress: null });
    try {
      const { blob, fileName } = await downloadAssessmentReport(
        { missionId: mission.id, phaseId: phaseId || null, language, format },
        (progress) => setStage({ kind: "running", progress }),
        abort.signal,
      );
      saveFile(blob, fileName);
      setStage({ kind: "done", fileName });
    } catch (error) {
      if (abort.signal.aborted) setStage({ kind: "cancelled" });
      else setStage({ kind: "error", error: error instanceof ReportDownloadError ? error.kind : "failed" });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const close = () => {
    controller.current?.abort();
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t("assessmentReport.title")}
      description={t("assessmentReport.description")}
      footer={
        running ? (
          <Button onClick={() => controller.current?.abort()}>{t("assessmentReport.cancel")}</Button>
        ) : (
          <>
            <Button onClick={close}>{t("assessmentReport.close")}</Button>
            <Button type="submit" form={formId} variant="primary">
              {t("assessmentReport.generate")}
            </Button>
          </>
        )
      }
    >
      <form
        id={formId}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!running) void generate();
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            label={t("assessmentReport.language")}
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`documents.languageName.${l}`) }))}
            disabled={running}
            data-autofocus
          />
          <Select
            label={t("assessmentReport.phase")}
            value={phaseId}
            onChange={(e) => setPhaseId(e.target.value)}
            options={[
              { value: "", label: t("assessmentReport.allPhases") },
              ...phases.map((p) => ({
                value: p.id,
                label: `${t(`phaseKind.${p.kind}`)} · ${formatDateRange(p.startDate, p.endDate)}`,
              })),
            ]}
            disabled={running}
          />
        </div>
        <fieldset disabled={running} className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-zinc-800">{t("assessmentReport.format")}</legend>
          <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
            {REPORT_FORMATS.map((f) => (
              <label key={f} className="flex items-center gap-2 text-sm text-zinc-800">
                <input
                  type="radio"
                  name={`${formId}-format`}
                  value={f}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                  className="size-4 accent-brand-600"
                />
                {t(`assessmentReport.formats.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {backgroundExport && !running
          ? backgroundExport({ missionId: mission.id, phaseId: phaseId || null, language, format })
          : null}
        <ReportStage stage={stage} />
      </form>
    </Dialog>
  );
}

function ReportStage({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  switch (stage.kind) {
    case "idle":
      return null;
    case "running":
      return <ReportProgressBar progress={stage.progress} />;
    case "done":
      // The name isolated (FSI … PDI), so that an Arabic sentence does not reorder its dashes and dots.
      return <Alert tone="success">{t("assessmentReport.done", { fileName: `\u2068${stage.fileName}\u2069` })}</Alert>;
    case "cancelled":
      return <Alert tone="info">{t("assessmentReport.cancelled")}</Alert>;
    case "error":
      return <Alert tone="error">{t(`assessmentReport.errors.${stage.error}`)}</Alert>;
  }
}

/**
 * The bytes received against the length announced. An estimate is shown as "about" and
 * the bar stops short of the end until the file is complete; with no length at all (the
 * DOCX before its first byte), a bar that only says it is working.
 */
function ReportProgressBar({ progress }: { progress: ReportProgress | null }) {
  const { t } = useTranslation();
  const received = progress?.received ?? 0;
  const total = progress?.total ?? null;
  const share = total ? Math.min(received / total, progress?.estimated ? 0.95 : 1) : null;
  const label =
    progress === null || received === 0
      ? t("assessmentReport.preparing")
      : total
        ? t("assessmentReport.receivedOf", { received: formatBytes(received), total: formatBytes(total) })
        : t("assessmentReport.received", { received: formatBytes(received) });
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label={t("assessmentReport.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={share === null || received === 0 ? undefined : Math.round(share * 100)}
        aria-valuetext={label}
        className="h-2 w-full overflow-hidden rounded-full bg-zinc-100"
      >
        {share === null || received === 0 ? (
          <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-500 motion-reduce:animate-none" />
        ) : (
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${share * 100}%` }} />
        )}
      </div>
      <p className="text-sm text-zinc-700">{label}</p>
    </div>
  );
}
