// Adding a parliament to the registry (/parliaments/new) and editing one
// (/parliaments/:id/edit), for those who manage the directory.
import { Link, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { mayManageDirectory } from "@hemicycle/shared/policy";
import { countryName } from "../../lib/format.ts";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useParliament, type ParliamentRecord } from "../../features/parliaments/api/registry.ts";
import { ParliamentForm } from "../../features/parliaments/components/form/parliament-form.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

function RegistryLink() {
  const { t } = useTranslation();
  return (
    <Link to="/parliaments" className="hover:text-zinc-800 hover:underline">
      {t("parliaments.title")}
    </Link>
  );
}

export function NewParliamentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  useDocumentTitle(t("parliaments.form.newTitle"));
  if (!mayManageDirectory(me)) return <ForbiddenState />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={<RegistryLink />}
        title={t("parliaments.form.newTitle")}
        description={t("parliaments.form.newDescription")}
      />
      <ParliamentForm
        cancelTo="/parliaments"
        onSaved={(parliament: ParliamentRecord) => {
          toast.success(t("parliaments.form.created", { name: parliament.name }));
          void navigate(`/parliaments/${parliament.id}`);
        }}
      />
    </div>
  );
}

export function EditParliamentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const manager = mayManageDirectory(me);
  const parliament = useParliament(manager ? id : undefined);
  const title = parliament.data
    ? t("parliaments.form.editTitle", { name: parliament.data.name })
    : t("parliaments.title");
  useDocumentTitle(title);
  if (!manager) return <ForbiddenState />;
  return (
    <QueryState query={parliament}>
      {parliament.data ? (
        <div className="mx-auto max-w-3xl">
          <PageHeader eyebrow={<RegistryLink />} title={title} description={countryName(parliament.data.countryCode)} />
          <ParliamentForm
            key={parliament.data.id}
            parliament={parliament.data}
            cancelTo={`/parliaments/${parliament.data.id}`}
            onSaved={(saved: ParliamentRecord) => {
              toast.success(t("parliaments.form.saved", { name: saved.name }));
              void navigate(`/parliaments/${saved.id}`);
            }}
          />
        </div>
      ) : null}
    </QueryState>
  );
}
