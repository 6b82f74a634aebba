// A filter that takes several values: a button, looking like the select beside it, that
// shows what is chosen ("Any area", one name, or "2 chosen") and opens a list of
// checkboxes. Escape, a click elsewhere or leaving it with Tab closes it.
import { useId, useRef, useState } from "react";
import { cn } from "../../lib/cn.ts";
import type { SelectOption } from "./field.tsx";
import { useOutsidePointer } from "../../lib/use-outside-pointer.ts";

type CheckMenuProps = {
  label: string;
  /** Shown when nothing is chosen ("Any area"). */
  placeholder: string;
  /** Shown when several are chosen ("{{count}} chosen"), given their number. */
  several: (count: number) => string;
  options: readonly SelectOption[];
  value: readonly string[];
  /** The chosen values, in the options' order. */
  onChange: (value: string[]) => void;
  containerClassName?: string;
};

export function CheckMenu({
  label,
  placeholder,
  several,
  options,
  value,
  onChange,
  containerClassName,
}: CheckMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const chosen = options.filter((o) => value.includes(o.value));
  const summary = chosen.length === 0 ? placeholder : chosen.length === 1 ? chosen[0]!.label : several(chosen.length);

  useOutsidePointer(root, open, () => setOpen(false));

  function toggle(option: string, checked: boolean) {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.filter((o) => next.has(o.value)).map((o) => o.value));
  }

  return (
    <div
      ref={root}
      className={cn("relative flex flex-col gap-1", containerClassName)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <span id={`${id}-label`} className="text-sm font-medium text-zinc-800">
        {label}
      </span>
      <button
        ref={button}
        type="button"
        aria-labelledby={`${id}-label ${id}-value`}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((current) => !current)}
        className={cn(
          "flex h-9 w-full items-center justify-between gap-2 rounded-md border border-zinc-300 bg-white px-3 text-start text-sm shadow-sm",
          "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
          chosen.length === 0 ? "text-zinc-900" : "font-medium text-brand-800",
        )}
      >
        <span id={`${id}-value`} className="truncate">
          {summary}
        </span>
        <span aria-hidden="true" className="text-xs text-zinc-500">
          ▾
        </span>
      </button>
      <div
        id={`${id}-list`}
        role="group"
        aria-labelledby={`${id}-label`}
        hidden={!open}
        className="absolute start-0 top-full z-20 mt-1 max-h-72 min-w-full overflow-y-auto rounded-md border border-zinc-200 bg-white p-1 shadow-lg"
      >
        {options.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm whitespace-nowrap text-zinc-800 hover:bg-zinc-50"
          >
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
