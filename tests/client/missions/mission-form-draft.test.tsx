// The new-mission form keeps a draft through a reload, asks before it is left with unsaved
// changes, and fills its phases from the type's template.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, Link, RouterProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { MissionForm } from "../../../client/src/features/missions/components/mission-form.tsx";

const KEY = "hemicycle:draft:u-1:/missions/new";

function renderForm() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter(
    [
      {
        path: "/missions/new",
        element: (
          <>
            <Link to="/missions">Missions</Link>
            <MissionForm draftKey={KEY} onCreated={() => {}} />
          </>
        ),
      },
      { path: "/missions", element: <p>Missions list</p> },
    ],
    { initialEntries: ["/missions/new"] },
  );
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { user, router, ...view };
}

afterEach(() => sessionStorage.clear());

describe("the new-mission form's draft", () => {
  it("keeps what was typed through a reload and says it restored it", async () => {
    const first = renderForm();
    await first.user.type(screen.getByRole("textbox", { name: /Title/ }), "ICT assessment");
    first.unmount();

    renderForm();
    expect(screen.getByRole("textbox", { name: /Title/ })).toHaveValue("ICT assessment");
    expect(screen.getByText("Your unsaved draft of this form was restored.")).toBeInTheDocument();
  });

  it("asks before leaving with unsaved changes, and stays when asked to", async () => {
    const { user } = renderForm();
    await user.type(screen.getByRole("textbox", { name: /Title/ }), "ICT assessment");
    await user.click(screen.getByRole("link", { name: "Missions" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave this page?" });
    expect(dialog).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByText("Missions list")).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Missions" }));
    await user.click(await screen.findByRole("button", { name: "Leave" }));
    expect(await screen.findByText("Missions list")).toBeInTheDocument();
  });

  it("leaves without asking when nothing was changed", async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole("link", { name: "Missions" }));
    expect(await screen.findByText("Missions list")).toBeInTheDocument();
  });
});

describe("templates", () => {
  it("fills the two one-week phases of an assessment and strategic plan from the chosen first day", async () => {
    const { user } = renderForm();
    await user.type(screen.getByLabelText("First day"), "2027-03-01");
    await user.click(screen.getByRole("button", { name: "Fill the phases" }));
    const starts = screen.getAllByLabelText(/^Start/).map((input) => (input as HTMLInputElement).value);
    const ends = screen.getAllByLabelText(/^End/).map((input) => (input as HTMLInputElement).value);
    expect(starts).toEqual(["2027-03-01", "2027-04-26"]);
    expect(ends).toEqual(["2027-03-05", "2027-04-30"]);
  });
});
