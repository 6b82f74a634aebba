// The form kit on the real shared schema of a new mission: the browser words a problem
// as the server would (through the message codes), required marks come from the schema,
// and a refused call's errors land next to their fields or in the form's alert.
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ZCreateMissionInput, type TCreateMissionInput } from "@hemicycle/shared/schemas/missions";
import { FormAlert } from "../../../client/src/components/form/form-alert.tsx";
import { useSchemaForm } from "../../../client/src/components/form/use-schema-form.ts";
import { TextField } from "../../../client/src/components/ui/field.tsx";
import { renderWithApp } from "../../helpers/render.tsx";
import { networkError, serverError } from "../fixtures.ts";

// What the form holds before parsing (`z.input`; zod itself is not a dependency here).
type FormInput = (typeof ZCreateMissionInput)["_zod"]["input"];

const filled: FormInput = {
  code: "zmb-2027",
  title: "ICT assessment",
  type: "ASSESSMENT_AND_PLAN",
  parliamentId: "p-zambia",
  programmeId: null,
  objectives: "",
  phases: [{ kind: "ASSESSMENT", startDate: "2027-03-01", endDate: "2027-03-05", location: "" }],
};

type MissionFormProps = {
  defaultValues?: FormInput;
  onValid?: (values: TCreateMissionInput) => void;
  /** What the "server" answers when the form is sent with "Send anyway". */
  refusal?: unknown;
};

/** A cut-down "new mission" form built only from the kit and the UI kit's fields. */
function MissionForm({ defaultValues = filled, onValid = () => {}, refusal }: MissionFormProps) {
  const form = useSchemaForm(ZCreateMissionInput, { defaultValues });
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(onValid)(event)}>
      <FormAlert message={form.alert} />
      <TextField label="Code" {...form.field("code")} />
      <TextField label="Title" {...form.field("title")} />
      <TextField label="Objectives" {...form.field("objectives")} />
      <TextField label="Start" type="date" {...form.field("phases.0.startDate")} />
      <TextField label="End" type="date" {...form.field("phases.0.endDate")} />
      <TextField label="Location" {...form.field("phases.0.location")} />
      <button type="submit">Create</button>
      <button type="button" onClick={() => form.showServerError(refusal)}>
        Send anyway
      </button>
    </form>
  );
}

// The required mark is read as "(required)" after the label (jsdom's name computation
// drops the space browsers keep).
const requiredName = (label: string) => new RegExp(`^${label} ?\\(required\\)$`);
/** A text field by its label, required or not. */
const field = (label: string) => screen.getByRole("textbox", { name: new RegExp(`^${label}( ?\\(required\\))?$`) });
/** The error shown under a field: what aria-describedby points at. */
function errorOf(control: HTMLElement): string | null {
  const id = control.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}
/** Date inputs have no textbox role: found by their label. */
const dateField = (label: string) => screen.getByLabelText(new RegExp(`^${label}\\b`));

describe("useSchemaForm: validating in the browser with the shared schema", () => {
  it("shows the rendered message next to each field and does not submit", async () => {
    const onValid = vi.fn();
    const { user } = renderWithApp(
      <MissionForm
        onValid={onValid}
        defaultValues={{ ...filled, title: "   ", phases: [{ ...filled.phases[0]!, endDate: "2027-02-27" }] }}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Create" }));

    expect(errorOf(field("Title"))).toBe("Required");
    expect(field("Title")).toHaveAttribute("aria-invalid", "true");
    expect(errorOf(dateField("End"))).toBe("The end cannot be before the start");
    expect(dateField("End")).toHaveAttribute("aria-invalid", "true");
    // The fields that are fine say nothing.
    expect(errorOf(field("Code"))).toBeNull();
    expect(dateField("Start")).not.toHaveAttribute("aria-invalid");
    expect(onValid).not.toHaveBeenCalled();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("words bounds from the schema, e.g. a code that is too short", async () => {
    const { user } = renderWithApp(<MissionForm defaultValues={{ ...filled, code: "Z" }} />);
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(errorOf(field("Code"))).toBe("At least 2 characters");
  });

  it("hands the schema's output to the submit handler once the input is valid", async () => {
    const onValid = vi.fn();
    const { user } = renderWithApp(<MissionForm onValid={onValid} />);
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(onValid).toHaveBeenCalledTimes(1);
    const values = onValid.mock.calls[0]![0] as TCreateMissionInput;
    // Parsed, not the raw input: the code upper-cased, dates at UTC midnight, "" as null.
    expect(values.code).toBe("ZMB-2027");
    expect(values.phases[0]!.startDate).toEqual(new Date("2027-03-01T00:00:00.000Z"));
    expect(values.objectives).toBeNull();
  });

  it("marks the fields the schema requires, nested ones too, and only those", () => {
    renderWithApp(<MissionForm />);
    expect(field("Title")).toHaveAccessibleName(requiredName("Title"));
    expect(field("Title")).toHaveAttribute("aria-required", "true");
    expect(field("Code")).toHaveAttribute("aria-required", "true");
    expect(dateField("Start")).toHaveAttribute("aria-required", "true");
    expect(dateField("End")).toHaveAttribute("aria-required", "true");
    // Optional text (nullish in the schema) is not marked.
    expect(field("Objectives")).toHaveAccessibleName("Objectives");
    expect(field("Objectives")).not.toHaveAttribute("aria-required");
    expect(field("Location")).not.toHaveAttribute("aria-required");
  });
});

describe("useSchemaForm: showing why the server refused", () => {
  it("puts each field error next to its field, focuses the first, and raises no alert", async () => {
    const refusal = serverError({
      code: "CONFLICT",
      message: { code: "invalidInput" },
      fieldErrors: {
        title: [{ code: "alreadyInUse" }, { code: "tooLong", params: { maximum: 200 } }],
        "phases.0.startDate": [{ code: "yearRange", params: { minimum: 1990, maximum: 2100 } }],
      },
    });
    const { user } = renderWithApp(<MissionForm refusal={refusal} />);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));

    // The first message of a field is the one shown.
    expect(errorOf(field("Title"))).toBe("Already in use");
    expect(errorOf(dateField("Start"))).toBe("The year must be between 1990 and 2100");
    expect(field("Title")).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("puts form errors and errors on paths the form does not have in the alert", async () => {
    const refusal = serverError({
      code: "BAD_REQUEST",
      message: { code: "invalidInput" },
      fieldErrors: {
        "phases.0.endDate": [{ code: "endBeforeStart" }],
        reviewerId: [{ code: "unknownExpert" }],
      },
      formErrors: [{ code: "missionNeedsPhase" }],
    });
    const { user } = renderWithApp(<MissionForm refusal={refusal} />);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));

    expect(errorOf(dateField("End"))).toBe("The end cannot be before the start");
    expect(dateField("End")).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent(
      /^A mission needs at least one phase Choose an existing expert$/,
    );
  });

  it("puts an error on a field of the schema that the form does not show in the alert, where it can be read", async () => {
    // The mini form shows no parliament picker, though the schema has `parliamentId`.
    const refusal = serverError({
      code: "BAD_REQUEST",
      message: { code: "invalidInput" },
      fieldErrors: { parliamentId: [{ code: "unknownParliament" }] },
    });
    const { user } = renderWithApp(<MissionForm refusal={refusal} />);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));

    expect(screen.getByRole("alert")).toHaveTextContent(/^Choose an existing parliament$/);
  });

  it("shows the call's own message in the alert when no field is concerned", async () => {
    const refusal = serverError({
      code: "CONFLICT",
      message: { code: "missionCodeTaken", params: { code: "ZMB-2027" } },
      problem: { reason: "DUPLICATE", details: null },
    });
    const { user } = renderWithApp(<MissionForm refusal={refusal} />);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));

    expect(screen.getByRole("alert")).toHaveTextContent(/^The code ZMB-2027 is already used by another mission\.$/);
    expect(field("Code")).not.toHaveAttribute("aria-invalid");
  });

  it("says the server could not be reached when the call got no answer", async () => {
    const { user } = renderWithApp(<MissionForm refusal={networkError()} />);
    await user.click(screen.getByRole("button", { name: "Send anyway" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The server could not be reached. Check your connection and try again.",
    );
  });
});
