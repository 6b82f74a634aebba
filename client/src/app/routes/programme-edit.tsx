// Adding a programme (/programmes/new) and editing one (/programmes/:id/edit), for those
// who manage the directory.
import { Link, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { isMissingRecord } from "../../lib/errors.ts";
import { formatDateRange } from "../../lib/format.ts";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useProgramme, type ProgrammeRecord } from "../../features/programmes/api/programmes.ts";
import { ProgrammeForm } from "../../features/programmes/components/programme-form.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";
import { NotFoundState } from "../not-found-state.tsx";

function ProgrammesLink() {
  const { t } = useTranslation();
  return (
    <Link to="/programmes" className="hover:text-zinc-800 hover:underline">
      {t("programmes.title")}
    </Link>
  );
}

export function NewProgrammePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t("programmeForm.newTitle"));
  if (!mayManageDirectory(me)) return <ForbiddenState />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={<ProgrammesLink />}
        title={t("programmeForm.newTitle")}
        description={t("programmeForm.newDescription")}
      />
      <ProgrammeForm
        cancelTo="/programmes"
        onSaved={(programme: ProgrammeRecord) => {
          toast.success(t("programmeForm.created", { name: programme.name }));
          void navigate(`/programmes/${programme.id}`);
        }}
      />
    </div>
  );
}

export function EditProgrammePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = mayManageDirectory(me);
  const programme = useProgramme(manager ? id : undefined);
  const title = programme.data ? t("programmeForm.editTitle", { name: programme.data.name }) : t("programmes.title");
  useDocumentTitle(title);
  if (!manager) return <ForbiddenState />;
  return (
    <QueryState
      query={programme}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState title={t("programmes.detail.notFound")} description={t("programmes.detail.notFoundHint")} />
        ) : null
      }
    >
      {programme.data ? (
        <div className="mx-auto max-w-3xl">
          <PageHeader
            eyebrow={<ProgrammesLink />}
            title={title}
            description={formatDateRange(programme.data.startDate, programme.data.endDate)}
          />
          <ProgrammeForm
            key={programme.data.id}
            programme={programme.data}
            cancelTo={`/programmes/${programme.data.id}`}
            onSaved={(saved: ProgrammeRecord) => {
              toast.success(t("programmeForm.saved", { name: saved.name }));
              void navigate(`/programmes/${saved.id}`);
            }}
          />
        </div>
      ) : null}
    </QueryState>
  );
}
