// The reasons a finding's reviewers gave: a rejected finding shows its latest reason at the
// top, "Fix and resubmit" for its author; every note is in the history, oldest first.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RejectionNotice, ReviewNotes } from "../../../client/src/features/findings/components/review-notes.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, expert, finding } from "../fixtures.ts";

const lead = { id: "u-lead", name: "Grace Banda" };
const notes = [
  {
    id: "n-1",
    fromStatus: "SUBMITTED" as const,
    toStatus: "REJECTED" as const,
    body: "Which sitting?",
    createdAt: new Date("2026-09-23T10:00:00Z"),
    author: lead,
  },
  {
    id: "n-2",
    fromStatus: "REJECTED" as const,
    toStatus: "SUBMITTED" as const,
    body: "The sitting of 22 September.",
    createdAt: new Date("2026-09-23T15:00:00Z"),
    author: { id: expert.id, name: expert.name },
  },
  {
    id: "n-3",
    fromStatus: "SUBMITTED" as const,
    toStatus: "REJECTED" as const,
    body: "Tablets were issued: reframe it as training.",
    createdAt: new Date("2026-09-24T09:30:00Z"),
    author: lead,
  },
];
const rejected = finding({ status: "REJECTED", reviewNotes: notes });

describe("RejectionNotice", () => {
  it("tells the author to fix and resubmit, with the latest reason and who gave it", () => {
    renderWithApp(<RejectionNotice finding={rejected} />, { me: expert });
    const notice = screen.getByRole("alert");
    expect(notice).toHaveTextContent("Fix and resubmit");
    expect(notice).toHaveTextContent(/Rejected by Grace Banda on .*2026/);
    expect(notice).toHaveTextContent("Tablets were issued: reframe it as training.");
    expect(notice).not.toHaveTextContent("Which sitting?");
    expect(notice).toHaveTextContent("press Resubmit");
  });

  it("says only that it was rejected, and why, to someone else", () => {
    renderWithApp(<RejectionNotice finding={rejected} />, { me: coordinator });
    expect(screen.getByRole("alert")).toHaveTextContent(/^Rejected/);
    expect(screen.getByRole("alert")).not.toHaveTextContent("Fix and resubmit");
  });

  it("shows nothing on a finding that is not rejected", () => {
    const { container } = renderWithApp(<RejectionNotice finding={{ ...rejected, status: "SUBMITTED" }} />, {
      me: expert,
    });
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ReviewNotes", () => {
  it("lists every note oldest first, each with its move, author and day", () => {
    renderWithApp(<ReviewNotes finding={rejected} />, { me: expert });
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Rejected by Grace Banda on .*Which sitting\?$/),
      expect.stringMatching(/^Resubmitted by .* on .*The sitting of 22 September\.$/),
      expect.stringMatching(/^Rejected by Grace Banda on .*reframe it as training\.$/),
    ]);
  });

  it("shows nothing without notes (as staff always get)", () => {
    const { container } = renderWithApp(<ReviewNotes finding={finding()} />, { me: expert });
    expect(container).toBeEmptyDOMElement();
  });
});
