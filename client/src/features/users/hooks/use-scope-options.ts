// The choices for the record an account is tied to: a parliament for its staff, an
// expert record for an expert. The account's current choice stays listed even when it
// falls outside the loaded page.
import { useMemo } from "react";
import type { SelectOption } from "../../../components/ui/field.tsx";
import { CHOICES_LIMIT, useExpertChoices, useParliamentChoices } from "../../../lib/reference-data.ts";

type Named = { id: string; name: string } | null | undefined;

function withCurrent(items: readonly { id: string; name: string }[] | undefined, current: Named): SelectOption[] {
  const options = (items ?? []).map((item) => ({ value: item.id, label: item.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return options;
}

export function useScopeOptions(current?: { parliament: Named; expert: Named }) {
  const parliaments = useParliamentChoices();
  const experts = useExpertChoices();
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
    limit: CHOICES_LIMIT,
  };
}
