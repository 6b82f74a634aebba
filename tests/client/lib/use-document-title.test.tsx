// The page title names the page, and a name that comes from a user cannot turn it around:
// <title> cannot isolate text, so bidirectional controls are stripped (docs/security.md).
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import i18n from "../../../client/src/lib/i18n.ts";
import { useDocumentTitle } from "../../../client/src/lib/use-document-title.ts";

const product = () => i18n.t("app.name");

describe("useDocumentTitle", () => {
  it("names the page before the product", () => {
    renderHook(() => useDocumentTitle("Missions"));
    expect(document.title).toBe(`Missions · ${product()}`);
  });

  it("is the product alone without a page name", () => {
    renderHook(() => useDocumentTitle(undefined));
    expect(document.title).toBe(product());
  });

  it("strips bidirectional overrides, embeddings and isolates from a user's title", () => {
    renderHook(() => useDocumentTitle("Budget \u202Efdp.exe\u202C \u2067review\u2069 \u202A\u202B\u202D\u2066\u2068"));
    expect(document.title).toBe(`Budget fdp.exe review · ${product()}`);
    expect(document.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("words the page's description in the reader's language once the app runs", async () => {
    const meta = document.createElement("meta");
    meta.name = "description";
    meta.content = "Hemicycle: case management for technical assistance to parliaments";
    document.head.append(meta);
    try {
      await i18n.changeLanguage("fr");
      renderHook(() => useDocumentTitle("Missions"));
      expect(meta.content).toBe(i18n.t("app.description"));
      expect(meta.content).toMatch(/^Hemicycle\u00a0: gestion/);
    } finally {
      await i18n.changeLanguage("en");
      meta.remove();
    }
  });

  it("is the product alone when the title was nothing but bidirectional controls", () => {
    renderHook(() => useDocumentTitle("\u202E\u2066 "));
    expect(document.title).toBe(product());
  });
});
