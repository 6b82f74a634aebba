// Apart from the data client (./trpc.ts) so that the UI kit's error state can word an
// error without importing the query client and the tRPC links.
import type { ErrorInfo } from "./errors.ts";
import i18n, { translateMessage } from "./i18n.ts";

/** A sentence for the user, from the server's error. */
export function describeError(info: ErrorInfo): string {
  switch (info.code) {
    case "NETWORK":
      return i18n.t("errors.network");
    case "FORBIDDEN":
      return i18n.t("errors.forbidden");
    case "TOO_MANY_REQUESTS":
      return i18n.t("errors.throttled");
    case "INTERNAL_SERVER_ERROR":
      return i18n.t("errors.server");
    default:
      if (info.reason === "STALE_VERSION") return i18n.t("errors.staleVersion");
      return translateMessage(info.message);
  }
}
