// The accounts: who, which role, which parliament or expert record the account is tied
// to, and whether it may sign in. A table from a tablet up; on a phone, one card per
// account instead of a table scrolling sideways.
import { useTranslation } from "react-i18next";
import { cn } from "../../../lib/cn.ts";
import { useMe } from "../../../lib/session.ts";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import type { UserListItem } from "../api/users.ts";
import { ActiveBadge, RoleBadge } from "./role-badge.tsx";

type UsersTableProps = { users: readonly UserListItem[]; onEdit: (user: UserListItem) => void };

export function UsersTable(props: UsersTableProps) {
  return (
    <>
      <UsersTableWide {...props} />
      <UserCards {...props} />
    </>
  );
}

/** On a phone: the name and e-mail, the role, status and linked record beneath, and Edit. */
function UserCards({ users, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <ul aria-label={t("users.caption")} className="space-y-3 md:hidden">
      {users.map((user) => (
        <li
          key={user.id}
          className={cn("rounded-lg border border-zinc-200 bg-white p-3 shadow-xs", !user.active && "bg-zinc-50")}
        >
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <span className={cn("font-medium", user.active ? "text-zinc-900" : "text-zinc-500")}>{user.name}</span>
                {user.id === me.id ? <Badge tone="gray">{t("users.you")}</Badge> : null}
              </div>
              <div className="text-xs break-all text-zinc-500">{user.email}</div>
            </div>
            <Button size="sm" onClick={() => onEdit(user)} aria-label={t("users.editNamed", { name: user.name })}>
              {t("users.editAction")}
            </Button>
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <RoleBadge role={user.role} />
            <ActiveBadge active={user.active} />
          </div>
          {user.parliament ? (
            <p className="mt-2 text-xs text-zinc-500">
              {t("users.linked.parliament")}: <span className="text-zinc-800">{user.parliament.name}</span>
            </p>
          ) : user.expert ? (
            <p className="mt-2 text-xs text-zinc-500">
              {t("users.linked.expert")}: <span className="text-zinc-800">{user.expert.name}</span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function UsersTableWide({ users, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Table caption={t("users.caption")} className="hidden md:block">
      <THead>
        <tr>
          <Th>{t("users.columns.user")}</Th>
          <Th>{t("users.columns.role")}</Th>
          <Th>{t("users.columns.linkedTo")}</Th>
          <Th>{t("users.columns.status")}</Th>
          <Th>
            <span className="sr-only">{t("users.columns.actions")}</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {users.map((user) => (
          <Tr key={user.id} className={cn(!user.active && "bg-zinc-50/60")}>
            <Td className="whitespace-nowrap">
              <div className="flex items-center gap-2">
                <span className={cn("font-medium", user.active ? "text-zinc-900" : "text-zinc-500")}>{user.name}</span>
                {user.id === me.id ? <Badge tone="gray">{t("users.you")}</Badge> : null}
              </div>
              <div className="text-xs text-zinc-500">{user.email}</div>
            </Td>
            <Td>
              <RoleBadge role={user.role} />
            </Td>
            <Td className="whitespace-nowrap">
              <LinkedRecord user={user} />
            </Td>
            <Td>
              <ActiveBadge active={user.active} />
            </Td>
            <Td className="text-end">
              <Button size="sm" onClick={() => onEdit(user)} aria-label={t("users.editNamed", { name: user.name })}>
                {t("users.editAction")}
              </Button>
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** The parliament of a staff account, or the expert record of an expert's account. */
function LinkedRecord({ user }: { user: UserListItem }) {
  const { t } = useTranslation();
  const linked = user.parliament
    ? { kind: t("users.linked.parliament"), name: user.parliament.name }
    : user.expert
      ? { kind: t("users.linked.expert"), name: user.expert.name }
      : null;
  if (!linked) {
    return (
      <>
        <span aria-hidden="true" className="text-zinc-400">
          —
        </span>
        <span className="sr-only">{t("users.linked.none")}</span>
      </>
    );
  }
  return (
    <>
      <div className="text-zinc-800">{linked.name}</div>
      <div className="text-xs text-zinc-500">{linked.kind}</div>
    </>
  );
}
