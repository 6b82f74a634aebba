// The assign dialog shows the experts ranked for the phase (experts.suggest) with their fit,
// the reasons and their conflicts before anyone is picked, and can be driven from the
// keyboard; a removal from a stale view closes its dialog, refreshes the team and says so.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AssignExpertDialog } from "../../../client/src/features/missions/components/assign-expert-dialog.tsx";
import { PhaseCard } from "../../../client/src/features/missions/components/phase-card.tsx";
import type { ExpertSuggestion } from "../../../client/src/features/missions/api/team.ts";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { day, member, phase } from "../fixtures.ts";
import { Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const plan = phase({ id: "ph-plan", kind: "STRATEGIC_PLAN", team: [member("x-lead", "LEAD")] });

function suggestion(id: string, name: string, score: number, extra: Partial<ExpertSuggestion> = {}): ExpertSuggestion {
  return {
    expert: { id, name, institution: "Parliament of Portugal", countryCode: "PT", areas: ["LEG"], languages: ["pt"] },
    score,
    reasons: [
      { code: "matchArea", params: { area: "LEG" } },
      { code: "matchLanguage", params: { language: "pt" } },
      { code: "matchAvailable" },
      { code: "matchWorkload", params: { count: 0 } },
    ],
    conflicts: [],
    ...extra,
  };
}

const ranking: ExpertSuggestion[] = [
  suggestion("x-ana", "Ana Best", 70),
  suggestion("x-bea", "Bea Busy", 44, {
    reasons: [
      { code: "matchArea", params: { area: "LEG" } },
      { code: "matchConflicts", params: { count: 1 } },
      { code: "matchWorkload", params: { count: 3 } },
    ],
    conflicts: [
      {
        kind: "PHASE_OVERLAP",
        phaseId: "ph-x",
        missionCode: "MOZ-2034",
        from: day("2034-05-12"),
        to: day("2034-05-14"),
      },
    ],
  }),
  suggestion("x-cao", "Cao Web", 35, {
    expert: {
      id: "x-cao",
      name: "Cao Web",
      institution: "Senate",
      countryCode: "BR",
      areas: ["WEB"],
      languages: ["en"],
    },
  }),
];

function renderDialog() {
  return renderWithApp(<AssignExpertDialog open onClose={() => {}} phase={plan} />, {
    seed: (client) => client.setQueryData(trpc.experts.suggest.queryKey({ phaseId: plan.id }), ranking),
  });
}

describe("AssignExpertDialog: the ranking", () => {
  it("lists the suggested experts best first, each with the fit, the reasons and the conflicts", () => {
    renderDialog();
    const group = screen.getByRole("radiogroup", { name: "Suggested experts" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("value"))).toEqual(["x-ana", "x-bea", "x-cao"]);
    expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);

    const ana = radios[0]!.closest("label")!;
    expect(ana).toHaveTextContent("Fit 70");
    expect(ana).toHaveTextContent("Speaks Portuguese");
    expect(ana).toHaveTextContent("Free on the phase's dates");
    expect(ana).toHaveTextContent("0 days booked this quarter");

    const bea = radios[1]!.closest("label")!;
    expect(bea).toHaveTextContent("1 conflict");
    expect(bea).toHaveTextContent("One clash on the phase's dates");
    expect(bea).toHaveTextContent("Booked on MOZ-2034");
    expect(radios[1]).toHaveAccessibleDescription(/Booked on MOZ-2034/);
  });

  it("narrows the ranking by name or by ICT area and keeps each expert's rank", async () => {
    const { user } = renderDialog();
    await user.type(screen.getByRole("searchbox", { name: "Search experts" }), "cao");
    const group = screen.getByRole("radiogroup", { name: "Suggested experts" });
    expect(
      within(group)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["x-cao"]);
    expect(within(group).getByText("3.")).toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Search experts" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "ICT area" }), "LEG");
    expect(
      within(group)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value")),
    ).toEqual(["x-ana", "x-bea"]);
  });

  it("is used from the keyboard: arrows move the choice, Enter assigns", async () => {
    const calls = serveTrpc({ "missions.assignExpert": () => plan });
    const { user } = renderDialog();
    const radios = screen.getAllByRole("radio", { name: /Ana Best|Bea Busy|Cao Web/ });
    radios[0]!.focus();
    await user.keyboard(" ");
    expect(radios[0]).toBeChecked();
    await user.keyboard("{ArrowDown}");
    expect(radios[1]).toBeChecked();
    screen.getByRole("button", { name: "Assign" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(calls.map((c) => c.path)).toContain("missions.assignExpert"));
    expect(calls.find((c) => c.path === "missions.assignExpert")?.input).toMatchObject({
      phaseId: plan.id,
      expertId: "x-bea",
      role: "MEMBER",
    });
  });
});

describe("PhaseCard: removing someone already removed", () => {
  it("closes the dialog, refreshes the team and says what happened", async () => {
    const gone = member("x-gone");
    const current = { ...plan, team: [member("x-lead", "LEAD")] };
    const calls = serveTrpc({
      "missions.unassignExpert": () => {
        throw new Refusal(
          "CONFLICT",
          { code: "teamMemberGone", params: { name: gone.expert.name } },
          { reason: "STALE_VERSION", details: { current } },
        );
      },
      "missions.byId": () => ({ id: "m-1", phases: [current] }),
    });
    const { user, queryClient } = renderWithApp(
      <PhaseCard phase={{ ...plan, team: [member("x-lead", "LEAD"), gone] }} canManageTeam />,
    );
    const invalidate = vi.spyOn(queryClient, "invalidateQueries");
    await user.click(screen.getByRole("button", { name: `Remove ${gone.expert.name} from the team` }));
    const dialog = screen.getByRole("dialog", { name: "Remove from the team?" });
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Remove from the team?" })).toBeNull());
    const notice = within(screen.getByRole("article", { name: "Strategic plan" })).getByRole("status");
    expect(notice).toHaveTextContent("The team was out of date");
    expect(notice).toHaveTextContent(
      `${gone.expert.name} had already been taken off this phase's team, perhaps in another tab. The team shown is the current one.`,
    );
    expect(invalidate).toHaveBeenCalled();
    expect(calls.map((c) => c.path)).toContain("missions.unassignExpert");
  });
});
