import { Link, useLocation, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayManageMissions } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { MissionForm } from "../../features/missions/components/mission-form.tsx";
import { draftKey } from "../../features/missions/hooks/use-form-draft.ts";
import { ForbiddenState } from "../forbidden-state.tsx";

export function NewMissionPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useDocumentTitle(t("missionForm.pageTitle"));
  if (!mayManageMissions(me)) return <ForbiddenState />;
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        eyebrow={
          <Link to="/missions" className="hover:text-zinc-800 hover:underline">
            {t("nav.missions")}
          </Link>
        }
        title={t("missionForm.pageTitle")}
        description={t("missionForm.pageDescription")}
      />
      <MissionForm
        draftKey={draftKey(me.id, pathname)}
        onCreated={(mission) => {
          toast.success(t("missionForm.created", { code: mission.code }));
          void navigate(`/missions/${mission.id}`);
        }}
      />
    </div>
  );
}
