// Projects:
//  - server-pglite: tests/server/**, each file on its own PGlite loaded from a migrated dump;
//  - server-postgres: the same files on PostgreSQL (only when TEST_DATABASE_URL is set),
//    each file on its own database copied from a migrated template;
//  - tooling: tests/tooling/**, checks of the repository's own tooling (the lint rules);
//  - shared: tests/shared/**, the rules of shared/ (policy, workflows, messages), pure functions;
//  - client: tests/client/**, client components in jsdom with Testing Library;
//  - e2e: tests/e2e/**, the built app in Chromium, after the server projects, one file
//    at a time (each starts its own server).
// The closing-line reporter prints `Tests: N passed, M failed` for CI.
// HC_TEST_TIMINGS=1 logs how long the templates and each file's database took.
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const serverTests = ["server/**/*.test.ts"];
// The server files share one module graph per worker instead of loading the server, Prisma
// and PGlite afresh for each file (docs/performance.md, "The suite's time": 40 % off the
// server projects); setup/server-file-state.ts resets what the server keeps in memory
// before each file. HC_TEST_ISOLATE=1 gives each file its own graph again.
const serverIsolation = process.env.HC_TEST_ISOLATE
  ? {}
  : { isolate: false, setupFiles: ["setup/server-file-state.ts"] };

const projects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: "server-pglite",
      include: serverTests,
      globalSetup: ["setup/pglite-template.ts"],
      ...serverIsolation,
      sequence: { groupOrder: 0 },
    },
  },
];

projects.push(
  {
    extends: true,
    test: {
      name: "tooling",
      include: ["tooling/**/*.test.ts"],
      sequence: { groupOrder: 0 },
    },
  },
  {
    extends: true,
    test: {
      name: "shared",
      include: ["shared/**/*.test.ts"],
      sequence: { groupOrder: 0 },
    },
  },
  {
    extends: true,
    // The client's sources compile here as in its own build: React's automatic JSX runtime.
    oxc: { jsx: { runtime: "automatic" } },
    // One React, router and query client for the tests and the client's sources alike
    // (two copies would mean two contexts, and providers that components cannot see).
    resolve: { dedupe: ["react", "react-dom", "react-router", "@tanstack/react-query"] },
    test: {
      name: "client",
      include: ["client/**/*.test.tsx"],
      environment: "jsdom",
      setupFiles: ["setup/dom.ts"],
      sequence: { groupOrder: 0 },
    },
  },
);

if (process.env.TEST_DATABASE_URL) {
  projects.push({
    extends: true,
    test: {
      name: "server-postgres",
      include: serverTests,
      globalSetup: ["setup/postgres-template.ts"],
      ...serverIsolation,
      sequence: { groupOrder: 0 },
    },
  });
}

projects.push({
  extends: true,
  test: {
    name: "e2e",
    include: ["e2e/**/*.test.ts"],
    sequence: { groupOrder: 1 },
    // Each file starts its own server and browser: one at a time on two cores.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

// ops: tests/ops/**, the built server as a process (kill -9 during writes, a short load),
// after the browser tests, one file at a time. `pnpm test:crash` and `pnpm load` run longer.
projects.push({
  extends: true,
  test: {
    name: "ops",
    include: ["ops/**/*.test.ts"],
    sequence: { groupOrder: 2 },
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  root,
  test: {
    projects,
    pool: "forks",
    maxWorkers: 2,
    // Generous: tests that start a server or race many rounds take seconds on a busy
    // two-core machine, and a timeout there says nothing about the code.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    passWithNoTests: true,
    reporters: ["default", "./reporters/closing-line.ts"],
  },
});
