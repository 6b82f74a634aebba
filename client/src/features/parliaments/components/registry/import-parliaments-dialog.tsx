// Importing parliaments from a CSV, pasted or chosen as a file (read in the browser):
// "Check" asks the server to check every row without importing, showing how many rows it
// read and each problem as a table (line, column, message); "Import" imports them all or
// none. The server checks again on import, so a registry that changed in between is caught.
import { useId, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, PARLIAMENT_CSV_COLUMNS } from "@hemicycle/shared/schemas/parliaments";
import { describeError } from "../../../../lib/describe-error.ts";
import { renderMessage } from "../../../../lib/messages.ts";
import { Alert } from "../../../../components/ui/alert.tsx";
import { Button } from "../../../../components/ui/button.tsx";
import { Dialog } from "../../../../components/ui/dialog.tsx";
import { Textarea } from "../../../../components/ui/field.tsx";
import { Table, TBody, Td, Th, THead, Tr } from "../../../../components/ui/table.tsx";
import { useImportParliaments, type ParliamentImportResult } from "../../api/registry.ts";

type ImportParliamentsDialogProps = { open: boolean; onClose: () => void };

export function ImportParliamentsDialog({ open, onClose }: ImportParliamentsDialogProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const [csv, setCsv] = useState("");
  const [result, setResult] = useState<ParliamentImportResult | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const importCsv = useImportParliaments();
  const done = result?.ok === true && !result.dryRun;

  function change(text: string) {
    setCsv(text);
    setResult(null);
    importCsv.reset();
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      setFileError(t("parliaments.import.fileTooLarge"));
      return;
    }
    change(await file.text());
  }

  function run(dryRun: boolean) {
    importCsv.mutate({ csv, dryRun }, { onSuccess: setResult });
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={t("parliaments.import.title")}
      description={t("parliaments.import.description", {
        columns: PARLIAMENT_CSV_COLUMNS.join(","),
        rows: MAX_IMPORT_ROWS,
      })}
      footer={
        done ? (
          <Button variant="primary" onClick={onClose}>
            {t("parliaments.import.close")}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t("common.cancel")}</Button>
            <Button onClick={() => run(true)} disabled={!csv.trim() || importCsv.isPending}>
              {t("parliaments.import.check")}
            </Button>
            <Button
              variant="primary"
              onClick={() => run(false)}
              disabled={!csv.trim() || importCsv.isPending || result?.ok === false}
            >
              {t("parliaments.import.submit")}
            </Button>
          </>
        )
      }
    >
      <div className="flex flex-col gap-4">
        {!done ? (
          <>
            <div className="flex flex-col gap-1">
              <label htmlFor={fileId} className="text-sm font-medium text-zinc-800">
                {t("parliaments.import.file")}
              </label>
              <input
                id={fileId}
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => void chooseFile(event)}
                className="text-sm text-zinc-700 file:me-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
              />
              {fileError ? <p className="text-xs font-medium text-red-700">{fileError}</p> : null}
            </div>
            <Textarea
              label={t("parliaments.import.paste")}
              value={csv}
              onChange={(event) => change(event.target.value)}
              rows={8}
              className="font-mono text-xs"
              placeholder={`${PARLIAMENT_CSV_COLUMNS.join(",")}\n${t("parliaments.import.exampleRow")}`}
              spellCheck={false}
            />
          </>
        ) : null}
        {importCsv.isError ? <Alert tone="error">{describeError(importCsv.error)}</Alert> : null}
        {result ? <ImportOutcome result={result} /> : null}
      </div>
    </Dialog>
  );
}

export function ImportOutcome({ result }: { result: ParliamentImportResult }) {
  const { t } = useTranslation();
  if (result.ok) {
    return result.dryRun ? (
      <Alert tone="info">{t("parliaments.import.ready", { count: result.rows })}</Alert>
    ) : (
      <Alert tone="success">{t("parliaments.import.imported", { count: result.imported })}</Alert>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <Alert tone="error">
        {t("parliaments.import.problems", { count: result.problems.length })}{" "}
        {t("parliaments.import.rowsRead", { count: result.rows })}
      </Alert>
      <Table caption={t("parliaments.import.problemsCaption")} className="max-h-72 overflow-y-auto">
        <THead>
          <tr>
            <Th className="text-end">{t("parliaments.import.line")}</Th>
            <Th>{t("parliaments.import.column")}</Th>
            <Th>{t("parliaments.import.message")}</Th>
          </tr>
        </THead>
        <TBody>
          {result.problems.map((p, index) => (
            <Tr key={index}>
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
