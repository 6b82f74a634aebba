// One expert suggested for a phase (experts.suggest): who they are, how well they fit and
// why, and what clashes on the phase's dates, so that a coordinator sees it all before
// picking anyone. Presentational: the assign dialog owns the choice.
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ICT_AREA_CODES, type IctArea } from "@hemicycle/shared/enums";
import type { Message } from "@hemicycle/shared/messages";
import { countryName, formatDateRange, formatList, languageName } from "../../../lib/format.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { cn } from "../../../lib/cn.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import type { ExpertSuggestion } from "../api/team.ts";

/** A reason as the reader says it: languages by their name in the reader's language. */
export function renderReason(reason: Message): string {
  const language = reason.params?.language;
  if (reason.code === "matchLanguage" && typeof language === "string") {
    return renderMessage({ ...reason, params: { ...reason.params, language: languageName(language) } });
  }
  return renderMessage(reason);
}

function isIctArea(value: unknown): value is IctArea {
  return (ICT_AREA_CODES as readonly unknown[]).includes(value);
}

type TeamCandidateProps = {
  suggestion: ExpertSuggestion;
  rank: number;
  selected: boolean;
  /** The radio's registration with the form. */
  radio: UseFormRegisterReturn;
};

export function TeamCandidate({ suggestion, rank, selected, radio }: TeamCandidateProps) {
  const { t } = useTranslation();
  const { expert, score, reasons, conflicts } = suggestion;
  const detailsId = `candidate-${expert.id}-details`;
  // The areas it covers read best as badges; the other reasons as a sentence.
  const covered = reasons.flatMap((r) => (r.code === "matchArea" && isIctArea(r.params?.area) ? [r.params.area] : []));
  const others = reasons.filter((r) => r.code !== "matchArea");
  return (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-3 border-b border-zinc-100 px-3 py-2.5 last:border-b-0 hover:bg-zinc-50",
        selected && "bg-brand-50 hover:bg-brand-50",
      )}
    >
      <input type="radio" value={expert.id} className="mt-1 accent-brand-600" aria-describedby={detailsId} {...radio} />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="text-xs text-zinc-400 tabular-nums">{rank}.</span>
          <span className="text-sm font-medium text-zinc-900">{expert.name}</span>
          <Badge tone={conflicts.length ? "yellow" : score >= 60 ? "green" : "gray"}>
            {t("assign.score", { score })}
          </Badge>
          {conflicts.length ? (
            <Badge tone="orange" dot>
              {t("assign.conflictCount", { count: conflicts.length })}
            </Badge>
          ) : null}
        </span>
        <span id={detailsId} className="block">
          <span className="block text-xs text-zinc-500">
            {expert.institution}&nbsp;· {countryName(expert.countryCode)}
            {expert.languages.length ? `\u00a0· ${formatList(expert.languages.map(languageName))}` : ""}
          </span>
          {covered.length ? (
            <span className="mt-1 flex flex-wrap items-center gap-1">
              <span className="sr-only">{t("assign.covers")}</span>
              {covered.map((area) => (
                <Badge key={area} tone="indigo" title={t(`ictArea.${area}`)}>
                  {t(`ictAreaShort.${area}`)}
                </Badge>
              ))}
            </span>
          ) : null}
          <span className="mt-1 block text-xs text-zinc-700">
            <span className="sr-only">{t("assign.why")} </span>
            {others.map(renderReason).join(" · ")}
          </span>
          {conflicts.length ? (
            <span className="mt-1 flex flex-col gap-0.5 text-xs text-orange-800">
              {conflicts.map((c, i) => (
                <span key={i}>
                  {c.kind === "PHASE_OVERLAP"
                    ? t("assign.conflictPhase", { mission: c.missionCode ?? "", dates: formatDateRange(c.from, c.to) })
                    : t("assign.conflictUnavailable", { dates: formatDateRange(c.from, c.to) })}
                </span>
              ))}
            </span>
          ) : null}
        </span>
      </span>
    </label>
  );
}
