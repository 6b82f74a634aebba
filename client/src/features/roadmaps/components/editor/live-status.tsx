// Whether other people's changes arrive live, and who saved last: discreet, announced
// politely to screen readers, and plain about a lost connection.
import { useTranslation } from "react-i18next";
import { cn } from "../../../../lib/cn.ts";
import type { RoadmapLive } from "../../hooks/use-roadmap-live.ts";

export function LiveStatus({ live }: { live: RoadmapLive }) {
  const { t } = useTranslation();
  if (live.state === "off") return null;
  const label =
    live.state === "live"
      ? t("roadmap.live.on")
      : live.state === "connecting"
        ? t("roadmap.live.connecting")
        : t("roadmap.live.paused");
  const hint = live.state === "paused" ? t("roadmap.live.pausedHint") : t("roadmap.live.onHint");
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <span
        className={cn(
          "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 font-medium ring-1 ring-inset",
          live.state === "live" && "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
          live.state === "connecting" && "bg-zinc-50 text-zinc-600 ring-zinc-500/20",
          live.state === "paused" && "bg-amber-50 text-amber-900 ring-amber-600/30",
        )}
        title={hint}
        data-live-state={live.state}
      >
        <span
          aria-hidden="true"
          className={cn("size-1.5 rounded-full bg-current", live.state === "live" && "motion-safe:animate-pulse")}
        />
        {label}
        {live.state === "paused" ? <span className="sr-only">: {hint}</span> : null}
      </span>
      <span role="status" className="text-zinc-600">
        {live.notice ? <NoticeText notice={live.notice} /> : null}
      </span>
    </span>
  );
}

function NoticeText({ notice }: { notice: NonNullable<RoadmapLive["notice"]> }) {
  const { t } = useTranslation();
  const name = notice.by.name || t("roadmap.live.someone");
  if (notice.kind === "comment") return <>{t("roadmap.live.commentBy", { name })}</>;
  if (notice.kind === "itemRemoved") return <>{t("roadmap.live.removedBy", { name })}</>;
  return <>{t("roadmap.live.updatedBy", { name })}</>;
}
