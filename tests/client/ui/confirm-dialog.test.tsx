import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "../../../client/src/components/ui/dialog.tsx";
import { renderWithApp } from "../../helpers/render.tsx";

function renderDialog(open: boolean) {
  const onClose = vi.fn();
  const onConfirm = vi.fn();
  const rendered = renderWithApp(
    <ConfirmDialog
      open={open}
      onClose={onClose}
      onConfirm={onConfirm}
      title="Delete the mission?"
      description="Its phases and findings go too."
      confirmLabel="Delete"
    />,
  );
  return { ...rendered, onClose, onConfirm };
}

describe("ConfirmDialog", () => {
  it("asks, named by its title, with Cancel focused so Enter does not confirm", () => {
    renderDialog(true);
    const dialog = screen.getByRole("dialog", { name: "Delete the mission?" });
    expect(dialog).toHaveTextContent("Its phases and findings go too.");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
  });

  it("confirms, cancels, and treats Escape as cancel", async () => {
    const { user, onClose, onConfirm } = renderDialog(true);
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it("shows nothing while closed", () => {
    renderDialog(false);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete" })).not.toBeInTheDocument();
  });
});
