import { useTranslation } from "react-i18next";
import { hasExpertHome, mayReviewFindings } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { ButtonLink } from "../../components/ui/button.tsx";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useExpertHome } from "../../features/expert-home/api/expert-home.ts";
import { ExpertHomeView } from "../../features/expert-home/components/expert-home-view.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

export function ExpertHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("expertHome.title"));
  if (!hasExpertHome(me)) return <ForbiddenState />;
  return <Home name={me.name} />;
}

function Home({ name }: { name: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const query = useExpertHome();
  // A lead reviews their team's findings: the queue is one click from home.
  const reviews = query.data?.phases.some((p) => mayReviewFindings(me, p.role)) ?? false;
  return (
    <>
      <PageHeader
        title={t("expertHome.title")}
        description={t("expertHome.description", { name })}
        actions={reviews ? <ButtonLink to="/review">{t("findingReview.link")}</ButtonLink> : null}
      />
      <QueryState query={query}>{query.data ? <ExpertHomeView home={query.data} /> : null}</QueryState>
    </>
  );
}
