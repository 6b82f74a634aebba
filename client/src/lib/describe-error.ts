// A sentence for the person, from a failed call. Apart from the data client (./trpc.ts) so
// that the UI kit's error state can word an error without importing the query client.
import { errorInfo } from "./errors.ts";
import i18n from "./i18n.ts";
import { renderMessage } from "./messages.ts";

export function describeError(error: unknown): string {
  const info = errorInfo(error);
  if (info.code === "NETWORK") return i18n.t("errors.network");
  // A fault in the page, not the server's: nothing was logged there.
  if (info.code === "UNKNOWN") return i18n.t("errors.generic");
  return renderMessage(info.message);
}
