// The mission's terms of reference: each with its latest version, a way into the editor,
// and, for those who may draft (managers and the mission's experts, as the server says),
// "Draft terms of reference".
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format.ts";
import { QueryState } from "../../../components/list/query-state.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import { useTermsOfReferenceList } from "../api/terms-of-reference.ts";
import { DraftDialog } from "./draft-dialog.tsx";

type TermsOfReferenceCardProps = { missionId: string; missionTitle: string };

export function TermsOfReferenceCard({ missionId, missionTitle }: TermsOfReferenceCardProps) {
  const { t } = useTranslation();
  const query = useTermsOfReferenceList(missionId);
  const [opened, setOpened] = useState(0);
  const [open, setOpen] = useState(false);
  const mayDraft = query.data?.mayDraft ?? false;
  const items = query.data?.items ?? [];
  const draftButton = mayDraft ? (
    <Button
      variant="primary"
      size="sm"
      onClick={() => {
        setOpened((n) => n + 1);
        setOpen(true);
      }}
    >
      {t("termsOfReference.card.draft")}
    </Button>
  ) : null;

  return (
    <Card
      title={t("termsOfReference.card.title")}
      description={t("termsOfReference.card.description")}
      id="terms-of-reference"
      actions={items.length > 0 ? draftButton : null}
    >
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        empty={
          <EmptyState
            title={t("termsOfReference.card.empty")}
            description={
              mayDraft ? t("termsOfReference.card.emptyHintDraft") : t("termsOfReference.card.emptyHintRead")
            }
            action={draftButton}
          />
        }
      >
        <ul className="flex flex-col divide-y divide-zinc-100">
          {items.map((tor) => (
            <li key={tor.id} className="flex flex-wrap items-center justify-between gap-2 py-3 first:pt-0 last:pb-0">
              <div className="flex min-w-0 flex-col gap-0.5">
                <Link
                  to={`/missions/${missionId}/terms-of-reference/${tor.id}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  {tor.title}
                </Link>
                {tor.latest ? (
                  <p className="text-xs text-zinc-600">
                    {t("termsOfReference.card.line", {
                      number: tor.latest.number,
                      language: t(`termsOfReference.languageName.${tor.latest.language}`),
                      date: formatDateTime(tor.latest.createdAt),
                      author: tor.latest.author.name,
                    })}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </QueryState>
      {open ? (
        <DraftDialog
          key={opened}
          open={open}
          onClose={() => setOpen(false)}
          missionId={missionId}
          missionTitle={missionTitle}
        />
      ) : null}
    </Card>
  );
}
