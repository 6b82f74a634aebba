import { useEffect } from "react";
import { stripBidiControls } from "@hemicycle/shared/text";
import i18n from "./i18n.ts";

/**
 * "Missions · Hemicycle": each page names itself for tabs, history and screen readers.
 * A name may come from a user: its bidirectional controls are stripped, since <title>
 * cannot isolate them and a U+202E would turn the product name around (docs/security.md).
 */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    const product = i18n.t("app.name");
    const own = title ? stripBidiControls(title).trim() : "";
    document.title = own ? `${own} · ${product}` : product;
    // index.html's description is English until the app runs; then it follows the language.
    document.querySelector('meta[name="description"]')?.setAttribute("content", i18n.t("app.description"));
  }, [title]);
}
