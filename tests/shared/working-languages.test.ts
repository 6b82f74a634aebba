// Every language a parliament works in has an English name to fall back on, so the app never
// shows a bare code where the browser cannot name it.
import { describe, expect, it } from "vitest";
import { allWorkingLanguages, LANGUAGE_NAMES_EN, workingLanguages } from "@hemicycle/shared/working-languages";

describe("working languages", () => {
  it("have an English name each", () => {
    const unnamed = allWorkingLanguages().filter((code) => !LANGUAGE_NAMES_EN[code]);
    expect(unnamed).toEqual([]);
    expect(allWorkingLanguages()).toContain("en");
  });

  it("name siSwati, which some browsers cannot", () => {
    expect(LANGUAGE_NAMES_EN.ss).toBe("Swati");
  });

  it("are English for a country not listed", () => {
    expect(workingLanguages("sz")).toEqual(["en"]);
    expect(workingLanguages("tz")).toEqual(["sw", "en"]);
  });
});
