import { useTranslation } from "react-i18next";
import type { Role } from "@hemicycle/shared/enums";
import { Badge, type BadgeTone } from "../../../components/ui/badge.tsx";

const ROLE_TONES: Record<Role, BadgeTone> = {
  ADMIN: "purple",
  COORDINATOR: "indigo",
  EXPERT: "blue",
  PARLIAMENT_STAFF: "yellow",
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Badge tone={ROLE_TONES[role]}>{t(`role.${role}`)}</Badge>;
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge tone={active ? "green" : "gray"} dot>
      {active ? t("users.status.active") : t("users.status.inactive")}
    </Badge>
  );
}
