// The parliament create and edit pages: the browser's problems next to their fields (a
// website that is not http or https among them), the server's field errors next to the
// same fields, only what changed sent on the version loaded, a stale save reloading the
// saved record and saying so, and leaving a changed form asking first.
import { screen, waitFor, within } from "@testing-library/react";
import superjson from "superjson";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EditParliamentPage, NewParliamentPage } from "../../../client/src/app/routes/parliament-edit.tsx";
import type { Me } from "../../helpers/render.tsx";
import { coordinator, expert } from "../fixtures.ts";
import { renderWithDataRouter } from "../form/data-router.tsx";
import { inputsOf, Refusal, serveTrpc } from "../roadmaps/review-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

const zambia = {
  id: "p-zambia",
  name: "National Assembly of Zambia",
  countryCode: "ZM",
  region: "SADC",
  structure: "UNICAMERAL",
  chamberNames: ["National Assembly"],
  website: "https://www.parliament.gov.zm",
  version: 2,
} as const;

function renderPage(route: string, me: Me = coordinator) {
  return renderWithDataRouter(
    [
      { path: "/parliaments/new", element: <NewParliamentPage /> },
      { path: "/parliaments/:id/edit", element: <EditParliamentPage /> },
      { path: "/parliaments/:id", element: <p>Parliament page</p> },
      { path: "/parliaments", element: <p>Registry</p> },
    ],
    { route, me },
  );
}

const errorOf = (label: string | RegExp) => {
  const control = screen.getByLabelText(label);
  const id = control.getAttribute("aria-describedby");
  return id ? document.getElementById(id)?.textContent : undefined;
};

/** The tRPC client's batch call answered with a refusal carrying field errors, as the server's formatter sends it. */
function refuseWithFieldErrors(fieldErrors: Record<string, { code: string }[]>) {
  const fetchStub = vi.fn(async () => {
    const data = {
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "parliaments.create",
      problem: null,
      message: { code: "invalidInput" },
      fieldErrors,
      formErrors: null,
    };
    const error = superjson.serialize({ message: "invalidInput", code: -32600, data });
    return new Response(JSON.stringify([{ error }]), { status: 400, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchStub);
  return fetchStub;
}

describe("NewParliamentPage", () => {
  it("shows each problem next to its field and sends nothing", async () => {
    const calls = serveTrpc({});
    const { user } = renderPage("/parliaments/new");
    await user.type(screen.getByLabelText(/^Website/), "ftp://files.example.org");
    await user.click(screen.getByRole("button", { name: "Add parliament" }));

    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(/^Name/)).toBeTruthy();
    expect(errorOf(/^Country/)).toBeTruthy();
    expect(errorOf(/^Region/)).toBeTruthy();
    expect(errorOf(/^Website/)).toBeTruthy();
    expect(inputsOf(calls, "parliaments.create")).toEqual([]);
  });

  it("sends the chambers the structure has and lands on the new parliament", async () => {
    const calls = serveTrpc({ "parliaments.create": () => ({ ...zambia, id: "p-new", version: 1 }) });
    const { user, router } = renderPage("/parliaments/new");
    await user.type(screen.getByLabelText(/^Name/), "Parliament of Kenya");
    await user.selectOptions(screen.getByLabelText(/^Country/), "KE");
    expect(screen.getByLabelText(/^Country/)).toHaveDisplayValue("Kenya (KE)");
    await user.selectOptions(screen.getByLabelText(/^Region/), "EAST_AFRICA");
    await user.click(screen.getByRole("radio", { name: "Bicameral" }));
    await user.type(screen.getByLabelText(/^First chamber/), "National Assembly");
    await user.type(screen.getByLabelText(/^Second chamber/), "Senate");
    await user.type(screen.getByLabelText(/^Website/), "https://www.parliament.go.ke");
    await user.click(screen.getByRole("button", { name: "Add parliament" }));

    await waitFor(() => expect(router.state.location.pathname).toBe("/parliaments/p-new"));
    expect(inputsOf(calls, "parliaments.create")).toEqual([
      {
        name: "Parliament of Kenya",
        countryCode: "KE",
        region: "EAST_AFRICA",
        structure: "BICAMERAL",
        chamberNames: ["National Assembly", "Senate"],
        website: "https://www.parliament.go.ke",
      },
    ]);
  });

  it("shows the server's field errors next to their fields", async () => {
    const { user } = renderPage("/parliaments/new");
    refuseWithFieldErrors({ name: [{ code: "alreadyInUse" }] });
    await user.type(screen.getByLabelText(/^Name/), "National Assembly of Zambia");
    await user.selectOptions(screen.getByLabelText(/^Country/), "ZM");
    await user.selectOptions(screen.getByLabelText(/^Region/), "SADC");
    await user.click(screen.getByRole("button", { name: "Add parliament" }));

    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveAttribute("aria-invalid", "true"));
    expect(errorOf(/^Name/)).toMatch(/already/i);
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
  });

  it("asks before leaving a changed form", async () => {
    serveTrpc({});
    const { user, router } = renderPage("/parliaments/new");
    await user.type(screen.getByLabelText(/^Name/), "Parliament of Kenya");
    await user.click(screen.getByRole("link", { name: "Cancel" }));
    const dialog = await screen.findByRole("dialog", { name: "Leave without saving?" });
    expect(router.state.location.pathname).toBe("/parliaments/new");
    await user.click(within(dialog).getByRole("button", { name: "Leave without saving" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/parliaments"));
  });

  it("is not offered to experts", () => {
    serveTrpc({});
    renderPage("/parliaments/new", expert);
    expect(screen.queryByRole("button", { name: "Add parliament" })).not.toBeInTheDocument();
  });
});

describe("EditParliamentPage", () => {
  it("sends what changed on the version loaded; a stale save reloads the saved record and says so", async () => {
    let attempts = 0;
    const calls = serveTrpc({
      "parliaments.byId": () => zambia,
      "parliaments.update": () => {
        attempts += 1;
        if (attempts === 1)
          throw new Refusal(
            "CONFLICT",
            { code: "staleVersion", params: { entity: "parliament" } },
            { reason: "STALE_VERSION", details: { current: { ...zambia, region: "EAST_AFRICA", version: 3 } } },
          );
        return { ...zambia, name: "Parliament of Zambia", version: 4 };
      },
    });
    const { user, router } = renderPage("/parliaments/p-zambia/edit");

    const name = await screen.findByLabelText(/^Name/);
    expect(name).toHaveValue("National Assembly of Zambia");
    expect(screen.getByLabelText(/^Chamber name/)).toHaveValue("National Assembly");
    await user.clear(name);
    await user.type(name, "Parliament of Zambia");
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    expect(await screen.findByText("Changed by someone else")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Region/)).toHaveValue("EAST_AFRICA");
    expect(screen.getByLabelText(/^Name/)).toHaveValue("National Assembly of Zambia");
    expect(inputsOf(calls, "parliaments.update")[0]).toEqual({
      id: "p-zambia",
      version: 2,
      name: "Parliament of Zambia",
    });

    await user.clear(screen.getByLabelText(/^Name/));
    await user.type(screen.getByLabelText(/^Name/), "Parliament of Zambia");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/parliaments/p-zambia"));
    expect(inputsOf(calls, "parliaments.update")[1]).toEqual({
      id: "p-zambia",
      version: 3,
      name: "Parliament of Zambia",
    });
  });
});
