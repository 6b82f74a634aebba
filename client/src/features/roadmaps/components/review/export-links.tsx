// The roadmap to keep: the printable PDF (with the review and endorsement record) and the
// spreadsheet, downloaded over plain HTTP with the session cookie, in the screens' language.
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../../lib/i18n.ts";

export function ExportLinks({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const link = "font-medium text-brand-700 hover:underline";
  const file = (format: "pdf" | "csv") =>
    `/export/roadmaps/${encodeURIComponent(roadmapId)}.${format}?language=${currentLanguage()}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <span>{t("roadmapReview.export.label")}</span>
      <a href={file("pdf")} download className={link}>
        {t("roadmapReview.export.pdf")}
      </a>
      <span aria-hidden="true">·</span>
      <a href={file("csv")} download className={link}>
        {t("roadmapReview.export.csv")}
      </a>
    </span>
  );
}
