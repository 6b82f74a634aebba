// jsdom lays nothing out, so every box measures 0 and a virtualiser would show no rows.
// The Gantt's tests give every element a desktop-sized client box (1024 × 640) instead.
import { afterAll, beforeAll } from "vitest";

export function fakeBoxSizes(width = 1024, height = 640): () => void {
  const proto = HTMLElement.prototype;
  const saved = {
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, "clientWidth"),
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, "clientHeight"),
  };
  Object.defineProperty(proto, "clientWidth", { configurable: true, get: () => width });
  Object.defineProperty(proto, "clientHeight", { configurable: true, get: () => height });
  return () => {
    delete (proto as { clientWidth?: number }).clientWidth;
    delete (proto as { clientHeight?: number }).clientHeight;
    void saved;
  };
}

/** Every test of the calling file runs with the fake boxes, put back after the last. */
export function withFakeBoxSizes(width?: number, height?: number) {
  let restore = () => {};
  beforeAll(() => {
    restore = fakeBoxSizes(width, height);
  });
  afterAll(() => restore());
}
