// The directory's rows: a table on a wide screen, cards on a phone.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName, formatList, languageName } from "../../../lib/format.ts";
import { Badge } from "../../../components/ui/badge.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { ExpertListItem } from "../api/experts.ts";

type ExpertListProps = { experts: readonly ExpertListItem[]; caption: string };

function Areas({ areas }: { areas: ExpertListItem["areas"] }) {
  const { t } = useTranslation();
  return (
    <span className="flex flex-wrap gap-1">
      {areas.map((area) => (
        <Badge key={area} title={t(`ictArea.${area}`)}>
          {area}
        </Badge>
      ))}
    </span>
  );
}

const languages = (codes: readonly string[]) => formatList(codes.map(languageName));

export function ExpertList({ experts, caption }: ExpertListProps) {
  const { t } = useTranslation();
  return (
    <>
      <Table caption={caption} className="hidden md:block">
        <THead>
          <tr>
            <Th>{t("experts.columns.expert")}</Th>
            <Th>{t("experts.columns.country")}</Th>
            <Th>{t("experts.columns.areas")}</Th>
            <Th>{t("experts.columns.languages")}</Th>
          </tr>
        </THead>
        <TBody>
          {experts.map((e) => (
            <Tr key={e.id}>
              <Td className="min-w-64">
                <Link
                  to={`/experts/${e.id}`}
                  className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
                >
                  {e.name}
                </Link>
                <div className="text-xs text-zinc-500">{e.institution}</div>
              </Td>
              <Td className="whitespace-nowrap">{countryName(e.countryCode)}</Td>
              <Td>
                <Areas areas={e.areas} />
              </Td>
              <Td className="text-zinc-600">{languages(e.languages)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <ul aria-label={caption} className="space-y-2 md:hidden">
        {experts.map((e) => (
          <li key={e.id} className="rounded-lg border border-zinc-200 bg-white p-3 shadow-xs">
            <Link to={`/experts/${e.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
              {e.name}
            </Link>
            <p className="mt-0.5 text-xs text-zinc-500">
              {e.institution}&nbsp;· {countryName(e.countryCode)}
            </p>
            {e.areas.length ? (
              <div className="mt-2">
                <Areas areas={e.areas} />
              </div>
            ) : null}
            {e.languages.length ? <p className="mt-1.5 text-xs text-zinc-600">{languages(e.languages)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
