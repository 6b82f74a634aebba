// The timeline's keyboard shortcuts, in a small popover by the zoom control: the keys are
// not discoverable otherwise. Escape or a click elsewhere closes it.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoadmapViewMode } from "../../lib/abilities.ts";

type Shortcut = { keys: string; action: string };

export function GanttShortcuts({ mode }: { mode: RoadmapViewMode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointer(event: PointerEvent) {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const shortcuts: Shortcut[] = [
    { keys: t("gantt.shortcuts.keys.rows"), action: t("gantt.shortcuts.rows") },
    { keys: t("gantt.shortcuts.keys.open"), action: t("gantt.shortcuts.open") },
  ];
  if (mode === "edit") {
    shortcuts.push(
      { keys: t("gantt.shortcuts.keys.move"), action: t("gantt.shortcuts.move") },
      { keys: t("gantt.shortcuts.keys.resize"), action: t("gantt.shortcuts.resize") },
      { keys: t("gantt.shortcuts.keys.cancel"), action: t("gantt.shortcuts.cancel") },
      { keys: t("gantt.shortcuts.keys.dependencies"), action: t("gantt.shortcuts.dependencies") },
      { keys: t("gantt.shortcuts.keys.schedule"), action: t("gantt.shortcuts.schedule") },
    );
  }

  return (
    <div ref={box} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 text-xs font-medium text-zinc-800 shadow-sm hover:bg-zinc-50"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor">
          <rect x="2" y="5" width="16" height="10" rx="2" strokeWidth="1.5" />
          <path d="M5 8h1M8 8h1M11 8h1M14 8h1M6 12h8" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        {t("gantt.shortcuts.button")}
      </button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label={t("gantt.shortcuts.title")}
          className="absolute end-0 top-full z-20 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg"
        >
          <p className="mb-2 font-semibold text-zinc-900">{t("gantt.shortcuts.title")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            {shortcuts.map((s) => (
              <div key={s.keys} className="contents">
                <dt>
                  {/* Keys read as on the keyboard, left to right, in every language. */}
                  <kbd
                    dir="ltr"
                    className="rounded border border-zinc-300 bg-zinc-50 px-1 font-mono text-xs whitespace-nowrap"
                  >
                    {s.keys}
                  </kbd>
                </dt>
                <dd className="text-zinc-700">{s.action}</dd>
              </div>
            ))}
          </dl>
          {mode === "edit" ? <p className="mt-2 text-xs text-zinc-600">{t("gantt.shortcuts.pointer")}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
