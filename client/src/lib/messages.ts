// Renders what the server and the shared schemas say (a message code and its values, see
// shared/src/messages.ts) in the reader's language: `messages.<code>` in the catalogue,
// with names, numbers and dates formatted for the locale.
import type { Message } from "@hemicycle/shared/messages";
import i18n from "./i18n.ts";

export function renderMessage(message: Message): string {
  return i18n.t(`messages.${message.code}`, { ...message.params });
}
