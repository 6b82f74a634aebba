// The programme create and edit pages: problems next to their fields (an end before the
// start among them), funders sent as a list of names, only what changed sent on the
// version loaded, a stale save reloading the saved record and saying so, and leaving a
// changed form asking first.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditProgrammePage, NewProgrammePage } from "../../../client/src/app/routes/programme-edit.tsx";
import type { Me } from "../../helpers/render.tsx";
import { coordinator, day, expert } from "../fixtures.ts";
import { renderWithDataRouter } from "../form/data-router.tsx";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const support = {
  id: "prog-1",
  name: "EU Parliamentary Support",
  funders: ["European Union", "Sida"],
  startDate: day("2026-01-01"),
  endDate: day("2028-12-31"),
  description: null,
  version: 2,
};

function renderPage(route: string, me: Me = coordinator) {
  return renderWithDataRouter(
    [
      { path: "/programmes/new", element: <NewProgrammePage /> },
      { path: "/programmes/:id/edit", element: <EditProgrammePage /> },
      { path: "/programmes/:id", element: <p>Programme page</p> },
      { path: "/programmes", element: <p>Programmes</p> },
    ],
    { route, me },
  );
}

const errorOf = (label: string | RegExp) => {
  const control = screen.getByLabelText(label);
  const id = control.getAttribute("aria-describedby");
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe("NewProgrammePage", () => {
  it("shows each problem next to its field and sends nothing", async () => {
    const calls = serveTrpc({});
    const { user } = renderPage("/programmes/new");
    await user.type(screen.getByLabelText(/^Start/), "2027-06-01");
    await user.type(screen.getByLabelText(/^End/), "2027-01-01");
    await user.click(screen.getByRole("button", { name: "Add funder" }));
    await user.click(screen.getByRole("button", { name: "Add programme" }));

    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(/^Name/)).toBeTruthy();
    expect(errorOf(/^Funder 1/)).toBeTruthy();
    expect(errorOf(/^End/)).toMatch(/before the start/);
    expect(inputsOf(calls, "programmes.create")).toEqual([]);
  });

  it("sends the funders as names and lands on the new programme", async () => {
    const calls = serveTrpc({ "programmes.create": () => ({ ...support, id: "prog-new", version: 1 }) });
    const { user, router } = renderPage("/programmes/new");
    await user.type(screen.getByLabelText(/^Name/), "EU Parliamentary Support");
    await user.type(screen.getByLabelText(/^Start/), "2026-01-01");
    await user.type(screen.getByLabelText(/^End/), "2028-12-31");
    await user.click(screen.getByRole("button", { name: "Add funder" }));
    await user.type(screen.getByLabelText(/^Funder 1/), "European Union");
    await user.click(screen.getByRole("button", { name: "Add funder" }));
    await user.type(screen.getByLabelText(/^Funder 2/), "Sida");
    await user.click(screen.getByRole("button", { name: "Add programme" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/programmes/prog-new"));
    expect(inputsOf(calls, "programmes.create")).toEqual([
      {
        name: "EU Parliamentary Support",
        funders: ["European Union", "Sida"],
        startDate: day("2026-01-01"),
        endDate: day("2028-12-31"),
        description: null,
      },
    ]);
  });

  it("asks before leaving a changed form", async () => {
    serveTrpc({});
    const { user, router } = renderPage("/programmes/new");
    await user.type(screen.getByLabelText(/^Name/), "Governance");
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(router.state.location.pathname).toBe("/programmes/new");
    await user.click(within(dialog).getByRole("button", { name: "Leave without saving" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/programmes"));
  });

  it("is not offered to experts", () => {
    serveTrpc({});
    renderPage("/programmes/new", expert);
    expect(screen.queryByRole("button", { name: "Add programme" })).not.toBeInTheDocument();
  });
});

describe("EditProgrammePage", () => {
  it("sends what changed on the version loaded; a stale save reloads the saved record and says so", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "programmes.byId": () => support,
      "programmes.update": () => {
        attempts += 1;
        if (attempts === 1)
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "programme" } },
            { reason: "STALE_VERSION", details: { current: { ...support, funders: ["European Union"], version: 3 } } },
          );
        return { ...support, funders: ["European Union"], endDate: day("2029-06-30"), version: 4 };
      },
    });
    const { user, router } = renderPage("/programmes/prog-1/edit");

    const end = await screen.findByLabelText(/^End/);
    expect(end).toHaveValue("2028-12-31");
    expect(screen.getByLabelText(/^Funder 2/)).toHaveValue("Sida");
    await user.clear(end);
    await user.type(end, "2029-06-30");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Changed by someone else")).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Funder 2/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^End/)).toHaveValue("2028-12-31");
    expect(inputsOf(calls, "programmes.update")[0]).toEqual({ id: "prog-1", version: 2, endDate: day("2029-06-30") });

    await user.clear(screen.getByLabelText(/^End/));
    await user.type(screen.getByLabelText(/^End/), "2029-06-30");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/programmes/prog-1"));
    expect(inputsOf(calls, "programmes.update")[1]).toEqual({ id: "prog-1", version: 3, endDate: day("2029-06-30") });
  });
});
