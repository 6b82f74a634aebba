// "What changed since revision N, the last you saw": the comparison of the revision a
// reviewer last looked at with the latest one. Once the page has shown the latest
// revision it is marked as seen; what this page compares stays put while it is open (a
// reviewer reading the changes does not see them vanish), and a revision that arrives
// while it is open is compared with the one they were reading.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/card.tsx";
import type { Roadmap } from "../../api/types.ts";
import { CompareView } from "./compare-view.tsx";
import { useMarkRevisionSeen } from "../../api/roadmap-review.ts";

type ChangesSinceSeenProps = {
  roadmap: Roadmap;
  onOpenItem?: ((itemId: string) => void) | undefined;
};

/** The revision whose content the latest one holds: an endorsement stores the submission it endorsed. */
function contentRevision(latest: NonNullable<Roadmap["latestRevision"]>): number {
  return latest.kind === "ENDORSEMENT" ? latest.number - 1 : latest.number;
}

export function ChangesSinceSeen({ roadmap, onOpenItem }: ChangesSinceSeenProps) {
  const { t } = useTranslation();
  const latest = roadmap.latestRevision;
  const latestNumber = latest?.number ?? null;
  const [since, setSince] = useState(roadmap.lastSeenRevision);
  const [shown, setShown] = useState(latestNumber);
  if (shown !== latestNumber) {
    // A new revision while the page is open: the reader had seen the one shown so far.
    setShown(latestNumber);
    if (shown !== null) setSince(shown);
  }
  useMarkSeen(roadmap.id, latestNumber, roadmap.lastSeenRevision);

  if (!latest) return null;
  const id = "changes-since-seen";
  const content = contentRevision(latest);

  if (since === null && content <= 1) {
    return (
      <Card id={id} title={t("roadmapReview.since.title")}>
        <p className="text-sm text-zinc-600">{t("roadmapReview.since.first")}</p>
      </Card>
    );
  }
  if (since !== null && since >= content) {
    return (
      <Card id={id} title={t("roadmapReview.since.title")}>
        <p className="text-sm text-zinc-600">{t("roadmapReview.since.nothingNew", { number: since })}</p>
      </Card>
    );
  }
  // Never opened before, on a later revision: what the latest changed from the one before it.
  const from = since ?? content - 1;
  return (
    <Card
      id={id}
      title={
        since === null
          ? t("roadmapReview.since.titleLatest", { number: latest.number, from })
          : t("roadmapReview.since.titleSince", { number: since, latest: latest.number })
      }
      description={since === null ? t("roadmapReview.since.firstVisit") : undefined}
    >
      <CompareView roadmapId={roadmap.id} roadmap={roadmap} from={from} to={latest.number} onOpenItem={onOpenItem} />
    </Card>
  );
}

/** Tells the server once that this person has been shown revision `latest`. */
function useMarkSeen(roadmapId: string, latest: number | null, lastSeen: number | null) {
  const mark = useMarkRevisionSeen();
  const marked = useRef<number | null>(null);
  const { mutate } = mark;
  useEffect(() => {
    if (latest === null || marked.current === latest || (lastSeen !== null && lastSeen >= latest)) return;
    marked.current = latest;
    mutate({ id: roadmapId, number: latest });
  }, [roadmapId, latest, lastSeen, mutate]);
}
