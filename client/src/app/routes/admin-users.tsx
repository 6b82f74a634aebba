// Admin: users and roles. Accounts are listed, searched and filtered by role; new ones
// are created and existing ones edited in dialogs. Admins only (the server refuses
// everyone else too).
import { useTranslation } from "react-i18next";
import { mayManageUsers } from "@hemicycle/shared/policy";
import { useMe } from "../../lib/session.ts";
import { useDialogState } from "../../lib/use-dialog-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Button } from "../../components/ui/button.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { PagedList } from "../../components/list/paged-list.tsx";
import { useUserList, type UserListItem } from "../../features/users/api/users.ts";
import { useUserFilters } from "../../features/users/hooks/use-user-filters.ts";
import { UserFilters } from "../../features/users/components/user-filters.tsx";
import { UsersTable } from "../../features/users/components/users-table.tsx";
import { CreateUserDialog } from "../../features/users/components/create-user-dialog.tsx";
import { EditUserDialog } from "../../features/users/components/edit-user-dialog.tsx";
import { ForbiddenState } from "../forbidden-state.tsx";

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("users.title"));
  if (!mayManageUsers(me)) return <ForbiddenState />;
  return <UsersAdmin />;
}

function UsersAdmin() {
  const { t } = useTranslation();
  const filterState = useUserFilters();
  const { filters, active } = filterState;
  const list = useUserList({ search: filters.search || undefined, role: filters.role });
  const create = useDialogState();
  const edit = useDialogState<UserListItem>();

  const newUserButton = (
    <Button variant="primary" onClick={() => create.open()}>
      <span aria-hidden="true">+</span> {t("users.new")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} actions={newUserButton} />
      <UserFilters {...filterState} />
      <PagedList
        list={list}
        empty={
          <EmptyState
            title={active ? t("users.emptyFiltered") : t("users.empty")}
            description={active ? t("users.emptyFilteredHint") : undefined}
          />
        }
      >
        {(users) => <UsersTable users={users} onEdit={edit.open} />}
      </PagedList>
      <CreateUserDialog key={`create-${create.key}`} open={create.isOpen} onClose={create.close} />
      {edit.payload ? (
        <EditUserDialog key={`edit-${edit.key}`} open={edit.isOpen} user={edit.payload} onClose={edit.close} />
      ) : null}
    </>
  );
}
