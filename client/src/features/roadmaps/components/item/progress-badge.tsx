// An item's progress as a coloured badge, in the table's cells and the item's view.
import type { ProgressStatus } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../../components/ui/badge.tsx";
import { enumLabel } from "../../lib/field-values.ts";

const PROGRESS_TONE: Record<ProgressStatus, BadgeTone> = {
  NOT_STARTED: "gray",
  IN_PROGRESS: "blue",
  DONE: "green",
  BLOCKED: "red",
  DROPPED: "purple",
};

export function ProgressBadge({ progress, className }: { progress: ProgressStatus; className?: string }) {
  return (
    <Badge tone={PROGRESS_TONE[progress]} className={className}>
      {enumLabel("progress", progress)}
    </Badge>
  );
}
