// Setup of the client project: Testing Library's matchers and cleanup, the client's
// i18n (components render the English texts of client/src/locales/en.json), and the parts
// of <dialog> that jsdom lacks.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { i18nReady } from "../../client/src/lib/i18n.ts";
import { polyfillDialog } from "./dialog-polyfill.ts";

// The catalogue is a lazy chunk in the app (lib/i18n.ts): in before any test renders.
await i18nReady;

polyfillDialog();

// Testing Library cleans up by itself only when vitest's globals are on; they are not.
afterEach(() => cleanup());
