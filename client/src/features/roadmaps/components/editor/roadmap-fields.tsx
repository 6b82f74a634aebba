// The roadmap's own fields (title, horizon, vision), as starting a roadmap and editing its
// details both ask for them; each form binds them to its own schema.
import type { RegisterOptions } from "react-hook-form";
import type { FieldBinding } from "../../../../components/form/use-schema-form.ts";
import { TextField, Textarea } from "../../../../components/ui/field.tsx";
import { cn } from "../../../../lib/cn.ts";
import { fieldLabel, type RoadmapDetailsField } from "../../lib/field-values.ts";

type Bind = (name: RoadmapDetailsField, rules?: Pick<RegisterOptions, "valueAsNumber">) => FieldBinding;

type RoadmapFieldsProps = {
  field: Bind;
  /** In a dialog the title takes the focus when it opens; on a page nothing does. */
  autoFocus?: boolean;
  /** How tall the vision's box is: a dialog has the room for more. */
  visionRows: number;
  /** The horizon's two years: narrow on a page, the dialog's width in a dialog. */
  horizonClassName?: string;
};

export function RoadmapFields({ field, autoFocus = false, visionRows, horizonClassName }: RoadmapFieldsProps) {
  const year = { valueAsNumber: true } as const;
  return (
    <>
      <TextField
        label={fieldLabel("title")}
        data-autofocus={autoFocus || undefined}
        autoComplete="off"
        {...field("title")}
      />
      <div className={cn("grid grid-cols-2 gap-3", horizonClassName)}>
        <TextField
          type="number"
          inputMode="numeric"
          label={fieldLabel("horizonStart")}
          {...field("horizonStart", year)}
        />
        <TextField type="number" inputMode="numeric" label={fieldLabel("horizonEnd")} {...field("horizonEnd", year)} />
      </div>
      <Textarea label={fieldLabel("vision")} rows={visionRows} {...field("vision")} />
    </>
  );
}
