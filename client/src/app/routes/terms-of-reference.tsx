// Terms of reference of a mission: the editor (or, for the parliament's staff, the text),
// its versions and downloads. The page composes the terms-of-reference feature.
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { isMissingRecord } from "../../lib/errors.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { QueryState } from "../../components/list/query-state.tsx";
import { useTermsOfReference } from "../../features/terms-of-reference/api/terms-of-reference.ts";
import { TorEditor } from "../../features/terms-of-reference/components/tor-editor.tsx";
import { DownloadLinks } from "../../features/terms-of-reference/components/tor-versions.tsx";
import { NotFoundState } from "../not-found-state.tsx";

export function TermsOfReferencePage() {
  const { t } = useTranslation();
  const { id, torId } = useParams();
  const query = useTermsOfReference(torId);
  const tor = query.data;
  useDocumentTitle(tor ? `${tor.title} · ${tor.mission.code}` : t("termsOfReference.editor.loading"));
  return (
    <QueryState
      query={query}
      renderError={(error) =>
        isMissingRecord(error) ? (
          <NotFoundState
            title={t("termsOfReference.editor.notFound")}
            description={t("termsOfReference.editor.notFoundHint")}
          />
        ) : null
      }
    >
      {tor ? (
        <>
          <PageHeader
            eyebrow={
              <span className="flex items-center gap-1.5">
                <Link to={`/missions/${id ?? tor.missionId}`} className="font-mono hover:text-zinc-800 hover:underline">
                  {tor.mission.code}
                </Link>
                <span aria-hidden="true">/</span>
                <Link
                  to={`/missions/${id ?? tor.missionId}?section=termsOfReference`}
                  className="hover:text-zinc-800 hover:underline"
                >
                  {t("termsOfReference.tab")}
                </Link>
              </span>
            }
            title={tor.title}
            description={t("termsOfReference.editor.subtitle", {
              number: tor.version,
              language: t(`termsOfReference.languageName.${tor.latest.language}`),
              parliament: tor.mission.parliament.name,
            })}
            actions={<DownloadLinks id={tor.id} number={tor.version} />}
          />
          <TorEditor key={tor.id} tor={tor} />
        </>
      ) : null}
    </QueryState>
  );
}
