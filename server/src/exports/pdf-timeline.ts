// The roadmap's timeline in the PDF: landscape pages with one row per item (grouped by
// strategic objective like the items section), a bar from its start to its end coloured by
// progress, the endorsed baseline as an outline behind it, and a year and quarter axis
// repeated at the top of every page. Drawn with PDFKit's vector calls, rows streamed in as
// they are read. In an Arabic PDF the chart is mirrored, as the app's Gantt is: the labels
// stand at the right, time flows right to left (earlier dates at the right), and the axis,
// the legend and the bars are placed from the right edge.
import type { ProgressStatus } from "@hemicycle/shared/enums";
import type { ExportLabels } from "./labels.ts";
import { COLOR, FONT, LANDSCAPE, contentWidth, fitText, pageBottom, type Pdf } from "./pdf-layout.ts";
import { isRightToLeft, write } from "./pdf-text.ts";
import type { ExportBaseline, ExportItem } from "./roadmap-export-data.ts";

const LABEL_WIDTH = 200;
const GAP = 8;
const ROW_HEIGHT = 13;
const BAR_HEIGHT = 7;
const AXIS_HEIGHT = 26;
const LEGEND_HEIGHT = 18;
/** The axis runs at most this many years either side of the horizon, however far an item's dates stray. */
const MAX_YEARS_BEYOND_HORIZON = 5;

const DAY_MS = 86_400_000;

export type TimelineRange = { firstYear: number; lastYear: number };

/** Years the axis spans: the horizon, widened to the items' dates within reason. */
export function timelineRange(
  horizon: { horizonStart: number; horizonEnd: number },
  items: { earliest: Date | null; latest: Date | null },
): TimelineRange {
  const earliest = items.earliest?.getUTCFullYear() ?? horizon.horizonStart;
  const latest = items.latest?.getUTCFullYear() ?? horizon.horizonEnd;
  return {
    firstYear: Math.max(Math.min(horizon.horizonStart, earliest), horizon.horizonStart - MAX_YEARS_BEYOND_HORIZON),
    lastYear: Math.min(Math.max(horizon.horizonEnd, latest), horizon.horizonEnd + MAX_YEARS_BEYOND_HORIZON),
  };
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Draws rows onto landscape pages, starting a new page (with its axis) whenever one is full. */
export class TimelineWriter {
  private readonly axisStart: number;
  private readonly axisEnd: number;
  private y = 0;
  /** Top of the rows on the current page. */
  private pageTop = 0;
  private chartLeft = 0;
  private chartRight = 0;
  /** Time flows right to left (an Arabic PDF). */
  private readonly rtl: boolean;

  constructor(
    private readonly doc: Pdf,
    private readonly range: TimelineRange,
    private readonly baseline: ExportBaseline,
    private readonly today: Date,
    private readonly title: string,
    private readonly labels: ExportLabels,
  ) {
    this.axisStart = Date.UTC(range.firstYear, 0, 1);
    this.axisEnd = Date.UTC(range.lastYear + 1, 0, 1);
    this.rtl = isRightToLeft(doc);
  }

  /** Opens the first timeline page. */
  begin() {
    this.newPage();
  }

  group(name: string) {
    this.ensureRow(2);
    const { doc } = this;
    const left = doc.page.margins.left;
    doc.rect(left, this.y, contentWidth(doc), ROW_HEIGHT).fill(COLOR.band);
    doc.font(FONT.bold).fontSize(7.5).fillColor(COLOR.text);
    const fitted = fitText(doc, name, contentWidth(doc) - 8);
    write(
      doc,
      fitted,
      left + 4,
      this.y + 3,
      this.rtl ? { lineBreak: false, width: contentWidth(doc) - 8 } : { lineBreak: false },
    );
    this.y += ROW_HEIGHT;
  }

  item(item: ExportItem) {
    this.ensureRow(1);
    const { doc } = this;
    const left = doc.page.margins.left;
    const middle = this.y + ROW_HEIGHT / 2;
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.text);
    const label = `${item.position + 1}. ${item.title}`;
    const fitted = fitText(doc, label, LABEL_WIDTH - 4);
    if (this.rtl)
      write(doc, fitted, this.chartRight + GAP, this.y + 3, {
        lineBreak: false,
        width: LABEL_WIDTH,
        auto: true,
        side: "right",
      });
    else doc.text(fitted, left, this.y + 3, { lineBreak: false });

    const planned = this.baseline.get(item.id);
    if (planned?.startDate && planned.endDate) {
      const [x0, x1] = this.span(dayOf(planned.startDate), dayOf(planned.endDate));
      if (x1 > x0) {
        doc.save();
        doc.lineWidth(0.6).dash(2, { space: 1.5 });
        doc.rect(x0, middle - BAR_HEIGHT / 2 - 1.5, x1 - x0, BAR_HEIGHT + 3).stroke(COLOR.text);
        doc.restore();
      }
    }
    if (item.startDate && item.endDate) {
      const [x0, x1] = this.span(item.startDate, item.endDate);
      if (x1 > x0)
        doc.rect(x0, middle - BAR_HEIGHT / 2, Math.max(x1 - x0, 1), BAR_HEIGHT).fill(barColor(item.progress));
    } else {
      doc.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted);
      if (this.rtl)
        write(doc, this.labels.pdf.notScheduled, this.chartLeft, this.y + 3.5, {
          lineBreak: false,
          width: this.chartRight - this.chartLeft - 2,
        });
      else doc.text(this.labels.pdf.notScheduled, this.chartLeft + 2, this.y + 3.5, { lineBreak: false });
    }
    doc
      .moveTo(left, this.y + ROW_HEIGHT)
      .lineTo(left + contentWidth(doc), this.y + ROW_HEIGHT)
      .lineWidth(0.25)
      .stroke(COLOR.grid);
    this.y += ROW_HEIGHT;
  }

  /** Call after the last row: draws the export-date line of the last page and leaves the pen below the rows. */
  end() {
    this.closePage();
    this.doc.x = this.doc.page.margins.left;
    this.doc.y = this.y + ROW_HEIGHT;
  }

  /**
   * The left and right x of a bar from the start of `from` to the end of `to` (an item runs
   * through its last day), clipped to the axis; right to left, `to` is at the left.
   */
  private span(from: Date, to: Date): [number, number] {
    const a = this.x(from.getTime());
    const b = this.x(to.getTime() + DAY_MS);
    return this.rtl ? [b, a] : [a, b];
  }

  private x(time: number): number {
    const clipped = Math.min(Math.max(time, this.axisStart), this.axisEnd);
    const offset = ((clipped - this.axisStart) / (this.axisEnd - this.axisStart)) * (this.chartRight - this.chartLeft);
    return this.rtl ? this.chartRight - offset : this.chartLeft + offset;
  }

  private ensureRow(rows: number) {
    if (this.y + rows * ROW_HEIGHT > pageBottom(this.doc)) {
      this.closePage();
      this.newPage();
    }
  }

  private newPage() {
    const { doc } = this;
    doc.addPage(LANDSCAPE);
    const left = doc.page.margins.left;
    // The labels' column at the start side, the chart after it.
    this.chartLeft = this.rtl ? left : left + LABEL_WIDTH + GAP;
    this.chartRight = this.rtl ? left + contentWidth(doc) - LABEL_WIDTH - GAP : left + contentWidth(doc);
    let y = doc.page.margins.top;
    doc.font(FONT.bold).fontSize(12).fillColor(COLOR.text);
    write(doc, `${this.labels.pdf.timeline} · ${this.title}`, left, y, { lineBreak: false, width: contentWidth(doc) });
    y += 18;
    y = this.rtl ? this.legendRightToLeft(y) : this.legend(y);
    this.axis(y);
    this.y = y + AXIS_HEIGHT;
    this.pageTop = this.y;
    // Year lines first, so that the bars are drawn over them.
    for (let year = this.range.firstYear; year <= this.range.lastYear + 1; year += 1) {
      const x = this.x(Date.UTC(year, 0, 1));
      doc.moveTo(x, this.pageTop).lineTo(x, pageBottom(doc)).lineWidth(0.4).stroke(COLOR.rule);
    }
  }

  /** The export-date line, over the rows drawn on this page. */
  private closePage() {
    const { doc } = this;
    const top = this.pageTop;
    const bottom = this.y;
    if (bottom <= top) return;
    const today = this.today.getTime();
    if (today >= this.axisStart && today <= this.axisEnd) {
      const x = this.x(today);
      doc.save();
      doc
        .moveTo(x, top - 4)
        .lineTo(x, bottom)
        .lineWidth(0.8)
        .dash(3, { space: 2 })
        .stroke(COLOR.today);
      doc.restore();
    }
  }

  private legend(y: number): number {
    const { doc } = this;
    let x = doc.page.margins.left;
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.text);
    const entries = Object.entries(this.labels.progress) as [ProgressStatus, string][];
    for (const [status, label] of entries) {
      doc.rect(x, y + 1.5, 10, 6).fill(barColor(status));
      doc.fillColor(COLOR.text).text(label, x + 13, y, { lineBreak: false });
      x += 13 + doc.widthOfString(label) + 12;
    }
    doc.save();
    doc.lineWidth(0.6).dash(2, { space: 1.5 }).rect(x, y, 14, 9).stroke(COLOR.text);
    doc.restore();
    doc.fillColor(COLOR.text).text(this.labels.pdf.baselineLegend, x + 17, y, { lineBreak: false });
    x += 17 + doc.widthOfString(this.labels.pdf.baselineLegend) + 12;
    doc.save();
    doc
      .moveTo(x + 5, y - 1)
      .lineTo(x + 5, y + 10)
      .lineWidth(0.8)
      .dash(3, { space: 2 })
      .stroke(COLOR.today);
    doc.restore();
    doc.fillColor(COLOR.text).text(this.labels.pdf.exportDateLegend, x + 12, y, { lineBreak: false });
    return y + LEGEND_HEIGHT;
  }

  /** The legend from the right edge, each swatch at the right of its words. */
  private legendRightToLeft(y: number): number {
    const { doc } = this;
    let x = doc.page.margins.left + contentWidth(doc);
    doc.font(FONT.regular).fontSize(7).fillColor(COLOR.text);
    const words = (text: string, end: number) => {
      const width = doc.widthOfString(text) + 1;
      doc.fillColor(COLOR.text);
      write(doc, text, end - width, y, { lineBreak: false, width });
      return width;
    };
    const entries = Object.entries(this.labels.progress) as [ProgressStatus, string][];
    for (const [status, label] of entries) {
      doc.rect(x - 10, y + 1.5, 10, 6).fill(barColor(status));
      x -= 13 + words(label, x - 13) + 12;
    }
    doc.save();
    doc
      .lineWidth(0.6)
      .dash(2, { space: 1.5 })
      .rect(x - 14, y, 14, 9)
      .stroke(COLOR.text);
    doc.restore();
    x -= 17 + words(this.labels.pdf.baselineLegend, x - 17) + 12;
    doc.save();
    doc
      .moveTo(x - 5, y - 1)
      .lineTo(x - 5, y + 10)
      .lineWidth(0.8)
      .dash(3, { space: 2 })
      .stroke(COLOR.today);
    doc.restore();
    words(this.labels.pdf.exportDateLegend, x - 12);
    return y + LEGEND_HEIGHT;
  }

  /** Years on the first line, quarters on the second when there is room to name them. */
  private axis(y: number) {
    const { doc } = this;
    const quarterWidth = (this.chartRight - this.chartLeft) / ((this.range.lastYear - this.range.firstYear + 1) * 4);
    doc.font(FONT.bold).fontSize(8).fillColor(COLOR.text);
    for (let year = this.range.firstYear; year <= this.range.lastYear; year += 1) {
      const x0 = this.x(Date.UTC(year, 0, 1));
      const x1 = this.x(Date.UTC(year + 1, 0, 1));
      if (this.rtl)
        write(doc, String(year), x1, y, { width: x0 - x1, side: "center", lineBreak: false }); // the year's start at its right
      else doc.text(String(year), x0, y, { width: x1 - x0, align: "center", lineBreak: false });
      for (let quarter = 0; quarter < 4; quarter += 1) {
        const q0 = this.x(Date.UTC(year, quarter * 3, 1));
        if (quarter > 0)
          doc
            .moveTo(q0, y + 11)
            .lineTo(q0, y + AXIS_HEIGHT - 2)
            .lineWidth(0.3)
            .stroke(COLOR.grid);
        if (this.rtl) {
          // "الربع ١" where it fits, else the quarter's number alone, in the quarter ending at its start's left.
          doc.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted);
          const named = this.labels.language.t("gantt.quarter", { quarter: quarter + 1 });
          const label = doc.widthOfString(named) <= quarterWidth - 2 ? named : String(quarter + 1);
          if (doc.widthOfString(label) <= quarterWidth - 2)
            write(doc, label, q0 - quarterWidth, y + 13, { width: quarterWidth, side: "center", lineBreak: false });
          doc.font(FONT.bold).fontSize(8).fillColor(COLOR.text);
        } else if (quarterWidth >= 14) {
          doc.font(FONT.regular).fontSize(6.5).fillColor(COLOR.muted);
          doc.text(`Q${quarter + 1}`, q0, y + 13, { width: quarterWidth, align: "center", lineBreak: false });
          doc.font(FONT.bold).fontSize(8).fillColor(COLOR.text);
        }
      }
    }
    doc
      .moveTo(doc.page.margins.left, y + AXIS_HEIGHT - 2)
      .lineTo(doc.page.margins.left + contentWidth(doc), y + AXIS_HEIGHT - 2)
      .lineWidth(0.6)
      .stroke(COLOR.rule);
  }
}

function barColor(progress: ProgressStatus): string {
  return COLOR.progress[progress];
}
