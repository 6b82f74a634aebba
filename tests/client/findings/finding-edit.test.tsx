// Editing a finding from its page: offered as the policy says (mayEditFinding), the form
// prefilled, only the changed fields sent on the version loaded, problems next to their
// fields, and a stale save (CONFLICT) showing both versions with the two ways out. The
// create form keeps its keyboard flow (title first, Ctrl+Shift+Enter saves and starts
// the next one, a clientId per draft).
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditFindingButton } from "../../../client/src/features/findings/components/edit-finding-button.tsx";
import { CreateFindingDialog } from "../../../client/src/features/findings/components/create-finding-dialog.tsx";
import { FindingDetailView } from "../../../client/src/features/findings/components/finding-detail.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { day, expert, finding, staff } from "../fixtures.ts";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const mine = finding({
  status: "DRAFT",
  myTeamRole: "MEMBER",
  version: 3,
  evidence: "Seen on **12 March**.",
  recommendation: null,
});

function renderEdit(record = mine, me = expert) {
  return renderWithApp(<EditFindingButton finding={record} />, { me });
}

const stale = (current: object) =>
  new Refusal(
    "CONFLICT",
    { code: "staleVersion", params: { entity: "finding" } },
    { reason: "STALE_VERSION", details: { current } },
  );

const theirs = {
  ...mine,
  title: "The website lags two weeks behind sittings",
  severity: "CRITICAL" as const,
  version: 4,
  updatedAt: day("2027-03-03"),
  savedBy: { id: "u-lena", name: "Lena Lead", at: day("2027-03-03") },
};

describe("EditFindingButton: who is offered it", () => {
  it("is offered to a member of the phase's team on a draft and a rejected finding", () => {
    serveTrpc({});
    const { unmount } = renderEdit();
    expect(screen.getByRole("button", { name: "Edit" })).toBeInTheDocument();
    unmount();
    renderEdit(finding({ status: "REJECTED", myTeamRole: "MEMBER" }));
    expect(screen.getByRole("button", { name: "Edit" })).toBeInTheDocument();
  });

  it("is not offered on a validated finding, to staff, or to an expert off the team", () => {
    serveTrpc({});
    const cases = [
      renderEdit(finding({ status: "VALIDATED", myTeamRole: "MEMBER" })),
      renderEdit(finding({ status: "VALIDATED" }), staff),
      renderEdit(finding({ status: "DRAFT", myTeamRole: null })),
    ];
    expect(screen.queryByRole("button", { name: "Edit" })).not.toBeInTheDocument();
    for (const c of cases) c.unmount();
  });
});

describe("EditFindingDialog", () => {
  it("opens with E, prefilled with the finding", async () => {
    serveTrpc({});
    const { user } = renderEdit();
    await user.keyboard("e");
    const dialog = await screen.findByRole("dialog", { name: "Edit the finding" });
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue(mine.title);
    expect(within(dialog).getByLabelText(/^Title/)).toHaveFocus();
    expect(within(dialog).getByLabelText(/^Description/)).toHaveValue(mine.description);
    expect(within(dialog).getByLabelText(/^Evidence/)).toHaveValue("Seen on **12 March**.");
    expect(within(dialog).getByLabelText(/^Recommendation/)).toHaveValue("");
    expect(within(dialog).getByLabelText(/^Severity/)).toHaveValue("HIGH");
    expect(within(dialog).getByLabelText(/^ICT area/)).toHaveValue("WEB");
  });

  it("sends only the fields changed, on the version loaded, with Ctrl+Enter", async () => {
    const calls = serveTrpc({ "findings.update": () => ({ ...mine, title: "New title", version: 4 }) });
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    const title = within(dialog).getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, "New title");
    await user.selectOptions(within(dialog).getByLabelText(/^Severity/), "LOW");
    await user.type(within(dialog).getByLabelText(/^Recommendation/), "Publish the same day.");
    await user.keyboard("{Control>}{Enter}{/Control}");

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit the finding" })).not.toBeInTheDocument());
    expect(inputsOf(calls, "findings.update")).toEqual([
      { id: mine.id, version: 3, title: "New title", severity: "LOW", recommendation: "Publish the same day." },
    ]);
  });

  it("shows a problem next to its field and sends nothing", async () => {
    const calls = serveTrpc({});
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    await user.clear(within(dialog).getByLabelText(/^Title/));
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    const title = within(dialog).getByLabelText(/^Title/);
    await waitFor(() => expect(title).toHaveAttribute("aria-invalid", "true"));
    expect(document.getElementById(title.getAttribute("aria-describedby") ?? "")?.textContent).toBeTruthy();
    expect(inputsOf(calls, "findings.update")).toEqual([]);
  });

  it("asks before discarding changes", async () => {
    serveTrpc({});
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    await user.type(within(dialog).getByLabelText(/^Title/), " (draft)");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    const confirm = screen.getByRole("dialog", { name: "Discard your changes?" });
    await user.click(within(confirm).getByRole("button", { name: "Discard" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit the finding" })).not.toBeInTheDocument());
  });

  it("on CONFLICT shows both versions and who saved theirs; keeping mine sends my changes on their version", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "findings.update": () => {
        attempts += 1;
        if (attempts === 1) throw stale(theirs);
        return { ...theirs, title: "My title", version: 5 };
      },
    });
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    const title = within(dialog).getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, "My title");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    const table = await within(dialog).findByRole("table", { name: "Someone else saved this finding first" });
    expect(within(dialog).getByText(/Lena Lead saved it on/)).toBeInTheDocument();
    expect(within(table).getByRole("columnheader", { name: "Saved by Lena Lead" })).toBeInTheDocument();
    const rows = within(table).getAllByRole("row").slice(1);
    // Only the field I changed; their severity change is theirs alone and is kept.
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent("Title");
    expect(rows[0]).toHaveTextContent("My title");
    expect(rows[0]).toHaveTextContent("The website lags two weeks behind sittings");
    // Nothing was overwritten, and the plain Save is gone until the user chooses.
    expect(within(dialog).queryByRole("button", { name: "Save changes" })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Keep mine" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit the finding" })).not.toBeInTheDocument());
    expect(inputsOf(calls, "findings.update")).toEqual([
      { id: mine.id, version: 3, title: "My title" },
      { id: mine.id, version: 4, title: "My title" },
    ]);
  });

  it("on CONFLICT, taking theirs resets the form to the saved version and the next save goes on it", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "findings.update": () => {
        attempts += 1;
        if (attempts === 1) throw stale(theirs);
        return { ...theirs, grade: 2, version: 5 };
      },
    });
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    await user.selectOptions(within(dialog).getByLabelText(/^Severity/), "LOW");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));

    const table = await within(dialog).findByRole("table");
    expect(table).toHaveTextContent("Low");
    expect(table).toHaveTextContent("Critical");
    await user.click(within(dialog).getByRole("button", { name: "Take the saved version" }));

    expect(within(dialog).queryByRole("table")).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue(theirs.title);
    expect(within(dialog).getByLabelText(/^Severity/)).toHaveValue("CRITICAL");

    await user.selectOptions(within(dialog).getByLabelText(/^Grade/), "2");
    await user.click(within(dialog).getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Edit the finding" })).not.toBeInTheDocument());
    expect(inputsOf(calls, "findings.update")).toEqual([
      { id: mine.id, version: 3, severity: "LOW" },
      { id: mine.id, version: 4, grade: 2 },
    ]);
  });

  it("previews the markdown as the finding page renders it", async () => {
    serveTrpc({});
    const { user } = renderEdit();
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = screen.getByRole("dialog", { name: "Edit the finding" });
    await user.click(within(dialog).getByRole("button", { name: "Preview Evidence" }));
    const preview = within(dialog).getByRole("region", { name: "Preview of Evidence" });
    expect(within(preview).getByText("12 March").tagName).toBe("STRONG");
  });
});

describe("FindingDetailView: the written text", () => {
  it("renders description, evidence and recommendation as sanitised markdown", () => {
    const record = finding({
      description: "Order papers appear **days** late. <script>alert(1)</script>",
      evidence: "![Notice board](/files/att-1) ![Pixel](https://evil.example/p.png)",
      recommendation: "[Publish](javascript:alert(1)) the same day, see [the IPU guide](https://www.ipu.org/).",
    });
    const { container } = renderWithApp(<FindingDetailView finding={record} />, { me: expert });
    expect(within(container).getByText("days").tagName).toBe("STRONG");
    expect(container.querySelector("script")).toBeNull();
    expect(Array.from(container.querySelectorAll("img")).map((i) => i.getAttribute("src"))).toEqual(["/files/att-1"]);
    expect(within(container).getByRole("link", { name: "the IPU guide" })).toHaveAttribute(
      "rel",
      "noopener noreferrer nofollow",
    );
    expect(within(container).queryByRole("link", { name: "Publish" })).toBeNull();
  });
});

describe("CreateFindingDialog: creating stays as it was", () => {
  it("starts on the title, saves and starts the next one with Ctrl+Shift+Enter, a new clientId per draft", async () => {
    const calls = serveTrpc({ "findings.create": (input: { title: string }) => ({ ...mine, title: input.title }) });
    const onClose = vi.fn();
    const { user } = renderWithApp(
      <CreateFindingDialog
        open
        onClose={onClose}
        phaseId="ph-assessment"
        phases={[{ id: "ph-assessment", label: "Assessment" }]}
      />,
      { me: expert },
    );
    const dialog = screen.getByRole("dialog", { name: "Log a finding" });
    expect(within(dialog).getByLabelText(/^Title/)).toHaveFocus();
    await user.type(within(dialog).getByLabelText(/^Title/), "No backup of the voting system");
    await user.selectOptions(within(dialog).getByLabelText(/^ICT area/), "INF");
    await user.type(within(dialog).getByLabelText(/^Description/), "Nightly backups stopped in 2025.");
    await user.keyboard("{Control>}{Shift>}{Enter}{/Shift}{/Control}");

    expect(await within(dialog).findByText("1 finding saved. Enter the next one.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Title/)).toHaveValue("");
    expect(within(dialog).getByLabelText(/^ICT area/)).toHaveValue("INF");

    await user.type(within(dialog).getByLabelText(/^Title/), "No spare server");
    await user.type(within(dialog).getByLabelText(/^Description/), "One machine runs everything.");
    fireEvent.keyDown(within(dialog).getByLabelText(/^Description/), { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(onClose).toHaveBeenCalled());

    const sent = inputsOf(calls, "findings.create") as { title: string; area: string; clientId: string }[];
    expect(sent.map((s) => [s.title, s.area])).toEqual([
      ["No backup of the voting system", "INF"],
      ["No spare server", "INF"],
    ]);
    expect(sent[0]!.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(sent[1]!.clientId).not.toBe(sent[0]!.clientId);
  });
});
