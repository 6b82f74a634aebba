// The choices for the record an account is tied to: a parliament for its staff, an
// expert record for an expert. The account's current choice stays listed even when it
// falls outside the loaded page.
import { useMemo } from "react";
import type { SelectOption } from "../../../components/ui/field.tsx";
import { OPTIONS_LIMIT, useExpertOptions, useParliamentOptions } from "../api/users.ts";

type Named = { id: string; name: string } | null | undefined;

function withCurrent(items: readonly { id: string; name: string }[] | undefined, current: Named): SelectOption[] {
  const options = (items ?? []).map((item) => ({ value: item.id, label: item.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return options;
}

export function useScopeOptions(current?: { parliament: Named; expert: Named }) {
  const parliaments = useParliamentOptions();
  const experts = useExpertOptions();
  const parliamentOptions = useMemo(
    () => withCurrent(parliaments.data?.items, current?.parliament),
    [parliaments.data, current?.parliament],
  );
  const expertOptions = useMemo(
    () => withCurrent(experts.data?.items, current?.expert),
    [experts.data, current?.expert],
  );
  return {
    parliaments: {
      options: parliamentOptions,
      isPending: parliaments.isPending,
      isError: parliaments.isError,
      truncated: !!parliaments.data?.nextCursor,
    },
    experts: {
      options: expertOptions,
      isPending: experts.isPending,
      isError: experts.isError,
      truncated: !!experts.data?.nextCursor,
    },
    /** `truncated`: more records exist than the picker shows. */
    limit: OPTIONS_LIMIT,
  };
}
