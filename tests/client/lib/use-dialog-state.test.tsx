// One dialog state per dialog: open(payload) starts a new opening (a new key), close()
// only hides it, and a dialog mounted with that key starts afresh at each opening.
import { act, renderHook, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { Dialog } from "../../../client/src/components/ui/dialog.tsx";
import { useDialogState } from "../../../client/src/lib/use-dialog-state.ts";
import { renderWithApp } from "../../helpers/render.tsx";

type User = { id: string; name: string };

describe("useDialogState", () => {
  it("starts closed, with no payload", () => {
    const { result } = renderHook(() => useDialogState<User>());
    expect(result.current.isOpen).toBe(false);
    expect(result.current.payload).toBeNull();
  });

  it("opens with a new key at each open(), and close() keeps the payload and the key", () => {
    const { result } = renderHook(() => useDialogState<User>());
    const first = result.current.key;

    act(() => result.current.open({ id: "u-1", name: "Ada" }));
    expect(result.current).toMatchObject({ isOpen: true, payload: { id: "u-1", name: "Ada" } });
    const opened = result.current.key;
    expect(opened).not.toBe(first);

    act(() => result.current.close());
    // Still mounted with the same payload and key: focus can return, nothing remounts.
    expect(result.current).toMatchObject({ isOpen: false, payload: { id: "u-1", name: "Ada" }, key: opened });

    act(() => result.current.open({ id: "u-2", name: "Bo" }));
    expect(result.current).toMatchObject({ isOpen: true, payload: { id: "u-2", name: "Bo" } });
    expect(result.current.key).not.toBe(opened);
    expect(result.current.key).not.toBe(first);
  });

  it("opens again with a new key even for the same payload", () => {
    const { result } = renderHook(() => useDialogState<User>());
    const ada = { id: "u-1", name: "Ada" };
    act(() => result.current.open(ada));
    const once = result.current.key;
    act(() => result.current.close());
    act(() => result.current.open(ada));
    expect(result.current.key).not.toBe(once);
  });

  it("keeps open() and close() the same functions across renders", () => {
    const { result } = renderHook(() => useDialogState());
    const { open, close } = result.current;
    act(() => open());
    expect(result.current.open).toBe(open);
    expect(result.current.close).toBe(close);
  });
});

/** A dialog with a field of its own state, as the app's dialogs have. */
function NoteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [note, setNote] = useState("");
  return (
    <Dialog open={open} onClose={onClose} title="Add a note">
      <label>
        Note
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
    </Dialog>
  );
}

function Page() {
  const note = useDialogState();
  return (
    <>
      <button onClick={() => note.open()}>Add note</button>
      <NoteDialog key={note.key} open={note.isOpen} onClose={note.close} />
    </>
  );
}

describe("a dialog mounted with the key", () => {
  it("starts empty at each opening, and focus returns to the opener on close", async () => {
    const { user } = renderWithApp(<Page />);
    const opener = screen.getByRole("button", { name: "Add note" });

    await user.click(opener);
    const dialog = screen.getByRole("dialog", { name: "Add a note" });
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Bring the budget");
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveValue("Bring the budget");

    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(dialog).not.toHaveAttribute("open");
    expect(opener).toHaveFocus();

    await user.click(opener);
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveValue("");
  });
});
