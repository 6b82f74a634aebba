// The review's conversation: a new thread on the roadmap or on an item (Ctrl+Enter
// sends), a reply in a thread, resolve and reopen under the thread's version (a stale
// one is said, and the thread shown as it is now), the open/resolved filter, and nothing
// to write for those the policy leaves out of the discussion.
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CommentThreads } from "../../../client/src/features/roadmaps/components/review/comment-threads.tsx";
import type { CommentThread } from "../../../client/src/features/roadmaps/api/roadmap-review.ts";
import { renderWithApp, type Me } from "../../helpers/render.tsx";
import { coordinator, day, staff } from "../fixtures.ts";
import { inputsOf, Refusal, roadmap, serveTrpc, thread } from "./review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const colm = { id: coordinator.id, name: coordinator.name, role: "COORDINATOR" as const };

function websiteThread(overrides: Partial<CommentThread> = {}): CommentThread {
  return thread({
    id: "c-web",
    itemId: "i-web",
    itemTitle: "Redesign the website",
    body: "Who hosts the new website?",
    ...overrides,
  });
}

/** CommentThreads on `r-1` with a server holding `threads` (handlers may change them). */
function renderThreads(
  me: Me,
  threads: { current: CommentThread[] },
  handlers: Record<string, (input: never) => unknown> = {},
  props: { itemId?: string; onOpenItem?: (id: string) => void } = {},
) {
  const calls = serveTrpc({
    "roadmaps.comments": () => threads.current,
    "roadmaps.comment": () => ({}),
    ...handlers,
  });
  const rendered = renderWithApp(<CommentThreads roadmap={roadmap()} {...props} />, { me });
  return { ...rendered, calls };
}

describe("CommentThreads: writing", () => {
  it("starts a thread on the roadmap with Ctrl+Enter, and on an item chosen in About", async () => {
    const threads = { current: [] as CommentThread[] };
    const { user, calls } = renderThreads(staff, threads);
    expect(await screen.findByText("No comments yet")).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "New comment" });
    const box = within(form).getByRole("textbox", { name: /Comment/ });
    await user.type(box, "Please add a training plan.");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await vi.waitFor(() =>
      expect(inputsOf(calls, "roadmaps.comment")).toEqual([
        { roadmapId: "r-1", itemId: null, parentId: null, body: "Please add a training plan." },
      ]),
    );
    await vi.waitFor(() => expect(box).toHaveValue(""));

    await user.selectOptions(within(form).getByRole("combobox", { name: "About" }), "Upgrade the network");
    await user.type(box, "Which offices first?");
    await user.click(within(form).getByRole("button", { name: "Comment" }));
    await vi.waitFor(() =>
      expect(inputsOf(calls, "roadmaps.comment")[1]).toEqual({
        roadmapId: "r-1",
        itemId: "i-net",
        parentId: null,
        body: "Which offices first?",
      }),
    );
  });

  it("refuses an empty comment in the browser", async () => {
    const { user, calls } = renderThreads(staff, { current: [] });
    const form = await screen.findByRole("form", { name: "New comment" });
    await user.click(within(form).getByRole("button", { name: "Comment" }));
    expect(within(form).getByRole("textbox", { name: /Comment/ })).toHaveAttribute("aria-invalid", "true");
    expect(inputsOf(calls, "roadmaps.comment")).toEqual([]);
  });

  it("replies in a thread, on the thread's item", async () => {
    const threads = { current: [websiteThread()] };
    const { user, calls } = renderThreads(coordinator, threads, {
      "roadmaps.comment": () => {
        threads.current = [
          websiteThread({
            replies: [
              { id: "c-re", body: "The parliament's own data centre.", author: colm, createdAt: day("2027-02-12") },
            ],
          }),
        ];
        return {};
      },
    });
    const article = (await screen.findByText("Who hosts the new website?")).closest("article")!;
    await user.click(within(article).getByRole("button", { name: "Reply" }));
    const reply = within(article).getByRole("form", { name: "Reply" });
    // The reply box takes the focus.
    expect(within(reply).getByRole("textbox", { name: /Your reply/ })).toHaveFocus();
    await user.keyboard("The parliament's own data centre.");
    await user.click(within(reply).getByRole("button", { name: "Send reply" }));
    const replies = await screen.findByRole("list", { name: "Replies" });
    expect(within(replies).getByRole("listitem")).toHaveTextContent("The parliament's own data centre.");
    // Sent: the reply form closes and the focus goes back to Reply.
    expect(within(article).queryByRole("form", { name: "Reply" })).not.toBeInTheDocument();
    expect(within(article).getByRole("button", { name: "Reply" })).toHaveFocus();
    expect(inputsOf(calls, "roadmaps.comment")).toEqual([
      { roadmapId: "r-1", itemId: "i-web", parentId: "c-web", body: "The parliament's own data centre." },
    ]);
  });
});

describe("CommentThreads: resolving", () => {
  it("resolves a thread under its version, then offers to reopen it", async () => {
    const threads = { current: [websiteThread()] };
    const { user, calls } = renderThreads(staff, threads, {
      "roadmaps.resolveComment": () => {
        threads.current = [
          websiteThread({
            resolved: true,
            resolvedBy: { id: staff.id, name: staff.name },
            resolvedAt: day("2027-02-13"),
            version: 2,
          }),
        ];
        return {};
      },
    });
    const article = (await screen.findByText("Who hosts the new website?")).closest("article")!;
    await user.click(within(article).getByRole("button", { name: "Resolve" }));
    expect(await within(article).findByRole("button", { name: "Reopen" })).toBeInTheDocument();
    expect(article).toHaveTextContent(`Resolvedby ${staff.name}`);
    expect(inputsOf(calls, "roadmaps.resolveComment")).toEqual([{ id: "c-web", version: 1, resolved: true }]);
  });

  it("says when someone else changed the thread first, and shows it as it is now", async () => {
    const threads = { current: [websiteThread()] };
    const { user } = renderThreads(staff, threads, {
      "roadmaps.resolveComment": () => {
        threads.current = [
          websiteThread({
            resolved: true,
            resolvedBy: { id: coordinator.id, name: coordinator.name },
            resolvedAt: day("2027-02-13"),
            version: 2,
          }),
        ];
        throw new Refusal(
          "CONFLICT",
          { code: "staleVersion", params: { entity: "comment" } },
          { reason: "STALE_VERSION", details: { current: threads.current[0] } },
        );
      },
    });
    const article = (await screen.findByText("Who hosts the new website?")).closest("article")!;
    await user.click(within(article).getByRole("button", { name: "Resolve" }));
    expect(await within(article).findByRole("alert")).toHaveTextContent("Someone else changed this thread meanwhile");
    expect(await within(article).findByRole("button", { name: "Reopen" })).toBeInTheDocument();
    expect(article).toHaveTextContent(`by ${coordinator.name}`);
  });
});

describe("CommentThreads: reading", () => {
  const both = () => [
    thread({ id: "c-road", body: "Is the horizon long enough?" }),
    websiteThread({ resolved: true, resolvedBy: { id: staff.id, name: staff.name }, resolvedAt: day("2027-02-13") }),
  ];

  it("filters open and resolved threads, with their counts", async () => {
    const { user } = renderThreads(staff, { current: both() });
    expect(await screen.findByText("Is the horizon long enough?")).toBeInTheDocument();
    expect(screen.getByText("Who hosts the new website?")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Open (1)" }));
    expect(screen.getByRole("button", { name: "Open (1)" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByText("Who hosts the new website?")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resolved (1)" }));
    expect(screen.queryByText("Is the horizon long enough?")).not.toBeInTheDocument();
    expect(screen.getByText("Who hosts the new website?")).toBeInTheDocument();
  });

  it("names the item a thread is about and opens it", async () => {
    const onOpenItem = vi.fn();
    const { user } = renderThreads(staff, { current: both() }, {}, { onOpenItem });
    const article = (await screen.findByText("Who hosts the new website?")).closest("article")!;
    await user.click(within(article).getByRole("button", { name: "Redesign the website" }));
    expect(onOpenItem).toHaveBeenCalledWith("i-web");
    const roadmapThread = screen.getByText("Is the horizon long enough?").closest("article")!;
    expect(roadmapThread).toHaveTextContent("On the roadmap");
  });

  it("shows only an item's threads when given the item", async () => {
    renderThreads(staff, { current: both() }, {}, { itemId: "i-net" });
    expect(await screen.findByText("No comments on this item yet")).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "About" })).not.toBeInTheDocument();
  });

  it("offers nothing to write to staff of another parliament", async () => {
    const otherStaff: Me = { ...staff, id: "u-other", parliamentId: "p-malawi" };
    renderThreads(otherStaff, { current: both() });
    expect(await screen.findByText("Is the horizon long enough?")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "New comment" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reply" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Resolve" })).not.toBeInTheDocument();
  });
});
