// The mission edit page: problems next to their fields, only what changed sent on the
// version loaded, a stale save reloading the saved record and saying so.
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditMissionPage } from "../../../client/src/app/routes/mission-edit.tsx";
import { coordinator, expert, mission } from "../fixtures.ts";
import { renderWithDataRouter } from "../form/data-router.tsx";
import type { Me } from "../../helpers/render.tsx";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const zambia = { ...mission([]), objectives: "Assess the ICT function.", version: 2 };
const programmes = {
  items: [
    { id: "prog-1", name: "EU Parliamentary Support", funders: ["EU"], startDate: new Date(), endDate: new Date() },
    { id: "prog-2", name: "UNDP Governance", funders: ["UNDP"], startDate: new Date(), endDate: new Date() },
  ],
  nextCursor: null,
  total: 2,
};

function renderPage(me: Me = coordinator) {
  return renderWithDataRouter(
    [
      { path: "/missions/:id/edit", element: <EditMissionPage /> },
      { path: "/missions/:id", element: <p>Mission page</p> },
    ],
    { route: "/missions/m-1/edit", me },
  );
}

const errorOf = (label: string | RegExp) => {
  const control = screen.getByLabelText(label);
  const id = control.getAttribute("aria-describedby");
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe("EditMissionPage", () => {
  it("shows a problem next to its field and sends nothing", async () => {
    const calls = serveTrpc({ "missions.byId": () => zambia, "programmes.list": () => programmes });
    const { user } = renderPage();
    await user.clear(await screen.findByLabelText(/^Title/));
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(/^Title/)).toBeTruthy();
    expect(inputsOf(calls, "missions.update")).toEqual([]);
  });

  it("sends only what changed on the version loaded; a stale save reloads the saved record and says so", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "missions.byId": () => zambia,
      "programmes.list": () => programmes,
      "missions.update": () => {
        attempts += 1;
        if (attempts === 1)
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "mission" } },
            {
              reason: "STALE_VERSION",
              details: { current: { ...zambia, title: "Renamed elsewhere", version: 3 } },
            },
          );
        return { ...zambia, programmeId: "prog-2", version: 4 };
      },
    });
    const { user, router } = renderPage();

    const select = await screen.findByLabelText(/^Programme/);
    await screen.findByRole("option", { name: "UNDP Governance" });
    await user.selectOptions(select, "prog-2");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Changed by someone else")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue("Renamed elsewhere");
    expect(screen.getByLabelText(/^Programme/)).toHaveValue("");
    expect(inputsOf(calls, "missions.update")[0]).toEqual({ id: "m-1", version: 2, programmeId: "prog-2" });

    await user.selectOptions(screen.getByLabelText(/^Programme/), "prog-2");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/missions/m-1"));
    expect(inputsOf(calls, "missions.update")[1]).toEqual({ id: "m-1", version: 3, programmeId: "prog-2" });
  });

  it("is not offered to experts", () => {
    serveTrpc({});
    renderPage(expert);
    expect(screen.queryByRole("button", { name: "Save changes" })).not.toBeInTheDocument();
  });
});
