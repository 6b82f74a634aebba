// The command palette: a combobox over a listbox of grouped results (the ARIA combobox
// pattern: focus stays in the field, aria-activedescendant names the highlighted option,
// arrows move, Enter opens, Escape closes and focus returns to where it was). The places
// the user may go are filtered here; missions, parliaments and experts come from
// `search.global`, already within the user's reach.
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { hasParliamentHome } from "@hemicycle/shared/policy";
import { Dialog } from "../../components/ui/dialog.tsx";
import { Spinner } from "../../components/ui/spinner.tsx";
import { cn } from "../../lib/cn.ts";
import { describeError } from "../../lib/describe-error.ts";
import { useMe } from "../../lib/session.ts";
import { trpc } from "../../lib/trpc.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";
import type { PaletteAction } from "./palette-actions.ts";

type Group = "create" | "actions" | "missions" | "parliaments" | "experts";
type Option = { key: string; group: Group; to: string; label: string; detail?: string };

const GROUPS: Group[] = ["create", "actions", "missions", "parliaments", "experts"];

type PaletteDialogProps = { open: boolean; onClose: () => void; actions: PaletteAction[] };

export default function PaletteDialog({ open, onClose, actions }: PaletteDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = useDebouncedValue(text.trim(), 200);
  const searching = q.length > 0 && q.length <= 100;
  const search = useQuery({ ...trpc.search.global.queryOptions({ q }), enabled: open && searching });

  const options = useMemo<Option[]>(() => {
    const needle = text.trim().toLocaleLowerCase();
    const shown: Option[] = actions
      .filter((a) => a.label.toLocaleLowerCase().includes(needle))
      .map((a) => ({
        key: `action:${a.to}`,
        group: a.group === "create" ? ("create" as const) : ("actions" as const),
        to: a.to,
        label: a.label,
      }));
    const found = searching ? search.data : undefined;
    if (found) {
      for (const m of found.missions)
        shown.push({ key: `m:${m.id}`, group: "missions", to: `/missions/${m.id}`, label: m.title, detail: m.code });
      for (const p of found.parliaments) {
        const own = hasParliamentHome(me) && p.id === me.parliamentId;
        const to = own ? "/parliament" : `/parliaments/${p.id}`;
        shown.push({ key: `p:${p.id}`, group: "parliaments", to, label: p.name, detail: p.countryCode });
      }
      for (const x of found.experts)
        shown.push({
          key: `x:${x.id}`,
          group: "experts",
          to: `/experts/${x.id}`,
          label: x.name,
          detail: x.institution,
        });
    }
    return shown;
  }, [actions, text, searching, search.data, me]);

  const current = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function close() {
    setText("");
    setActive(0);
    onClose();
  }

  function go(option: Option | undefined) {
    if (!option) return;
    close();
    void navigate(option.to);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    if (event.key === "ArrowDown") setActive(current >= last ? 0 : current + 1);
    else if (event.key === "ArrowUp") setActive(current <= 0 ? last : current - 1);
    else if (event.key === "Home") setActive(0);
    else if (event.key === "End") setActive(last);
    else if (event.key === "Enter") go(options[current]);
    else return;
    event.preventDefault();
  }

  const loading = searching && (search.isPending || q !== text.trim());
  const empty = !loading && !search.isError && options.length === 0;

  return (
    <Dialog open={open} onClose={close} title={t("palette.title")} size="md">
      <input
        type="text"
        role="combobox"
        aria-label={t("palette.label")}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={text}
        placeholder={t("palette.placeholder")}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-zinc-300 px-3 py-2 text-base shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none sm:text-sm"
      />
      <div aria-live="polite" className="mt-2 min-h-5 text-sm text-zinc-500">
        {loading ? (
          <span className="flex items-center gap-2">
            <Spinner className="size-4" /> {t("palette.loading")}
          </span>
        ) : search.isError && searching ? (
          <span className="text-red-700">{describeError(search.error)}</span>
        ) : empty ? (
          t("palette.empty", { q: text.trim() })
        ) : null}
      </div>
      <div id={listId} role="listbox" aria-label={t("palette.results")} className="mt-1 space-y-3">
        {GROUPS.map((group) => {
          const inGroup = options.map((o, index) => ({ o, index })).filter(({ o }) => o.group === group);
          if (inGroup.length === 0) return null;
          const headingId = `${listId}-${group}`;
          return (
            <div key={group} role="group" aria-labelledby={headingId}>
              <div
                id={headingId}
                role="presentation"
                className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase"
              >
                {t(`palette.groups.${group}`)}
              </div>
              {inGroup.map(({ o, index }) => (
                <div
                  key={o.key}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === current}
                  onMouseMove={() => setActive(index)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => go(o)}
                  className={cn(
                    "flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-2 py-2 text-sm",
                    index === current ? "bg-brand-50 text-brand-700" : "text-zinc-800",
                  )}
                >
                  <span className="min-w-0 truncate">{o.label}</span>
                  {o.detail ? <span className="shrink-0 text-xs text-zinc-500">{o.detail}</span> : null}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </Dialog>
  );
}
