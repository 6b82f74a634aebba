// The printable roadmap, generated on the server with PDFKit: a cover (title, mission,
// parliament, horizon, status, export date, totals), the vision, the items grouped by
// strategic objective, the timeline drawn, the coverage of the assessment's findings and
// the review and endorsement record. The document streams out while its items are read a
// page at a time, so a roadmap of 5,000 items exports in bounded memory (decision 0011).
import type { Actor } from "@hemicycle/shared/policy";
import type { Db } from "../db/types.ts";
import { roadmapCoverage, type RoadmapCoverage } from "../services/roadmap-coverage.ts";
import { EXPORT_LABELS, type ExportLabels } from "./labels.ts";
import {
  COLOR,
  FONT,
  PORTRAIT,
  contentWidth,
  createPdf,
  formatAmount,
  isoDay,
  isoInstant,
  keepTogether,
  type Pdf,
} from "./pdf-layout.ts";
import { footerOnEveryPage, heading, isRightToLeft, paragraph, write, writeRightToLeft } from "./pdf-text.ts";
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

/** Longest lists the coverage section prints in full; the rest are counted. */
const COVERAGE_LIST_LIMIT = 200;

type Figures = Awaited<ReturnType<typeof itemFigures>>;

/** A cost in the labels' language, exact from its decimal string; with its code when it has one Intl knows. */
function money(labels: ExportLabels, amount: string, currency: string | null): string {
  const text = moneyText(labels, amount, currency);
  // Right to left, the amount is one left-to-right unit ("45,000.00 US$", not "$US 45,000.00").
  return labels.language.dir === "rtl" ? `\u2066${text.replace(/[\u200e\u200f\u061c]/gu, "")}\u2069` : text;
}

function moneyText({ language }: ExportLabels, amount: string, currency: string | null): string {
  try {
    return currency
      ? language.formatMoney(amount, currency)
      : language.formatNumber(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  } catch {
    return `${formatAmount(amount)} ${currency ?? ""}`.trim(); // a code Intl does not know
  }
}

function cover(doc: Pdf, labels: ExportLabels, roadmap: ExportRoadmap, figures: Figures, today: Date) {
  const L = labels.pdf;
  doc.addPage(PORTRAIT);
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  doc.y = doc.page.margins.top + 60;
  const rtl = isRightToLeft(doc);
  doc.font(FONT.regular).fontSize(10).fillColor(COLOR.accent);
  // Arabic has no capitals, and spaced letters would no longer join.
  write(doc, L.documentKind.toUpperCase(), left, doc.y, rtl ? { width } : { width, characterSpacing: 0.6 });
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(24).fillColor(COLOR.text);
  // People's words: an English title keeps its order over its lines ("… Roadmap" / "2027–2030"), at the right in Arabic.
  write(doc, roadmap.title, doc.x, doc.y, { width, auto: true, side: "right" });
  doc.moveDown(1.2);

  const status = labels.roadmapStatus[roadmap.status];
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
        : figures.totals.map((t) => money(labels, t.total, t.currency)).join("; "),
    ],
    [L.exported, labels.language.formatDate(today)],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    // The label in the start column: at the left, or at the right in Arabic.
    doc.font(FONT.bold).fontSize(10).fillColor(COLOR.muted);
    write(doc, label, rtl ? left + width - 110 : left, y, { width: 110 });
    doc.font(FONT.regular).fontSize(10).fillColor(COLOR.text);
    write(doc, value, rtl ? left : left + 120, y, { width: width - 120, auto: true, side: "right" });
    doc.moveDown(0.35);
  }

  doc.moveDown(1.5);
  heading(doc, L.vision, 14);
  paragraph(doc, roadmap.vision?.trim() || L.noVision, roadmap.vision ? { auto: true } : { color: COLOR.muted });
}

function itemBlock(doc: Pdf, labels: ExportLabels, item: ExportItem) {
  const L = labels.pdf;
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  const title = `${item.position + 1}. ${item.title}`;
  const dates =
    item.startDate && item.endDate ? labels.language.formatDateRange(item.startDate, item.endDate) : L.notScheduled;
  const cost = item.costEstimate === null ? L.notCosted : money(labels, item.costEstimate, item.currency);
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

  // An item's own words are laid out in their own direction (an English title in an Arabic PDF reads left to right).
  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text);
  write(doc, title, left, doc.y, { width, auto: true });
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted);
  for (const line of lines) write(doc, line, left, doc.y, { width });
  if (item.description) {
    doc.moveDown(0.15);
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.text);
    write(doc, item.description, left, doc.y, { width, auto: true });
  }
  doc.moveDown(0.7);
}

/** The objectives in roadmap order, each with its items a page of the database at a time. */
async function* byObjective(db: Db, actor: Actor, roadmapId: string) {
  for (const { objective, count } of await objectivesInOrder(db, roadmapId)) {
    yield { objective, count, pages: exportItemPages(db, actor, { roadmapId, strategicObjective: objective }) };
  }
}

async function itemsSection(
  doc: Pdf,
  labels: ExportLabels,
  db: Db,
  actor: Actor,
  roadmap: ExportRoadmap,
  figures: Figures,
) {
  const L = labels.pdf;
  doc.addPage(PORTRAIT);
  heading(doc, L.itemsByObjective);
  if (figures.count === 0) return paragraph(doc, L.noItems, { color: COLOR.muted });
  for await (const { objective, count, pages } of byObjective(db, actor, roadmap.id)) {
    doc.moveDown(0.4);
    heading(doc, `${objective ?? L.noObjective} (${L.itemCount(count)})`, 12);
    await forEachItem(pages, (item) => itemBlock(doc, labels, item));
  }
}

async function timelineSection(
  doc: Pdf,
  labels: ExportLabels,
  db: Db,
  actor: Actor,
  roadmap: ExportRoadmap,
  figures: Figures,
  today: Date,
) {
  const L = labels.pdf;
  const baseline = await loadExportBaseline(db, roadmap);
  const timeline = new TimelineWriter(doc, timelineRange(roadmap, figures), baseline, today, roadmap.title, labels);
  timeline.begin();
  for await (const { objective, pages } of byObjective(db, actor, roadmap.id)) {
    timeline.group(objective ?? L.noObjective);
    await forEachItem(pages, (item) => timeline.item(item));
  }
  timeline.end();
}

function limitedList(doc: Pdf, L: ExportLabels["pdf"], lines: string[], empty: string) {
  if (lines.length === 0) return paragraph(doc, empty, { size: 9, color: COLOR.muted });
  for (const line of lines.slice(0, COVERAGE_LIST_LIMIT)) {
    doc.font(FONT.regular).fontSize(9).fillColor(COLOR.text);
    const indent = isRightToLeft(doc) ? 0 : 8; // the bullet's indent is at the right in Arabic
    write(doc, `•  ${line}`, doc.page.margins.left + indent, doc.y, { width: contentWidth(doc) - 8 });
  }
  if (lines.length > COVERAGE_LIST_LIMIT) paragraph(doc, L.andMore(lines.length - COVERAGE_LIST_LIMIT), { size: 9 });
}

function coverageSection(doc: Pdf, labels: ExportLabels, coverage: RoadmapCoverage) {
  const L = labels.pdf;
  doc.addPage(PORTRAIT);
  heading(doc, L.coverage);
  const { total, answered, percent } = coverage.highCritical;
  paragraph(doc, L.highCritical(answered, total, percent));
  doc.moveDown(0.8);

  // Severity | validated findings | answered
  // Its columns run from the start side: from the right in Arabic.
  const left = doc.page.margins.left;
  const rtl = isRightToLeft(doc);
  const start = rtl ? left + contentWidth(doc) - 360 : left;
  const columns = rtl ? [0, 160, 290].map((offset) => start + 360 - offset - 120) : [left, left + 160, left + 290];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(9)
      .fillColor(COLOR.text);
    cells.forEach((cell, index) => write(doc, cell, columns[index] ?? left, y, { width: 120, lineBreak: false }));
    doc.y = y + 14;
  };
  row([L.severity, L.validated, L.answered], true);
  doc
    .moveTo(start, doc.y - 2)
    .lineTo(start + 360, doc.y - 2)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
  for (const s of coverage.bySeverity) row([labels.severity[s.severity], String(s.total), String(s.answered)]);
  doc.x = left;
  doc.moveDown(1);

  heading(doc, L.unanswered, 11);
  limitedList(
    doc,
    L,
    coverage.unansweredFindings.map((f) => `${labels.severity[f.severity]} · ${f.title} (${labels.ictArea[f.area]})`),
    L.noneUnanswered,
  );
  doc.moveDown(1);
  heading(doc, L.itemsWithoutFindings, 11);
  limitedList(
    doc,
    L,
    coverage.itemsWithoutFindings.map((i) => i.title),
    L.noneWithoutFindings,
  );
}

function endorsementSection(doc: Pdf, labels: ExportLabels, record: ReviewRecord) {
  const L = labels.pdf;
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
        write(doc, `${L.revision(r.number)} · ${labels.revisionKind[r.kind]}`, doc.page.margins.left, doc.y);
        paragraph(doc, `${isoInstant(r.createdAt)} ${L.by} ${person(r.createdBy)}`, { size: 9, color: COLOR.muted });
      },
    })),
    ...record.decisions.map((d) => ({
      at: d.createdAt,
      order: 0,
      write: () => {
        keepTogether(doc, 40);
        doc.font(FONT.bold).fontSize(10).fillColor(COLOR.text);
        write(doc, `${labels.reviewDecision[d.decision]} ${L.on(d.revision.number)}`, doc.page.margins.left, doc.y);
        paragraph(doc, `${isoInstant(d.createdAt)} ${L.by} ${person(d.decidedBy)}`, { size: 9, color: COLOR.muted });
        doc.moveDown(0.2);
        doc.font(FONT.regular).fontSize(9).fillColor(COLOR.text);
        const indent = isRightToLeft(doc) ? 0 : 12;
        write(doc, `“${d.comment}”`, doc.page.margins.left + indent, doc.y, {
          width: contentWidth(doc) - 12,
          auto: true,
        });
      },
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const entry of entries) {
    entry.write();
    doc.moveDown(0.6);
  }
}

async function writeRoadmapPdf(
  doc: Pdf,
  labels: ExportLabels,
  db: Db,
  actor: Actor,
  roadmap: ExportRoadmap,
  today: Date,
) {
  const figures = await itemFigures(db, roadmap.id);
  cover(doc, labels, roadmap, figures, today);
  await itemsSection(doc, labels, db, actor, roadmap, figures);
  await timelineSection(doc, labels, db, actor, roadmap, figures, today);
  coverageSection(doc, labels, await roadmapCoverage(db, actor, roadmap.id));
  endorsementSection(doc, labels, await reviewRecord(db, roadmap.id));
  doc.end();
}

/**
 * The PDF of a roadmap the reader may see (the caller checked), as a stream written while
 * the items are read, worded in the labels' language. A failure half-way destroys the
 * stream, which ends the response rather than leaving a truncated file looking complete.
 */
export function roadmapPdf(
  db: Db,
  actor: Actor,
  roadmap: ExportRoadmap,
  today = new Date(),
  labels: ExportLabels = EXPORT_LABELS,
): Pdf {
  const L = labels.pdf;
  const doc = createPdf({
    title: roadmap.title,
    subject: `${L.documentKind} · ${roadmap.mission.code}`,
    language: labels.language.language,
  });
  if (labels.language.dir === "rtl") writeRightToLeft(doc);
  footerOnEveryPage(doc, `${roadmap.title} · ${roadmap.mission.code} · ${isoDay(today)}`, L.page);
  writeRoadmapPdf(doc, labels, db, actor, roadmap, today).catch((error: unknown) => {
    doc.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return doc;
}
