// How well an expert fits a phase (docs/design.md, "Expert matching"): a pure function of
// what the phase needs and what is known of the expert, so that the ranking can be
// explained (every point comes with a reason) and tested on a known set. The server
// gathers the facts (server/src/services/expert-matching.ts); the client renders the reasons.
import type { IctArea } from "./enums.ts";
import { message, type Message } from "./messages.ts";

/** What the phase asks of its team. */
export type PhaseNeeds = {
  areas: readonly IctArea[];
  languages: readonly string[];
  /** The beneficiary parliament: its own people never advise it. */
  parliament: { name: string; countryCode: string };
};

/** What is known of one expert for this phase. */
export type CandidateFacts = {
  institution: string;
  countryCode: string;
  areas: readonly IctArea[];
  languages: readonly string[];
  /** Other phases and unavailable periods on the phase's dates. */
  conflictCount: number;
  /** Days already booked on other phases in the quarter around the phase. */
  bookedDays: number;
};

export type Fit = { excluded: true } | { excluded: false; score: number; reasons: Message[] };

export const MATCH_POINTS = {
  /** Per ICT area the phase needs that the expert covers, up to `areasMax`. */
  area: 15,
  areasMax: 45,
  /** Speaks one of the parliament's working languages. */
  language: 20,
  /** Free on the phase's dates. */
  available: 25,
  /** Nothing else booked in the quarter; one point less per two booked days. */
  workloadMax: 10,
} as const;

function sameInstitution(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLocaleLowerCase("en").replace(/\s+/g, " ");
  return norm(a) === norm(b);
}

/** Whether the expert belongs to the beneficiary: from its country, or from the parliament itself. */
export function isBeneficiaryOwn(expert: Pick<CandidateFacts, "institution" | "countryCode">, needs: PhaseNeeds) {
  return (
    expert.countryCode.toUpperCase() === needs.parliament.countryCode.toUpperCase() ||
    sameInstitution(expert.institution, needs.parliament.name)
  );
}

export function scoreExpert(expert: CandidateFacts, needs: PhaseNeeds): Fit {
  if (isBeneficiaryOwn(expert, needs)) return { excluded: true };
  const reasons: Message[] = [];
  let score = 0;

  const covered = needs.areas.filter((area) => expert.areas.includes(area));
  score += Math.min(covered.length * MATCH_POINTS.area, MATCH_POINTS.areasMax);
  for (const area of covered) reasons.push(message("matchArea", { area }));

  const spoken = needs.languages.find((language) => expert.languages.includes(language));
  if (spoken) {
    score += MATCH_POINTS.language;
    reasons.push(message("matchLanguage", { language: spoken }));
  } else {
    reasons.push(message("matchNoLanguage"));
  }

  if (expert.conflictCount === 0) {
    score += MATCH_POINTS.available;
    reasons.push(message("matchAvailable"));
  } else {
    reasons.push(message("matchConflicts", { count: expert.conflictCount }));
  }

  score += Math.max(0, MATCH_POINTS.workloadMax - Math.floor(expert.bookedDays / 2));
  reasons.push(message("matchWorkload", { count: expert.bookedDays }));

  return { excluded: false, score, reasons };
}
