// The expert create and edit pages: the browser's problems next to their fields (an
// unavailable period ending before it starts, next to that row's end date), rows added and
// removed, only what changed sent on the version loaded, a stale save reloading the saved
// record and saying so, leaving a half-filled form asking first, and a period over a phase the expert is on kept only with a reason.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditExpertPage, NewExpertPage } from "../../../client/src/app/routes/expert-edit.tsx";
import { meQueryOptions } from "../../../client/src/lib/session.ts";
import type { Me } from "../../helpers/render.tsx";
import { coordinator, staff } from "../fixtures.ts";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ana = {
  id: "e-ana",
  name: "Ana Silva",
  email: "ana@example.org",
  institution: "Assembleia da República",
  countryCode: "PT",
  areas: ["GOV", "LEG"],
  languages: ["pt", "en"],
  bio: null,
  version: 3,
  unavailability: [{ startDate: day("2027-08-01"), endDate: day("2027-08-15"), reason: "Leave" }],
  assignments: [],
};

/** The pages inside a data router (the unsaved-changes guard needs one), with the expert's page to land on. */
function renderPage(route: string, me: Me = coordinator) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  queryClient.setQueryData(meQueryOptions().queryKey, me);
  const router = createMemoryRouter(
    [
      { path: "/experts/new", element: <NewExpertPage /> },
      { path: "/experts/:id/edit", element: <EditExpertPage /> },
      { path: "/experts/:id", element: <p>Expert page</p> },
      { path: "/experts", element: <p>Directory</p> },
    ],
    { initialEntries: [route] },
  );
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { user, router };
}

const errorOf = (label: string | RegExp, container: HTMLElement = document.body) => {
  const control = within(container).getByLabelText(label);
  const id = control.getAttribute("aria-describedby");
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe("NewExpertPage", () => {
  it("shows each problem next to its field, a period's next to its row, and sends nothing", async () => {
    const calls = serveTrpc({});
    const { user } = renderPage("/experts/new");

    await user.click(screen.getByRole("button", { name: /Add period/ }));
    await user.click(screen.getByRole("button", { name: /Add period/ }));
    const rows = screen.getAllByRole("group", { name: /Unavailable period/ });
    expect(rows).toHaveLength(2);
    await user.type(within(rows[1]!).getByLabelText(/From/), "2027-05-10");
    await user.type(within(rows[1]!).getByLabelText(/Until/), "2027-05-01");
    await user.click(screen.getByRole("button", { name: "Add expert" }));

    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(/^Name/)).toBeTruthy();
    expect(errorOf(/Home institution/)).toBeTruthy();
    expect(errorOf(/^Country/)).toBeTruthy();
    expect(errorOf(/Until/, rows[1]!)).toMatch(/after|before|start/i);
    expect(within(rows[0]!).getByLabelText(/From/)).toHaveAttribute("aria-invalid", "true");

    // Removing the first row leaves the second, still refused, as the only one.
    await user.click(screen.getByRole("button", { name: "Remove unavailable period 1" }));
    const left = screen.getAllByRole("group", { name: /Unavailable period/ });
    expect(left).toHaveLength(1);
    expect(within(left[0]!).getByLabelText(/From/)).toHaveValue("2027-05-10");
    expect(inputsOf(calls, "experts.create")).toEqual([]);
  });

  it("creates the expert with areas, languages and periods, and opens their page", async () => {
    const calls = serveTrpc({ "experts.create": () => ({ ...ana, id: "e-new", name: "Joana Reis" }) });
    const { user, router } = renderPage("/experts/new");

    await user.type(screen.getByLabelText(/^Name/), "Joana Reis");
    await user.type(screen.getByLabelText(/E-mail/), "JOANA@example.org");
    await user.type(screen.getByLabelText(/Home institution/), "Assembleia da República");
    await user.selectOptions(screen.getByLabelText(/^Country/), "PT");
    await user.click(screen.getByRole("checkbox", { name: /Website/i }));
    await user.selectOptions(screen.getByLabelText(/^Languages/), "pt");
    await user.selectOptions(screen.getByLabelText(/^Languages/), "fr");
    await user.click(screen.getByRole("button", { name: "Remove French" }));
    await user.click(screen.getByRole("button", { name: /Add period/ }));
    await user.type(screen.getByLabelText(/From/), "2027-05-01");
    await user.type(screen.getByLabelText(/Until/), "2027-05-01");
    await user.click(screen.getByRole("button", { name: "Add expert" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/experts/e-new"));
    expect(inputsOf(calls, "experts.create")).toEqual([
      {
        name: "Joana Reis",
        email: "joana@example.org",
        institution: "Assembleia da República",
        countryCode: "PT",
        areas: ["WEB"],
        languages: ["pt"],
        bio: null,
        unavailability: [{ startDate: day("2027-05-01"), endDate: day("2027-05-01"), reason: null }],
      },
    ]);
  });

  it("asks before a half-filled form is left", async () => {
    serveTrpc({});
    const { user, router } = renderPage("/experts/new");
    await user.type(screen.getByLabelText(/^Name/), "Joana");
    await user.click(screen.getByRole("link", { name: "Cancel" }));

    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(router.state.location.pathname).toBe("/experts/new");
    await user.click(within(dialog).getByRole("button", { name: "Leave without saving" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/experts"));
  });

  it("is not offered to parliament staff", () => {
    serveTrpc({});
    renderPage("/experts/new", staff);
    expect(screen.queryByRole("button", { name: "Add expert" })).not.toBeInTheDocument();
  });
});

describe("EditExpertPage", () => {
  it("sends what changed on the version loaded; a stale save reloads the saved record and says so", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "experts.byId": () => ana,
      "experts.update": () => {
        attempts += 1;
        if (attempts === 1) {
          const { assignments: _none, ...saved } = ana;
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "expert" } },
            {
              reason: "STALE_VERSION",
              details: { current: { ...saved, institution: "Their institution", version: 4 } },
            },
          );
        }
        return { ...ana, institution: "My institution", version: 5 };
      },
    });
    const { user, router } = renderPage("/experts/e-ana/edit");

    const institution = await screen.findByLabelText(/Home institution/);
    expect(screen.getByLabelText(/^Name/)).toHaveValue("Ana Silva");
    expect(screen.getByRole("list", { name: "Chosen languages" })).toHaveTextContent(/Portuguese.*English/);
    expect(screen.getByLabelText(/From/)).toHaveValue("2027-08-01");
    await user.clear(institution);
    await user.type(institution, "My institution");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Someone else saved this expert meanwhile")).toBeInTheDocument();
    expect(screen.getByLabelText(/Home institution/)).toHaveValue("Their institution");
    expect(inputsOf(calls, "experts.update")[0]).toEqual({
      id: "e-ana",
      version: 3,
      institution: "My institution",
      overrideReason: null,
    });

    await user.clear(screen.getByLabelText(/Home institution/));
    await user.type(screen.getByLabelText(/Home institution/), "My institution");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/experts/e-ana"));
    expect(inputsOf(calls, "experts.update")[1]).toMatchObject({ version: 4, institution: "My institution" });
  });

  it("names the phase a new period falls on and keeps it only with a reason", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "experts.byId": () => ana,
      "experts.update": () => {
        attempts += 1;
        if (attempts === 1) {
          throw new Refusal(
            "CONFLICT",
            {
              code: "bookedDuringUnavailability",
              params: {
                expert: "Ana Silva",
                mission: "ZM-2027-01",
                phaseKind: "ASSESSMENT",
                startDate: day("2027-06-01"),
                endDate: day("2027-06-05"),
              },
            },
            {
              reason: "EXPERT_UNAVAILABLE",
              details: {
                expert: "Ana Silva",
                clashes: [
                  {
                    kind: "phase",
                    phaseId: "p-1",
                    missionCode: "ZM-2027-01",
                    phaseKind: "ASSESSMENT",
                    startDate: day("2027-06-01"),
                    endDate: day("2027-06-05"),
                  },
                ],
              },
            },
          );
        }
        return { ...ana, version: 4 };
      },
    });
    const { user, router } = renderPage("/experts/e-ana/edit");

    await screen.findByLabelText(/Home institution/);
    await user.click(screen.getByRole("button", { name: /Add period/ }));
    const row = screen.getAllByRole("group", { name: /Unavailable period/ })[1]!;
    await user.type(within(row).getByLabelText(/From/), "2027-06-01");
    await user.type(within(row).getByLabelText(/Until/), "2027-06-03");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("The expert is already on a phase in these dates")).toBeInTheDocument();
    expect(screen.getByText(/ZM-2027-01, Assessment/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(errorOf(/Why the period stands/)).toBe("Say why the period stands despite the phase.");
    expect(inputsOf(calls, "experts.update")).toHaveLength(1);

    await user.type(screen.getByLabelText(/Why the period stands/), "Back home for two days only");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/experts/e-ana"));
    expect(inputsOf(calls, "experts.update")[1]).toEqual({
      id: "e-ana",
      version: 3,
      unavailability: [
        { startDate: day("2027-08-01"), endDate: day("2027-08-15"), reason: "Leave" },
        { startDate: day("2027-06-01"), endDate: day("2027-06-03"), reason: null },
      ],
      overrideReason: "Back home for two days only",
    });
  });
});
