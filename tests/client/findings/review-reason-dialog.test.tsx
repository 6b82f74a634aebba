// Rejecting and reopening ask the reviewer why: the reason is required (said next to the
// field, nothing sent without it), Ctrl+Enter sends it with the move, and what the server
// says of it shows next to the field too.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findingMove } from "@hemicycle/shared/workflows/finding";
import { FindingStatusActions } from "../../../client/src/features/findings/components/finding-status-actions.tsx";
import { ReviewReasonDialog } from "../../../client/src/features/findings/components/review-reason-dialog.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { coordinator, expert, finding } from "../fixtures.ts";
import { inputsOf, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const colleague = { id: "u-colleague", name: "Chanda Mulenga" };

function renderActions(status: "SUBMITTED" | "VALIDATED", me = coordinator) {
  const shown = finding({ status, version: 4, author: colleague, myTeamRole: me === expert ? "LEAD" : null });
  const calls = serveTrpc({
    "findings.setStatus": (input: { status: string }) => ({ ...shown, status: input.status, version: 5 }),
    "findings.list": () => ({ items: [], nextCursor: null }),
    "findings.byId": () => shown,
  });
  return { ...renderWithApp(<FindingStatusActions finding={shown} />, { me }), calls };
}

describe("the reason dialog", () => {
  it("refuses to reject without a reason, saying so next to the field, and sends nothing", async () => {
    const { user, calls } = renderActions("SUBMITTED");
    await user.click(screen.getByRole("button", { name: "Reject" }));
    const dialog = screen.getByRole("dialog", { name: "Reject this finding?" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "   ");
    await user.click(within(dialog).getByRole("button", { name: "Reject" }));
    const field = within(dialog).getByRole("textbox", { name: /Reason/ });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("Give the author a reason: they read it to fix the finding");
    expect(calls).toEqual([]);
  });

  it("sends the trimmed reason with the move on Ctrl+Enter, then closes", async () => {
    const { user, calls } = renderActions("SUBMITTED");
    await user.click(screen.getByRole("button", { name: "Reject" }));
    const field = within(screen.getByRole("dialog")).getByRole("textbox", { name: /Reason/ });
    await user.type(field, "  Name the source of the evidence.  ");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputsOf(calls, "findings.setStatus")).toEqual([
      { id: "f-1", version: 4, status: "REJECTED", comment: "Name the source of the evidence." },
    ]);
  });

  it("asks the lead a reason to reopen a member's validated finding", async () => {
    const { user, calls } = renderActions("VALIDATED", expert);
    await user.click(screen.getByRole("button", { name: "Reopen" }));
    const dialog = screen.getByRole("dialog", { name: "Reopen this validated finding?" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "The grade contradicts the evidence");
    await user.click(within(dialog).getByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(inputsOf(calls, "findings.setStatus")).toHaveLength(1));
    expect(inputsOf(calls, "findings.setStatus")[0]).toMatchObject({
      status: "SUBMITTED",
      comment: "The grade contradicts the evidence",
    });
  });

  it("shows the server's word on the reason next to the field, and a reason over 2,000 characters is refused", async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithApp(
      <ReviewReasonDialog
        move={findingMove("SUBMITTED", "REJECTED")!}
        findingTitle="Backups"
        serverError="Give the author a reason: they read it to fix the finding"
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
      { me: coordinator },
    );
    const field = screen.getByRole("textbox", { name: /Reason/ });
    expect(field).toHaveAccessibleDescription("Give the author a reason: they read it to fix the finding");
    await user.click(field);
    await user.paste("x".repeat(2001));
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(field).toHaveAccessibleDescription(/2000|2,000/);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
