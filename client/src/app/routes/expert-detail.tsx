// One expert of the directory; a record out of the viewer's reach is "not found".
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { seesTeamPrivateDetails } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useExpert } from "../../features/experts/api/experts.ts";
import { ExpertProfile } from "../../features/experts/components/expert-profile.tsx";

export function ExpertDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const expert = useExpert(id);
  useDocumentTitle(expert.data?.name ?? t("experts.title"));
  return (
    <QueryState query={expert}>
      {expert.data ? (
        <>
          <PageHeader eyebrow={t("experts.title")} title={expert.data.name} description={expert.data.institution} />
          <ExpertProfile expert={expert.data} showPrivate={seesTeamPrivateDetails(me)} />
        </>
      ) : null}
    </QueryState>
  );
}
