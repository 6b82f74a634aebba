// The filters above a list whose state lives in the address (lib/use-url-filters.ts): a
// search box that writes to the URL once the user pauses, the list's own filters, and
// "Clear filters" while any is set.
import { useRef, type ReactNode } from "react";
import { useUrlSearchBox } from "../../lib/use-url-filters.ts";
import { Button } from "../ui/button.tsx";
import { TextField } from "../ui/field.tsx";

type FilterBarProps = {
  /** Names the search landmark. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The search as the URL holds it, and how to write it there. */
  search: string;
  onSearch: (value: string) => void;
  /** A filter is set: "Clear filters" shows, and `clear` empties them all. */
  active: boolean;
  clear: () => void;
  clearLabel: string;
  /** The list's own filters (selects…). */
  children?: ReactNode;
};

export function FilterBar(props: FilterBarProps) {
  const [search, setSearch] = useUrlSearchBox(props.search, props.onSearch);
  const searchBox = useRef<HTMLInputElement>(null);
  return (
    <search className="mb-4 flex flex-wrap items-end gap-3" aria-label={props.label}>
      <TextField
        type="search"
        label={props.searchLabel}
        placeholder={props.searchPlaceholder}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        ref={searchBox}
        containerClassName="w-full sm:w-72"
      />
      {props.children}
      {props.active ? (
        <Button
          variant="ghost"
          onClick={() => {
            setSearch("");
            props.clear();
            // The button goes away with the filters: the search box takes the focus.
            searchBox.current?.focus();
          }}
        >
          {props.clearLabel}
        </Button>
      ) : null}
    </search>
  );
}
