// languageName: the browser's name for a language in the user's language; where the browser
// has none (Intl.DisplayNames without data for siSwati in some engines), the English one;
// the code itself only for a code nobody names.
import { afterEach, describe, expect, it, vi } from "vitest";

const RealDisplayNames = Intl.DisplayNames;

/** Puts another Intl.DisplayNames in place (Intl's members are not enumerable: a spread copy would lose them). */
function replaceDisplayNames(value: unknown) {
  Object.defineProperty(Intl, "DisplayNames", { value, configurable: true, writable: true });
}

afterEach(() => {
  replaceDisplayNames(RealDisplayNames);
  vi.resetModules();
});

/** format.ts reads Intl when it loads: loaded afresh after the stub. */
async function loadFormat() {
  vi.resetModules();
  return import("../../../client/src/lib/format.ts");
}

describe("languageName", () => {
  it("names a language the browser knows in its own words", async () => {
    const { languageName } = await loadFormat();
    expect(languageName("fr")).toBe("French");
    expect(languageName("ss")).not.toBe("ss");
  });

  it("falls back on the English name where the browser has none, never a bare code", async () => {
    // An engine without names for the languages of Southern Africa.
    class PartialDisplayNames extends RealDisplayNames {
      override of(code: string): string | undefined {
        if (["ss", "tn", "st"].includes(code)) return this.resolvedOptions().fallback === "code" ? code : undefined;
        return super.of(code);
      }
    }
    replaceDisplayNames(PartialDisplayNames);
    const { languageName } = await loadFormat();
    expect(["en", "ss", "tn", "st"].map(languageName)).toEqual(["English", "Swati", "Tswana", "Southern Sotho"]);
    expect(languageName("SS")).toBe("Swati");
  });

  it("shows the code only when nobody can name it", async () => {
    replaceDisplayNames(undefined);
    const { languageName } = await loadFormat();
    expect(languageName("ss")).toBe("Swati");
    expect(languageName("qq")).toBe("qq");
  });
});
