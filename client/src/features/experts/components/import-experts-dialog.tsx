// Experts from a CSV file, pasted or chosen: the server checks every row and imports the
// whole file or nothing; the problems it finds are listed by line and column.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { EXPERT_CSV_COLUMNS, MAX_EXPERT_CSV_LENGTH } from "@hemicycle/shared/schemas/experts";
import { describeError } from "../../../lib/describe-error.ts";
import { renderMessage } from "../../../lib/messages.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { Textarea } from "../../../components/ui/field.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../components/ui/table.tsx";
import { useImportExperts, type ImportProblem } from "../api/experts.ts";

type ImportExpertsDialogProps = { open: boolean; onClose: () => void };

const EXAMPLE = `${EXPERT_CSV_COLUMNS.join(",")}\nAna Silva,ana@example.org,Assembleia da República,PT,GOV;LEG,pt;en,2027-01-01..2027-01-15`;

export function ImportExpertsDialog({ open, onClose }: ImportExpertsDialogProps) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState("");
  const [tooLarge, setTooLarge] = useState(false);
  const importing = useImportExperts();
  const result = importing.data;

  const close = () => {
    setCsv("");
    setTooLarge(false);
    importing.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim() || csv.length > MAX_EXPERT_CSV_LENGTH) return;
    importing.mutate({ csv });
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setTooLarge(file.size > MAX_EXPERT_CSV_LENGTH);
    if (file.size <= MAX_EXPERT_CSV_LENGTH) setCsv(await file.text());
    importing.reset();
  };

  if (result?.ok) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title={t("experts.import.title")}
        footer={
          <Button variant="primary" onClick={close}>
            {t("experts.import.done")}
          </Button>
        }
      >
        <Alert tone="success" title={t("experts.import.imported", { count: result.imported })}>
          {t("experts.import.importedHint")}
        </Alert>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title={t("experts.import.title")}
      description={t("experts.import.description", { columns: EXPERT_CSV_COLUMNS.join(", ") })}
      footer={
        <>
          <Button variant="ghost" onClick={close}>
            {t("experts.import.cancel")}
          </Button>
          <Button variant="primary" type="submit" form="import-experts" disabled={!csv.trim() || importing.isPending}>
            {importing.isPending ? t("experts.import.importing") : t("experts.import.submit")}
          </Button>
        </>
      }
    >
      <form id="import-experts" onSubmit={submit} className="space-y-3">
        <label className="block text-sm font-medium text-zinc-800">
          {t("experts.import.file")}
          <input
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block w-full text-sm text-zinc-700 file:me-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </label>
        {tooLarge ? <Alert tone="error">{t("experts.import.tooLarge")}</Alert> : null}
        <Textarea
          label={t("experts.import.paste")}
          hint={t("experts.import.pasteHint")}
          rows={8}
          className="font-mono text-xs"
          placeholder={EXAMPLE}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            if (importing.data || importing.error) importing.reset();
          }}
        />
        {importing.error ? <Alert tone="error">{describeError(importing.error)}</Alert> : null}
        {result && !result.ok ? <ProblemTable problems={result.problems} /> : null}
      </form>
    </Dialog>
  );
}

function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <Alert tone="error" title={t("experts.import.rejected", { count: problems.length })}>
        {t("experts.import.rejectedHint")}
      </Alert>
      <Table caption={t("experts.import.problems")} className="max-h-64 overflow-y-auto">
        <THead>
          <tr>
            <Th className="text-end">{t("experts.import.line")}</Th>
            <Th>{t("experts.import.column")}</Th>
            <Th>{t("experts.import.problem")}</Th>
          </tr>
        </THead>
        <TBody>
          {problems.map((p, i) => (
            <Tr key={`${p.line}-${p.column ?? ""}-${i}`}>
              <Td className="text-end tabular-nums">{p.line}</Td>
              <Td className="font-mono text-xs">{p.column ?? "—"}</Td>
              <Td>{renderMessage(p.message)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
