// The mission page's assessment report dialog: offered to whom the shared rule allows, it
// asks the server for the file in the chosen language, format and phases, shows the bytes
// received against the length announced (an estimate for the PDF), saves the file, can be
// cancelled, and words the server's refusals. fetch is replaced by a stream the test feeds.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AssessmentReportButton } from "../../../client/src/features/missions/components/assessment-report-dialog.tsx";
import { fileNameOf } from "../../../client/src/features/missions/api/assessment-report.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { mission, phase } from "../fixtures.ts";

type Feed = { push: (bytes: number) => void; end: () => void };

/** A fetch answering with a body the test writes chunk by chunk. */
function streamingFetch(headers: Record<string, string>, status = 200) {
  const feed = {} as Feed;
  const calls: { url: string; signal: AbortSignal | undefined }[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, signal: init?.signal ?? undefined });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        feed.push = (bytes) => controller.enqueue(new Uint8Array(bytes));
        feed.end = () => controller.close();
        init?.signal?.addEventListener("abort", () => controller.error(new DOMException("Aborted", "AbortError")));
      },
    });
    if (status !== 200) return new Response(JSON.stringify({ error: "Not found" }), { status });
    return new Response(body, { status, headers });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { feed, calls };
}

const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: () => "blob:report", revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const inReview = mission([
  phase({ id: "ph-a", status: "PARLIAMENT_REVIEW" }),
  phase({
    id: "ph-b",
    kind: "STRATEGIC_PLAN",
    status: "DRAFT_REPORT",
    startDate: new Date("2027-06-01T00:00:00Z"),
    endDate: new Date("2027-06-05T00:00:00Z"),
  }),
]);

async function openDialog(role: "COORDINATOR" | "PARLIAMENT_STAFF" = "COORDINATOR") {
  const rendered = renderWithApp(<AssessmentReportButton mission={inReview} me={{ role }} />);
  await rendered.user.click(screen.getByRole("button", { name: "Assessment report" }));
  return { ...rendered, dialog: screen.getByRole("dialog", { name: "Assessment report" }) };
}

describe("who is offered the report", () => {
  it("is offered to the parliament's staff only once a phase has reached them", () => {
    const { unmount } = renderWithApp(
      <AssessmentReportButton
        mission={mission([phase({ id: "p", status: "DRAFT_REPORT" })])}
        me={{ role: "PARLIAMENT_STAFF" }}
      />,
    );
    expect(screen.queryByRole("button", { name: "Assessment report" })).toBeNull();
    unmount();
    renderWithApp(<AssessmentReportButton mission={inReview} me={{ role: "PARLIAMENT_STAFF" }} />);
    expect(screen.getByRole("button", { name: "Assessment report" })).toBeInTheDocument();
  });

  it("lists for the staff only the phases whose report they may read", async () => {
    const { dialog } = await openDialog("PARLIAMENT_STAFF");
    const phases = within(dialog).getByRole("combobox", { name: "Phases covered" });
    expect(
      within(phases)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["All phases with a report", expect.stringContaining("Assessment")]);
  });
});

describe("generating the report", () => {
  it("asks for the chosen language, format and phase, shows the bytes against the estimate, and saves the file", async () => {
    const { feed, calls } = streamingFetch({
      "content-type": "application/pdf",
      "x-content-length-estimate": "200000",
      "content-disposition":
        "attachment; filename=\"ZMB-2027-assessment-report-fr-2026-11-30.pdf\"; filename*=UTF-8''ZMB-2027-assessment-report-fr-2026-11-30.pdf",
    });
    const { user, dialog } = await openDialog();
    // The language select has the focus: the dialog is usable from the keyboard.
    const language = within(dialog).getByRole("combobox", { name: "Language" });
    expect(language).toHaveFocus();
    await user.selectOptions(language, "fr");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Phases covered" }), "ph-a");
    await user.click(within(dialog).getByRole("button", { name: "Generate" }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.url).toBe("/export/missions/m-1/assessment-report.pdf?language=fr&phaseId=ph-a");
    const bar = within(dialog).getByRole("progressbar", { name: "Report generation" });
    feed.push(50_000);
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "25"));
    expect(within(dialog).getByText("50 kB of about 200 kB")).toBeInTheDocument();
    // Past the estimate the bar waits short of the end until the last byte.
    feed.push(250_000);
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "95"));
    feed.end();
    await waitFor(() => expect(saved).toEqual(["ZMB-2027-assessment-report-fr-2026-11-30.pdf"]));
    // The name is isolated for right-to-left sentences (FSI … PDI).
    expect(
      within(dialog).getByText("\u2068ZMB-2027-assessment-report-fr-2026-11-30.pdf\u2069 is downloaded."),
    ).toBeInTheDocument();
  });

  it("asks for a DOCX when chosen, and can be cancelled", async () => {
    const { calls } = streamingFetch({ "content-type": "application/octet-stream", "content-length": "1000" });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole("radio", { name: "Word (DOCX), to edit" }));
    await user.click(within(dialog).getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.url).toMatch(/assessment-report\.docx\?language=en$/);
    expect(within(dialog).getByText("Preparing the report…")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(calls[0]!.signal?.aborted).toBe(true);
    await waitFor(() => expect(within(dialog).getByText("Generation cancelled.")).toBeInTheDocument());
    expect(saved).toEqual([]);
  });

  it("words a refusal: out of reach or not yet with the parliament", async () => {
    streamingFetch({}, 404);
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole("button", { name: "Generate" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("This report is not available to you");
  });

  it("words one export at a time", async () => {
    streamingFetch({}, 429);
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole("button", { name: "Generate" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Another of your documents is still being generated",
    );
  });
});

describe("fileNameOf", () => {
  it("prefers the UTF-8 name, else the plain one, else the fallback", () => {
    expect(fileNameOf("attachment; filename=\"a.pdf\"; filename*=UTF-8''%C3%A9t%C3%A9.pdf", "x")).toBe("été.pdf");
    expect(fileNameOf('attachment; filename="a.pdf"', "x")).toBe("a.pdf");
    expect(fileNameOf(null, "x")).toBe("x");
  });
});
