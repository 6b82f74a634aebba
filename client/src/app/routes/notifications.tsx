// The signed-in user's notifications (features/notifications): what concerns them, newest
// first; the bell in the header shows the latest and links here.
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { MarkAllReadButton, NotificationCentre } from "../../features/notifications/components/notification-centre.tsx";

export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notifications.title"));
  return (
    <>
      <PageHeader
        title={t("notifications.title")}
        description={t("notifications.description")}
        actions={<MarkAllReadButton />}
      />
      <NotificationCentre />
    </>
  );
}
