// Adding an expert to the directory (/experts/new) and editing one (/experts/:id/edit),
// for those who manage the directory.
import { Link, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useExpert, type SavedExpert } from "../../features/experts/api/experts.ts";
import { ExpertForm } from "../../features/experts/components/expert-form.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

function DirectoryLink() {
  const { t } = useTranslation();
  return (
    <Link to="/experts" className="hover:text-zinc-800 hover:underline">
      {t("experts.title")}
    </Link>
  );
}

export function NewExpertPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t("experts.form.newTitle"));
  if (!mayManageDirectory(me)) return <ForbiddenState />;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={<DirectoryLink />}
        title={t("experts.form.newTitle")}
        description={t("experts.form.newDescription")}
      />
      <ExpertForm
        cancelTo="/experts"
        onSaved={(expert: SavedExpert) => {
          toast.success(t("experts.form.created", { name: expert.name }));
          void navigate(`/experts/${expert.id}`);
        }}
      />
    </div>
  );
}

export function EditExpertPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = mayManageDirectory(me);
  const expert = useExpert(manager ? id : undefined);
  useDocumentTitle(expert.data ? t("experts.form.editTitle", { name: expert.data.name }) : t("experts.title"));
  if (!manager) return <ForbiddenState />;
  return (
    <QueryState query={expert}>
      {expert.data ? (
        <div className="mx-auto max-w-4xl">
          <PageHeader
            eyebrow={<DirectoryLink />}
            title={t("experts.form.editTitle", { name: expert.data.name })}
            description={expert.data.institution}
          />
          <ExpertForm
            key={expert.data.id}
            expert={expert.data}
            cancelTo={`/experts/${expert.data.id}`}
            onSaved={(saved: SavedExpert) => {
              toast.success(t("experts.form.saved", { name: saved.name }));
              void navigate(`/experts/${saved.id}`);
            }}
          />
        </div>
      ) : null}
    </QueryState>
  );
}
