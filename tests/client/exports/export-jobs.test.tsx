// The exports page (client/src/app/routes/exports.tsx, features/exports): the user's jobs
// with their state and progress, cancel while one waits or runs, download once ready,
// why one failed, the one a notification pointed to marked; the empty state. Without an
// EventSource (jsdom) the list is read again while a job is under way.
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Route, Routes } from "react-router";
import { ExportsPage } from "../../../client/src/app/routes/exports.tsx";
import { BackgroundReportExport } from "../../../client/src/features/exports/components/background-report-export.tsx";
import { AssessmentReportButton } from "../../../client/src/features/missions/components/assessment-report-dialog.tsx";
import type { ExportJob } from "../../../client/src/features/exports/api/export-jobs.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, mission, phase } from "../fixtures.ts";
import { serveTrpc } from "../roadmaps/review-fixtures.ts";

const at = (iso: string) => new Date(iso);

function job(overrides: Partial<ExportJob> & Pick<ExportJob, "id" | "kind" | "status">): ExportJob {
  return {
    progress: 0,
    fileName: null,
    bytes: null,
    error: null,
    createdAt: at("2026-11-30T08:00:00Z"),
    finishedAt: null,
    expiresAt: null,
    ...overrides,
  };
}

const ready = job({
  id: "job-ready",
  kind: "findingsCsv",
  status: "DONE",
  progress: 100,
  fileName: "findings-2026-11-30.csv",
  bytes: 19_035,
  finishedAt: at("2026-11-30T08:01:00Z"),
  expiresAt: at("2026-12-01T08:01:00Z"),
});
const running = job({ id: "job-running", kind: "assessmentReportPdf", status: "RUNNING", progress: 40 });
const failed = job({ id: "job-failed", kind: "auditCsv", status: "FAILED", error: "exportAccessLost" });

function renderExports(jobs: () => ExportJob[], search = "") {
  const calls = serveTrpc({
    "exportJobs.list": () => jobs(),
    "exportJobs.cancel": (input: { id: string }) => ({ ...running, id: input.id, status: "CANCELLED" }),
  });
  const rendered = renderWithApp(
    <Routes>
      <Route path="/exports" element={<ExportsPage />} />
    </Routes>,
    { me: coordinator as Me, route: `/exports${search}` },
  );
  return { ...rendered, calls };
}

describe("ExportsPage", () => {
  it("shows each job: what it exports, its state, its progress, download when ready, why one failed", async () => {
    renderExports(() => [running, ready, failed], "?job=job-ready");
    const list = await screen.findByRole("list", { name: "Your exports" });
    const [first, second, third] = within(list).getAllByRole("listitem");

    expect(first).toHaveTextContent("assessment report (PDF)");
    expect(within(first!).getByText("In progress")).toBeInTheDocument();
    const bar = within(first!).getByRole("progressbar", { name: "Progress of the assessment report (PDF) export" });
    expect(bar).toHaveAttribute("aria-valuenow", "40");
    expect(within(first!).getByText("40 %")).toBeInTheDocument();
    expect(within(first!).getByRole("button", { name: "Cancel the assessment report (PDF) export" })).toBeEnabled();
    expect(within(first!).queryByRole("link", { name: /Download/ })).not.toBeInTheDocument();

    expect(second).toHaveAttribute("aria-current", "true");
    expect(within(second!).getByText("Ready")).toBeInTheDocument();
    const download = within(second!).getByRole("link", { name: "Download findings-2026-11-30.csv" });
    expect(download).toHaveAttribute("href", "/export/jobs/job-ready/file");
    expect(download).toHaveAttribute("download", "findings-2026-11-30.csv");
    expect(second).toHaveTextContent(/Kept until/);
    expect(within(second!).queryByRole("progressbar")).not.toBeInTheDocument();

    expect(within(third!).getByText("Failed")).toBeInTheDocument();
    expect(within(third!).getByRole("alert")).toHaveTextContent(
      "The export stopped: you may no longer read what it exports.",
    );
  });

  it("cancels a job that runs, and reads the list again", async () => {
    let jobs = [running];
    const { user, calls } = renderExports(() => jobs);
    const cancel = await screen.findByRole("button", { name: "Cancel the assessment report (PDF) export" });
    jobs = [{ ...running, status: "CANCELLED", finishedAt: at("2026-11-30T08:02:00Z") }];
    await user.click(cancel);
    expect(calls.filter((c) => c.path === "exportJobs.cancel").map((c) => c.input)).toEqual([{ id: "job-running" }]);
    expect(await screen.findByText("Cancelled")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Cancel the/ })).not.toBeInTheDocument();
  });

  it("follows a job under way until it is ready, without a live feed", async () => {
    let jobs = [running];
    renderExports(() => jobs);
    await screen.findByText("In progress");
    jobs = [{ ...ready, id: "job-running", kind: "assessmentReportPdf", fileName: "report.pdf" }];
    await waitFor(() => expect(screen.getByRole("link", { name: "Download report.pdf" })).toBeInTheDocument(), {
      timeout: 5000,
    });
  });

  it("says there are none yet, and where to start one", async () => {
    renderExports(() => []);
    expect(await screen.findByText("No exports yet")).toBeInTheDocument();
    expect(
      screen.getByText("Start one from the findings log, the audit log or a mission's assessment report."),
    ).toBeInTheDocument();
  });
});

describe("the assessment report dialog's background export", () => {
  it("starts the chosen report, language and format as a job, and links to it", async () => {
    const calls = serveTrpc({
      "exportJobs.start": () => ({ id: "job-report", kind: "assessmentReportDocx", status: "QUEUED", progress: 0 }),
    });
    const reviewed = mission([phase({ id: "ph-a", status: "PARLIAMENT_REVIEW" })]);
    const { user } = renderWithApp(
      <AssessmentReportButton
        mission={reviewed}
        me={{ role: "COORDINATOR" }}
        backgroundExport={(choice) => <BackgroundReportExport {...choice} />}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Assessment report" }));
    const dialog = screen.getByRole("dialog", { name: "Assessment report" });
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Language" }), "fr");
    await user.click(within(dialog).getByRole("radio", { name: /Word/ }));
    await user.click(within(dialog).getByRole("button", { name: "Prepare in the background" }));
    expect(await within(dialog).findByRole("link", { name: "Follow it in Exports" })).toHaveAttribute(
      "href",
      "/exports?job=job-report",
    );
    expect(calls.filter((c) => c.path === "exportJobs.start").map((c) => c.input)).toEqual([
      { kind: "assessmentReportDocx", params: { missionId: reviewed.id, phaseId: null, language: "fr" } },
    ]);
  });
});
