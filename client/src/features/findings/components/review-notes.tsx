// The reasons a finding's reviewers gave, oldest first ("Rejected by X on date: reason").
// A rejected finding puts its latest reason at the top for its team, with what to do:
// fix it, then resubmit. Parliament staff never receive the notes (the server sends none).
import { useTranslation } from "react-i18next";
import { findingMove } from "@hemicycle/shared/workflows/finding";
import { formatDate } from "../../../lib/format.ts";
import { useMe } from "../../../lib/session.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Card } from "../../../components/ui/card.tsx";
import type { FindingDetail } from "../api/findings.ts";

type Note = FindingDetail["reviewNotes"][number];

/** "Rejected by X on 24 Sept 2026": the move the note explains, its author and day. */
function useNoteHeading() {
  const { t } = useTranslation();
  return (note: Note) =>
    t(`findingReview.note.${findingMove(note.fromStatus, note.toStatus)?.action ?? "other"}`, {
      name: note.author.name,
      date: formatDate(note.createdAt),
    });
}

/** The latest reason a rejected finding was given, prominently, with the way out. */
export function RejectionNotice({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const heading = useNoteHeading();
  if (finding.status !== "REJECTED") return null;
  const latest = finding.reviewNotes.findLast((n) => n.toStatus === "REJECTED");
  const mine = finding.author.id === me.id;
  return (
    <Alert tone="warning" title={mine ? t("findingReview.fixTitle") : t("findingReview.rejectedTitle")}>
      {latest ? (
        <figure>
          <figcaption className="font-medium">{heading(latest)}:</figcaption>
          <blockquote className="mt-1 whitespace-pre-line">{latest.body}</blockquote>
        </figure>
      ) : null}
      {mine ? <p className="mt-2">{t("findingReview.fixHint")}</p> : null}
    </Alert>
  );
}

/** Every note, oldest first; nothing when there is none. */
export function ReviewNotes({ finding }: { finding: FindingDetail }) {
  const { t } = useTranslation();
  const heading = useNoteHeading();
  if (finding.reviewNotes.length === 0) return null;
  return (
    <Card title={t("findingReview.historyTitle")} as="h2">
      <ol className="flex flex-col gap-3">
        {finding.reviewNotes.map((note) => (
          <li key={note.id} className="border-s-2 border-zinc-200 ps-3">
            <p className="text-xs font-medium text-zinc-600">{heading(note)}</p>
            <p dir="auto" className="mt-0.5 text-sm whitespace-pre-line text-zinc-800">
              {note.body}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
