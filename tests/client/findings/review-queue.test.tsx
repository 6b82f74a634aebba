// The lead's review queue (/review): the findings awaiting them, opened one after the other
// with Next/Previous (buttons, j/k) without going back to the list, decided on the spot
// and then the next one; several validated at once; an empty queue says so.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReviewQueuePage } from "../../../client/src/app/routes/review-queue.tsx";
import type { ReviewQueueItem } from "../../../client/src/features/findings/api/review-queue.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { expert, finding } from "../fixtures.ts";
import { inputsOf, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const colleague = { id: "u-colleague", name: "Chanda Mulenga" };
const titles = ["No ICT steering committee", "Single internet uplink", "Hansard typed in a word processor"];
const details = titles.map((title, n) =>
  finding({ id: `f-${n + 1}`, title, status: "SUBMITTED", version: n + 2, author: colleague, myTeamRole: "LEAD" }),
);
/** The queue lists what the page shows in full: a detail carries every field of a row. */
const queueItem = (f: (typeof details)[number]) => f as unknown as ReviewQueueItem;

function renderQueue(items: ReviewQueueItem[] = details.map(queueItem), route = "/review") {
  let queue = items;
  const calls = serveTrpc({
    "findings.reviewQueue": () => ({ items: queue, nextCursor: null }),
    "findings.byId": ({ id }: { id: string }) => details.find((d) => d.id === id),
    "missions.list": () => ({ items: [{ id: "m-1", code: "ZMB-2027", title: "ICT assessment" }], nextCursor: null }),
    "findings.list": () => ({ items: [], nextCursor: null }),
    "findings.setStatus": (input: { id: string; status: string }) => {
      queue = queue.filter((f) => f.id !== input.id);
      return { ...details.find((d) => d.id === input.id)!, status: input.status };
    },
    "findings.validateMany": (input: { items: unknown[] }) => ({ validated: input.items.length }),
  });
  return { ...renderWithApp(<ReviewQueuePage />, { me: expert, route }), calls };
}

describe("the review queue", () => {
  it("lists the findings awaiting review, each to open or select", async () => {
    renderQueue();
    const table = await screen.findByRole("table", { name: "Findings to review" });
    expect(
      within(table)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(titles);
    expect(within(table).getAllByRole("checkbox")).toHaveLength(3);
  });

  it("opens one and goes to the next and back with the buttons and j/k, without the list", async () => {
    const { user } = renderQueue();
    const table = await screen.findByRole("table", { name: "Findings to review" });
    await user.click(within(table).getByRole("button", { name: titles[0] }));
    expect(await screen.findByRole("heading", { name: titles[0] })).toBeInTheDocument();
    expect(screen.getByText("1 of 3")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByRole("heading", { name: titles[1] })).toBeInTheDocument();
    expect(screen.getByText("2 of 3")).toBeInTheDocument();
    await user.keyboard("j");
    expect(await screen.findByRole("heading", { name: titles[2] })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
    await user.keyboard("k");
    expect(await screen.findByRole("heading", { name: titles[1] })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Back to the list" }));
    expect(await screen.findByRole("table", { name: "Findings to review" })).toBeInTheDocument();
  });

  it("validates the open finding and moves on to the next one", async () => {
    const { user, calls } = renderQueue(undefined, "/review?open=f-1");
    expect(await screen.findByRole("heading", { name: titles[0] })).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Validate" }));
    expect(await screen.findByRole("heading", { name: titles[1] })).toBeInTheDocument();
    expect(inputsOf(calls, "findings.setStatus")).toEqual([{ id: "f-1", version: 2, status: "VALIDATED" }]);
  });

  it("rejects with a reason, then moves on", async () => {
    const { user, calls } = renderQueue(undefined, "/review?open=f-2");
    await user.click(await screen.findByRole("button", { name: "Reject" }));
    const dialog = screen.getByRole("dialog", { name: "Reject this finding?" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Which uplink?");
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(await screen.findByRole("heading", { name: titles[2] })).toBeInTheDocument();
    expect(inputsOf(calls, "findings.setStatus")).toEqual([
      { id: "f-2", version: 3, status: "REJECTED", comment: "Which uplink?" },
    ]);
  });

  it("validates the selected findings in one call, with the versions listed", async () => {
    const { user, calls } = renderQueue();
    const table = await screen.findByRole("table", { name: "Findings to review" });
    await user.click(within(table).getByRole("checkbox", { name: `Select “${titles[0]}”` }));
    await user.click(within(table).getByRole("checkbox", { name: `Select “${titles[2]}”` }));
    await user.click(screen.getByRole("button", { name: "Validate 2 selected" }));
    await waitFor(() => expect(inputsOf(calls, "findings.validateMany")).toHaveLength(1));
    expect(inputsOf(calls, "findings.validateMany")).toEqual([
      {
        items: [
          { id: "f-1", version: 2 },
          { id: "f-3", version: 4 },
        ],
      },
    ]);
  });

  it("says when nothing awaits review", async () => {
    renderQueue([]);
    expect(await screen.findByText("Nothing awaits your review")).toBeInTheDocument();
  });

  it("keeps its filters in the address", async () => {
    const { calls } = renderQueue(undefined, "/review?severity=HIGH&area=SEC");
    await screen.findByRole("table", { name: "Findings to review" });
    expect(inputsOf(calls, "findings.reviewQueue")[0]).toMatchObject({ severity: "HIGH", area: "SEC" });
    expect(screen.getByRole("combobox", { name: "Severity" })).toHaveValue("HIGH");
  });
});
