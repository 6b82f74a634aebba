// What the palette offers beside the search: every record the user may create (asked of
// the shared policy, as the pages' own buttons are), then the pages the navigation gives
// them (dashboard or My work, calendar, registries…), in the shell's words.
import type { TFunction } from "i18next";
import { mayManageDirectory, mayManageMissions, type Actor } from "@hemicycle/shared/policy";

/** A place the user may go, already in words; `create` ones are listed first, as "Create". */
export type PaletteAction = { to: string; label: string; group?: "create" | "pages" };

export function createActionsFor(me: Pick<Actor, "role">, t: TFunction): PaletteAction[] {
  const actions: PaletteAction[] = [];
  if (mayManageMissions(me)) actions.push({ to: "/missions/new", label: t("palette.newMission"), group: "create" });
  if (mayManageDirectory(me)) {
    actions.push(
      { to: "/parliaments/new", label: t("palette.newParliament"), group: "create" },
      { to: "/programmes/new", label: t("palette.newProgramme"), group: "create" },
      { to: "/experts/new", label: t("palette.newExpert"), group: "create" },
    );
  }
  return actions;
}

/** The create actions, then the shell's pages without any create action it already had. */
export function paletteActions(creates: PaletteAction[], pages: PaletteAction[]): PaletteAction[] {
  const taken = new Set(creates.map((a) => a.to));
  return [...creates, ...pages.filter((a) => !taken.has(a.to)).map((a) => ({ ...a, group: a.group ?? "pages" }))];
}

/** "⌘K" on a Mac (and an iPad with a keyboard), "Ctrl K" elsewhere. */
export function isApplePlatform(nav: Pick<Navigator, "platform" | "userAgent"> | undefined = globalThis.navigator) {
  if (!nav) return false;
  return /Mac|iPhone|iPad|iPod/i.test(nav.platform || nav.userAgent);
}
