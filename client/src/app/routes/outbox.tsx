// What waits to be sent from this browser: findings, edits and files entered without a
// connection (features/outbox). A refused finding is fixed in the findings feature's
// form, handed to the list here: features do not import each other.
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { OutboxList } from "../../features/outbox/components/outbox-list.tsx";
import { QueuedFindingEditor } from "../../features/findings/components/queued-finding-editor.tsx";

export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("outbox.title"));
  return (
    <>
      <PageHeader title={t("outbox.title")} description={t("outbox.description")} />
      <OutboxList findingEditor={QueuedFindingEditor} />
    </>
  );
}
