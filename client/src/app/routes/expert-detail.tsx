// One expert of the directory; a record out of the viewer's reach is "not found".
import { useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { mayManageDirectory, seesTeamPrivateDetails } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { ButtonLink } from "../../components/ui/button.tsx";
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
          <PageHeader
            eyebrow={t("experts.title")}
            title={expert.data.name}
            description={expert.data.institution}
            actions={
              mayManageDirectory(me) ? (
                <ButtonLink to={`/experts/${expert.data.id}/edit`}>{t("experts.form.editButton")}</ButtonLink>
              ) : null
            }
          />
          <ExpertProfile expert={expert.data} showPrivate={seesTeamPrivateDetails(me)} />
        </>
      ) : null}
    </QueryState>
  );
}
