// Each architecture rule of eslint.config.js, proved on a planted import: the rule must
// fire on the forbidden import and stay quiet on a legal one beside it, so that a rule
// which matches nothing (a wrong glob, an unresolved path) fails here instead of passing.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const suffix = randomBytes(4).toString("hex");
// A feature folder that no config names: it exists before the config is loaded, so the
// test shows that new folders are fenced off without a hand-written entry.
const probeFeature = `__lint-probe-${suffix}`;
const probeFeatureDir = path.join(repoRoot, "client/src/features", probeFeature);
const cycleDir = path.join(repoRoot, `client/src/lib/__lint-cycle-${suffix}`);

let eslint: ESLint;

beforeAll(async () => {
  await mkdir(probeFeatureDir, { recursive: true });
  await mkdir(cycleDir, { recursive: true });
  // A value cycle, and a cycle closed only by a type import (erased, so allowed).
  await writeFile(path.join(cycleDir, "a.ts"), 'import { b } from "./b.ts";\nexport const a = () => b;\n');
  await writeFile(path.join(cycleDir, "b.ts"), 'import { a } from "./a.ts";\nexport const b = () => a;\n');
  await writeFile(
    path.join(cycleDir, "c.ts"),
    'import { d } from "./d.ts";\nexport type C = string;\nexport const c = d;\n',
  );
  await writeFile(path.join(cycleDir, "d.ts"), 'import type { C } from "./c.ts";\nexport const d: C = "d";\n');
  eslint = new ESLint({ cwd: repoRoot });
}, 60_000);

afterAll(async () => {
  await rm(probeFeatureDir, { recursive: true, force: true });
  await rm(cycleDir, { recursive: true, force: true });
});

/** Lints `code` as if it were the file at `file` (repo-relative; it need not exist). */
async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  if (!result) throw new Error(`no lint result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${file} did not parse: ${fatal.map((m) => m.message).join("; ")}`);
  return result.messages;
}

async function ruleHits(rule: string, file: string, code: string): Promise<number> {
  return (await lint(file, code)).filter((m) => m.ruleId === rule).length;
}

const restrictedPaths = "import-x/no-restricted-paths";
const restrictedImports = "no-restricted-imports";

describe("features do not import each other", () => {
  const featureFile = "client/src/features/missions/components/__planted.tsx";

  it("flags a feature importing another feature", async () => {
    const code = 'import { UsersTable } from "../../users/components/users-table.tsx";\nexport const x = UsersTable;\n';
    expect(await ruleHits(restrictedPaths, featureFile, code)).toBe(1);
  });

  it("covers a feature folder that the config does not name", async () => {
    const code = 'import { useMissionList } from "../missions/api/missions.ts";\nexport const x = useMissionList;\n';
    expect(await ruleHits(restrictedPaths, `client/src/features/${probeFeature}/__planted.ts`, code)).toBe(1);
  });

  it("lets a feature import its own files and the UI kit", async () => {
    const code =
      'import { useMissionList } from "../api/missions.ts";\n' +
      'import { Button } from "../../../components/ui/button.tsx";\n' +
      "export const x = [useMissionList, Button];\n";
    expect(await ruleHits(restrictedPaths, featureFile, code)).toBe(0);
  });

  it("lets a page compose several features", async () => {
    const code =
      'import { UsersTable } from "../../features/users/components/users-table.tsx";\n' +
      'import { MissionsTable } from "../../features/missions/components/missions-table.tsx";\n' +
      "export const x = [UsersTable, MissionsTable];\n";
    expect(await ruleHits(restrictedPaths, "client/src/app/routes/__planted.tsx", code)).toBe(0);
  });
});

describe("the UI kit imports no data client, feature or page", () => {
  const kitFile = "client/src/components/ui/__planted.tsx";

  it.each([
    ["the tRPC client module", "../../lib/trpc.ts", "trpc"],
    ["a feature", "../../features/missions/components/status-badges.tsx", "MissionStatusBadge"],
    ["a page", "../../app/route-error.tsx", "RouteError"],
  ])("flags %s", async (_what, source, name) => {
    const code = `import { ${name} } from "${source}";\nexport const x = ${name};\n`;
    expect(await ruleHits(restrictedPaths, kitFile, code)).toBe(1);
  });

  it.each(["@tanstack/react-query", "@trpc/client", "@trpc/tanstack-react-query"])("flags %s", async (source) => {
    const code = `import * as data from "${source}";\nexport const x = data;\n`;
    expect(await ruleHits(restrictedImports, kitFile, code)).toBe(1);
  });

  it("still flags the server's runtime code, as everywhere in the client", async () => {
    const code = 'import * as t from "@hemicycle/server/trpc";\nexport const x = t;\n';
    expect(await ruleHits(restrictedImports, kitFile, code)).toBe(1);
  });

  it("lets the kit import other kit parts, lib helpers and i18n", async () => {
    const code =
      'import { useTranslation } from "react-i18next";\n' +
      'import { cn } from "../../lib/cn.ts";\n' +
      'import { describeError } from "../../lib/describe-error.ts";\n' +
      'import { Button } from "./button.tsx";\n' +
      "export const x = [useTranslation, cn, describeError, Button];\n";
    const messages = await lint(kitFile, code);
    expect(messages.filter((m) => m.ruleId === restrictedPaths || m.ruleId === restrictedImports)).toEqual([]);
  });

  it("lets a feature use the data client", async () => {
    const code = 'import { useQuery } from "@tanstack/react-query";\nexport const x = useQuery;\n';
    expect(await ruleHits(restrictedImports, "client/src/features/missions/hooks/__planted.ts", code)).toBe(0);
  });
});

describe("no import cycles", () => {
  it("flags both files of a value cycle", async () => {
    const results = await eslint.lintFiles([path.join(cycleDir, "a.ts"), path.join(cycleDir, "b.ts")]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.messages.filter((m) => m.ruleId === "import-x/no-cycle")).toHaveLength(1);
    }
  });

  it("ignores a cycle closed by a type-only import", async () => {
    const results = await eslint.lintFiles([path.join(cycleDir, "c.ts"), path.join(cycleDir, "d.ts")]);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.messages.filter((m) => m.fatal || m.ruleId === "import-x/no-cycle")).toEqual([]);
    }
  });

  it.each(["client/src/main.tsx", "client/src/lib/trpc.ts", "server/src/main.ts", "shared/src/enums.ts"])(
    "is on for %s",
    async (file) => {
      const config = (await eslint.calculateConfigForFile(path.join(repoRoot, file))) as Linter.Config;
      const setting = config.rules?.["import-x/no-cycle"];
      expect(Array.isArray(setting) ? setting[0] : setting).toBe(2);
    },
  );
});

describe("the earlier rules still hold", () => {
  it("flags a service importing tRPC, and lets a router do it", async () => {
    const code = 'import { TRPCError } from "@trpc/server";\nexport const x = TRPCError;\n';
    expect(await ruleHits(restrictedImports, "server/src/services/__planted.ts", code)).toBe(1);
    expect(await ruleHits(restrictedImports, "server/src/routers/__planted.ts", code)).toBe(0);
  });

  it("flags shared importing the server, and lets it import zod", async () => {
    expect(
      await ruleHits(
        restrictedImports,
        "shared/src/__planted.ts",
        'import * as s from "@hemicycle/server/router";\nexport const x = s;\n',
      ),
    ).toBe(1);
    expect(
      await ruleHits(restrictedImports, "shared/src/__planted.ts", 'import { z } from "zod";\nexport const x = z;\n'),
    ).toBe(0);
  });

  it("lets the client import `type AppRouter` only", async () => {
    const feature = "client/src/features/missions/api/__planted.ts";
    expect(
      await ruleHits(
        restrictedImports,
        feature,
        'import type { AppRouter } from "@hemicycle/server/router";\nexport type X = AppRouter;\n',
      ),
    ).toBe(0);
    expect(
      await ruleHits(
        restrictedImports,
        feature,
        'import { env } from "@hemicycle/server/config";\nexport const x = env;\n',
      ),
    ).toBe(1);
  });
});

/** Hits of no-restricted-syntax whose message starts with `start` (the rule carries several checks). */
async function syntaxHits(file: string, code: string, start: string): Promise<number> {
  return (await lint(file, code)).filter((m) => m.ruleId === "no-restricted-syntax" && m.message.startsWith(start))
    .length;
}

describe("client styles are direction-neutral", () => {
  const file = "client/src/features/missions/components/__planted.tsx";
  const hits = (_rule: string, at: string, code: string) => syntaxHits(at, code, "Use logical");
  const rule = "no-restricted-syntax";

  it("flags left/right utilities in class strings and template literals, and left/right in style objects", async () => {
    const code =
      "export function X() {\n" +
      '  return <div className="flex ml-2" style={{ left: "3px" }}>' +
      '<p className="md:text-right" /><span className={`a ${"b"} pr-3`} /></div>;\n' +
      "}\n";
    expect(await hits(rule, file, code)).toBe(4);
  });

  it("lets logical utilities and properties through", async () => {
    const code =
      "export function X() {\n" +
      '  return <div className="flex ms-2 text-end start-0 border-s" style={{ insetInlineStart: "3px" }}>' +
      '<p title="bottom-right" /></div>;\n' +
      "}\n";
    expect(await hits(rule, file, code)).toBe(0);
  });
});

describe("text a person reads comes from the catalogue", () => {
  const component = "client/src/features/missions/components/__planted.tsx";
  const module = "client/src/features/missions/lib/__planted.ts";
  const catalogueHits = (file: string, code: string) => syntaxHits(file, code, "Text a person reads");

  it("flags JSX text, read attributes and props, string children, toasts, confirm() and titles", async () => {
    const code = [
      'import { toast } from "sonner";',
      "export function X({ busy }: { busy: boolean }) {",
      '  toast.success("Saved");',
      '  toast("Saved");',
      '  useDocumentTitle("Missions");',
      "  if (!window.confirm(`Delete it?`)) return null;",
      '  document.title = "Missions";',
      "  return (",
      '    <div aria-label="Mission" title={busy ? "Busy" : "Idle"}>',
      "      Hello",
      '      <input placeholder="Search missions" />',
      '      <img alt={"A chart"} />',
      '      <Field label="Name" hint={`Your name`} confirmLabel="Yes" />',
      '      {"Loading…"}',
      "      {busy && <span>Wait</span>}",
      "    </div>",
      "  );",
      "}",
      "function useDocumentTitle(_: string) {}",
      "function Field(_: object) {",
      "  return null;",
      "}",
    ].join("\n");
    // toast.success, toast, useDocumentTitle, confirm, title, aria-label, "Busy", "Idle",
    // Hello, placeholder, alt, label, hint, confirmLabel, {"Loading…"}, Wait.
    expect(await catalogueHits(component, code)).toBe(16);
    expect(
      await catalogueHits(module, 'import { toast } from "sonner";\nexport const x = () => toast.error("Failed");\n'),
    ).toBe(1);
  });

  it("lets catalogue text, symbols, numbers, codes and the product name through, and ignores other attributes", async () => {
    const code = [
      'import { useTranslation } from "react-i18next";',
      "export function X({ n }: { n: number }) {",
      "  const { t } = useTranslation();",
      "  return (",
      '    <section id="missions-list" className="flex ms-2" data-testid="missions" role="region" aria-label={t("missions.title")}>',
      '      {t("missions.title")} · {n} — × 100 % ({n})',
      "      <b>Hemicycle</b>",
      '      <input type="text" name="search" autoComplete="off" placeholder="https://" />',
      '      <input placeholder="EUR" title={t("missions.title")} />',
      "      {`${n}\u00a0·`}",
      "    </section>",
      "  );",
      "}",
    ].join("\n");
    expect(await catalogueHits(component, code)).toBe(0);
  });
});
