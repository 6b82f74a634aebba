// One expert's page: who they are, what they know and speak, when they cannot travel
// (for those who may see it) and the phases they are on.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName, formatDateRange, formatList, languageName } from "../../../lib/format.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { Card } from "../../../components/ui/card.tsx";
import type { ExpertAssignment, ExpertDetail } from "../api/experts.ts";

type ExpertProfileProps = { expert: ExpertDetail; showPrivate: boolean };

export function ExpertProfile({ expert, showPrivate }: ExpertProfileProps) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-1">
        <Card title={t("experts.detail.profile")}>
          <dl className="space-y-3 text-sm">
            <Item label={t("experts.detail.institution")}>{expert.institution}</Item>
            <Item label={t("experts.detail.country")}>{countryName(expert.countryCode)}</Item>
            {showPrivate && expert.email ? (
              <Item label={t("experts.detail.email")}>
                <a href={`mailto:${expert.email}`} className="text-brand-700 hover:underline">
                  {expert.email}
                </a>
              </Item>
            ) : null}
            <Item label={t("experts.detail.languages")}>
              {expert.languages.length ? formatList(expert.languages.map(languageName)) : t("experts.detail.none")}
            </Item>
            <Item label={t("experts.detail.areas")}>
              {expert.areas.length ? (
                <ul className="space-y-1">
                  {expert.areas.map((area) => (
                    <li key={area} className="flex items-baseline gap-2">
                      <Badge>{area}</Badge>
                      <span>{t(`ictArea.${area}`)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                t("experts.detail.none")
              )}
            </Item>
          </dl>
          {expert.bio ? <p className="mt-4 text-sm whitespace-pre-line text-zinc-700">{expert.bio}</p> : null}
        </Card>
        {showPrivate ? (
          <Card title={t("experts.detail.unavailable")}>
            {expert.unavailability.length ? (
              <ul className="space-y-2 text-sm">
                {expert.unavailability.map((u) => (
                  <li key={`${String(u.startDate)}-${String(u.endDate)}`}>
                    <span className="font-medium text-zinc-900">{formatDateRange(u.startDate, u.endDate)}</span>
                    {u.reason ? <span className="text-zinc-600"> · {u.reason}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600">{t("experts.detail.noUnavailability")}</p>
            )}
          </Card>
        ) : null}
      </div>
      <Card title={t("experts.detail.assignments")} className="lg:col-span-2">
        <Assignments assignments={expert.assignments} />
      </Card>
    </div>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-zinc-900">{children}</dd>
    </div>
  );
}

function Assignments({ assignments }: { assignments: readonly ExpertAssignment[] }) {
  const { t } = useTranslation();
  if (!assignments.length) return <p className="text-sm text-zinc-600">{t("experts.detail.noAssignments")}</p>;
  return (
    <ol className="relative space-y-4 border-s border-zinc-200 ps-4">
      {assignments.map((a) => (
        <li key={a.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -start-[1.3rem] size-2.5 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="text-xs font-medium text-zinc-500 tabular-nums">
            {formatDateRange(a.phase.startDate, a.phase.endDate)}
          </p>
          <p className="text-sm">
            <Link
              to={`/missions/${a.phase.mission.id}`}
              className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
            >
              {a.phase.mission.title}
            </Link>
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600">
            <span className="font-mono">{a.phase.mission.code}</span>
            <span>{a.phase.mission.parliament.name}</span>
            <span>{t(`phaseKind.${a.phase.kind}`)}</span>
            <Badge tone={a.role === "LEAD" ? "blue" : "gray"}>{t(`teamRole.${a.role}`)}</Badge>
            {a.phase.status === "CANCELLED" ? <Badge>{t(`phaseStatus.${a.phase.status}`)}</Badge> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
