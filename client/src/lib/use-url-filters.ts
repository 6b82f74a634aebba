// List filters kept in the URL, so a filtered list can be shared, survives a reload and
// the back button restores it; and the search box that writes to it after a pause.
import { useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useDebouncedValue } from "./use-debounced-value.ts";

export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();

  const setFilter = useCallback(
    (key: K, value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  /** A filter of several values: the key repeated (`?area=LEG&area=WEB`); none removes it. */
  const setFilterValues = useCallback(
    (key: K, values: readonly string[]) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete(key);
          for (const value of values) if (value) next.append(key, value);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = keys.some((key) => !!params.get(key));
  return { params, setFilter, setFilterValues, clear, active };
}

/**
 * The text of a search box bound to a URL value: typing writes to the URL once the user
 * pauses; back/forward navigation that changes the URL value updates the box.
 */
export function useUrlSearchBox(urlValue: string, write: (value: string) => void, delayMs = 300) {
  const [search, setSearch] = useState(urlValue);
  const debounced = useDebouncedValue(search.trim(), delayMs);
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  // What this box last wrote to the URL: tells typing apart from back/forward navigation.
  const pushed = useRef(urlValue);
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    writeRef.current(debounced);
  }, [debounced]);
  useEffect(() => {
    if (urlValue === pushed.current) return;
    pushed.current = urlValue;
    setSearch(urlValue);
  }, [urlValue]);

  return [search, setSearch] as const;
}
