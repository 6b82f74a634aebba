// The unsaved-changes guard: leaving a dirty form inside the app asks with the app's own
// dialog (stay or leave), a clean form leaves at once, a save can let its own navigation
// through, and the browser is asked to confirm closing the tab only while dirty.
import { screen } from "@testing-library/react";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { describe, expect, it } from "vitest";
import { useUnsavedChangesGuard } from "../../../client/src/components/form/use-unsaved-changes-guard.ts";
import { renderWithDataRouter } from "./data-router.tsx";

function GuardedForm() {
  const [text, setText] = useState("");
  const navigate = useNavigate();
  const { leaveDialog, allowLeaving } = useUnsavedChangesGuard(text !== "");
  return (
    <>
      <label>
        Name
        <input value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <Link to="/elsewhere">Elsewhere</Link>
      <Link to="/form?tab=2">Second tab</Link>
      <button
        type="button"
        onClick={() => {
          allowLeaving();
          void navigate("/elsewhere");
        }}
      >
        Save
      </button>
      {leaveDialog}
    </>
  );
}

const routes = [
  { path: "/form", element: <GuardedForm /> },
  { path: "/elsewhere", element: <h1>Elsewhere page</h1> },
];

function beforeUnloadPrevented(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("the unsaved-changes guard", () => {
  it("lets a clean form leave without asking", async () => {
    const { user } = renderWithDataRouter(routes, { route: "/form" });
    expect(beforeUnloadPrevented()).toBe(false);
    await user.click(screen.getByRole("link", { name: "Elsewhere" }));
    expect(await screen.findByRole("heading", { name: "Elsewhere page" })).toBeInTheDocument();
  });

  it("asks before a dirty form leaves: staying keeps what was typed, leaving goes", async () => {
    const { user, router } = renderWithDataRouter(routes, { route: "/form" });
    await user.type(screen.getByLabelText("Name"), "Zambia");
    expect(beforeUnloadPrevented()).toBe(true);

    await user.click(screen.getByRole("link", { name: "Elsewhere" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(dialog).toHaveTextContent("has not been saved");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/form");
    expect(screen.getByLabelText("Name")).toHaveValue("Zambia");

    await user.click(screen.getByRole("link", { name: "Elsewhere" }));
    await user.click(await screen.findByRole("button", { name: "Leave without saving" }));
    expect(await screen.findByRole("heading", { name: "Elsewhere page" })).toBeInTheDocument();
    expect(beforeUnloadPrevented()).toBe(false);
  });

  it("does not ask for a change of query on the same page, nor after a save lets it through", async () => {
    const { user, router } = renderWithDataRouter(routes, { route: "/form" });
    await user.type(screen.getByLabelText("Name"), "Zambia");
    await user.click(screen.getByRole("link", { name: "Second tab" }));
    expect(router.state.location.search).toBe("?tab=2");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Elsewhere page" })).toBeInTheDocument();
  });
});
