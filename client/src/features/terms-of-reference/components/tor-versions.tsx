// The saved versions of terms of reference, latest first, each readable in a dialog and
// downloadable as DOCX or PDF; an editor may put an old version's text back in the editor
// (it becomes a new version once saved: nothing is ever overwritten).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TOR_SECTIONS, type TorSections } from "@hemicycle/shared/schemas/terms-of-reference";
import { formatDateTime } from "../../../lib/format.ts";
import { QueryState } from "../../../components/list/query-state.tsx";
import { Badge } from "../../../components/ui/badge.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { Dialog } from "../../../components/ui/dialog.tsx";
import { MarkdownText } from "../../../components/ui/markdown.tsx";
import {
  torFileUrl,
  useTermsOfReferenceCompare,
  useTermsOfReferenceVersion,
  type TorDetail,
  type TorVersionSummary,
} from "../api/terms-of-reference.ts";

const link = "font-medium text-brand-700 hover:underline";

/** "DOCX · PDF" for one saved version. */
export function DownloadLinks({ id, number }: { id: string; number: number }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 text-sm">
      <span className="text-zinc-600">{t("termsOfReference.download.label")}</span>
      <a
        href={torFileUrl(id, number, "docx")}
        download
        className={link}
        aria-label={t("termsOfReference.download.aria", { number, format: "DOCX" })}
      >
        {t("termsOfReference.download.docx")}
      </a>
      <span aria-hidden="true">·</span>
      <a
        href={torFileUrl(id, number, "pdf")}
        download
        className={link}
        aria-label={t("termsOfReference.download.aria", { number, format: "PDF" })}
      >
        {t("termsOfReference.download.pdf")}
      </a>
    </span>
  );
}

type VersionsPanelProps = {
  tor: TorDetail;
  /** Puts an old version's sections in the editor; absent for readers. */
  onUseText?: (sections: TorSections) => void;
};

export function VersionsPanel({ tor, onUseText }: VersionsPanelProps) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  return (
    <Card title={t("termsOfReference.versions.title")} id="versions" as="h2">
      <ol className="flex flex-col divide-y divide-zinc-100">
        {tor.versions.map((v) => (
          <VersionRow key={v.number} tor={tor} version={v} onView={() => setViewing(v.number)} />
        ))}
      </ol>
      {viewing !== null ? (
        <VersionDialog
          key={viewing}
          tor={tor}
          number={viewing}
          onClose={() => setViewing(null)}
          onUseText={
            onUseText && viewing !== tor.version
              ? (sections) => {
                  onUseText(sections);
                  setViewing(null);
                }
              : undefined
          }
        />
      ) : null}
    </Card>
  );
}

function VersionRow({ tor, version, onView }: { tor: TorDetail; version: TorVersionSummary; onView: () => void }) {
  const { t } = useTranslation();
  const latest = version.number === tor.version;
  return (
    <li className="flex flex-col gap-1 py-2.5 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium text-zinc-900">
          {t("termsOfReference.versions.number", { number: version.number })}
        </span>
        {latest ? <Badge tone="green">{t("termsOfReference.versions.latest")}</Badge> : null}
        <Button
          size="sm"
          variant="ghost"
          className="ms-auto"
          onClick={onView}
          aria-label={t("termsOfReference.versions.viewAria", { number: version.number })}
        >
          {t("termsOfReference.versions.view")}
        </Button>
      </div>
      <p className="text-xs text-zinc-600">
        {t("termsOfReference.versions.by", { author: version.author.name, date: formatDateTime(version.createdAt) })}
      </p>
      <DownloadLinks id={tor.id} number={version.number} />
    </li>
  );
}

type VersionDialogProps = {
  tor: TorDetail;
  number: number;
  onClose: () => void;
  onUseText?: ((sections: TorSections) => void) | undefined;
};

function VersionDialog({ tor, number, onClose, onUseText }: VersionDialogProps) {
  const { t } = useTranslation();
  const query = useTermsOfReferenceVersion(tor.id, number);
  const version = query.data;
  // An old version says, section by section, whether the latest differs from it.
  const changed = useTermsOfReferenceCompare(tor.id, number, tor.version).data?.changed;
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t("termsOfReference.versions.viewTitle", { number, title: tor.title })}
      description={
        version
          ? t("termsOfReference.versions.by", { author: version.author.name, date: formatDateTime(version.createdAt) })
          : undefined
      }
      footer={
        <>
          <span className="me-auto self-center">
            <DownloadLinks id={tor.id} number={number} />
          </span>
          {onUseText && version ? (
            <Button
              onClick={() => onUseText(Object.fromEntries(TOR_SECTIONS.map((s) => [s, version[s]])) as TorSections)}
            >
              {t("termsOfReference.versions.useText")}
            </Button>
          ) : null}
          <Button variant="primary" onClick={onClose}>
            {t("common.close")}
          </Button>
        </>
      }
    >
      <QueryState query={query}>
        {version ? (
          <div className="flex flex-col gap-5">
            {TOR_SECTIONS.map((s) => (
              <section key={s} className="flex flex-col gap-1.5">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-sm font-semibold text-zinc-900">{t(`torDocument.headings.${s}`)}</h3>
                  {changed ? (
                    changed.includes(s) ? (
                      <Badge tone="yellow">{t("termsOfReference.versions.differs", { number: tor.version })}</Badge>
                    ) : (
                      <Badge>{t("termsOfReference.versions.same", { number: tor.version })}</Badge>
                    )
                  ) : null}
                </div>
                {version[s] ? (
                  <MarkdownText text={version[s]} dir="auto" />
                ) : (
                  <p className="text-sm text-zinc-500">{t("termsOfReference.editor.empty")}</p>
                )}
              </section>
            ))}
          </div>
        ) : null}
      </QueryState>
    </Dialog>
  );
}
