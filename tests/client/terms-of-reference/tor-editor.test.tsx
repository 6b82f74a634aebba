// The terms-of-reference editor page: a save sends the text with the version it was edited
// from and moves the editor to the new version; a stale save shows, per field, the user's
// text next to the version saved meanwhile, and keeping theirs saves it after that version
// while taking the other puts the other in the editor; the parliament's staff read; leaving
// with unsaved changes asks first.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TOR_SECTIONS } from "@hemicycle/shared/schemas/terms-of-reference";
import { TermsOfReferencePage } from "../../../client/src/app/routes/terms-of-reference.tsx";
import type { TorDetail, TorVersion } from "../../../client/src/features/terms-of-reference/api/terms-of-reference.ts";
import { trpc } from "../../../client/src/lib/trpc.ts";
import { renderWithDataRouter } from "../form/data-router.tsx";
import { coordinator, day, expert, staff } from "../fixtures.ts";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const sections = (prefix: string) =>
  Object.fromEntries(TOR_SECTIONS.map((s) => [s, `${prefix} ${s}`])) as Record<(typeof TOR_SECTIONS)[number], string>;

function version(number: number, prefix: string, author = { id: "u-coord", name: "Colm Coordinator" }): TorVersion {
  return {
    number,
    language: "en",
    ...sections(prefix),
    findingIds: ["f-1"],
    roadmapItemIds: [],
    author,
    createdAt: day("2027-01-10"),
  };
}

function tor(number: number, prefix: string, mayEdit = true): TorDetail {
  const latest = version(number, prefix);
  return {
    id: "tor-1",
    missionId: "m-1",
    title: "Legislative information system",
    version: number,
    createdAt: day("2027-01-10"),
    updatedAt: day("2027-01-10"),
    mission: {
      code: "EU-MNE-2027",
      title: "Montenegro ToR",
      parliament: { id: "p-mne", name: "Parliament of Montenegro" },
    },
    latest,
    versions: Array.from({ length: number }, (_, i) => ({
      number: number - i,
      language: "en" as const,
      author: latest.author,
      createdAt: day("2027-01-10"),
    })),
    viewer: { mayEdit },
  };
}

const ROUTE = "/missions/m-1/terms-of-reference/tor-1";

function renderEditor(start: TorDetail, me = expert) {
  return renderWithDataRouter(
    [
      { path: "/missions/:id/terms-of-reference/:torId", element: <TermsOfReferencePage /> },
      { path: "/missions/:id", element: <p>Mission page</p> },
    ],
    { route: ROUTE, me, seed: (qc) => qc.setQueryData(trpc.termsOfReference.byId.queryKey({ id: "tor-1" }), start) },
  );
}

const background = () => screen.getByRole("textbox", { name: "Background" });

describe("the terms-of-reference editor", () => {
  it("saves the text with the version it was edited from and moves to the new version", async () => {
    const calls = serveTrpc({
      "termsOfReference.save": (input: { background: string }) => ({
        ...tor(2, "First"),
        latest: { ...version(2, "First"), background: input.background },
      }),
    });
    const { user } = renderEditor(tor(1, "First"));
    const save = screen.getByRole("button", { name: "Save as version 2" });
    expect(save).toBeDisabled();
    await user.clear(background());
    await user.type(background(), "A new background");
    expect(screen.getByText("1 field changed, not saved yet")).toBeInTheDocument();
    await user.click(save);
    await waitFor(() => expect(screen.getByText("Saved as version 2")).toBeInTheDocument());
    const [sent] = inputsOf(calls, "termsOfReference.save") as Record<string, unknown>[];
    expect(sent).toMatchObject({
      id: "tor-1",
      version: 1,
      title: "Legislative information system",
      background: "A new background",
    });
    expect(sent!.scope).toBe("First scope");
    expect(screen.getByRole("button", { name: "Save as version 3" })).toBeDisabled();
  });

  it("on a stale save shows both texts; keeping mine saves it after their version", async () => {
    const theirs = {
      ...version(2, "Theirs", { id: "u-other", name: "Olga Other" }),
      title: "Legislative information system",
    };
    let attempts = 0;
    const calls = serveTrpc({
      "termsOfReference.save": () => {
        attempts += 1;
        if (attempts === 1) {
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "termsOfReference" } },
            { reason: "STALE_VERSION", details: { current: theirs } },
          );
        }
        return tor(3, "Mine");
      },
      "termsOfReference.byId": () => tor(2, "Theirs"),
    });
    const { user } = renderEditor(tor(1, "First"));
    await user.clear(background());
    await user.type(background(), "Mine background");
    await user.click(screen.getByRole("button", { name: "Save as version 2" }));

    const conflict = await screen.findByRole("alert");
    expect(within(conflict).getByText("Olga Other saved version 2 while you were editing")).toBeInTheDocument();
    expect(within(conflict).getByText("Mine background")).toBeInTheDocument();
    expect(within(conflict).getByText("Theirs background")).toBeInTheDocument();
    // Every other section differs too (First … against Theirs …): nine fields with the title the same.
    expect(within(conflict).getByText(/8 fields differ/)).toBeInTheDocument();

    await user.click(within(conflict).getByRole("button", { name: "Keep my text" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(background()).toHaveValue("Mine background");
    await user.click(screen.getByRole("button", { name: "Save as version 3" }));
    await waitFor(() => expect(inputsOf(calls, "termsOfReference.save")).toHaveLength(2));
    expect(inputsOf(calls, "termsOfReference.save")[1]).toMatchObject({ version: 2, background: "Mine background" });
  });

  it("taking their version puts it in the editor, with nothing left to save", async () => {
    const theirs = { ...version(2, "Theirs"), title: "Renamed by them" };
    serveTrpc({
      "termsOfReference.save": () => {
        throw new Refusal(
          "CONFLICT",
          { code: "staleVersion", params: { entity: "termsOfReference" } },
          { reason: "STALE_VERSION", details: { current: theirs } },
        );
      },
      "termsOfReference.byId": () => ({ ...tor(2, "Theirs"), title: "Renamed by them" }),
    });
    const { user } = renderEditor(tor(1, "First"), coordinator);
    await user.type(background(), " and more");
    await user.click(screen.getByRole("button", { name: "Save as version 2" }));
    await user.click(await screen.findByRole("button", { name: "Take version 2" }));
    expect(background()).toHaveValue("Theirs background");
    expect(screen.getByRole("textbox", { name: /Title/ })).toHaveValue("Renamed by them");
    expect(screen.getByRole("button", { name: "Save as version 3" })).toBeDisabled();
  });

  it("refuses an empty title by its field, without calling the server", async () => {
    const calls = serveTrpc({});
    const { user } = renderEditor(tor(1, "First"));
    await user.clear(screen.getByRole("textbox", { name: /Title/ }));
    await user.click(screen.getByRole("button", { name: "Save as version 2" }));
    expect(await screen.findByText("Required")).toBeInTheDocument();
    expect(inputsOf(calls, "termsOfReference.save")).toEqual([]);
  });

  it("asks before leaving with unsaved changes", async () => {
    serveTrpc({});
    const { user } = renderEditor(tor(1, "First"));
    await user.type(background(), "!");
    await user.click(screen.getByRole("link", { name: "EU-MNE-2027" }));
    expect(await screen.findByText("Leave without saving?")).toBeInTheDocument();
  });

  it("shows the parliament's staff the text, the versions and the downloads, not the editor", () => {
    serveTrpc({});
    renderEditor(tor(2, "Saved", false), staff);
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.getByText("Saved background")).toBeInTheDocument();
    // In the page's header and beside the version in the list.
    expect(screen.getAllByRole("link", { name: "Download version 2 as PDF" })[0]).toHaveAttribute(
      "href",
      "/export/terms-of-reference/tor-1/2.pdf",
    );
    expect(screen.getByRole("button", { name: "Read version 1" })).toBeInTheDocument();
  });

  it("reads an old version in a dialog, each section marked as changed or not in the latest", async () => {
    const old = { ...version(1, "Saved"), background: "The first background" };
    serveTrpc({
      "termsOfReference.version": () => old,
      "termsOfReference.compare": () => ({ from: old, to: version(2, "Saved"), changed: ["background"] }),
    });
    const { user } = renderEditor(tor(2, "Saved"));
    await user.click(screen.getByRole("button", { name: "Read version 1" }));
    const dialog = await screen.findByRole("dialog", { name: /Version 1 of Legislative information system/ });
    expect(await within(dialog).findByText("The first background")).toBeInTheDocument();
    expect(within(dialog).getByText("Differs from version 2")).toBeInTheDocument();
    expect(within(dialog).getAllByText("Unchanged in version 2")).toHaveLength(7);
    // An editor may take the old text back into the editor, to save it as a new version.
    await user.click(within(dialog).getByRole("button", { name: "Put this text in the editor" }));
    expect(background()).toHaveValue("The first background");
    expect(screen.getByRole("button", { name: "Save as version 3" })).toBeEnabled();
  });
});
