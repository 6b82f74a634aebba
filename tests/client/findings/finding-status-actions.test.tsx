// A finding's workflow buttons: exactly the moves the shared policy gives the signed-in
// user on it, from its status and their role on the phase's team (`myTeamRole`).
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { FindingStatus, TeamRole } from "@hemicycle/shared/enums";
import { FindingStatusActions } from "../../../client/src/features/findings/components/finding-status-actions.tsx";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { admin, coordinator, expert, finding, staff } from "../fixtures.ts";

/** The buttons offered, in order; none when the group is not there. */
function offered(me: Me, status: FindingStatus, myTeamRole: TeamRole | null, author = colleague): string[] {
  const { unmount } = renderWithApp(<FindingStatusActions finding={finding({ status, myTeamRole, author })} />, { me });
  const group = screen.queryByRole("group", { name: "Change the status" });
  const names = group
    ? within(group)
        .getAllByRole("button")
        .map((b) => b.textContent ?? "")
    : [];
  unmount();
  return names;
}

const review = ["Validate", "Reject", "Back to draft"];
/** Another member of the team, whose findings the lead reviews. */
const colleague = { id: "u-colleague", name: "Chanda Mulenga" };

describe("FindingStatusActions: a submitted finding", () => {
  it("offers the lead expert validate, reject and back to draft", () => {
    expect(offered(expert, "SUBMITTED", "LEAD")).toEqual(review);
  });

  it("offers a coordinator and an admin the same, though on no team", () => {
    expect(offered(coordinator, "SUBMITTED", null)).toEqual(review);
    expect(offered(admin, "SUBMITTED", null)).toEqual(review);
  });

  it("offers a team member only back to draft", () => {
    expect(offered(expert, "SUBMITTED", "MEMBER")).toEqual(["Back to draft"]);
  });

  it("offers an expert who is not on the phase nothing", () => {
    expect(offered(expert, "SUBMITTED", null)).toEqual([]);
  });

  it("offers parliament staff nothing", () => {
    expect(offered(staff, "SUBMITTED", null)).toEqual([]);
  });
});

describe("FindingStatusActions: other statuses", () => {
  it("offers a member submit for validation on a draft", () => {
    expect(offered(expert, "DRAFT", "MEMBER")).toEqual(["Submit for validation"]);
  });

  it("offers the lead reopen on a validated finding, and a member nothing", () => {
    expect(offered(expert, "VALIDATED", "LEAD")).toEqual(["Reopen"]);
    expect(offered(expert, "VALIDATED", "MEMBER")).toEqual([]);
  });

  it("offers a member resubmit and back to draft on a rejected finding", () => {
    expect(offered(expert, "REJECTED", "MEMBER")).toEqual(["Resubmit", "Back to draft"]);
  });

  it("keeps four eyes: the lead's own submitted finding offers only back to draft, and says who validates it", () => {
    expect(offered(expert, "SUBMITTED", "LEAD", { id: expert.id, name: expert.name })).toEqual(["Back to draft"]);
    expect(offered(expert, "VALIDATED", "LEAD", { id: expert.id, name: expert.name })).toEqual([]);
    renderWithApp(
      <FindingStatusActions
        finding={finding({ status: "SUBMITTED", myTeamRole: "LEAD", author: { id: expert.id, name: expert.name } })}
      />,
      { me: expert },
    );
    expect(screen.getByText("Four eyes: a coordinator validates your own findings.")).toBeInTheDocument();
  });

  it("offers staff nothing, whatever the status", () => {
    for (const status of ["DRAFT", "SUBMITTED", "VALIDATED", "REJECTED"] as const) {
      expect(offered(staff, status, null), status).toEqual([]);
    }
  });
});

describe("FindingStatusActions: the buttons", () => {
  it("makes the move forward the primary button and asks the reason before rejecting", async () => {
    const { user } = renderWithApp(<FindingStatusActions finding={finding({ status: "SUBMITTED" })} />, {
      me: coordinator,
    });
    expect(screen.getByRole("button", { name: "Validate" })).toHaveAttribute("data-variant", "primary");
    expect(screen.getByRole("button", { name: "Back to draft" })).toHaveAttribute("data-variant", "secondary");

    // Reject only opens the reason dialog: nothing is sent until a reason is given.
    await user.click(screen.getByRole("button", { name: "Reject" }));
    const dialog = screen.getByRole("dialog", { name: "Reject this finding?" });
    expect(dialog).toHaveTextContent("Tell the author what to fix in “The website is not updated after sittings”");
    expect(within(dialog).getByRole("textbox", { name: /Reason/ })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
