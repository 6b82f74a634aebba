// A phase's assessment report read in the app, for its review by the parliament
// (docs/documents.md, "Reviewing the report"): the contents, then each section of the
// report with its comments beside it (below it on a phone), the comments on the report as
// a whole, and the report's files. Comments are taken while the phase is in parliament
// review (the shared policy's mayCommentOnReport); afterwards they stay to be read.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { mayCommentOnReport, reportShownToParliament } from "@hemicycle/shared/policy";
import { isRightToLeft } from "@hemicycle/shared/languages";
import { useMe } from "../../../lib/session.ts";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Card } from "../../../components/ui/card.tsx";
import { EmptyState } from "../../../components/ui/empty-state.tsx";
import type { ReportComment, ReportComments, ReportContent, ReportSection } from "../api/report-review.ts";
import { ReportBlocks } from "./report-blocks.tsx";
import { CommentForm, CommentList } from "./report-comments.tsx";

type ReportReviewViewProps = { content: ReportContent; comments: ReportComments };

const sectionAnchor = (id: string) => `report-${id}`;

export function ReportReviewView({ content, comments }: ReportReviewViewProps) {
  const { t } = useTranslation();
  const me = useMe();
  // The phase as the comments last gave it: they are refreshed after every comment.
  const phase = comments.phase;
  const canComment = mayCommentOnReport(me, phase);
  const shown = new Set(content.sections.map((section) => section.id as string));
  const bySection = new Map<string | null, ReportComment[]>();
  for (const comment of comments.comments) {
    // A comment on a section this reading does not show (an area with nothing in it now) goes with the general ones.
    const key = comment.section && shown.has(comment.section) ? comment.section : null;
    bySection.set(key, [...(bySection.get(key) ?? []), comment]);
  }
  const general = bySection.get(null) ?? [];

  return (
    <div className="flex flex-col gap-6">
      {canComment ? (
        <Alert tone="info" live={false}>
          {t("reportReview.openForComments")}
        </Alert>
      ) : reportShownToParliament(phase.status) ? (
        <Alert tone="info" live={false}>
          {t("reportReview.closedForComments", { status: phase.status })}
        </Alert>
      ) : (
        <Alert tone="info" live={false}>
          {t("reportReview.notYetForComments", { status: phase.status })}
        </Alert>
      )}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ReportCover cover={content.cover} />
        <Card title={t("reportReview.contents")} id="report-contents">
          <nav aria-labelledby="report-contents-title">
            <ol className="flex flex-col gap-1 text-sm">
              {content.sections.map((section) => (
                <li key={section.id} className={section.level === 2 ? "ps-4" : undefined}>
                  <a
                    href={`#${sectionAnchor(section.id)}`}
                    className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
                  >
                    {section.title}
                  </a>
                  {bySection.get(section.id)?.length ? (
                    <span className="ms-1.5 text-xs text-zinc-500">
                      ({t("reportReview.comments.countOnSection", { count: bySection.get(section.id)!.length })})
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </nav>
        </Card>
      </div>

      <Card
        title={t("reportReview.comments.general")}
        description={canComment ? t("reportReview.comments.generalHint") : undefined}
        id="report-general-comments"
      >
        <div className="flex flex-col gap-3">
          {general.length === 0 && comments.comments.length === 0 ? (
            <EmptyState title={t("reportReview.comments.none")} description={t("reportReview.comments.noneHint")} />
          ) : general.length > 0 ? (
            <CommentList comments={general} phase={phase} />
          ) : null}
          {canComment ? (
            <CommentForm phaseId={phase.id} section={null} label={t("reportReview.comments.general")} />
          ) : null}
        </div>
      </Card>

      <div
        className="flex flex-col gap-4"
        lang={content.language}
        dir={isRightToLeft(content.language) ? "rtl" : "ltr"}
      >
        {content.sections.map((section) => (
          <SectionView
            key={section.id}
            section={section}
            comments={bySection.get(section.id) ?? []}
            phase={phase}
            canComment={canComment}
          />
        ))}
      </div>
    </div>
  );
}

function ReportCover({ cover }: { cover: ReportContent["cover"] }) {
  return (
    <Card title={cover.title} id="report-cover" description={cover.subtitle}>
      {cover.facts?.length ? (
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
          {cover.facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-zinc-500">{label}</dt>
              <dd className="text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </Card>
  );
}

type SectionViewProps = {
  section: ReportSection;
  comments: readonly ReportComment[];
  phase: ReportComments["phase"];
  canComment: boolean;
};

function SectionView({ section, comments, phase, canComment }: SectionViewProps) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Set when the form closes: the button is back, and the focus returns to it.
  const refocus = useRef(false);
  useEffect(() => {
    if (writing || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [writing]);
  const anchor = sectionAnchor(section.id);
  const Heading = section.level === 1 ? "h2" : "h3";
  const hasAside = comments.length > 0 || canComment;
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="grid scroll-mt-4 items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-xs lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-6"
    >
      <div className="min-w-0">
        <Heading
          id={`${anchor}-title`}
          className={
            section.level === 1 ? "text-base font-semibold text-zinc-900" : "text-sm font-semibold text-zinc-900"
          }
        >
          {section.title}
        </Heading>
        <div className="mt-3">
          {section.blocks.length > 0 ? (
            <ReportBlocks blocks={section.blocks} />
          ) : (
            <p className="text-sm text-zinc-500">{t("reportReview.emptySection")}</p>
          )}
        </div>
      </div>
      {hasAside ? (
        <aside
          aria-label={t("reportReview.comments.onSection", { section: section.title })}
          className="flex flex-col gap-2 border-t border-zinc-200 pt-3 lg:border-t-0 lg:border-s lg:ps-4 lg:pt-0"
        >
          {comments.length > 0 ? (
            <>
              <p className="text-xs font-medium text-zinc-600">
                {t("reportReview.comments.countOnSection", { count: comments.length })}
              </p>
              <CommentList comments={comments} phase={phase} />
            </>
          ) : null}
          {canComment && writing ? (
            <CommentForm
              phaseId={phase.id}
              section={section.id}
              label={t("reportReview.comments.addOnSection", { section: section.title })}
              autoFocus
              onDone={() => {
                refocus.current = true;
                setWriting(false);
              }}
            />
          ) : canComment ? (
            <Button
              ref={button}
              size="sm"
              className="self-start"
              aria-label={t("reportReview.comments.addOnSection", { section: section.title })}
              onClick={() => setWriting(true)}
            >
              {t("reportReview.comments.add")}
            </Button>
          ) : null}
        </aside>
      ) : null}
    </section>
  );
}
