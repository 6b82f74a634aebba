// The review page's decision: the parliament's staff request changes or endorse the
// revision under review, each with a required comment, and the call names that revision;
// when the team resubmitted meanwhile, the refusal is said and the page moves to the new
// revision. Also what the page shows around it: not found, the revision marked as seen.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { RoadmapReviewPage } from "../../../client/src/app/routes/roadmap-review.tsx";
import type { Roadmap } from "../../../client/src/features/roadmaps/api/types.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { comparison, inputsOf, Refusal, revisions, roadmap, serveTrpc } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

/** The review page of `r-1`, its server answering with `current()` for byId (and the rest from the fixtures). */
function renderReviewPage(me: Me, current: () => Roadmap, review?: (input: unknown) => unknown) {
  const calls = serveTrpc({
    "roadmaps.byId": () => current(),
    "roadmaps.revisions": () => revisions(),
    "roadmaps.comments": () => [],
    "roadmaps.compare": () => comparison(),
    "roadmaps.markRevisionSeen": () => ({ roadmapId: "r-1", lastSeenRevision: 2 }),
    "roadmaps.review": (input: unknown) => review?.(input),
  });
  const rendered = renderWithApp(
    <Routes>
      <Route path="/parliament/roadmaps/:id" element={<RoadmapReviewPage />} />
    </Routes>,
    { me, route: "/parliament/roadmaps/r-1" },
  );
  return { ...rendered, calls };
}

describe("RoadmapReviewPage: endorsing", () => {
  it("asks for a comment, then endorses exactly the revision under review", async () => {
    let current = roadmap();
    const { user, calls } = renderReviewPage(
      staff,
      () => current,
      () => {
        current = roadmap({
          status: "ENDORSED",
          baselineRevision: 3,
          latestRevision: { number: 3, kind: "ENDORSEMENT", createdAt: day("2027-02-12") },
        });
        return { id: "r-1", status: "ENDORSED" };
      },
    );
    await user.click(await screen.findByRole("button", { name: "Endorse revision 2" }));
    const dialog = screen.getByRole("dialog", { name: "Endorse revision 2" });
    expect(dialog).toHaveTextContent(
      "You are endorsing revision 2 of “ICT strategic plan 2027–2030”, exactly as you read it.",
    );

    // No comment: refused in the browser, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "Endorse revision 2" }));
    const comment = within(dialog).getByRole("textbox", { name: /Comment for the record/ });
    expect(comment).toHaveAttribute("aria-invalid", "true");
    expect(inputsOf(calls, "roadmaps.review")).toEqual([]);

    await user.type(comment, "Endorsed by the ICT committee on 12 February.");
    await user.click(within(dialog).getByRole("button", { name: "Endorse revision 2" }));
    expect(await screen.findByText("Endorsed: revision 2")).toBeInTheDocument();
    expect(inputsOf(calls, "roadmaps.review")).toEqual([
      { id: "r-1", revision: 2, decision: "ENDORSE", comment: "Endorsed by the ICT committee on 12 February." },
    ]);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Endorse revision/ })).not.toBeInTheDocument();
  });

  it("requests changes with the reviewer's comment on the revision under review", async () => {
    const { user, calls } = renderReviewPage(
      staff,
      () => roadmap(),
      () => ({ id: "r-1", status: "CHANGES_REQUESTED" }),
    );
    await user.click(await screen.findByRole("button", { name: "Request changes" }));
    const dialog = screen.getByRole("dialog", { name: "Request changes to revision 2" });
    await user.type(within(dialog).getByRole("textbox", { name: /What should change/ }), "Phase the network upgrade.");
    await user.click(within(dialog).getByRole("button", { name: "Request changes" }));
    await vi.waitFor(() =>
      expect(inputsOf(calls, "roadmaps.review")).toEqual([
        { id: "r-1", revision: 2, decision: "REQUEST_CHANGES", comment: "Phase the network upgrade." },
      ]),
    );
  });

  it("says so when the team resubmitted meanwhile, and moves to the new revision", async () => {
    let current = roadmap();
    const { user } = renderReviewPage(
      staff,
      () => current,
      () => {
        current = roadmap({ latestRevision: { number: 3, kind: "SUBMISSION", createdAt: day("2027-02-12") } });
        throw new Refusal(
          "CONFLICT",
          { code: "revisionNotUnderReview", params: { revision: 2, current: 3 } },
          { reason: "STALE_VERSION", details: { current: { id: "r-1", status: "IN_REVIEW" } } },
        );
      },
    );
    await user.click(await screen.findByRole("button", { name: "Endorse revision 2" }));
    const dialog = screen.getByRole("dialog", { name: "Endorse revision 2" });
    await user.type(within(dialog).getByRole("textbox", { name: /Comment for the record/ }), "Fine.");
    await user.click(within(dialog).getByRole("button", { name: "Endorse revision 2" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Revision 2 is not the one under review (revision 3 is)");
    expect(alert).toHaveTextContent("Your decision on revision 2 was not recorded.");
    // The page now offers the new revision, and compares it with the one the reviewer had read.
    expect(await screen.findByRole("button", { name: "Endorse revision 3" })).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { name: /What changed since revision 2, the last you saw/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("RoadmapReviewPage: around the decision", () => {
  it("marks the latest revision as seen once shown, and compares it with the last one seen", async () => {
    const { calls } = renderReviewPage(staff, () => roadmap());
    expect(
      await screen.findByRole("heading", { name: "What changed since revision 1, the last you saw (now revision 2)" }),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(inputsOf(calls, "roadmaps.markRevisionSeen")).toEqual([{ id: "r-1", number: 2 }]));
    expect(inputsOf(calls, "roadmaps.compare")).toEqual([{ id: "r-1", from: 1, to: 2 }]);
  });

  it("says there is nothing to compare on a first revision", async () => {
    renderReviewPage(staff, () =>
      roadmap({
        lastSeenRevision: null,
        latestRevision: { number: 1, kind: "SUBMISSION", createdAt: day("2027-01-20") },
      }),
    );
    expect(
      await screen.findByText("This is the roadmap's first revision: there is nothing to compare it with yet."),
    ).toBeInTheDocument();
  });

  it("offers no decision to those who do not review (a coordinator)", async () => {
    renderReviewPage(coordinator, () => roadmap());
    expect(await screen.findByRole("heading", { level: 1, name: "ICT strategic plan 2027–2030" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Endorse revision/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Request changes" })).not.toBeInTheDocument();
  });

  it("shows another parliament's roadmap (NOT_FOUND) as not found", async () => {
    renderReviewPage(staff, () => {
      throw new Refusal("NOT_FOUND", { code: "notFound", params: { entity: "roadmap" } });
    });
    expect(await screen.findByRole("heading", { name: "Roadmap not found" })).toBeInTheDocument();
  });
});
