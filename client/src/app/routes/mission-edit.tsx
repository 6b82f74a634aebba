// Editing a mission's own fields (/missions/:id/edit), for those who manage missions.
// Phases are added and changed on the mission page.
import { Link, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayManageMissions } from "@hemicycle/shared/policy";
import { isMissingRecord } from "../../lib/errors.ts";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useMission, type MissionDetail } from "../../features/missions/api/missions.ts";
import { MissionEditForm } from "../../features/missions/components/mission-edit-form.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function EditMissionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = mayManageMissions(me);
  const mission = useMission(manager ? id : undefined);
  const title = mission.data
    ? t("missionLifecycle.edit.pageTitle", { code: mission.data.code })
    : t("missionLifecycle.edit.action");
  useDocumentTitle(title);
  if (!manager) return <ForbiddenState />;
  return (
    <QueryState
      query={mission}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("mission.notFound")} description={t("mission.notFoundHint")} />
        ) : null
      }
    >
      {mission.data ? (
        <div className="mx-auto max-w-3xl">
          <PageHeader
            eyebrow={
              <Link to={`/missions/${mission.data.id}`} className="font-mono hover:text-zinc-800 hover:underline">
                {mission.data.code}
              </Link>
            }
            title={title}
            description={t("missionLifecycle.edit.description")}
          />
          <MissionEditForm
            key={mission.data.id}
            mission={mission.data}
            cancelTo={`/missions/${mission.data.id}`}
            onSaved={(saved: MissionDetail) => {
              toast.success(t("missionLifecycle.edit.saved", { code: saved.code }));
              void navigate(`/missions/${saved.id}`);
            }}
          />
        </div>
      ) : null}
    </QueryState>
  );
}
