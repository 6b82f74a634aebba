// ICT areas of the World e-Parliament Report survey, with their sub-areas. Labels are
// translated on the client (keys `ictArea.<code>` and `ictSubArea.<code>.<key>`); the
// keys here are stable identifiers stored on findings.
import type { IctArea } from "./enums.ts";

export { ICT_AREA_CODES as ICT_AREAS } from "./enums.ts";

export const ICT_SUB_AREAS = {
  GOV: ["vision-and-strategy", "ict-committee", "budget", "staffing"],
  INF: ["network", "user-support", "training", "remote-and-hybrid-sittings", "voting-systems"],
  LEG: ["document-management", "xml-and-open-standards", "public-access", "archiving"],
  LIB: ["library-management", "research-services", "library-networks"],
  WEB: ["planning", "content", "timeliness", "accessibility", "open-data"],
  CIT: ["members-and-committees-communication", "e-participation", "social-media"],
  IPC: ["regional-hubs", "knowledge-networks"],
  SEC: [],
} as const satisfies Record<IctArea, readonly string[]>;

export function isSubAreaOf(area: IctArea, subArea: string): boolean {
  return (ICT_SUB_AREAS[area] as readonly string[]).includes(subArea);
}
