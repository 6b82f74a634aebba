// The command palette's way in, mounted in the shell: a button in the header and Ctrl+K
// (Cmd+K on a Mac, where the button shows ⌘K) anywhere. The palette itself is loaded the
// first time it opens, so it weighs nothing on the first page.
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/session.ts";
import { createActionsFor, isApplePlatform, paletteActions, type PaletteAction } from "./palette-actions.ts";

export type { PaletteAction } from "./palette-actions.ts";

const PaletteDialog = lazy(() => import("./palette-dialog.tsx"));

/** `actions`: the shell's pages; the create actions the user may take are added here. */
export function PaletteLauncher({ actions }: { actions: PaletteAction[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const all = useMemo(() => paletteActions(createActionsFor(me, t), actions), [me, t, actions]);
  const [apple] = useState(() => isApplePlatform());
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setLoaded(true);
        setOpen((was) => !was);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-keyshortcuts="Control+K Meta+K"
        className="flex items-center gap-2 rounded-md border border-zinc-200 px-2.5 py-1.5 text-sm text-zinc-500 hover:bg-zinc-50 hover:text-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path
            fillRule="evenodd"
            d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
            clipRule="evenodd"
          />
        </svg>
        {/* The word and the shortcut only where the header has room for them beside nine sections and the bell (2xl). */}
        <span className="sr-only 2xl:not-sr-only">{t("palette.open")}</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-zinc-200 px-1 font-sans text-xs text-zinc-400 2xl:inline"
        >
          {apple ? t("palette.shortcutMac") : t("palette.shortcut")}
        </kbd>
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <PaletteDialog open={open} onClose={() => setOpen(false)} actions={all} />
        </Suspense>
      ) : null}
    </>
  );
}
