// The programmes: a table on a wide screen, cards on a phone.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { formatDateRange } from "../../../lib/format.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import type { ProgrammeListItem } from "../api/programmes.ts";

type ProgrammesTableProps = { programmes: readonly ProgrammeListItem[]; caption: string };

export function ProgrammesTable({ programmes, caption }: ProgrammesTableProps) {
  const { t } = useTranslation();
  const funders = (p: ProgrammeListItem) => (p.funders.length > 0 ? p.funders.join(" · ") : "—");
  return (
    <>
      <Table caption={caption} className="hidden md:block">
        <THead>
          <tr>
            <Th>{t("programmes.columns.name")}</Th>
            <Th>{t("programmes.columns.funders")}</Th>
            <Th>{t("programmes.columns.period")}</Th>
          </tr>
        </THead>
        <TBody>
          {programmes.map((p) => (
            <Tr key={p.id}>
              <Td className="min-w-64">
                <Link
                  to={`/programmes/${p.id}`}
                  className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
              </Td>
              <Td>{funders(p)}</Td>
              <Td className="whitespace-nowrap">{formatDateRange(p.startDate, p.endDate)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <ul
        aria-label={caption}
        className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white md:hidden"
      >
        {programmes.map((p) => (
          <li key={p.id} className="px-4 py-3">
            <Link to={`/programmes/${p.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
              {p.name}
            </Link>
            <p className="mt-0.5 text-sm text-zinc-600">{formatDateRange(p.startDate, p.endDate)}</p>
            <p className="text-xs text-zinc-500">{funders(p)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
