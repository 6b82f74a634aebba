// The parliaments of the registry: a table on a wide screen, cards on a phone.
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { countryName } from "../../../../lib/format.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../../components/ui/table.tsx";
import type { ParliamentListItem } from "../../api/registry.ts";

type ParliamentsTableProps = { parliaments: readonly ParliamentListItem[]; caption: string };

export function ParliamentsTable({ parliaments, caption }: ParliamentsTableProps) {
  const { t } = useTranslation();
  const chambers = (p: ParliamentListItem) =>
    p.chamberNames.length > 0 ? p.chamberNames.join(" · ") : t(`parliaments.structure.${p.structure}`);
  return (
    <>
      <Table caption={caption} className="hidden md:block">
        <THead>
          <tr>
            <Th>{t("parliaments.columns.name")}</Th>
            <Th>{t("parliaments.columns.country")}</Th>
            <Th>{t("parliaments.columns.region")}</Th>
            <Th>{t("parliaments.columns.chambers")}</Th>
          </tr>
        </THead>
        <TBody>
          {parliaments.map((p) => (
            <Tr key={p.id}>
              <Td className="min-w-64">
                <Link
                  to={`/parliaments/${p.id}`}
                  className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
              </Td>
              <Td>{countryName(p.countryCode)}</Td>
              <Td className="whitespace-nowrap">{t(`region.${p.region}`)}</Td>
              <Td>
                <div>{t(`parliaments.structure.${p.structure}`)}</div>
                {p.chamberNames.length > 0 ? (
                  <div className="text-xs text-zinc-500">{p.chamberNames.join(" · ")}</div>
                ) : null}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <ul
        aria-label={caption}
        className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white md:hidden"
      >
        {parliaments.map((p) => (
          <li key={p.id} className="px-4 py-3">
            <Link
              to={`/parliaments/${p.id}`}
              className="font-medium text-zinc-900 hover:text-brand-700 hover:underline"
            >
              {p.name}
            </Link>
            <p className="mt-0.5 text-sm text-zinc-600">
              {countryName(p.countryCode)}&nbsp;· {t(`region.${p.region}`)}
            </p>
            <p className="text-xs text-zinc-500">{chambers(p)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
