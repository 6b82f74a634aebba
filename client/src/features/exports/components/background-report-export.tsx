// The assessment report dialog's other way (features/missions gives the page a slot for
// it): the chosen report, in the chosen language and format, prepared on the server as an
// export job while the reader keeps working, then waiting on the Exports page.
import { useTranslation } from "react-i18next";
import type { Language } from "@hemicycle/shared/languages";
import { StartExportButton } from "./start-export-button.tsx";

type Choice = { missionId: string; phaseId: string | null; language: Language; format: "pdf" | "docx" };

export function BackgroundReportExport({ missionId, phaseId, language, format }: Choice) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2 border-t border-zinc-200 pt-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
      <p className="text-xs text-zinc-600">{t("exportJobs.backgroundHint")}</p>
      <StartExportButton
        className="shrink-0"
        request={() => ({
          kind: format === "pdf" ? "assessmentReportPdf" : "assessmentReportDocx",
          params: { missionId, phaseId, language },
        })}
      >
        {t("exportJobs.background")}
      </StartExportButton>
    </div>
  );
}
