import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { NotFoundState } from "../not-found-state.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return <NotFoundState />;
}
