// Renders what the server and the shared schemas say (a message code and its values, see
// shared/src/messages.ts) in the reader's language: `messages.<code>` in the catalogue,
// with names, numbers and dates formatted for the locale.
import type { Message, MessageParams } from "@hemicycle/shared/messages";
import i18n from "./i18n.ts";

const ARROW = " \u2192 ";

/**
 * A loop of items the server writes "A → B → C": in a right-to-left language the arrows
 * turn (→ has no mirrored form) and each title is isolated (FSI … PDI), so that the loop
 * reads from the start side whatever the titles' own direction.
 */
function readingOrder(message: Message): MessageParams | undefined {
  const cycle = message.params?.cycle;
  if (message.code !== "dependencyCycle" || typeof cycle !== "string" || i18n.dir() !== "rtl") return message.params;
  const titles = cycle.split(ARROW).map((title) => `\u2068${title}\u2069`);
  return { ...message.params, cycle: titles.join(" \u2190 ") };
}

export function renderMessage(message: Message): string {
  return i18n.t(`messages.${message.code}`, { ...readingOrder(message) });
}
