// One long export through to its file, in Chromium on the built app with the demo data:
// the coordinator asks for the findings' CSV on the findings log, which starts a job and
// says so; the Exports page shows the job ready once the runner (pg-boss on the app's
// embedded PGlite) has written it, and its Download link gives the same bytes as the
// direct route. Another user finds neither the job nor its file. The server's state is
// read through the users' own sessions too.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { signIn, trpcQuery, useBrowserApp } from "../helpers/browser-session.ts";

type Job = { id: string; kind: string; status: string; progress: number; fileName: string | null };

const session = useBrowserApp();

describe("an export as a job, from the findings log to the file", () => {
  it("starts on the findings log, is followed on the Exports page, and downloads the direct route's bytes", async () => {
    const { page, problems } = await session.newPage();
    await signIn(page, "coordinator@hemicycle.test");
    await page.goto("/findings");
    await page.getByRole("button", { name: "Export CSV (validated)" }).click();
    await page.getByText("Export started: the file is being prepared.").waitFor();
    await page.getByRole("link", { name: "Follow it in Exports" }).click();
    await page.waitForURL(/\/exports\?job=/);
    const jobId = new URL(page.url()).searchParams.get("job")!;

    const list = page.getByRole("list", { name: "Your exports" });
    const row = list.getByRole("listitem").filter({ hasText: "Validated findings (CSV)" }).first();
    expect(await row.getAttribute("aria-current")).toBe("true");
    // The runner writes it in the background; the page follows without a reload.
    await row.getByText("Ready", { exact: true }).waitFor({ timeout: 30_000 });

    const jobs = await trpcQuery<Job[]>(page, "exportJobs.list", undefined);
    expect(jobs.find((j) => j.id === jobId)).toMatchObject({ kind: "findingsCsv", status: "DONE", progress: 100 });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByRole("link", { name: /^Download findings-\d{4}-\d{2}-\d{2}\.csv$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await readFile(await download.path());
    const direct = await page.request.get("/export/findings.csv?language=en");
    expect(file.equals(Buffer.from(await direct.body()))).toBe(true);
    expect(file.toString("utf8")).toContain("Mission");

    // Someone else: no such job, no file.
    const other = await session.newPage();
    await signIn(other.page, "admin@hemicycle.test");
    expect(await trpcQuery<Job[]>(other.page, "exportJobs.list", undefined)).toEqual([]);
    expect((await other.page.request.get(`/export/jobs/${jobId}/file`)).status()).toBe(404);
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });
});
