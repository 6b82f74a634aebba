// The page bench/gantt-render.mjs drives: the real RoadmapGantt on a generated roadmap of N
// items, and two measurements the script calls through window.ganttBench.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import "../../client/src/lib/i18n.ts";
import type { Roadmap, RoadmapItem } from "../../client/src/features/roadmaps/api/types.ts";
import { RoadmapGantt } from "../../client/src/features/roadmaps/components/gantt/roadmap-gantt.tsx";
import "./harness.css";

const AREAS = ["GOV", "INF", "LEG", "LIB", "WEB", "CIT", "IPC", "SEC"] as const;
const PROGRESS = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED", "DROPPED"] as const;
const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * DAY);

/** A four-year roadmap (2027–2030) of `count` items: spans of 1–12 months, a dependency on the previous item every third one, a baseline on half. */
function generate(count: number): Roadmap {
  const items: RoadmapItem[] = Array.from({ length: count }, (_, i) => {
    const start = (i * 37) % 1300;
    const end = start + 30 + ((i * 53) % 330);
    return {
      id: `i-${i}`,
      title: `Initiative ${i + 1}: ${AREAS[i % AREAS.length]} work package`,
      description: null,
      area: AREAS[i % AREAS.length]!,
      strategicObjective: `Objective ${(i % 6) + 1}`,
      responsibleUnit: `Unit ${(i % 9) + 1}`,
      priority: "MEDIUM",
      term: "SHORT",
      startDate: day(start),
      endDate: day(end),
      costEstimate: null,
      currency: null,
      fundingSource: null,
      expectedBenefit: null,
      kpi: null,
      progress: PROGRESS[i % PROGRESS.length]!,
      progressNote: null,
      position: i,
      version: 1,
      updatedAt: day(0),
      dependsOn: i % 3 === 2 ? [`i-${i - 1}`] : [],
      findingIds: [],
      baseline:
        i % 2 === 0 ? { startDate: day(start), endDate: day(end - 20), costEstimate: null, currency: null } : null,
    };
  });
  return {
    id: "r-bench",
    missionId: "m-bench",
    title: "Bench roadmap",
    vision: null,
    horizonStart: 2027,
    horizonEnd: 2030,
    status: "ENDORSED",
    version: 1,
    baselineRevision: 1,
    createdAt: day(0),
    updatedAt: day(0),
    mission: { code: "BEN-1", title: "Bench", parliamentId: "p-1", parliamentName: "Bench parliament" },
    viewer: { onMission: true, leadsAPhase: true },
    latestRevision: null,
    lastSeenRevision: null,
    items,
  } as Roadmap;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves after the tasks queued so far, React's scheduled render among them. */
const afterQueuedTasks = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

let root: Root | null = null;
const container = document.getElementById("root")!;

async function mount(count: number): Promise<number> {
  root?.unmount();
  await nextFrame();
  const roadmap = generate(count);
  const queryClient = new QueryClient();
  root = createRoot(container);
  const t0 = performance.now();
  flushSync(() =>
    root!.render(
      <QueryClientProvider client={queryClient}>
        <RoadmapGantt roadmap={roadmap} mode="edit" groupBy="none" onOpenItem={() => {}} />
      </QueryClientProvider>,
    ),
  );
  // Effects (the box's measured width picks the zoom) and the layout they cause.
  await afterQueuedTasks();
  container.querySelector("[data-gantt-bar]")!.getBoundingClientRect();
  await nextFrame();
  return performance.now() - t0;
}

/** Drags the fifth rendered bar by `moves` pointer moves; each one's time to a laid-out DOM. */
async function drag(moves: number): Promise<{ times: number[]; moved: boolean; rows: number }> {
  const bars = container.querySelectorAll<HTMLElement>("[data-gantt-bar]");
  const bar = bars[4]!;
  const before = bar.style.insetInlineStart;
  const box = bar.getBoundingClientRect();
  const x0 = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const pointer = (type: string, x: number) =>
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId: 1,
      button: 0,
      buttons: 1,
      clientX: x,
      clientY: y,
      isPrimary: true,
    });
  bar.dispatchEvent(pointer("pointerdown", x0));
  await afterQueuedTasks();
  const times: number[] = [];
  let moved = false;
  for (let i = 1; i <= moves; i++) {
    const t0 = performance.now();
    bar.dispatchEvent(pointer("pointermove", x0 + i * 3));
    await afterQueuedTasks();
    bar.getBoundingClientRect();
    times.push(performance.now() - t0);
    if (bar.style.insetInlineStart !== before) moved = true;
    await nextFrame();
  }
  window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  bar.dispatchEvent(pointer("pointerup", x0 + moves * 3));
  await afterQueuedTasks();
  return { times, moved, rows: container.querySelectorAll("[data-gantt-row]").length };
}

declare global {
  interface Window {
    ganttBench: { mount: typeof mount; drag: typeof drag };
  }
}
window.ganttBench = { mount, drag };
