// The printable roadmap, generated on the server with PDFKit: a cover (title, mission,
// parliament, horizon, status, export date, totals), the vision, the items grouped by
// strategic objective, the timeline drawn, the coverage of the assessment's findings and
// the review and endorsement record. The document streams out while its items are read a
// page at a time, so a roadmap of 5,000 items exports in bounded memory (decision 0011).
import type { Actor } from "@hemicycle/shared/policy";
import type { Db } from "../db/types.ts";
import { roadmapCoverage, type RoadmapCoverage } from "../services/roadmap-coverage.ts";
import { EXPORT_LABELS } from "./labels.ts";
import {
  COLOR,
  FONT,
  PORTRAIT,
  contentWidth,
  createPdf,
  footerOnEveryPage,
  formatAmount,
  heading,
  isoDay,
  isoInstant,
  keepTogether,
  paragraph,
  type Pdf,
} from "./pdf-layout.ts";
import { TimelineWriter, timelineRange } from "./pdf-timeline.ts";
import {
  exportItemPages,
  forEachItem,
  itemFigures,
  loadExportBaseline,
  objectivesInOrder,
  reviewRecord,
  type ExportItem,
  type ExportRoadmap,
  type ReviewRecord,
} from "./roadmap-export-data.ts";

const L = EXPORT_LABELS.pdf;

/** Longest lists the coverage section prints in full; the rest are counted. */
const COVERAGE_LIST_LIMIT = 200;

type Figures = Awaited<ReturnType<typeof itemFigures>>;

function cover(doc: Pdf, roadmap: ExportRoadmap, figures: Figures, today: Date) {
  doc.addPage(PORTRAIT);
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  doc.y = doc.page.margins.top + 60;
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.accent).text(L.documentKind.toUpperCase(), left, doc.y, {
    width,
    characterSpacing: 0.6,
  });
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(24).fillColor(COLOR.text).text(roadmap.title, { width });
  doc.moveDown(1.2);

  const status = EXPORT_LABELS.roadmapStatus[roadmap.status];
  const facts: [string, string][] = [
    [L.mission, `${roadmap.mission.code} · ${roadmap.mission.title}`],
    [L.parliament, roadmap.mission.parliament.name],
    [L.horizon, `${roadmap.horizonStart}–${roadmap.horizonEnd}`],
    [L.status, roadmap.baselineRevision === null ? status : `${status} (${L.baseline(roadmap.baselineRevision)})`],
    [L.items, String(figures.count)],
    [
      L.totalCost,
      figures.totals.length === 0
        ? L.notCosted
        : figures.totals.map((t) => `${formatAmount(t.total)} ${t.currency ?? ""}`.trim()).join("; "),
    ],
    [L.exported, isoDay(today)],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(10).fillColor(COLOR.muted).text(label, left, y, { width: 110 });
    doc
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(COLOR.text)
      .text(value, left + 120, y, { width: width - 120 });
    doc.moveDown(0.35);
  }

  doc.moveDown(1.5);
  heading(doc, L.vision, 14);
  paragraph(doc, roadmap.vision?.trim() || L.noVision, roadmap.vision ? {} : { color: COLOR.muted });
}

function itemBlock(doc: Pdf, item: ExportItem) {
  const labels = EXPORT_LABELS;
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  const title = `${item.position + 1}. ${item.title}`;
  const dates = item.startDate && item.endDate ? `${isoDay(item.startDate)} – ${isoDay(item.endDate)}` : L.notScheduled;
  const cost = item.costEstimate === null ? L.notCosted : `${formatAmount(item.costEstimate)} ${item.currency ?? ""}`;
  const lines = [
    [
      `${L.area}: ${labels.ictArea[item.area]}`,
      item.responsibleUnit ? `${L.unit}: ${item.responsibleUnit}` : null,
      `${L.priority}: ${labels.priority[item.priority]}`,
      `${L.term}: ${labels.term[item.term]}`,
    ],
    [`${L.dates}: ${dates}`, `${L.cost}: ${cost.trim()}`, `${L.progress}: ${labels.progress[item.progress]}`],
  ].map((parts) => parts.filter((p) => p !== null).join("  ·  "));

  doc.font(FONT.bold).fontSize(10);
  const titleHeight = doc.heightOfString(title, { width });
  doc.font(FONT.regular).fontSize(8.5);
  const metaHeight = lines.reduce((sum, line) => sum + doc.heightOfString(line, { width }), 0);
  keepTogether(doc, titleHeight + metaHeight + 8);

  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text).text(title, left, doc.y, { width });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  for (const line of lines) doc.text(line, left, doc.y, { width });
  if (item.description) {
    doc.moveDown(0.15);
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.text).text(item.description, left, doc.y, { width });
  }
  doc.moveDown(0.7);
}

/** The objectives in roadmap order, each with its items a page of the database at a time. */
async function* byObjective(db: Db, actor: Actor, roadmapId: string) {
  for (const { objective, count } of await objectivesInOrder(db, roadmapId)) {
    yield { objective, count, pages: exportItemPages(db, actor, { roadmapId, strategicObjective: objective }) };
  }
}

async function itemsSection(doc: Pdf, db: Db, actor: Actor, roadmap: ExportRoadmap, figures: Figures) {
  doc.addPage(PORTRAIT);
  heading(doc, L.itemsByObjective);
  if (figures.count === 0) return paragraph(doc, L.noItems, { color: COLOR.muted });
  for await (const { objective, count, pages } of byObjective(db, actor, roadmap.id)) {
    doc.moveDown(0.4);
    heading(doc, `${objective ?? L.noObjective} (${L.itemCount(count)})`, 12);
    await forEachItem(pages, (item) => itemBlock(doc, item));
  }
}

async function timelineSection(doc: Pdf, db: Db, actor: Actor, roadmap: ExportRoadmap, figures: Figures, today: Date) {
  const baseline = await loadExportBaseline(db, roadmap);
  const timeline = new TimelineWriter(doc, timelineRange(roadmap, figures), baseline, today, roadmap.title);
  timeline.begin();
  for await (const { objective, pages } of byObjective(db, actor, roadmap.id)) {
    timeline.group(objective ?? L.noObjective);
    await forEachItem(pages, (item) => timeline.item(item));
  }
  timeline.end();
}

function limitedList(doc: Pdf, lines: string[], empty: string) {
  if (lines.length === 0) return paragraph(doc, empty, { size: 9, color: COLOR.muted });
  for (const line of lines.slice(0, COVERAGE_LIST_LIMIT)) {
    doc.font(FONT.regular).fontSize(9).fillColor(COLOR.text);
    doc.text(`•  ${line}`, doc.page.margins.left + 8, doc.y, { width: contentWidth(doc) - 8 });
  }
  if (lines.length > COVERAGE_LIST_LIMIT) paragraph(doc, L.andMore(lines.length - COVERAGE_LIST_LIMIT), { size: 9 });
}

function coverageSection(doc: Pdf, coverage: RoadmapCoverage) {
  doc.addPage(PORTRAIT);
  heading(doc, L.coverage);
  const { total, answered, percent } = coverage.highCritical;
  paragraph(doc, L.highCritical(answered, total, percent));
  doc.moveDown(0.8);

  // Severity | validated findings | answered
  const left = doc.page.margins.left;
  const columns = [left, left + 160, left + 290];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(9)
      .fillColor(COLOR.text);
    cells.forEach((cell, index) => doc.text(cell, columns[index], y, { width: 120, lineBreak: false }));
    doc.y = y + 14;
  };
  row([L.severity, L.validated, L.answered], true);
  doc
    .moveTo(left, doc.y - 2)
    .lineTo(left + 360, doc.y - 2)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
  for (const s of coverage.bySeverity) row([EXPORT_LABELS.severity[s.severity], String(s.total), String(s.answered)]);
  doc.x = left;
  doc.moveDown(1);

  heading(doc, L.unanswered, 11);
  limitedList(
    doc,
    coverage.unansweredFindings.map(
      (f) => `${EXPORT_LABELS.severity[f.severity]} · ${f.title} (${EXPORT_LABELS.ictArea[f.area]})`,
    ),
    L.noneUnanswered,
  );
  doc.moveDown(1);
  heading(doc, L.itemsWithoutFindings, 11);
  limitedList(
    doc,
    coverage.itemsWithoutFindings.map((i) => i.title),
    L.noneWithoutFindings,
  );
}

function endorsementSection(doc: Pdf, record: ReviewRecord) {
  doc.moveDown(1.5);
  keepTogether(doc, 120);
  heading(doc, L.endorsement);
  if (record.revisions.length === 0) return paragraph(doc, L.noRevisions, { color: COLOR.muted });
  const person = (user: { name: string } | null) => user?.name ?? L.unknownPerson;

  // Revisions and decisions in time order; an endorsement revision is stored in the same
  // moment as the decision that makes it, and follows it.
  type Entry = { at: Date; order: number; write: () => void };
  const entries: Entry[] = [
    ...record.revisions.map((r) => ({
      at: r.createdAt,
      order: 1,
      write: () => {
        keepTogether(doc, 30);
        doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text);
        doc.text(`${L.revision(r.number)} · ${EXPORT_LABELS.revisionKind[r.kind]}`, doc.page.margins.left, doc.y);
        paragraph(doc, `${isoInstant(r.createdAt)} ${L.by} ${person(r.createdBy)}`, { size: 9, color: COLOR.muted });
      },
    })),
    ...record.decisions.map((d) => ({
      at: d.createdAt,
      order: 0,
      write: () => {
        keepTogether(doc, 40);
        doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text);
        doc.text(
          `${EXPORT_LABELS.reviewDecision[d.decision]} ${L.on(d.revision.number)}`,
          doc.page.margins.left,
          doc.y,
        );
        paragraph(doc, `${isoInstant(d.createdAt)} ${L.by} ${person(d.decidedBy)}`, { size: 9, color: COLOR.muted });
        doc.moveDown(0.2);
        doc.font(FONT.regular).fontSize(9).fillColor(COLOR.text);
        doc.text(`“${d.comment}”`, doc.page.margins.left + 12, doc.y, { width: contentWidth(doc) - 12 });
      },
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const entry of entries) {
    entry.write();
    doc.moveDown(0.6);
  }
}

async function writeRoadmapPdf(doc: Pdf, db: Db, actor: Actor, roadmap: ExportRoadmap, today: Date) {
  const figures = await itemFigures(db, roadmap.id);
  cover(doc, roadmap, figures, today);
  await itemsSection(doc, db, actor, roadmap, figures);
  await timelineSection(doc, db, actor, roadmap, figures, today);
  coverageSection(doc, await roadmapCoverage(db, actor, roadmap.id));
  endorsementSection(doc, await reviewRecord(db, roadmap.id));
  doc.end();
}

/**
 * The PDF of a roadmap the reader may see (the caller checked), as a stream written while
 * the items are read. A failure half-way destroys the stream, which ends the response
 * rather than leaving a truncated file looking complete.
 */
export function roadmapPdf(db: Db, actor: Actor, roadmap: ExportRoadmap, today = new Date()): Pdf {
  const doc = createPdf({ title: roadmap.title, subject: `${L.documentKind} · ${roadmap.mission.code}` });
  footerOnEveryPage(doc, `${roadmap.title} · ${roadmap.mission.code} · ${isoDay(today)}`, L.page);
  writeRoadmapPdf(doc, db, actor, roadmap, today).catch((error: unknown) => {
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return doc;
}
