import { useEffect } from "react";
import i18n from "./i18n.ts";

/** "Missions · Hemicycle": each page names itself for tabs, history and screen readers. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    const product = i18n.t("app.name");
    document.title = title ? `${title} · ${product}` : product;
  }, [title]);
}
