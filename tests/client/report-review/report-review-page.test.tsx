// The report read in the app for its review: the report's sections with a table of
// contents, the comments beside the section they are about (those on the report as a
// whole in their own panel, "No comments yet" when there are none), adding a comment on
// the whole report or on a section, the error next to the field (the browser's check and
// the server's), deleting one's own with a confirmation, and no form once the phase has
// left review; the staff's home list of reports to review and the mission page's link.
import { screen, within } from "@testing-library/react";
import superjson from "superjson";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FieldErrors, Message } from "@hemicycle/shared/messages";
import { ReportReviewPage } from "../../../client/src/app/routes/report-review.tsx";
import { ReadReportLink } from "../../../client/src/features/report-review/components/read-report-link.tsx";
import { ReportsInReview } from "../../../client/src/features/report-review/components/reports-in-review.tsx";
import type {
  ReportComment,
  ReportComments,
  ReportContent,
} from "../../../client/src/features/report-review/api/report-review.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, day, mission, phase, staff } from "../fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const ROUTE = "/missions/m-1/phases/ph-1/report";

function content(): ReportContent {
  return {
    language: "en",
    direction: "ltr",
    title: "Assessment report",
    cover: {
      kind: "title",
      title: "Assessment report",
      subtitle: "National Assembly of Zambia",
      facts: [["Mission", "SADC-ZMB-2026"]],
    },
    sections: [
      {
        id: "executive-summary",
        level: 1,
        title: "Executive summary",
        blocks: [{ kind: "paragraph", text: [{ text: "Three findings are " }, { text: "critical", bold: true }] }],
      },
      { id: "findings", level: 1, title: "Findings", blocks: [] },
      {
        id: "findings-SEC",
        level: 2,
        title: "Cybersecurity",
        blocks: [
          {
            kind: "table",
            header: ["Finding", "Severity"],
            rows: [["No backup of the Hansard servers", "Critical"]],
          },
        ],
      },
      {
        id: "recommendations",
        level: 1,
        title: "Recommendations",
        blocks: [{ kind: "list", ordered: true, items: ["Back up the Hansard nightly"] }],
      },
    ],
  };
}

const sipho = { id: staff.id, name: staff.name, role: "PARLIAMENT_STAFF" as const };
const colm = { id: coordinator.id, name: coordinator.name, role: "COORDINATOR" as const };

function comment(overrides: Partial<ReportComment> & Pick<ReportComment, "id" | "body">): ReportComment {
  return { section: null, createdAt: day("2026-11-30"), author: sipho, ...overrides };
}

type Refused = { code: "BAD_REQUEST" | "NOT_FOUND"; message: Message; fieldErrors?: FieldErrors };
type Call = { path: string; input: unknown };

/** Answers the client's tRPC calls from the handlers (a thrown `Refused` is an error answer), recording them. */
function serve(handlers: Record<string, (input: never) => unknown>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (resource: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(resource), "http://localhost");
      const paths = decodeURIComponent(url.pathname.replace(/^\/trpc\//, "")).split(",");
      const raw: Record<string, Parameters<typeof superjson.deserialize>[0]> =
        init?.method === "POST" ? JSON.parse(String(init.body)) : JSON.parse(url.searchParams.get("input") ?? "{}");
      const answers = paths.map((path, index) => {
        const wire = raw[String(index)];
        const input = wire ? superjson.deserialize(wire) : undefined;
        calls.push({ path, input });
        try {
          const handler = handlers[path];
          if (!handler) throw { code: "NOT_FOUND", message: { code: "notFound", params: { entity: "record" } } };
          return { result: { data: superjson.serialize(handler(input as never)) } };
        } catch (thrown) {
          const refused = thrown as Refused;
          const httpStatus = refused.code === "BAD_REQUEST" ? 400 : 404;
          const data = {
            code: refused.code,
            httpStatus,
            path,
            problem: null,
            message: refused.message,
            fieldErrors: refused.fieldErrors ?? null,
            formErrors: null,
          };
          const error = { message: refused.message.code, code: TRPC_ERROR_CODES_BY_KEY[refused.code], data };
          return { error: superjson.serialize(error), status: httpStatus };
        }
      });
      const failed = answers.filter((a) => "error" in a);
      const status = failed.length === answers.length ? (failed[0] as { status: number }).status : 200;
      const body = answers.map((a) => ("error" in a ? { error: a.error } : a));
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  return calls;
}

const inputsOf = (calls: readonly Call[], path: string) => calls.filter((c) => c.path === path).map((c) => c.input);

function renderPage(
  me: Me,
  comments: { current: ReportComment[] },
  status: "PARLIAMENT_REVIEW" | "FINALISED",
  extra = {},
) {
  const calls = serve({
    "assessmentReport.content": () => content(),
    "missions.byId": () => mission([phase({ id: "ph-1", status })]),
    "reportReview.comments": (): ReportComments => ({
      phase: { id: "ph-1", kind: "ASSESSMENT", status },
      comments: comments.current,
    }),
    ...extra,
  });
  const rendered = renderWithApp(
    <Routes>
      <Route path="/missions/:id/phases/:phaseId/report" element={<ReportReviewPage />} />
    </Routes>,
    { route: ROUTE, me },
  );
  return { ...rendered, calls };
}

describe("the report for review", () => {
  it("shows the sections with their contents, the table of contents and 'No comments yet'", async () => {
    const { calls } = renderPage(staff, { current: [] }, "PARLIAMENT_REVIEW");
    expect(await screen.findByRole("heading", { level: 2, name: "Executive summary" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Cybersecurity" })).toBeInTheDocument();
    expect(screen.getByText("critical").tagName).toBe("STRONG");
    expect(screen.getByRole("cell", { name: "No backup of the Hansard servers" })).toBeInTheDocument();
    expect(screen.getByText("Back up the Hansard nightly").closest("ol")).not.toBeNull();
    const contents = screen.getByRole("navigation", { name: "Contents" });
    expect(within(contents).getByRole("link", { name: "Cybersecurity" })).toHaveAttribute(
      "href",
      "#report-findings-SEC",
    );
    expect(screen.getByText("No comments yet")).toBeInTheDocument();
    // The report's files come from its own dialog (language, format, progress).
    expect(screen.getByRole("button", { name: "Assessment report" })).toBeInTheDocument();
    expect(inputsOf(calls, "assessmentReport.content")).toEqual([
      { missionId: "m-1", phaseId: "ph-1", language: "en" },
    ]);
  });

  it("puts each comment beside its section, and those on the whole report in their own panel", async () => {
    const comments = {
      current: [
        comment({ id: "c-1", section: "findings-SEC", body: "Is the **backup** finding still true?" }),
        comment({ id: "c-2", section: null, body: "Thank you for the report", author: colm }),
      ],
    };
    renderPage(staff, comments, "PARLIAMENT_REVIEW");
    const aside = await screen.findByRole("complementary", { name: "Comments on “Cybersecurity”" });
    expect(within(aside).getByText("backup").tagName).toBe("STRONG");
    expect(within(aside).getByText("You")).toBeInTheDocument();
    const general = screen.getByRole("region", { name: "Comments on the whole report" });
    expect(within(general).getByText("Thank you for the report")).toBeInTheDocument();
    expect(within(general).getByText(coordinator.name)).toBeInTheDocument();
    expect(screen.queryByText("No comments yet")).not.toBeInTheDocument();
  });
});

describe("adding a comment", () => {
  it("sends one on the whole report, and one on a section from the button beside it", async () => {
    const comments = { current: [] as ReportComment[] };
    const { user, calls } = renderPage(staff, comments, "PARLIAMENT_REVIEW", {
      "reportReview.comment": (input: { section: string | null; body: string }) => {
        const added = comment({ id: `c-${comments.current.length + 1}`, section: input.section, body: input.body });
        comments.current = [...comments.current, added];
        return added;
      },
    });
    const general = await screen.findByRole("form", { name: "Comments on the whole report" });
    await user.type(within(general).getByRole("textbox", { name: /Your comment/ }), "Please add a budget table.");
    await user.click(within(general).getByRole("button", { name: "Send comment" }));
    await vi.waitFor(() =>
      expect(inputsOf(calls, "reportReview.comment")).toEqual([
        { phaseId: "ph-1", section: null, body: "Please add a budget table." },
      ]),
    );
    expect(await screen.findByText("Please add a budget table.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Comment on “Recommendations”" }));
    const onSection = screen.getByRole("form", { name: "Comment on “Recommendations”" });
    const box = within(onSection).getByRole("textbox", { name: /Your comment/ });
    expect(box).toHaveFocus();
    await user.type(box, "Nightly is too often.");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await vi.waitFor(() =>
      expect(inputsOf(calls, "reportReview.comment")[1]).toEqual({
        phaseId: "ph-1",
        section: "recommendations",
        body: "Nightly is too often.",
      }),
    );
    const aside = await screen.findByRole("complementary", { name: "Comments on “Recommendations”" });
    expect(await within(aside).findByText("Nightly is too often.")).toBeInTheDocument();
    // The form closes and the focus is back on the button that opened it.
    await vi.waitFor(() => expect(screen.getByRole("button", { name: "Comment on “Recommendations”" })).toHaveFocus());
  });

  it("shows an empty comment's error by the field, and the server's too, without losing the text", async () => {
    const { user, calls } = renderPage(staff, { current: [] }, "PARLIAMENT_REVIEW", {
      "reportReview.comment": () => {
        throw {
          code: "BAD_REQUEST",
          message: { code: "invalidInput", params: { field: "body" } },
          fieldErrors: { body: [{ code: "tooLong", params: { maximum: 5000 } }] },
        } satisfies Refused;
      },
    });
    const form = await screen.findByRole("form", { name: "Comments on the whole report" });
    const box = within(form).getByRole("textbox", { name: /Your comment/ });
    await user.click(within(form).getByRole("button", { name: "Send comment" }));
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByText("Required")).toBeInTheDocument();
    expect(inputsOf(calls, "reportReview.comment")).toEqual([]);

    await user.type(box, "A very long comment");
    await user.click(within(form).getByRole("button", { name: "Send comment" }));
    expect(await within(form).findByText(/At most 5,?000 characters/)).toBeInTheDocument();
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveValue("A very long comment");
  });
});

describe("deleting one's own comment, and a review that is over", () => {
  it("deletes one's own after a confirmation, and offers nothing on someone else's", async () => {
    const comments = {
      current: [
        comment({ id: "c-1", body: "Mine to take back" }),
        comment({ id: "c-2", body: "The coordinator's", author: colm }),
      ],
    };
    const { user, calls } = renderPage(staff, comments, "PARLIAMENT_REVIEW", {
      "reportReview.deleteComment": ({ id }: { id: string }) => {
        comments.current = comments.current.filter((c) => c.id !== id);
        return { id, phaseId: "ph-1" };
      },
    });
    const general = await screen.findByRole("region", { name: "Comments on the whole report" });
    const deletes = within(general).getAllByRole("button", { name: /Delete your comment/ });
    expect(deletes).toHaveLength(1);
    await user.click(deletes[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Delete this comment?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete comment" }));
    await vi.waitFor(() => expect(inputsOf(calls, "reportReview.deleteComment")).toEqual([{ id: "c-1" }]));
    await vi.waitFor(() => expect(screen.queryByText("Mine to take back")).not.toBeInTheDocument());
    expect(screen.getByText("The coordinator's")).toBeInTheDocument();
  });

  it("keeps the comments to read once the phase is finalised, with no form and no delete", async () => {
    renderPage(staff, { current: [comment({ id: "c-1", body: "An earlier comment" })] }, "FINALISED");
    expect(await screen.findByText("An earlier comment")).toBeInTheDocument();
    expect(screen.getByText(/Finalised: the comments are kept, and no new ones are taken/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Comment on/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Delete/ })).not.toBeInTheDocument();
  });

  it("says the report is not found when the server answers NOT_FOUND", async () => {
    const calls = serve({});
    renderWithApp(
      <Routes>
        <Route path="/missions/:id/phases/:phaseId/report" element={<ReportReviewPage />} />
      </Routes>,
      { route: ROUTE, me: staff },
    );
    expect(await screen.findByRole("heading", { name: "Report not found" })).toBeInTheDocument();
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe("the ways to the report", () => {
  it("lists the staff's reports in review on their home, each with 'Read the report'", async () => {
    serve({
      "reportReview.inReview": () => [
        {
          id: "ph-1",
          kind: "ASSESSMENT",
          status: "PARLIAMENT_REVIEW",
          reportDueDate: day("2026-12-04"),
          mission: { id: "m-1", code: "SADC-ZMB-2026", title: "ICT assessment of Zambia", parliamentId: "p-zambia" },
          commentCount: 2,
        },
      ],
    });
    renderWithApp(<ReportsInReview />, { me: staff });
    const link = await screen.findByRole("link", { name: "Read the report: ICT assessment of Zambia" });
    expect(link).toHaveAttribute("href", "/missions/m-1/phases/ph-1/report");
    expect(screen.getByText(/2 comments/)).toBeInTheDocument();
  });

  it("says so when no report awaits the staff", async () => {
    serve({ "reportReview.inReview": () => [] });
    renderWithApp(<ReportsInReview />, { me: staff });
    expect(await screen.findByText("No report awaits your review")).toBeInTheDocument();
  });

  it("offers the report on a mission's phase once it has reached the parliament, and not on a workshop", () => {
    const cases = [
      { me: staff, kind: "ASSESSMENT", status: "PARLIAMENT_REVIEW", shown: true },
      { me: staff, kind: "ASSESSMENT", status: "DRAFT_REPORT", shown: false },
      { me: coordinator, kind: "ASSESSMENT", status: "FINALISED", shown: true },
      { me: coordinator, kind: "WORKSHOP", status: "FINALISED", shown: false },
    ] as const;
    for (const { me, kind, status, shown } of cases) {
      const { unmount } = renderWithApp(<ReadReportLink missionId="m-1" phase={{ id: "ph-1", kind, status }} />, {
        me,
      });
      const link = screen.queryByRole("link", { name: /Read the report/ });
      expect(link !== null, `${me.role} ${kind} ${status}`).toBe(shown);
      if (link) expect(link).toHaveAttribute("href", "/missions/m-1/phases/ph-1/report");
      unmount();
    }
  });
});
