// The field calendar: who is where, for those who staff missions and the experts on them
// (the server refuses parliament staff; the navigation does not offer it to them).
import { useTranslation } from "react-i18next";
import { mayReadFieldCalendar } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { FieldCalendar } from "../../features/calendar/components/field-calendar.tsx";
import { NotFoundPage } from "./not-found.tsx";

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("calendar.title"));
  if (!mayReadFieldCalendar(me)) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t("calendar.title")} description={t("calendar.description")} />
      <FieldCalendar />
    </>
  );
}
