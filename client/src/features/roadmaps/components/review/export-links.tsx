// The roadmap to keep: the printable PDF (with the review and endorsement record) and the
// spreadsheet, downloaded over plain HTTP with the session cookie.
import { useTranslation } from "react-i18next";

export function ExportLinks({ roadmapId }: { roadmapId: string }) {
  const { t } = useTranslation();
  const link = "font-medium text-brand-700 hover:underline";
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5">
      <span>{t("roadmapReview.export.label")}</span>
      <a href={`/export/roadmaps/${encodeURIComponent(roadmapId)}.pdf`} download className={link}>
        {t("roadmapReview.export.pdf")}
      </a>
      <span aria-hidden="true">·</span>
      <a href={`/export/roadmaps/${encodeURIComponent(roadmapId)}.csv`} download className={link}>
        {t("roadmapReview.export.csv")}
      </a>
    </span>
  );
}
