// Setup of the client project: Testing Library's matchers and cleanup, the client's
// i18n (components render the English texts of shared/locales/en.json), and the parts
// of <dialog> that jsdom lacks.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { i18nReady } from "../../client/src/lib/i18n.ts";
import { polyfillDialog } from "./dialog-polyfill.ts";

// The catalogue is a lazy chunk in the app (lib/i18n.ts): in before any test renders.
await i18nReady;

// What the app fetches as lazy chunks once it runs (the outbox's IndexedDB code and
// sender, sonner, the sign-out dialog): in before any test, so that none is still loading
// when a test file ends (save-or-queue.ts imports sonner and the outbox's runtime).
await Promise.all([
  import("../../client/src/lib/outbox/save-or-queue.ts"),
  import("../../client/src/lib/outbox/offline-session.ts"),
  import("../../client/src/components/ui/dialog.tsx"),
]);

polyfillDialog();

// Testing Library cleans up by itself only when vitest's globals are on; they are not.
afterEach(() => cleanup());
