// The signed-in user changes their own password: the current one, then the new one under
// the shared password rule (ZChangePasswordInput). A wrong current password shows next to
// its field; on success the user's other sessions have ended and this one goes on.
import { useTranslation } from "react-i18next";
import { toast } from "sonner";
import { ZChangePasswordInput } from "@hemicycle/shared/schemas/auth";
import { useSchemaForm } from "../../../components/form/use-schema-form.ts";
import { FormAlert } from "../../../components/form/form-alert.tsx";
import { TextField } from "../../../components/ui/field.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { useChangePassword } from "../api/account.ts";

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useSchemaForm(ZChangePasswordInput, { defaultValues: { currentPassword: "", newPassword: "" } });

  const onSubmit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: ({ revoked }) => {
        form.reset();
        toast.success(t("account.password.changed", { count: revoked }));
      },
      onError: (error) => form.showServerError(error),
    }),
  );

  return (
    <Card title={t("account.password.title")} description={t("account.password.description")}>
      <form noValidate onSubmit={onSubmit} className="flex max-w-md flex-col gap-4 px-4 py-4">
        <FormAlert message={form.alert} />
        <TextField
          label={t("account.password.current")}
          type="password"
          autoComplete="current-password"
          {...form.field("currentPassword")}
        />
        <TextField
          label={t("account.password.new")}
          hint={t("account.password.rule")}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          {...form.field("newPassword")}
        />
        <div>
          <Button type="submit" variant="primary" loading={change.isPending}>
            {t("account.password.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
