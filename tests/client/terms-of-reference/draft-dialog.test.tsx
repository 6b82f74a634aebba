// "Draft terms of reference" from the mission page: the empty state offers it to those who
// may draft (and not to the parliament's staff); the dialog narrows each checkbox list by
// ICT area, ticks all shown, is driven by the keyboard, sends the ticked ids in the chosen
// language and opens the editor; with nothing ticked it says so under the findings.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TermsOfReferenceCard } from "../../../client/src/features/terms-of-reference/components/tor-list-card.tsx";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithDataRouter } from "../form/data-router.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const sources = {
  findings: [
    {
      id: "f-leg",
      title: "Bills travel by e-mail",
      area: "LEG",
      severity: "HIGH",
      kind: "GAP",
      recommendation: "Track bills",
    },
    {
      id: "f-sec",
      title: "No backups off site",
      area: "SEC",
      severity: "CRITICAL",
      kind: "RISK",
      recommendation: null,
    },
    { id: "f-sec2", title: "No incident plan", area: "SEC", severity: "HIGH", kind: "GAP", recommendation: null },
  ],
  items: [
    {
      id: "i-lis",
      title: "Legislative information system",
      area: "LEG",
      strategicObjective: "A transparent legislative process",
      term: "MEDIUM",
      startDate: day("2027-02-01"),
      endDate: day("2028-06-30"),
    },
  ],
};

function renderCard(me = coordinator, mayDraft = true) {
  return renderWithDataRouter(
    [
      { path: "/missions/:id", element: <TermsOfReferenceCard missionId="m-1" missionTitle="Montenegro ToR" /> },
      { path: "/missions/:id/terms-of-reference/:torId", element: <p>The editor</p> },
    ],
    {
      route: "/missions/m-1",
      me,
      seed: (qc) => {
        qc.setQueryData(trpc.termsOfReference.list.queryKey({ missionId: "m-1" }), { items: [], mayDraft });
        qc.setQueryData(trpc.termsOfReference.sources.queryKey({ missionId: "m-1" }), sources as never);
      },
    },
  );
}

describe("drafting terms of reference", () => {
  it("narrows the findings by area, ticks all shown, and sends the ticked ids in the chosen language", async () => {
    const calls = serveTrpc({ "termsOfReference.create": () => ({ id: "tor-9", missionId: "m-1", title: "T" }) });
    const { user, router } = renderCard();
    expect(screen.getByText("No terms of reference yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Draft terms of reference" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("textbox", { name: /Title/ })).toHaveValue("Terms of reference: Montenegro ToR");

    const findings = within(dialog).getByRole("group", { name: /Validated findings/ });
    await user.selectOptions(within(findings).getByRole("combobox", { name: "ICT area" }), "SEC");
    expect(within(findings).queryByRole("checkbox", { name: /Bills travel/ })).not.toBeInTheDocument();
    await user.click(within(findings).getByRole("button", { name: "Select all shown" }));
    expect(within(findings).getByText("(2 selected)")).toBeInTheDocument();

    // The keyboard: Space ticks the focused item.
    const items = within(dialog).getByRole("group", { name: /Roadmap items/ });
    within(items)
      .getByRole("checkbox", { name: /Legislative information system/ })
      .focus();
    await user.keyboard(" ");
    expect(within(items).getByRole("checkbox", { name: /Legislative information system/ })).toBeChecked();

    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Language of the document" }), "fr");
    await user.click(within(dialog).getByRole("button", { name: "Write the draft" }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/missions/m-1/terms-of-reference/tor-9"));
    expect(inputsOf(calls, "termsOfReference.create")).toEqual([
      {
        missionId: "m-1",
        title: "Terms of reference: Montenegro ToR",
        language: "fr",
        findingIds: ["f-sec", "f-sec2"],
        roadmapItemIds: ["i-lis"],
      },
    ]);
  });

  it("asks for at least one finding or item, under the findings, before calling the server", async () => {
    const calls = serveTrpc({
      "termsOfReference.create": () => {
        throw new Refusal("BAD_REQUEST", { code: "invalidInput", params: { field: "findingIds" } });
      },
    });
    const { user } = renderCard();
    await user.click(screen.getByRole("button", { name: "Draft terms of reference" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Write the draft" }));
    expect(await within(dialog).findByText("Add at least 1")).toBeInTheDocument();
    expect(inputsOf(calls, "termsOfReference.create")).toEqual([]);
  });

  it("offers the parliament's staff no draft, and says why the list is empty", () => {
    serveTrpc({});
    renderCard(staff, false);
    expect(screen.getByText("The mission's team has not drafted any yet.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Draft terms of reference" })).not.toBeInTheDocument();
  });
});
