// Admin: users and roles. Accounts are listed, searched and filtered by role; new ones
// are created and existing ones edited in dialogs. Admins only (the server refuses
// everyone else too).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../components/ui/page-header.tsx";
import { Button } from "../../components/ui/button.tsx";
import { LoadingBlock } from "../../components/ui/spinner.tsx";
import { EmptyState } from "../../components/ui/empty-state.tsx";
import { ErrorState } from "../../components/ui/error-state.tsx";
import { LoadMore } from "../../components/ui/pagination.tsx";
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
  if (me.role !== "ADMIN") return <ForbiddenState />;
  return <UsersAdmin meId={me.id} />;
}

function UsersAdmin({ meId }: { meId: string }) {
  const { t } = useTranslation();
  const filterState = useUserFilters();
  const { filters, active } = filterState;
  const query = useUserList({ search: filters.search || undefined, role: filters.role });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  // Each opening mounts the dialog with a new key, so it starts from a clean state; the
  // dialog stays mounted while closed so that focus can return to the opener.
  const [create, setCreate] = useState({ key: 0, open: false });
  const [edit, setEdit] = useState<{ key: number; open: boolean; user: UserListItem | null }>({
    key: 0,
    open: false,
    user: null,
  });

  const newUserButton = (
    <Button variant="primary" onClick={() => setCreate((c) => ({ key: c.key + 1, open: true }))}>
      <span aria-hidden="true">+</span> {t("users.new")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} actions={newUserButton} />
      <UserFilters {...filterState} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : items.length === 0 ? (
        <EmptyState
          title={active ? t("users.emptyFiltered") : t("users.empty")}
          description={active ? t("users.emptyFilteredHint") : undefined}
        />
      ) : (
        <div
          className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
          aria-busy={query.isPlaceholderData || undefined}
        >
          <UsersTable
            users={items}
            meId={meId}
            onEdit={(user) => setEdit((e) => ({ key: e.key + 1, open: true, user }))}
          />
          <LoadMore
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            fetchNextPage={query.fetchNextPage}
            shown={items.length}
          />
        </div>
      )}
      <CreateUserDialog
        key={`create-${create.key}`}
        open={create.open}
        onClose={() => setCreate((c) => ({ ...c, open: false }))}
      />
      {edit.user ? (
        <EditUserDialog
          key={`edit-${edit.key}`}
          open={edit.open}
          user={edit.user}
          meId={meId}
          onClose={() => setEdit((e) => ({ ...e, open: false }))}
        />
      ) : null}
    </>
  );
}
