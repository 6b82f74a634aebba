// Demo data, as plain constants: seed-demo.ts turns them into rows. The programmes,
// parliaments and the shape of the work follow real technical-assistance programmes
// (a SADC regional ICT programme, an EU-funded terms-of-reference mission to Montenegro,
// a Myanmar validation mission, an ENPLAC regional workshop); the people, findings and
// figures are invented. Dates are fixed around "today" = 2026-11-29 so that every screen
// has past, current and coming work to show: a phase in the field, reports overdue,
// phases coming in the next weeks.
//
// Records refer to each other by `key` (or by e-mail for accounts, by code for
// missions); the seed resolves keys to ids and fails loudly on a key it cannot find.
// The team plan respects the rule the app enforces: no expert on two overlapping phases,
// none inside their own unavailable periods, unless the coordinator kept the assignment
// with a reason (two such overrides, for the calendar to show); seed-demo.ts refuses any
// other team.
import type {
  ChamberStructure,
  FindingKind,
  FindingStatus,
  Grade,
  IctArea,
  MissionType,
  PhaseKind,
  PhaseStatus,
  Priority,
  ProgressStatus,
  Region,
  ReviewDecision,
  RevisionKind,
  RevisitOutcome,
  Role,
  RoadmapStatus,
  Severity,
  TeamRole,
  Term,
} from "@hemicycle/shared/enums";

/** A calendar day, `YYYY-MM-DD`, stored at UTC midnight. */
type IsoDate = `${number}-${number}-${number}`;
/** An instant, `YYYY-MM-DDTHH:MM:SSZ`. */
type IsoDateTime = `${IsoDate}T${string}Z`;

export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  description: string;
  /** Key of the parliament whose staff this user is (PARLIAMENT_STAFF only). */
  parliament?: string;
  /** Key of the expert record this account belongs to (EXPERT only). */
  expert?: string;
};

export type DemoProgramme = {
  key: string;
  name: string;
  funders: string[];
  startDate: IsoDate;
  endDate: IsoDate;
  description: string;
};

export type DemoParliament = {
  key: string;
  name: string;
  countryCode: string;
  region: Region;
  structure: ChamberStructure;
  chamberNames: string[];
  website: string;
};

export type DemoExpert = {
  key: string;
  name: string;
  email: string;
  institution: string;
  countryCode: string;
  areas: IctArea[];
  languages: string[];
  bio: string;
  unavailability: { startDate: IsoDate; endDate: IsoDate; reason: string }[];
};

export type DemoPhase = {
  key: string;
  kind: PhaseKind;
  startDate: IsoDate;
  endDate: IsoDate;
  actualStartDate?: IsoDate;
  actualEndDate?: IsoDate;
  location: string;
  status: PhaseStatus;
  reportDueDate?: IsoDate;
  /**
   * In the order the coordinator assigned them. `overrideReason` is what the app stores on
   * an assignment kept despite a clash (another phase of the expert on overlapping dates, or
   * one of their unavailable periods), and only then; the seed refuses any other team.
   */
  team: { expert: string; role: TeamRole; overrideReason?: string }[];
};

export type DemoMission = {
  code: string;
  title: string;
  type: MissionType;
  parliament: string;
  programme: string | null;
  objectives: string;
  phases: DemoPhase[];
};

export type DemoFinding = {
  key: string;
  phase: string;
  area: IctArea;
  subArea: string | null;
  kind: FindingKind;
  severity: Severity;
  grade: Grade | null;
  title: string;
  description: string;
  evidence: string | null;
  recommendation: string | null;
  status: FindingStatus;
  /** E-mail of the author's account. */
  author: string;
  /** E-mail of the validator's account and when they validated (VALIDATED only). */
  validatedBy?: string;
  validatedAt?: IsoDateTime;
  /** The reviewer's reason for the move into its status (a rejection), which the author reads. */
  reviewNote?: { author: string; from: FindingStatus; body: string; at: IsoDateTime };
  createdAt: IsoDateTime;
  /** On a validation phase: key of the earlier finding it revisits, and what became of it (both or neither). */
  revisits?: string;
  revisitOutcome?: RevisitOutcome;
};

export type DemoRoadmapItem = {
  key: string;
  title: string;
  description: string;
  area: IctArea;
  strategicObjective: string;
  responsibleUnit: string;
  priority: Priority;
  term: Term;
  startDate: IsoDate;
  endDate: IsoDate;
  /** Decimal as a string, two places at most. */
  costEstimate: string;
  currency: "USD" | "ZMW";
  fundingSource: string;
  expectedBenefit: string;
  kpi: string;
  progress: ProgressStatus;
  progressNote?: string;
  /** Keys of items of the same roadmap that must come first (no cycles). */
  dependsOn: string[];
  /** Keys of the findings this item answers. */
  findings: string[];
  /**
   * For a roadmap whose first submission the parliament sent back (one REQUEST_CHANGES in
   * its review): how this item read until the team reworked it, as the fields that were
   * different then, or `null` for an item the team added while reworking. The fields above
   * are the item as last submitted.
   */
  beforeRework?: Partial<DemoItemPlan> | null;
  /**
   * What changed since the endorsed baseline: progress, slipped dates, a new cost. A
   * changed date or cost makes the roadmap a new draft on top of its baseline.
   */
  sinceBaseline?: Partial<
    Pick<DemoRoadmapItem, "startDate" | "endDate" | "costEstimate" | "progress" | "progressNote">
  >;
};

/** An item's own fields, without its key, links and history. */
export type DemoItemPlan = Omit<DemoRoadmapItem, "key" | "dependsOn" | "findings" | "beforeRework" | "sinceBaseline">;

/** One revision of a roadmap (numbered from 1 in this order) and the parliament's decision on it, if any. */
export type DemoRevision = {
  kind: RevisionKind;
  /** E-mail of the account that submitted (SUBMISSION) or endorsed (ENDORSEMENT). */
  by: string;
  at: IsoDateTime;
  decision?: { decision: ReviewDecision; by: string; at: IsoDateTime; comment: string };
};

export type DemoComment = {
  key: string;
  /** Key of the item it is about; absent for a comment on the roadmap as a whole. */
  item?: string;
  /** Key of the comment it answers (same roadmap). */
  replyTo?: string;
  author: string;
  at: IsoDateTime;
  body: string;
  resolvedBy?: string;
  resolvedAt?: IsoDateTime;
};

export type DemoRoadmap = {
  mission: string;
  title: string;
  vision: string;
  horizonStart: number;
  horizonEnd: number;
  status: RoadmapStatus;
  /** In display order: an item's position is its index. */
  items: DemoRoadmapItem[];
  /** The review so far, oldest first; absent for a roadmap never submitted. */
  review?: DemoRevision[];
  comments?: DemoComment[];
};

// ---------------------------------------------------------------------------
// Accounts (the seven demo personas of docs/design.md's permissions, and the staff of the
// parliaments whose roadmaps are in review and endorsed; all with the demo password)
// ---------------------------------------------------------------------------

export const ADMIN_EMAIL = "admin@hemicycle.test";
export const COORDINATOR_EMAIL = "coordinator@hemicycle.test";
export const LEAD_EXPERT_EMAIL = "lead.expert@hemicycle.test";
export const MEMBER_EXPERT_EMAIL = "expert@hemicycle.test";
export const OUTSIDER_EXPERT_EMAIL = "outsider.expert@hemicycle.test";
export const ZAMBIA_STAFF_EMAIL = "staff.zambia@hemicycle.test";
export const MONTENEGRO_STAFF_EMAIL = "staff.montenegro@hemicycle.test";
export const MYANMAR_STAFF_EMAIL = "staff.myanmar@hemicycle.test";
export const NAMIBIA_STAFF_EMAIL = "staff.namibia@hemicycle.test";

export const DEMO_USERS: DemoUser[] = [
  {
    email: ADMIN_EMAIL,
    name: "Ingrid Solberg",
    role: "ADMIN",
    description: "Administrator: manages users and roles, reads the audit log.",
  },
  {
    email: COORDINATOR_EMAIL,
    name: "Claire Moreau",
    role: "COORDINATOR",
    description: "Programme coordinator of every demo mission: plans phases, teams and reviews.",
  },
  {
    email: LEAD_EXPERT_EMAIL,
    name: "Thandiwe Mokoena",
    role: "EXPERT",
    expert: "mokoena",
    description: "Lead expert of the Zambia assessment and strategic-plan phases; validates their findings.",
  },
  {
    email: MEMBER_EXPERT_EMAIL,
    name: "Grace Wanjiru Kamau",
    role: "EXPERT",
    expert: "kamau",
    description: "Member of the Zambia team (assessment and strategic plan); logs findings.",
  },
  {
    email: OUTSIDER_EXPERT_EMAIL,
    name: "Lars Henriksen",
    role: "EXPERT",
    expert: "henriksen",
    description: "Expert in the directory who is on no mission: sees no mission, finding or roadmap.",
  },
  {
    email: ZAMBIA_STAFF_EMAIL,
    name: "Mwansa Chileshe",
    role: "PARLIAMENT_STAFF",
    parliament: "ZM",
    description:
      "ICT manager at the National Assembly of Zambia: sees Zambia's missions and validated findings, reviews its roadmap.",
  },
  {
    email: MONTENEGRO_STAFF_EMAIL,
    name: "Milica Vuković",
    role: "PARLIAMENT_STAFF",
    parliament: "ME",
    description:
      "Head of IT at the Parliament of Montenegro: sees Montenegro only, never Zambia; reads and comments on its report in review.",
  },
  {
    email: MYANMAR_STAFF_EMAIL,
    name: "Khin Myat Noe",
    role: "PARLIAMENT_STAFF",
    parliament: "MM",
    description:
      "Director of ICT at the Hluttaw Office: the Myanmar roadmap is in review (comment, request changes, endorse).",
  },
  {
    email: NAMIBIA_STAFF_EMAIL,
    name: "Ndapewa Shikongo",
    role: "PARLIAMENT_STAFF",
    parliament: "NA",
    description:
      "ICT manager of the Parliament of Namibia: its roadmap was endorsed and is being rescheduled; updates progress against the baseline.",
  },
];

// ---------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    key: "sadc",
    name: "SADC Parliamentary ICT Modernisation Programme",
    funders: ["European Union", "SADC Parliamentary Forum"],
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    description:
      "Regional programme helping the parliaments of the Southern African Development Community assess their ICT, " +
      "adopt an ICT strategic plan following the UN DESA guidelines, and share solutions through the SADC PF.",
  },
  {
    key: "montenegro",
    name: "EU Support to the Parliament of Montenegro",
    funders: ["European Union (IPA III)"],
    startDate: "2026-03-01",
    endDate: "2027-12-31",
    description:
      "EU accession support to the Parliament of Montenegro, including the terms of reference for a legislative " +
      "information system able to track the alignment of national law with the EU acquis.",
  },
  {
    key: "enplac",
    name: "ENPLAC – Latin American Parliamentary ICT Cooperation",
    funders: ["European Union", "Inter-Parliamentary Union"],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    description:
      "Regional workshops and peer exchanges among the parliaments of Latin America and the Caribbean on open " +
      "parliamentary data, legislative XML and citizen participation.",
  },
  {
    key: "myanmar",
    name: "Myanmar Parliamentary ICT Support Programme",
    funders: ["UNDP", "Government of Japan"],
    startDate: "2026-04-01",
    endDate: "2027-12-31",
    description:
      "Validation of the 2019 ICT assessment of the Pyidaungsu Hluttaw and a costed ICT roadmap for both Houses.",
  },
];

// ---------------------------------------------------------------------------
// Parliaments (keyed by ISO 3166-1 alpha-2)
// ---------------------------------------------------------------------------

export const DEMO_PARLIAMENTS: DemoParliament[] = [
  {
    key: "ZM",
    name: "National Assembly of Zambia",
    countryCode: "ZM",
    region: "SADC",
    structure: "UNICAMERAL",
    chamberNames: ["National Assembly"],
    website: "https://www.parliament.gov.zm",
  },
  {
    key: "MW",
    name: "National Assembly of Malawi",
    countryCode: "MW",
    region: "SADC",
    structure: "UNICAMERAL",
    chamberNames: ["National Assembly"],
    website: "https://www.parliament.gov.mw",
  },
  {
    key: "NA",
    name: "Parliament of the Republic of Namibia",
    countryCode: "NA",
    region: "SADC",
    structure: "BICAMERAL",
    chamberNames: ["National Assembly", "National Council"],
    website: "https://www.parliament.na",
  },
  {
    key: "BW",
    name: "Parliament of Botswana",
    countryCode: "BW",
    region: "SADC",
    structure: "UNICAMERAL",
    chamberNames: ["National Assembly"],
    website: "https://www.parliament.gov.bw",
  },
  {
    key: "ZW",
    name: "Parliament of Zimbabwe",
    countryCode: "ZW",
    region: "SADC",
    structure: "BICAMERAL",
    chamberNames: ["National Assembly", "Senate"],
    website: "https://www.parlzim.gov.zw",
  },
  {
    key: "LS",
    name: "Parliament of the Kingdom of Lesotho",
    countryCode: "LS",
    region: "SADC",
    structure: "BICAMERAL",
    chamberNames: ["National Assembly", "Senate"],
    website: "https://www.parliament.ls",
  },
  {
    key: "MZ",
    name: "Assembly of the Republic of Mozambique",
    countryCode: "MZ",
    region: "SADC",
    structure: "UNICAMERAL",
    chamberNames: ["Assembly of the Republic"],
    website: "https://www.parlamento.mz",
  },
  {
    key: "SZ",
    name: "Parliament of the Kingdom of Eswatini",
    countryCode: "SZ",
    region: "SADC",
    structure: "BICAMERAL",
    chamberNames: ["House of Assembly", "Senate"],
    website: "https://www.parliament.gov.sz",
  },
  {
    key: "TZ",
    name: "Parliament of the United Republic of Tanzania",
    countryCode: "TZ",
    region: "SADC",
    structure: "UNICAMERAL",
    chamberNames: ["National Assembly (Bunge)"],
    website: "https://www.parliament.go.tz",
  },
  {
    key: "MM",
    name: "Pyidaungsu Hluttaw",
    countryCode: "MM",
    region: "ASIA_PACIFIC",
    structure: "BICAMERAL",
    chamberNames: ["Pyithu Hluttaw", "Amyotha Hluttaw"],
    website: "https://www.pyidaungsu.hluttaw.mm",
  },
  {
    key: "ME",
    name: "Parliament of Montenegro",
    countryCode: "ME",
    region: "EUROPE",
    structure: "UNICAMERAL",
    chamberNames: ["Parliament"],
    website: "https://www.skupstina.me",
  },
  {
    key: "PY",
    name: "Congress of the Republic of Paraguay",
    countryCode: "PY",
    region: "LATIN_AMERICA_CARIBBEAN",
    structure: "BICAMERAL",
    chamberNames: ["Chamber of Senators", "Chamber of Deputies"],
    website: "https://www.congreso.gov.py",
  },
  {
    key: "CR",
    name: "Legislative Assembly of Costa Rica",
    countryCode: "CR",
    region: "LATIN_AMERICA_CARIBBEAN",
    structure: "UNICAMERAL",
    chamberNames: ["Legislative Assembly"],
    website: "https://www.asamblea.go.cr",
  },
];

// ---------------------------------------------------------------------------
// Expert directory
// ---------------------------------------------------------------------------

export const DEMO_EXPERTS: DemoExpert[] = [
  {
    key: "mokoena",
    name: "Thandiwe Mokoena",
    email: LEAD_EXPERT_EMAIL,
    institution: "Parliament of the Republic of South Africa",
    countryCode: "ZA",
    areas: ["GOV", "LEG", "SEC"],
    languages: ["en", "zu", "af"],
    bio: "Head of ICT governance at the Parliament of South Africa; led ICT strategic planning for two parliamentary terms.",
    unavailability: [
      { startDate: "2026-12-14", endDate: "2027-01-08", reason: "Year-end closure of the parliamentary ICT systems" },
    ],
  },
  {
    key: "kamau",
    name: "Grace Wanjiru Kamau",
    email: MEMBER_EXPERT_EMAIL,
    institution: "National Assembly of Kenya",
    countryCode: "KE",
    areas: ["INF", "WEB", "CIT"],
    languages: ["en", "sw"],
    bio: "Senior ICT officer, National Assembly of Kenya; ran the roll-out of the Assembly's hybrid sittings and e-petitions.",
    unavailability: [{ startDate: "2027-03-29", endDate: "2027-04-16", reason: "Budget estimates session" }],
  },
  {
    key: "henriksen",
    name: "Lars Henriksen",
    email: OUTSIDER_EXPERT_EMAIL,
    institution: "Danish Parliament (Folketing)",
    countryCode: "DK",
    areas: ["LIB", "WEB", "IPC"],
    languages: ["da", "en", "de"],
    bio: "Information specialist at the Folketing library; contributor to the IFLA section on library and research services for parliaments.",
    unavailability: [{ startDate: "2027-04-05", endDate: "2027-04-16", reason: "Annual leave" }],
  },
  {
    key: "papadopoulou",
    name: "Eleni Papadopoulou",
    email: "eleni.papadopoulou@experts.hemicycle.test",
    institution: "Hellenic Parliament",
    countryCode: "GR",
    areas: ["LEG", "WEB", "GOV"],
    languages: ["el", "en", "fr"],
    bio: "Legislative information systems architect; led the Hellenic Parliament's move to Akoma Ntoso.",
    unavailability: [{ startDate: "2026-07-20", endDate: "2026-08-07", reason: "Annual leave" }],
  },
  {
    key: "ferreira",
    name: "Marcelo Augusto Ferreira",
    email: "marcelo.ferreira@experts.hemicycle.test",
    institution: "Chamber of Deputies of Brazil",
    countryCode: "BR",
    areas: ["CIT", "WEB", "LEG"],
    languages: ["pt", "es", "en"],
    bio: "Coordinator of the Chamber of Deputies' open data and e-participation services (e-Democracia).",
    unavailability: [],
  },
  {
    key: "vandenberghe",
    name: "Sophie Vandenberghe",
    email: "sophie.vandenberghe@experts.hemicycle.test",
    institution: "European Parliament",
    countryCode: "BE",
    areas: ["GOV", "LEG", "IPC"],
    languages: ["fr", "nl", "en"],
    bio: "Head of unit for legislative IT at the European Parliament; ICT strategy and inter-parliamentary cooperation.",
    unavailability: [{ startDate: "2027-01-11", endDate: "2027-01-22", reason: "Plenary session and committee weeks" }],
  },
  {
    key: "ortega",
    name: "Juan Pablo Ortega",
    email: "juanpablo.ortega@experts.hemicycle.test",
    institution: "Library of the National Congress of Chile",
    countryCode: "CL",
    areas: ["LIB", "LEG", "WEB"],
    languages: ["es", "en"],
    bio: "Semantic web and legal open data lead at the Library of the National Congress of Chile.",
    unavailability: [],
  },
  {
    key: "kowalska",
    name: "Marta Kowalska",
    email: "marta.kowalska@experts.hemicycle.test",
    institution: "Chancellery of the Sejm of Poland",
    countryCode: "PL",
    areas: ["SEC", "INF"],
    languages: ["pl", "en", "ru"],
    bio: "Information security officer of the Chancellery of the Sejm; incident response and business continuity.",
    unavailability: [{ startDate: "2026-12-21", endDate: "2027-01-06", reason: "Holiday" }],
  },
  {
    key: "nguyen",
    name: "Nguyen Thi Lan",
    email: "nguyen.thilan@experts.hemicycle.test",
    institution: "Office of the National Assembly of Viet Nam",
    countryCode: "VN",
    areas: ["INF", "LIB", "GOV"],
    languages: ["vi", "en"],
    bio: "Deputy director of the Informatics Centre of the Office of the National Assembly of Viet Nam.",
    unavailability: [],
  },
  {
    key: "asante",
    name: "Kwame Asante-Boateng",
    email: "kwame.asante@experts.hemicycle.test",
    institution: "Parliament of Ghana",
    countryCode: "GH",
    areas: ["INF", "SEC"],
    languages: ["en", "fr"],
    bio: "Director of ICT, Parliament of Ghana; network and data-centre modernisation in West African parliaments.",
    unavailability: [],
  },
  {
    key: "tembe",
    name: "Ana Lúcia Tembe",
    email: "ana.tembe@experts.hemicycle.test",
    institution: "Assembly of the Republic of Mozambique",
    countryCode: "MZ",
    areas: ["GOV", "LIB"],
    languages: ["pt", "en"],
    bio: "Director of documentation and ICT planning at the Assembly of the Republic of Mozambique.",
    unavailability: [{ startDate: "2027-02-01", endDate: "2027-02-26", reason: "Budget session of the Assembly" }],
  },
  {
    key: "raghavan",
    name: "Priya Raghavan",
    email: "priya.raghavan@experts.hemicycle.test",
    institution: "Lok Sabha Secretariat, Parliament of India",
    countryCode: "IN",
    areas: ["INF", "WEB"],
    languages: ["en", "hi", "ta"],
    bio: "Joint director, computer section of the Lok Sabha Secretariat; digital parliament and member services.",
    unavailability: [{ startDate: "2026-12-01", endDate: "2026-12-18", reason: "Winter session of Parliament" }],
  },
  {
    key: "ferraro",
    name: "Giulia Ferraro",
    email: "giulia.ferraro@experts.hemicycle.test",
    institution: "Italian Chamber of Deputies",
    countryCode: "IT",
    areas: ["LEG", "GOV"],
    languages: ["it", "en", "es"],
    bio: "Legislative drafting and document standards; contributor to the Akoma Ntoso OASIS technical committee.",
    unavailability: [],
  },
  {
    key: "herrera",
    name: "Tomás Herrera Solís",
    email: "tomas.herrera@experts.hemicycle.test",
    institution: "Chamber of Deputies of Mexico",
    countryCode: "MX",
    areas: ["CIT", "WEB"],
    languages: ["es", "en"],
    bio: "Head of digital communication of the Chamber of Deputies of Mexico; social media and citizen consultations.",
    unavailability: [],
  },
  {
    key: "keller",
    name: "Andreas Keller",
    email: "andreas.keller@experts.hemicycle.test",
    institution: "Austrian Parliament",
    countryCode: "AT",
    areas: ["SEC", "INF"],
    languages: ["de", "en"],
    bio: "Security architect of the Austrian Parliament's IT services; ISO 27001 and resilience of plenary systems.",
    unavailability: [],
  },
  // Staff of beneficiary parliaments: expert matching never suggests them to their own
  // parliament (same country or same institution), only to the others.
  {
    key: "phiri",
    name: "Bwalya Mulenga Phiri",
    email: "bwalya.phiri@experts.hemicycle.test",
    institution: "National Assembly of Zambia",
    countryCode: "ZM",
    areas: ["INF", "SEC"],
    languages: ["en", "ny"],
    bio: "Principal ICT officer (networks and systems) at the National Assembly of Zambia; peer reviewer for the SADC PF.",
    unavailability: [
      { startDate: "2027-02-09", endDate: "2027-03-26", reason: "Budget meeting of the National Assembly" },
    ],
  },
  {
    key: "dlamini",
    name: "Nomsa Dlamini",
    email: "nomsa.dlamini@experts.hemicycle.test",
    institution: "Parliament of the Kingdom of Eswatini",
    countryCode: "SZ",
    areas: ["WEB", "CIT"],
    languages: ["en", "ss"],
    bio: "Web and public-information officer of the Parliament of Eswatini; runs its broadcasting and social media.",
    unavailability: [],
  },
  {
    key: "mushi",
    name: "Emmanuel Mushi",
    email: "emmanuel.mushi@experts.hemicycle.test",
    institution: "Parliament of the United Republic of Tanzania",
    countryCode: "TZ",
    areas: ["INF", "LEG", "WEB"],
    languages: ["sw", "en"],
    bio: "Head of ICT at the Bunge; built its paperless e-Parliament system (tablets, e-Bunge app, e-votes).",
    unavailability: [
      { startDate: "2027-04-05", endDate: "2027-06-30", reason: "Budget session of the Bunge in Dodoma" },
    ],
  },
  {
    key: "quesada",
    name: "Valeria Quesada Mora",
    email: "valeria.quesada@experts.hemicycle.test",
    institution: "Legislative Assembly of Costa Rica",
    countryCode: "CR",
    areas: ["WEB", "CIT", "LEG"],
    languages: ["es", "en"],
    bio: "Open parliament coordinator of the Legislative Assembly of Costa Rica; its open data portal and citizen participation office.",
    unavailability: [],
  },
  {
    key: "mahlangu",
    name: "Lerato Mahlangu",
    email: "lerato.mahlangu@experts.hemicycle.test",
    institution: "SADC Parliamentary Forum Secretariat",
    countryCode: "NA",
    areas: ["GOV", "IPC"],
    languages: ["en", "af", "st"],
    bio: "Programme manager for ICT and knowledge sharing at the SADC PF Secretariat in Windhoek.",
    unavailability: [{ startDate: "2026-12-07", endDate: "2026-12-11", reason: "SADC PF plenary assembly" }],
  },
  // Peers from parliaments outside the region.
  {
    key: "carvalho",
    name: "Rui Miguel Carvalho",
    email: "rui.carvalho@experts.hemicycle.test",
    institution: "Assembly of the Republic of Portugal",
    countryCode: "PT",
    areas: ["GOV", "INF", "LEG"],
    languages: ["pt", "en", "es"],
    bio: "Director of IT services of the Assembleia da República; ICT cooperation with the parliaments of the Portuguese-speaking countries.",
    unavailability: [{ startDate: "2026-12-21", endDate: "2027-01-04", reason: "Christmas recess" }],
  },
  {
    key: "lindqvist",
    name: "Erik Lindqvist",
    email: "erik.lindqvist@experts.hemicycle.test",
    institution: "Swedish Riksdag",
    countryCode: "SE",
    areas: ["GOV", "SEC"],
    languages: ["sv", "en"],
    bio: "ICT strategist of the Riksdag administration; IT governance, risk management and the Riksdag's digital strategy.",
    unavailability: [{ startDate: "2026-12-18", endDate: "2027-01-08", reason: "Annual leave" }],
  },
  {
    key: "oneill",
    name: "Siobhán O'Neill",
    email: "siobhan.oneill@experts.hemicycle.test",
    institution: "Houses of the Oireachtas Service",
    countryCode: "IE",
    areas: ["LIB", "LEG", "WEB"],
    languages: ["en", "ga"],
    bio: "Head of the Oireachtas Library & Research Service's digital collections; debates archive and legislation database.",
    unavailability: [],
  },
  {
    key: "diop",
    name: "Fatou Diop Sarr",
    email: "fatou.diop@experts.hemicycle.test",
    institution: "National Assembly of Senegal",
    countryCode: "SN",
    areas: ["CIT", "WEB", "LEG"],
    languages: ["fr", "wo", "en"],
    bio: "Head of citizen relations and digital services of the National Assembly of Senegal; e-petitions and plenary webcasting.",
    unavailability: [
      { startDate: "2027-05-10", endDate: "2027-05-12", reason: "Plenary week of the National Assembly" },
    ],
  },
  {
    key: "wickramasinghe",
    name: "Rohan Wickramasinghe",
    email: "rohan.wickramasinghe@experts.hemicycle.test",
    institution: "Parliament of Sri Lanka",
    countryCode: "LK",
    areas: ["INF", "SEC", "WEB"],
    languages: ["en", "si", "ta"],
    bio: "Director of information systems and management, Parliament of Sri Lanka; data centre and Hansard digitisation.",
    unavailability: [{ startDate: "2027-01-04", endDate: "2027-01-15", reason: "Budget debate" }],
  },
  {
    key: "nakamura",
    name: "Kenji Nakamura",
    email: "kenji.nakamura@experts.hemicycle.test",
    institution: "Secretariat of the House of Councillors of Japan",
    countryCode: "JP",
    areas: ["INF", "LIB"],
    languages: ["ja", "en"],
    bio: "Information systems division of the House of Councillors; JICA adviser on parliamentary records in South-East Asia.",
    unavailability: [{ startDate: "2027-01-18", endDate: "2027-03-31", reason: "Ordinary session of the Diet" }],
  },
];

// ---------------------------------------------------------------------------
// Missions, phases and teams (today is 2026-11-29)
// ---------------------------------------------------------------------------

export const ZAMBIA_MISSION_CODE = "SADC-ZMB-2026";

export const DEMO_MISSIONS: DemoMission[] = [
  {
    code: ZAMBIA_MISSION_CODE,
    title: "ICT assessment and strategic plan of the National Assembly of Zambia",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "ZM",
    programme: "sadc",
    objectives:
      "Assess the state of ICT at the National Assembly of Zambia against the World e-Parliament Report areas; " +
      "agree with the Clerk's office and the ICT Department an ICT strategic plan and costed roadmap for 2027–2031.",
    phases: [
      {
        key: "zmb-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-09-21",
        endDate: "2026-09-25",
        actualStartDate: "2026-09-21",
        actualEndDate: "2026-09-25",
        location: "Lusaka, Parliament Buildings",
        // The report was due a fortnight ago: the "overdue reports" panel shows it.
        status: "DRAFT_REPORT",
        reportDueDate: "2026-11-13",
        team: [
          { expert: "mokoena", role: "LEAD" },
          { expert: "kamau", role: "MEMBER" },
          { expert: "asante", role: "MEMBER" },
        ],
      },
      {
        key: "zmb-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-02-15",
        endDate: "2027-02-19",
        location: "Lusaka, Parliament Buildings",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-03-19",
        team: [
          { expert: "mokoena", role: "LEAD" },
          { expert: "kamau", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "SADC-MWI-2026",
    title: "ICT assessment and strategic plan of the National Assembly of Malawi",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "MW",
    programme: "sadc",
    objectives:
      "Assess ICT at the National Assembly of Malawi, in particular Hansard archives and hybrid committee sittings, " +
      "and draft an ICT strategic plan aligned with the Parliament's corporate plan.",
    phases: [
      {
        key: "mwi-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-06-08",
        endDate: "2026-06-12",
        actualStartDate: "2026-06-08",
        actualEndDate: "2026-06-12",
        location: "Lilongwe, Parliament Building",
        status: "FINALISED",
        reportDueDate: "2026-07-10",
        team: [
          { expert: "vandenberghe", role: "LEAD" },
          { expert: "raghavan", role: "MEMBER" },
        ],
      },
      {
        key: "mwi-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2026-11-23",
        endDate: "2026-11-27",
        actualStartDate: "2026-11-23",
        location: "Lilongwe, Parliament Building",
        status: "FIELDWORK",
        reportDueDate: "2026-12-18",
        team: [
          { expert: "vandenberghe", role: "LEAD" },
          { expert: "raghavan", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "SADC-NAM-2026",
    title: "ICT assessment and strategic plan of the Parliament of Namibia",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "NA",
    programme: "sadc",
    objectives:
      "Assess shared ICT services of the National Assembly and the National Council and propose a joint ICT " +
      "strategic plan for both Houses.",
    phases: [
      {
        key: "nam-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-04-13",
        endDate: "2026-04-17",
        actualStartDate: "2026-04-13",
        actualEndDate: "2026-04-17",
        location: "Windhoek, Tintenpalast",
        status: "FINALISED",
        reportDueDate: "2026-05-15",
        team: [
          { expert: "papadopoulou", role: "LEAD" },
          { expert: "keller", role: "MEMBER" },
          { expert: "tembe", role: "MEMBER" },
        ],
      },
      {
        key: "nam-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2026-08-17",
        endDate: "2026-08-21",
        actualStartDate: "2026-08-17",
        actualEndDate: "2026-08-21",
        location: "Windhoek, Tintenpalast",
        // Closed once the parliament endorsed the roadmap (October 2026).
        status: "FINALISED",
        reportDueDate: "2026-09-18",
        team: [
          { expert: "papadopoulou", role: "LEAD" },
          { expert: "tembe", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "SADC-ZWE-2026",
    title: "ICT assessment and strategic plan of the Parliament of Zimbabwe",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "ZW",
    programme: "sadc",
    objectives:
      "Assess ICT in both Houses ahead of the move to the new Parliament Building at Mount Hampden and plan the " +
      "transition of systems and services.",
    phases: [
      {
        key: "zwe-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-12-07",
        endDate: "2026-12-11",
        location: "Mount Hampden, New Parliament Building",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-01-22",
        team: [
          { expert: "keller", role: "LEAD" },
          { expert: "papadopoulou", role: "MEMBER" },
        ],
      },
      {
        key: "zwe-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-04-19",
        endDate: "2027-04-23",
        location: "Mount Hampden, New Parliament Building",
        status: "PLANNED",
        team: [],
      },
    ],
  },
  {
    code: "SADC-BWA-2027",
    title: "ICT assessment and strategic plan of the Parliament of Botswana",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "BW",
    programme: "sadc",
    objectives: "Assess ICT at the Parliament of Botswana and agree a costed ICT strategic plan for 2028–2032.",
    phases: [
      {
        key: "bwa-assessment",
        kind: "ASSESSMENT",
        startDate: "2027-03-08",
        endDate: "2027-03-12",
        location: "Gaborone, Parliament of Botswana",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-04-09",
        team: [
          { expert: "asante", role: "LEAD" },
          { expert: "kowalska", role: "MEMBER" },
        ],
      },
      {
        // No team yet: the coordinator's "suggest experts" has something to do.
        key: "bwa-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-06-14",
        endDate: "2027-06-18",
        location: "Gaborone, Parliament of Botswana",
        status: "PLANNED",
        team: [],
      },
    ],
  },
  {
    code: "SADC-LSO-2026",
    title: "ICT assessment of the Parliament of Lesotho",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "LS",
    programme: "sadc",
    objectives:
      "Assess ICT in both Houses of the Parliament of Lesotho. Postponed at the request of the Clerks; to be re-planned in 2027.",
    phases: [
      {
        key: "lso-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-10-12",
        endDate: "2026-10-16",
        location: "Maseru, Parliament of Lesotho",
        status: "CANCELLED",
        team: [],
      },
    ],
  },
  {
    code: "SADC-MOZ-2026",
    title: "ICT assessment and strategic plan of the Assembly of the Republic of Mozambique",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "MZ",
    programme: "sadc",
    objectives:
      "Assess ICT at the Assembly of the Republic, including the provincial liaison offices, and agree an ICT " +
      "strategic plan in Portuguese that the Assembly's Permanent Commission can adopt.",
    phases: [
      {
        // Two weeks in the field, under way today: the dashboard's "in the field now".
        key: "moz-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-11-23",
        endDate: "2026-12-04",
        actualStartDate: "2026-11-23",
        location: "Maputo, Assembly of the Republic",
        status: "FIELDWORK",
        reportDueDate: "2027-01-15",
        team: [
          { expert: "carvalho", role: "LEAD" },
          { expert: "wickramasinghe", role: "MEMBER" },
          // Booked on the Malawi strategic plan the same first week: kept by the coordinator.
          {
            expert: "vandenberghe",
            role: "MEMBER",
            overrideReason:
              "Joins the Maputo team for the second week (30 November–4 December) once the Malawi plan week closes; agreed with the Secretary-General.",
          },
        ],
      },
      {
        key: "moz-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-04-12",
        endDate: "2027-04-16",
        location: "Maputo, Assembly of the Republic",
        status: "PLANNED",
        team: [],
      },
    ],
  },
  {
    code: "SADC-SWZ-2026",
    title: "ICT assessment and strategic plan of the Parliament of Eswatini",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "SZ",
    programme: "sadc",
    objectives:
      "Assess ICT in the House of Assembly and the Senate, in particular the Hansard and broadcasting services, and " +
      "draft an ICT strategic plan for the Parliament's next corporate plan.",
    phases: [
      {
        key: "swz-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-09-28",
        endDate: "2026-10-02",
        actualStartDate: "2026-09-28",
        actualEndDate: "2026-10-02",
        location: "Lobamba, Parliament of Eswatini",
        // The report was due at the end of October and is still being drafted.
        status: "DRAFT_REPORT",
        reportDueDate: "2026-10-30",
        team: [
          { expert: "lindqvist", role: "LEAD" },
          { expert: "oneill", role: "MEMBER" },
          { expert: "mahlangu", role: "MEMBER" },
        ],
      },
      {
        key: "swz-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-05-10",
        endDate: "2027-05-14",
        location: "Lobamba, Parliament of Eswatini",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-06-11",
        team: [
          { expert: "lindqvist", role: "LEAD" },
          // Inside her plenary week at home: kept by the coordinator.
          {
            expert: "diop",
            role: "MEMBER",
            overrideReason:
              "Free from 13 May after the plenary week in Dakar; she runs the citizen-engagement sessions on the last two days.",
          },
        ],
      },
    ],
  },
  {
    code: "SADC-TZA-2026",
    title: "ICT assessment and strategic plan of the Parliament of Tanzania",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "TZ",
    programme: "sadc",
    objectives:
      "Assess the e-Parliament system of the Bunge five years after it went paperless, its security and its " +
      "Swahili-language services, and plan its next generation.",
    phases: [
      {
        key: "tza-assessment",
        kind: "ASSESSMENT",
        startDate: "2026-10-26",
        endDate: "2026-10-30",
        actualStartDate: "2026-10-26",
        actualEndDate: "2026-10-30",
        location: "Dodoma, Parliament of Tanzania",
        // Due on 20 November; the team asked for a week more.
        status: "DRAFT_REPORT",
        reportDueDate: "2026-11-20",
        team: [
          { expert: "asante", role: "LEAD" },
          { expert: "phiri", role: "MEMBER" },
          { expert: "kowalska", role: "MEMBER" },
        ],
      },
      {
        key: "tza-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-07-12",
        endDate: "2027-07-16",
        location: "Dodoma, Parliament of Tanzania",
        status: "PLANNED",
        team: [],
      },
    ],
  },
  {
    // The 2019 assessment that the 2026 validation mission re-checks (findings.compareAssessments).
    code: "MMR-ASM-2019",
    title: "ICT assessment of the Pyidaungsu Hluttaw",
    type: "ASSESSMENT_AND_PLAN",
    parliament: "MM",
    programme: null,
    objectives: "Assess the ICT of both Houses of the Hluttaw and recommend the priorities of an ICT master plan.",
    phases: [
      {
        key: "mmr-2019-assessment",
        kind: "ASSESSMENT",
        startDate: "2019-03-11",
        endDate: "2019-03-15",
        actualStartDate: "2019-03-11",
        actualEndDate: "2019-03-15",
        location: "Nay Pyi Taw, Hluttaw complex",
        status: "FINALISED",
        reportDueDate: "2019-04-12",
        team: [
          { expert: "nguyen", role: "LEAD" },
          { expert: "raghavan", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "MMR-VAL-2026",
    title: "Validation of the ICT assessment and ICT roadmap of the Pyidaungsu Hluttaw",
    type: "VALIDATION",
    parliament: "MM",
    programme: "myanmar",
    objectives:
      "Re-check the findings of the 2019 ICT assessment with the ICT departments of both Houses and build a " +
      "prioritised ICT roadmap from the validated findings.",
    phases: [
      {
        key: "mmr-validation",
        kind: "VALIDATION",
        startDate: "2026-07-06",
        endDate: "2026-07-10",
        actualStartDate: "2026-07-06",
        actualEndDate: "2026-07-10",
        location: "Nay Pyi Taw, Hluttaw complex",
        status: "FINALISED",
        reportDueDate: "2026-08-07",
        team: [
          { expert: "nguyen", role: "LEAD" },
          { expert: "raghavan", role: "MEMBER" },
        ],
      },
      {
        key: "mmr-strategic-plan",
        kind: "STRATEGIC_PLAN",
        startDate: "2027-01-25",
        endDate: "2027-01-29",
        location: "Nay Pyi Taw, Hluttaw complex",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-02-26",
        team: [
          { expert: "nguyen", role: "LEAD" },
          { expert: "raghavan", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "MNE-TOR-2026",
    title: "Terms of reference for a legislative information system of the Parliament of Montenegro",
    type: "TERMS_OF_REFERENCE",
    parliament: "ME",
    programme: "montenegro",
    objectives:
      "Analyse the legislative workflow and existing systems, and write the terms of reference for an EU-funded " +
      "legislative information system based on open standards (Akoma Ntoso, ELI).",
    phases: [
      {
        key: "mne-tor",
        kind: "TERMS_OF_REFERENCE",
        startDate: "2026-10-05",
        endDate: "2026-10-23",
        actualStartDate: "2026-10-05",
        actualEndDate: "2026-10-23",
        location: "Podgorica, Parliament of Montenegro",
        // Delivered ahead of its due date: the Parliament's staff read the report in the
        // app and comment on it (docs/documents.md, "Reviewing the report").
        status: "PARLIAMENT_REVIEW",
        reportDueDate: "2026-12-04",
        team: [
          { expert: "papadopoulou", role: "LEAD" },
          { expert: "ferraro", role: "MEMBER" },
          { expert: "keller", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "ENPLAC-WS-CRI-2026",
    title: "ENPLAC regional workshop on open parliamentary data",
    type: "WORKSHOP",
    parliament: "CR",
    programme: "enplac",
    objectives: "Share practice on open data portals and legislative XML among Central American parliaments.",
    phases: [
      {
        key: "cri-workshop",
        kind: "WORKSHOP",
        startDate: "2026-05-18",
        endDate: "2026-05-20",
        actualStartDate: "2026-05-18",
        actualEndDate: "2026-05-20",
        location: "San José, Legislative Assembly",
        status: "FINALISED",
        reportDueDate: "2026-06-19",
        team: [
          { expert: "ferreira", role: "LEAD" },
          { expert: "ortega", role: "MEMBER" },
        ],
      },
    ],
  },
  {
    code: "ENPLAC-WS-PRY-2026",
    title: "ENPLAC regional workshop on citizen participation and parliamentary websites",
    type: "WORKSHOP",
    parliament: "PY",
    programme: "enplac",
    objectives:
      "Regional workshop hosted by the Congress of Paraguay for the parliaments of South America: e-participation, " +
      "social media and accessible websites.",
    phases: [
      {
        key: "pry-workshop",
        kind: "WORKSHOP",
        startDate: "2026-12-01",
        endDate: "2026-12-03",
        location: "Asunción, Congress of the Republic",
        status: "TEAM_CONFIRMED",
        reportDueDate: "2027-01-15",
        team: [
          { expert: "ferreira", role: "LEAD" },
          { expert: "ortega", role: "MEMBER" },
          { expert: "herrera", role: "MEMBER" },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

const LEAD = LEAD_EXPERT_EMAIL;
const MEMBER = MEMBER_EXPERT_EMAIL;
// Findings of missions whose teams have no account in the demo were entered by the
// coordinator from the mission reports; four eyes: the admin validated them.
const COORD = COORDINATOR_EMAIL;
const ADMIN = ADMIN_EMAIL;

export const DEMO_FINDINGS: DemoFinding[] = [
  // --- Zambia assessment: every area, kind, severity and status -----------------
  {
    key: "zmb-no-ict-plan",
    phase: "zmb-assessment",
    area: "GOV",
    subArea: "vision-and-strategy",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "No ICT strategic plan approved by the Speaker's office",
    description:
      "The ICT plan for 2017–2021 lapsed and was never renewed. A draft prepared by the ICT Department in 2023 " +
      "circulated among directors but was not submitted for approval, so ICT investments are decided project by " +
      "project, mostly as cooperating partners offer them.",
    evidence:
      "Interviews with the Deputy Clerk (Administration) and the ICT Department on 21 September; draft plan v0.3 " +
      "dated March 2023; no ICT objective in the Parliament's current strategic plan.",
    recommendation:
      "Develop an ICT strategic plan 2027–2031 derived from the Parliament's strategic plan, approved by the " +
      "Speaker and overseen by an ICT steering committee.",
    status: "VALIDATED",
    author: LEAD,
    validatedBy: COORD,
    validatedAt: "2026-09-25T15:10:00Z",
    createdAt: "2026-09-21T14:05:00Z",
  },
  {
    key: "zmb-no-steering-committee",
    phase: "zmb-assessment",
    area: "GOV",
    subArea: "ict-committee",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 1,
    title: "No ICT steering committee linking management, Members and the ICT Department",
    description:
      "ICT priorities are set by the ICT Department alone and escalated to the Clerk case by case. Members and " +
      "business departments (Journals, Hansard, Committees) have no forum to state their needs.",
    evidence: "Organisation chart; minutes of management meetings January–August 2026 mention ICT only for incidents.",
    recommendation:
      "Create an ICT steering committee chaired by the Deputy Clerk with heads of business departments and a " +
      "Members' representative from the Parliamentary Reforms and Modernisation Committee.",
    status: "VALIDATED",
    author: MEMBER,
    validatedBy: LEAD,
    validatedAt: "2026-09-25T15:12:00Z",
    createdAt: "2026-09-21T16:30:00Z",
  },
  {
    key: "zmb-donor-dependent-budget",
    phase: "zmb-assessment",
    area: "GOV",
    subArea: "budget",
    kind: "RISK",
    severity: "HIGH",
    grade: 2,
    title: "ICT capital spending depends on cooperating partners",
    description:
      "About 80% of ICT capital expenditure in 2022–2025 came from cooperating partners' projects. Recurrent " +
      "budget covers salaries and licences but not the replacement of equipment, which ages beyond support.",
    evidence: "Budget statements 2022–2025 provided by the Finance Department; asset register of the ICT Department.",
    recommendation:
      "Introduce an ICT capital line in the annual budget covering a five-year replacement cycle, and align partner " +
      "support with the ICT strategic plan.",
    status: "SUBMITTED",
    author: LEAD,
    createdAt: "2026-09-23T10:20:00Z",
  },
  {
    key: "zmb-committed-ict-team",
    phase: "zmb-assessment",
    area: "GOV",
    subArea: "staffing",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 3,
    title: "Committed ICT team with in-house development skills",
    description:
      "The ICT Department's 14 staff include three developers who built the Members' attendance and allowances " +
      "application in-house; it has run without major incident since 2022.",
    evidence: "Demonstration of the attendance application; staff list and job descriptions.",
    recommendation: "Keep and grow the development capacity; document the in-house applications.",
    status: "VALIDATED",
    author: MEMBER,
    validatedBy: LEAD,
    validatedAt: "2026-09-25T15:14:00Z",
    createdAt: "2026-09-22T09:40:00Z",
  },
  {
    key: "zmb-single-uplink",
    phase: "zmb-assessment",
    area: "INF",
    subArea: "network",
    kind: "RISK",
    severity: "CRITICAL",
    grade: 1,
    title: "Single internet uplink with no failover",
    description:
      "Parliament Buildings reach the internet through one fibre link from a single provider. A three-day outage in " +
      "August 2026 stopped e-mail, the website's live stream and the Members' portal during a sitting week.",
    evidence:
      "Network diagram; provider's incident report of 12 August 2026; interview with the network administrator.",
    recommendation:
      "Contract a second uplink from a different provider over a different physical path, with automatic failover.",
    status: "VALIDATED",
    author: LEAD,
    validatedBy: COORD,
    validatedAt: "2026-09-25T15:16:00Z",
    createdAt: "2026-09-22T11:05:00Z",
  },
  {
    key: "zmb-load-shedding",
    phase: "zmb-assessment",
    area: "SEC",
    subArea: null,
    kind: "RISK",
    severity: "HIGH",
    grade: 2,
    title: "Server room exposed to load-shedding: 20 minutes of UPS autonomy",
    description:
      "During load-shedding the server room runs on UPS for about 20 minutes until the generator starts; the " +
      "generator's automatic transfer switch failed twice in 2026, and servers went down without a clean shutdown.",
    evidence: "UPS logs; generator maintenance log; two corrupted database restores reported by the ICT Department.",
    recommendation:
      "Replace the transfer switch, extend UPS autonomy to at least one hour and script a clean shutdown of servers.",
    status: "VALIDATED",
    author: MEMBER,
    validatedBy: LEAD,
    validatedAt: "2026-09-25T15:18:00Z",
    createdAt: "2026-09-22T15:45:00Z",
  },
  {
    key: "zmb-no-offsite-backup",
    phase: "zmb-assessment",
    area: "SEC",
    subArea: null,
    kind: "GAP",
    severity: "CRITICAL",
    grade: 1,
    title: "No off-site backup of Hansard and Votes and Proceedings",
    description:
      "Backups of the file servers, including the Hansard and Votes and Proceedings archives since 2006, are " +
      "written to disks kept in the same server room. A fire or flood there would lose both the data and its copies.",
    evidence: "Backup schedule and storage location checked on site on 23 September.",
    recommendation:
      "Keep an encrypted copy off site (a second government data centre or a cloud region) and test restores quarterly.",
    status: "SUBMITTED",
    author: LEAD,
    createdAt: "2026-09-23T12:30:00Z",
  },
  {
    key: "zmb-hansard-word",
    phase: "zmb-assessment",
    area: "LEG",
    subArea: "xml-and-open-standards",
    kind: "GAP",
    severity: "HIGH",
    grade: 0,
    title: "Hansard produced in Word with no XML",
    description:
      "Hansard, the Order Paper and Votes and Proceedings are typed in Word and published as PDF. No structured " +
      "format exists, so speeches cannot be searched by Member, date or bill, nor reused as open data.",
    evidence: "Hansard production workflow observed with the Hansard Department on 22 September; sample files.",
    recommendation:
      "Adopt Akoma Ntoso for parliamentary documents, starting with Hansard, with templates that keep the editors' " +
      "familiar word processor.",
    status: "VALIDATED",
    author: LEAD,
    validatedBy: COORD,
    validatedAt: "2026-09-25T15:20:00Z",
    createdAt: "2026-09-22T14:10:00Z",
  },
  {
    key: "zmb-bills-spreadsheets",
    phase: "zmb-assessment",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "Bills tracked in spreadsheets by the Journals Office",
    description:
      "The stage of each bill is recorded in a shared spreadsheet; committees and the Legal Department keep their " +
      "own copies, which diverge.",
    evidence: "Bills tracker spreadsheet 2026; interview with the Journals Office.",
    recommendation: "Introduce a bills and documents management system shared by the Journals Office and committees.",
    status: "DRAFT",
    author: MEMBER,
    createdAt: "2026-09-24T10:00:00Z",
  },
  {
    key: "zmb-library-network",
    phase: "zmb-assessment",
    area: "LIB",
    subArea: "library-networks",
    kind: "OPPORTUNITY",
    severity: "LOW",
    grade: 2,
    title: "Koha catalogue ready to be shared with SADC parliamentary libraries",
    description:
      "The library migrated its catalogue to Koha in 2024. It could take part in a shared catalogue of SADC " +
      "parliamentary libraries at little cost.",
    evidence: "Koha instance demonstrated by the Librarian.",
    recommendation: "Join the SADC PF library network and expose the catalogue through Z39.50/SRU.",
    status: "SUBMITTED",
    author: MEMBER,
    createdAt: "2026-09-24T11:30:00Z",
  },
  {
    key: "zmb-research-on-paper",
    phase: "zmb-assessment",
    area: "LIB",
    subArea: "research-services",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "Research requests logged on paper with no tracking of turnaround",
    description:
      "Members' research requests arrive by phone or letter and are logged in a register; the Research Department " +
      "cannot tell how long requests take or reuse earlier briefs.",
    evidence: "Request register 2025–2026.",
    recommendation: "Use a simple request-tracking tool and publish research briefs on the intranet.",
    status: "DRAFT",
    author: LEAD,
    createdAt: "2026-09-24T14:15:00Z",
  },
  {
    key: "zmb-late-publication",
    phase: "zmb-assessment",
    area: "WEB",
    subArea: "timeliness",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "Order Paper and Votes and Proceedings published days late on the website",
    description:
      "Documents reach the website when the Public Relations Department uploads them by hand, typically two to " +
      "five days after the sitting.",
    evidence: "Comparison of sitting dates and upload dates for the June–August 2026 meeting.",
    recommendation: "Publish from the production workflow automatically on the day of the sitting.",
    status: "VALIDATED",
    author: MEMBER,
    validatedBy: LEAD,
    validatedAt: "2026-09-25T15:22:00Z",
    createdAt: "2026-09-23T09:15:00Z",
  },
  {
    key: "zmb-wcag",
    phase: "zmb-assessment",
    area: "WEB",
    subArea: "accessibility",
    kind: "GAP",
    severity: "LOW",
    grade: 1,
    title: "Website fails basic WCAG 2.1 checks",
    description:
      "Images lack text alternatives, PDF documents are scanned images, and menus cannot be used by keyboard.",
    evidence: null,
    recommendation: null,
    status: "DRAFT",
    author: MEMBER,
    createdAt: "2026-09-25T08:50:00Z",
  },
  {
    key: "zmb-parliament-radio",
    phase: "zmb-assessment",
    area: "CIT",
    subArea: "social-media",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 4,
    title: "Plenary broadcast nationwide on Parliament Radio, TV and social media",
    description:
      "Sittings are carried live by Parliament Radio and TV and streamed on Facebook and YouTube, with a large and " +
      "engaged audience.",
    evidence: "Audience figures from the Public Relations Department; social media statistics for 2026.",
    recommendation: "Link broadcasts to the published agenda and Hansard once these are structured.",
    status: "VALIDATED",
    author: LEAD,
    validatedBy: COORD,
    validatedAt: "2026-09-25T15:24:00Z",
    createdAt: "2026-09-23T16:00:00Z",
  },
  {
    key: "zmb-constituency-offices",
    phase: "zmb-assessment",
    area: "CIT",
    subArea: "e-participation",
    kind: "OPPORTUNITY",
    severity: "MEDIUM",
    grade: 1,
    title: "Constituency offices could collect citizens' submissions online",
    description:
      "Every constituency has an office, but few are connected. Connecting them would let citizens follow bills and " +
      "send submissions to committees without travelling to Lusaka.",
    evidence: "Survey of constituency office equipment (2025) shared by the Constituency Offices section.",
    recommendation: "Connect constituency offices in phases and give committees an online submissions form.",
    status: "SUBMITTED",
    author: MEMBER,
    createdAt: "2026-09-24T16:20:00Z",
  },
  {
    key: "zmb-tablets",
    phase: "zmb-assessment",
    area: "INF",
    subArea: "user-support",
    kind: "GAP",
    severity: "MEDIUM",
    grade: null,
    title: "Members lack devices for paperless sittings",
    description: "Members receive the Order Paper and bills on paper only.",
    evidence: "Observation of the sitting of 22 September.",
    recommendation: "Issue tablets to Members.",
    status: "REJECTED",
    author: MEMBER,
    reviewNote: {
      author: LEAD,
      from: "SUBMITTED",
      body:
        "The asset register shows tablets were issued to every Member at the start of the Thirteenth Assembly: " +
        "paper use is a matter of training and of the Table Office's workflow, not of equipment. Please reframe it " +
        "as a training gap, with the evidence from the sitting.",
      at: "2026-09-24T09:30:00Z",
    },
    createdAt: "2026-09-22T17:10:00Z",
  },
  {
    key: "zmb-share-attendance-app",
    phase: "zmb-assessment",
    area: "IPC",
    subArea: "regional-hubs",
    kind: "OPPORTUNITY",
    severity: "LOW",
    grade: null,
    title: "Attendance application could be shared with other SADC parliaments",
    description:
      "Several SADC parliaments track attendance and allowances by hand. The in-house application could be shared " +
      "through the SADC PF, with Zambia as a regional reference.",
    evidence: "Discussions with the ICT Department and the SADC PF secretariat.",
    recommendation: "Publish the application under an open licence and document its installation.",
    status: "VALIDATED",
    author: LEAD,
    validatedBy: COORD,
    validatedAt: "2026-09-25T15:26:00Z",
    createdAt: "2026-09-25T09:30:00Z",
  },

  // --- Malawi assessment (finalised) --------------------------------------------
  {
    key: "mwi-paper-hansard-archive",
    phase: "mwi-assessment",
    area: "LEG",
    subArea: "archiving",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "Hansard before 2004 exists only on paper",
    description:
      "Bound volumes of Hansard from 1964 to 2004 are the only copy and are deteriorating in the basement store.",
    evidence: "Visit to the records store; condition survey by the Library.",
    recommendation: "Digitise and OCR the historical Hansard; store the masters in the National Archives as well.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-14T10:00:00Z",
    createdAt: "2026-07-13T09:00:00Z",
  },
  {
    key: "mwi-hybrid-committees",
    phase: "mwi-assessment",
    area: "INF",
    subArea: "remote-and-hybrid-sittings",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 3,
    title: "Hybrid committee meetings run reliably since 2020",
    description: "Committees routinely hear witnesses remotely; the set-up is documented and the staff trained.",
    evidence: "Committee clerks' logs 2024–2026.",
    recommendation: "Extend the practice to plenary under the Standing Orders.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-14T10:05:00Z",
    createdAt: "2026-07-13T09:10:00Z",
  },
  {
    key: "mwi-no-open-data",
    phase: "mwi-assessment",
    area: "WEB",
    subArea: "open-data",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 0,
    title: "Bills and votes cannot be downloaded as data",
    description: "The website publishes bills as scanned PDF; there is no data download or API.",
    evidence: "Website review, June 2026.",
    recommendation: "Publish bills, order papers and votes as open data with a licence.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-14T10:10:00Z",
    createdAt: "2026-07-13T09:20:00Z",
  },

  // --- Namibia assessment (finalised) -------------------------------------------
  {
    key: "nam-separate-networks",
    phase: "nam-assessment",
    area: "INF",
    subArea: "network",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "The two Houses run separate networks and e-mail systems",
    description: "The National Assembly and the National Council duplicate infrastructure and support contracts.",
    evidence: "Network diagrams of both Houses; support contracts.",
    recommendation: "Move to shared ICT services for both Houses under one service catalogue.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-05-20T09:00:00Z",
    createdAt: "2026-05-19T14:00:00Z",
  },
  {
    key: "nam-no-incident-response",
    phase: "nam-assessment",
    area: "SEC",
    subArea: null,
    kind: "RISK",
    severity: "HIGH",
    grade: 1,
    title: "No incident response plan",
    description: "Neither House has a documented procedure for a ransomware attack or a data breach.",
    evidence: "Interviews with both ICT units.",
    recommendation: "Adopt an incident response plan with the national CSIRT and rehearse it yearly.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-05-20T09:05:00Z",
    createdAt: "2026-05-19T14:10:00Z",
  },

  // --- Myanmar 2019 assessment (the earlier assessment the validation re-checks) ---
  {
    key: "mmr19-no-master-plan",
    phase: "mmr-2019-assessment",
    area: "GOV",
    subArea: "vision-and-strategy",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "No ICT master plan for the Hluttaw",
    description: "ICT projects of both Houses are decided one by one with the donors that fund them.",
    evidence: "Interviews with the Secretaries General, 12 March 2019.",
    recommendation: "Adopt an ICT master plan owned by both Houses.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  {
    key: "mmr19-network",
    phase: "mmr-2019-assessment",
    area: "INF",
    subArea: "network",
    kind: "RISK",
    severity: "CRITICAL",
    grade: 0,
    title: "Unmanaged network switches across the complex",
    description: "Consumer-grade switches with no monitoring link the buildings; outages last days.",
    evidence: "Network walk-through, 13 March 2019.",
    recommendation: "Replace the core switches and monitor the network.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  {
    key: "mmr19-library",
    phase: "mmr-2019-assessment",
    area: "LIB",
    subArea: "library-management",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 1,
    title: "Library catalogue on cards only",
    description: "The libraries of both Houses keep paper card catalogues; nothing is searchable online.",
    evidence: "Library visit, 12 March 2019.",
    recommendation: "Digitise the catalogue in an open-source library system.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  {
    key: "mmr19-website",
    phase: "mmr-2019-assessment",
    area: "WEB",
    subArea: "content",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "Websites updated months late and only in Myanmar",
    description: "Each House has a website updated by an outside company; bills appear months after tabling.",
    evidence: "Website review, 14 March 2019.",
    recommendation: "Publish bills and records from the Hluttaw itself, in Myanmar and English.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  {
    key: "mmr19-hansard",
    phase: "mmr-2019-assessment",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "Records of proceedings typed from tape",
    description: "The record of each sitting is typed from tape recordings and printed; no electronic archive.",
    evidence: "Hansard office interviews, 13 March 2019.",
    recommendation: "Digital recording and an electronic archive of the records.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  {
    key: "mmr19-no-backup",
    phase: "mmr-2019-assessment",
    area: "SEC",
    subArea: null,
    kind: "GAP",
    severity: "CRITICAL",
    grade: 0,
    title: "No backup of the Hluttaw's servers",
    description: "Servers are backed up to disks kept in the same room, when someone remembers.",
    evidence: "Server room visit, 13 March 2019.",
    recommendation: "Scheduled backups with a copy off site.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2019-04-05T09:00:00Z",
    createdAt: "2019-03-14T10:00:00Z",
  },
  // --- More validated findings across the SADC programme, for its benchmark ----
  {
    key: "mwi-no-ict-committee",
    phase: "mwi-assessment",
    area: "GOV",
    subArea: "ict-committee",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "No ICT committee oversees ICT investments",
    description: "ICT purchases are approved by the Clerk's office case by case, with no plan to check them against.",
    evidence: "Interviews with the Clerk and the ICT manager, 9 June.",
    recommendation: "Set up an ICT steering committee chaired by the Deputy Clerk.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-03T09:00:00Z",
    createdAt: "2026-06-11T10:00:00Z",
  },
  {
    key: "mwi-antivirus-only",
    phase: "mwi-assessment",
    area: "SEC",
    subArea: null,
    kind: "GAP",
    severity: "CRITICAL",
    grade: 0,
    title: "Security rests on desktop antivirus alone",
    description: "No firewall rules, no patching schedule, shared administrator passwords.",
    evidence: "Server room visit and configuration review, 10 June.",
    recommendation: "A security baseline: firewall, patching, named administrator accounts.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-03T09:00:00Z",
    createdAt: "2026-06-11T10:00:00Z",
  },
  {
    key: "nam-ict-strategy",
    phase: "nam-assessment",
    area: "GOV",
    subArea: "vision-and-strategy",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 3,
    title: "An ICT strategy endorsed by both Houses",
    description: "The 2022–2026 ICT strategy was endorsed by both Houses and is reviewed each year.",
    evidence: "Strategy document and review minutes.",
    recommendation: "Build the next strategy on the same review cycle.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-05-08T09:00:00Z",
    createdAt: "2026-04-16T10:00:00Z",
  },
  {
    key: "nam-website-stale",
    phase: "nam-assessment",
    area: "WEB",
    subArea: "timeliness",
    kind: "GAP",
    severity: "HIGH",
    grade: 2,
    title: "Order papers reach the website days late",
    description: "Order papers and bills are uploaded by hand by one officer, often days after tabling.",
    evidence: "Website review, 15 April.",
    recommendation: "Publish from the document system automatically on tabling.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-05-08T09:00:00Z",
    createdAt: "2026-04-16T10:00:00Z",
  },
  {
    key: "nam-bills-tracking",
    phase: "nam-assessment",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "Bills tracked in a spreadsheet",
    description: "The Table Office tracks the stages of bills in a shared spreadsheet.",
    evidence: "Table Office interviews, 14 April.",
    recommendation: "A bill-tracking module in the document management system.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-05-08T09:00:00Z",
    createdAt: "2026-04-16T10:00:00Z",
  },
  {
    key: "swz-no-ict-plan",
    phase: "swz-assessment",
    area: "GOV",
    subArea: "vision-and-strategy",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "No ICT plan since 2015",
    description: "ICT spending follows yearly budget bids without a plan behind them.",
    evidence: "Interviews with the Clerk, 29 September.",
    recommendation: "Draft an ICT strategic plan with the ICT committee.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-14T09:00:00Z",
    createdAt: "2026-10-01T10:00:00Z",
  },
  {
    key: "swz-single-link",
    phase: "swz-assessment",
    area: "INF",
    subArea: "network",
    kind: "RISK",
    severity: "HIGH",
    grade: 1,
    title: "One internet link for the whole Parliament",
    description: "A single 20 Mbit/s link serves the chamber, the offices and the website.",
    evidence: "Network review, 30 September.",
    recommendation: "A second link from another provider.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-14T09:00:00Z",
    createdAt: "2026-10-01T10:00:00Z",
  },
  {
    key: "tza-ict-governance",
    phase: "tza-assessment",
    area: "GOV",
    subArea: "ict-committee",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 4,
    title: "An active ICT committee of the Bunge",
    description: "The ICT committee meets monthly and follows a costed ICT plan.",
    evidence: "Committee minutes, 2025–2026.",
    recommendation: "Keep the committee's oversight of the next plan.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-11-12T09:00:00Z",
    createdAt: "2026-10-29T10:00:00Z",
  },
  {
    key: "tza-hansard-swahili",
    phase: "tza-assessment",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "HIGH",
    grade: 2,
    title: "Swahili Hansard not searchable",
    description: "The Hansard is published as scanned PDFs; Swahili speech recognition is not in use.",
    evidence: "Hansard office visit, 27 October.",
    recommendation: "Searchable Hansard in XML, with Swahili speech-to-text drafts.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-11-12T09:00:00Z",
    createdAt: "2026-10-29T10:00:00Z",
  },
  {
    key: "tza-open-data",
    phase: "tza-assessment",
    area: "WEB",
    subArea: "open-data",
    kind: "OPPORTUNITY",
    severity: "MEDIUM",
    grade: 3,
    title: "Votes ready to publish as open data",
    description: "Electronic votes are stored per member and could be published as open data.",
    evidence: "Voting system demonstration, 28 October.",
    recommendation: "Publish votes as open data on the website.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-11-12T09:00:00Z",
    createdAt: "2026-10-29T10:00:00Z",
  },
  {
    key: "mmr-website-bilingual",
    phase: "mmr-validation",
    revisits: "mmr19-website",
    revisitOutcome: "IMPROVED",
    area: "WEB",
    subArea: "content",
    kind: "GAP",
    severity: "MEDIUM",
    grade: 2,
    title: "Websites now bilingual, still updated late",
    description: "Both Houses publish in Myanmar and English since 2022, but bills still appear weeks after tabling.",
    evidence: "Website review, 8 July.",
    recommendation: "Publish from the Hluttaw's own document system.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-07-24T09:00:00Z",
    createdAt: "2026-07-08T10:00:00Z",
  },
  // --- Myanmar validation (finalised) -------------------------------------------
  {
    key: "mmr-master-plan-lapsed",
    phase: "mmr-validation",
    revisits: "mmr19-no-master-plan",
    revisitOutcome: "STILL_OPEN",
    area: "GOV",
    subArea: "vision-and-strategy",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "The 2019 ICT master plan was never updated",
    description: "The 2019 assessment's master plan is still the reference, but half its projects no longer apply.",
    evidence: "Review of the 2019 master plan with both ICT departments.",
    recommendation: "Replace it with a roadmap built from the findings validated in this mission.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-08-10T08:00:00Z",
    createdAt: "2026-08-07T11:00:00Z",
  },
  {
    key: "mmr-legacy-switches",
    phase: "mmr-validation",
    revisits: "mmr19-network",
    revisitOutcome: "IMPROVED",
    area: "INF",
    subArea: "network",
    kind: "RISK",
    severity: "CRITICAL",
    grade: 1,
    title: "Core network switches out of vendor support",
    description: "The core switches installed in 2014 receive no security updates; spare parts are scarce.",
    evidence: "Inventory of network equipment; vendor end-of-support notices.",
    recommendation: "Replace the core network as the first item of the roadmap.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-08-10T08:05:00Z",
    createdAt: "2026-08-07T11:10:00Z",
  },
  {
    key: "mmr-library-digitisation",
    phase: "mmr-validation",
    revisits: "mmr19-library",
    revisitOutcome: "RESOLVED",
    area: "LIB",
    subArea: "library-management",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 3,
    title: "Digitisation of Hluttaw records well advanced",
    description: "The libraries of both Houses have digitised most records since 2011 in Myanmar Unicode.",
    evidence: "Digital collection statistics.",
    recommendation: "Make the collection searchable from the Hluttaw websites.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-08-10T08:10:00Z",
    createdAt: "2026-08-07T11:20:00Z",
  },

  // --- Eswatini assessment (report overdue) --------------------------------------
  {
    key: "swz-hansard-backlog",
    phase: "swz-assessment",
    area: "LEG",
    subArea: "archiving",
    kind: "GAP",
    severity: "HIGH",
    grade: 1,
    title: "Hansard published two years behind the sittings",
    description:
      "Sittings are recorded on tape and transcribed by hand; the backlog reaches back to 2024 and the Hansard is " +
      "not searchable.",
    evidence: "Hansard office interviews, 29 September; publication register.",
    recommendation: "Digital recording with speech-to-text drafts, and an online searchable Hansard.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-12T10:00:00Z",
    createdAt: "2026-10-02T14:00:00Z",
  },
  {
    key: "swz-no-backup",
    phase: "swz-assessment",
    area: "SEC",
    subArea: null,
    kind: "RISK",
    severity: "CRITICAL",
    grade: 0,
    title: "No off-site backup of the Parliament's servers",
    description: "All servers sit in one room of the main building; backups are kept on a disk in the same room.",
    evidence: "Server room visit, 30 September.",
    recommendation: "Off-site or cloud backup with a tested restore, as a first step towards a continuity plan.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-12T10:05:00Z",
    createdAt: "2026-10-02T14:10:00Z",
  },
  // --- Tanzania assessment (report overdue) --------------------------------------
  {
    key: "tza-paperless",
    phase: "tza-assessment",
    area: "INF",
    subArea: "remote-and-hybrid-sittings",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 4,
    title: "Paperless plenary with tablets for every Member",
    description:
      "Order papers, bills and votes travel through the e-Bunge system on Members' tablets; printing fell by more " +
      "than 80% since 2021.",
    evidence: "Plenary observation, 27 October; ICT Department statistics.",
    recommendation: "Document the approach for the SADC PF knowledge-sharing platform.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-11-06T09:00:00Z",
    createdAt: "2026-10-30T15:00:00Z",
  },
  {
    key: "tza-tablet-security",
    phase: "tza-assessment",
    area: "SEC",
    subArea: null,
    kind: "RISK",
    severity: "HIGH",
    grade: 2,
    title: "Members' tablets not centrally managed",
    description: "Tablets are not enrolled in device management: a lost tablet cannot be wiped or locked remotely.",
    evidence: "Interview with the ICT security unit, 28 October.",
    recommendation: "Enrol every tablet in mobile device management with remote wipe.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-11-06T09:05:00Z",
    createdAt: "2026-10-30T15:10:00Z",
  },
  // --- Montenegro terms of reference (report in drafting) ------------------------
  {
    key: "mne-four-systems",
    phase: "mne-tor",
    area: "LEG",
    subArea: "document-management",
    kind: "GAP",
    severity: "HIGH",
    grade: 2,
    title: "Legislative workflow split across four unconnected systems",
    description:
      "Bills, amendments, committee reports and EU-alignment tables live in four systems with manual re-typing " +
      "between them.",
    evidence: "Workflow mapping with the Legislative Service, 6–9 October.",
    recommendation: "Specify one legislative information system covering the whole workflow.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-26T09:00:00Z",
    createdAt: "2026-10-23T15:00:00Z",
  },
  {
    key: "mne-akoma-ntoso",
    phase: "mne-tor",
    area: "LEG",
    subArea: "xml-and-open-standards",
    kind: "OPPORTUNITY",
    severity: "MEDIUM",
    grade: 1,
    title: "Akoma Ntoso and ELI would align the Parliament with EU practice",
    description:
      "Drafting in Akoma Ntoso and identifying acts with ELI would ease comparison with the acquis and reuse of the " +
      "EU's LEOS tools.",
    evidence: "Discussions with the Secretariat for European Integration.",
    recommendation: "Require Akoma Ntoso and ELI in the terms of reference.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-26T09:05:00Z",
    createdAt: "2026-10-23T15:10:00Z",
  },
  {
    key: "mne-open-votes",
    phase: "mne-tor",
    area: "WEB",
    subArea: "open-data",
    kind: "STRENGTH",
    severity: "LOW",
    grade: 4,
    title: "Roll-call votes already published as open data",
    description: "Results of each vote, by MP, are downloadable from the website.",
    evidence: "Website review.",
    recommendation: "Keep the format when the new system is introduced.",
    status: "VALIDATED",
    author: COORD,
    validatedBy: ADMIN,
    validatedAt: "2026-10-26T09:10:00Z",
    createdAt: "2026-10-23T15:20:00Z",
  },
  {
    key: "mne-no-isms",
    phase: "mne-tor",
    area: "SEC",
    subArea: null,
    kind: "RISK",
    severity: "HIGH",
    grade: 2,
    title: "No information security policy for the future system",
    description: "The IT unit has no ISMS; a new system holding draft legislation would need one.",
    evidence: "Interview with the Head of IT.",
    recommendation: "Include ISO 27001-aligned security requirements in the terms of reference.",
    status: "SUBMITTED",
    author: COORD,
    createdAt: "2026-10-23T15:30:00Z",
  },
];

// ---------------------------------------------------------------------------
// Roadmaps: Zambia's is a draft the team still edits (before the strategic-plan week);
// Myanmar's was submitted and is in review with the Hluttaw; Namibia's was endorsed in
// October, with progress since and a few items that slipped against the baseline.
// ---------------------------------------------------------------------------

const MYANMAR_STAFF = MYANMAR_STAFF_EMAIL;
const NAMIBIA_STAFF = NAMIBIA_STAFF_EMAIL;

export const DEMO_ROADMAPS: DemoRoadmap[] = [
  {
    mission: ZAMBIA_MISSION_CODE,
    title: "National Assembly of Zambia ICT Strategic Plan 2027–2031",
    vision:
      "A modern, open and resilient National Assembly in which ICT helps Members legislate, oversee and represent " +
      "the people of Zambia, and lets every citizen follow and take part in its work.",
    horizonStart: 2027,
    horizonEnd: 2031,
    status: "DRAFT",
    // The load-shedding finding (validated, HIGH) is deliberately answered by no item
    // yet, so the coverage panel has a gap to show.
    items: [
      {
        key: "governance",
        title: "Adopt the ICT strategic plan and set up an ICT steering committee",
        description:
          "Approve the plan through the Speaker's office; constitute a steering committee that meets quarterly and " +
          "reports progress to Parliament's management.",
        area: "GOV",
        strategicObjective: "Govern ICT as a strategic resource of Parliament",
        responsibleUnit: "Office of the Clerk",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-03-01",
        endDate: "2027-08-31",
        costEstimate: "45000.00",
        currency: "USD",
        fundingSource: "National Assembly budget",
        expectedBenefit: "ICT investments follow agreed priorities rather than individual projects.",
        kpi: "Plan approved by 31 August 2027; four steering committee meetings a year",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["zmb-no-ict-plan", "zmb-no-steering-committee"],
      },
      {
        key: "uplink",
        title: "Second internet uplink with automatic failover",
        description: "Second provider on a separate physical path; dual routers and automatic failover.",
        area: "INF",
        strategicObjective: "Reliable and secure infrastructure",
        responsibleUnit: "ICT Department",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-04-01",
        endDate: "2027-10-31",
        costEstimate: "180000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Sittings, e-mail and the live stream survive a provider outage.",
        kpi: "Internet availability ≥ 99.5% per month",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["zmb-single-uplink"],
      },
      {
        key: "offsite-backup",
        title: "Off-site, encrypted backup of parliamentary records",
        description: "Replicate backups to a second government data centre; quarterly restore tests.",
        area: "SEC",
        strategicObjective: "Reliable and secure infrastructure",
        responsibleUnit: "ICT Department",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-09-01",
        endDate: "2028-03-31",
        costEstimate: "95000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "No loss of Hansard or Votes and Proceedings after a local disaster.",
        kpi: "Successful restore test every quarter",
        progress: "NOT_STARTED",
        dependsOn: ["uplink"],
        findings: ["zmb-no-offsite-backup"],
      },
      {
        key: "documents-system",
        title: "Bills and parliamentary documents management system",
        description:
          "One system for bills, motions, papers laid and committee reports, shared by Journals and committees.",
        area: "LEG",
        strategicObjective: "Efficient and transparent legislative processes",
        responsibleUnit: "Journals Office with the ICT Department",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2027-10-01",
        endDate: "2028-12-31",
        costEstimate: "4200000.00",
        currency: "ZMW",
        fundingSource: "National Assembly budget",
        expectedBenefit: "One authoritative status for every bill.",
        kpi: "All bills of the 2028 meeting tracked in the system",
        progress: "NOT_STARTED",
        dependsOn: ["governance"],
        findings: [],
      },
      {
        key: "akoma-ntoso",
        title: "Akoma Ntoso XML workflow for Hansard and the Order Paper",
        description:
          "Structured authoring templates, an XML repository and publication of Hansard by Member and by bill.",
        area: "LEG",
        strategicObjective: "Efficient and transparent legislative processes",
        responsibleUnit: "Hansard Department with the ICT Department",
        priority: "HIGH",
        term: "MEDIUM",
        startDate: "2028-07-01",
        endDate: "2029-12-31",
        costEstimate: "350000.00",
        currency: "USD",
        fundingSource: "Cooperating partners (to be mobilised)",
        expectedBenefit: "Searchable Hansard, reusable as open data.",
        kpi: "Hansard of every sitting published in XML within 48 hours",
        progress: "NOT_STARTED",
        dependsOn: ["documents-system"],
        findings: ["zmb-hansard-word"],
      },
      {
        key: "same-day-publication",
        title: "Same-day publication of the Order Paper and Votes and Proceedings",
        description: "Publish from the production workflow; train Public Relations and Journals staff.",
        area: "WEB",
        strategicObjective: "An open Parliament",
        responsibleUnit: "Public Relations Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-03-01",
        endDate: "2027-09-30",
        costEstimate: "250000.00",
        currency: "ZMW",
        fundingSource: "National Assembly budget",
        expectedBenefit: "Citizens and media follow the business of the House on the day.",
        kpi: "90% of papers online on the day of the sitting",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["zmb-late-publication"],
      },
      {
        key: "constituency-connectivity",
        title: "Connect constituency offices and open online submissions to committees",
        description: "Connect offices in three phases; online form for submissions on bills before committees.",
        area: "CIT",
        strategicObjective: "An open Parliament",
        responsibleUnit: "Constituency Offices section",
        priority: "LOW",
        term: "LONG",
        startDate: "2029-01-01",
        endDate: "2031-06-30",
        costEstimate: "6500000.00",
        currency: "ZMW",
        fundingSource: "National Assembly budget with cooperating partners",
        expectedBenefit: "Citizens take part in committee work without travelling to Lusaka.",
        kpi: "All constituency offices connected; submissions received online for every bill",
        progress: "NOT_STARTED",
        dependsOn: ["uplink"],
        findings: ["zmb-constituency-offices"],
      },
      {
        key: "regional-sharing",
        title: "Share the attendance application and library catalogue with SADC parliaments",
        description: "Open-source the attendance application; join the SADC PF library network.",
        area: "IPC",
        strategicObjective: "A regional reference in parliamentary ICT",
        responsibleUnit: "ICT Department with the Library",
        priority: "LOW",
        term: "MEDIUM",
        startDate: "2028-01-01",
        endDate: "2028-12-31",
        costEstimate: "30000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary Forum",
        expectedBenefit: "Peer parliaments reuse Zambian solutions; Zambia gains from shared catalogues.",
        kpi: "Application in use in at least one other SADC parliament",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["zmb-share-attendance-app", "zmb-library-network"],
      },
    ],
  },
  {
    // Built from the validated findings of the July validation week and submitted for the
    // Hluttaw's review; the two Houses' ICT teams discuss it at the January workshop.
    mission: "MMR-VAL-2026",
    title: "Pyidaungsu Hluttaw ICT Roadmap 2027–2030",
    vision:
      "A Hluttaw whose two Houses share secure and reliable ICT services that help Representatives make laws, " +
      "oversee the government and stay in touch with the people, and that open the Hluttaw's work to the public.",
    horizonStart: 2027,
    horizonEnd: 2030,
    status: "IN_REVIEW",
    review: [{ kind: "SUBMISSION", by: COORD, at: "2026-11-20T08:30:00Z" }],
    items: [
      {
        key: "mmr-ict-committee",
        title: "Re-establish the joint ICT committee and update the ICT master plan",
        description:
          "A committee of both Houses' ICT and business units meets every quarter, owns this roadmap and updates " +
          "the 2019 master plan every two years.",
        area: "GOV",
        strategicObjective: "Strengthen ICT governance and planning",
        responsibleUnit: "Office of the Hluttaw Secretary",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-02-01",
        endDate: "2027-07-31",
        costEstimate: "25000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "ICT investments of both Houses follow one agreed plan.",
        kpi: "Master plan update adopted by July 2027; four committee meetings a year",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["mmr-master-plan-lapsed"],
      },
      {
        key: "mmr-ict-budget",
        title: "Dedicated ICT budget line with a five-year replacement cycle",
        description:
          "Cost the replacement of equipment over five years and present it as a line of its own in the Hluttaw budget.",
        area: "GOV",
        strategicObjective: "Strengthen ICT governance and planning",
        responsibleUnit: "Budget and Finance Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-04-01",
        endDate: "2027-09-30",
        costEstimate: "10000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Equipment is replaced before it falls out of support.",
        kpi: "ICT line in the 2028–29 budget",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-ict-committee"],
        findings: ["mmr-master-plan-lapsed"],
      },
      {
        key: "mmr-core-switches",
        title: "Replace the core network switches out of vendor support",
        description:
          "Supported, redundant core and distribution switches in both Houses' buildings, with a five-year support contract.",
        area: "INF",
        strategicObjective: "Provide a secure and reliable ICT infrastructure",
        responsibleUnit: "ICT Department",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-02-01",
        endDate: "2027-08-31",
        costEstimate: "420000.00",
        currency: "USD",
        fundingSource: "Government of Japan (through UNDP)",
        expectedBenefit: "No single failure stops the network during sittings.",
        kpi: "Network availability ≥ 99.5% on sitting days",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["mmr-legacy-switches"],
      },
      {
        key: "mmr-firewalls",
        title: "Segment the network and install next-generation firewalls",
        description:
          "Separate chamber systems, staff, Representatives' and guest networks; firewalls in high availability with " +
          "central logging.",
        area: "SEC",
        strategicObjective: "Provide a secure and reliable ICT infrastructure",
        responsibleUnit: "ICT Department",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-07-01",
        endDate: "2027-12-31",
        costEstimate: "180000.00",
        currency: "USD",
        fundingSource: "Government of Japan (through UNDP)",
        expectedBenefit: "An intrusion on the guest Wi-Fi cannot reach the legislative systems.",
        kpi: "All networks segmented; firewall logs reviewed every week",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-core-switches"],
        findings: [],
      },
      {
        key: "mmr-power",
        title: "Uninterruptible power and a standby generator for the server rooms",
        description:
          "UPS sized for 30 minutes and an automatic standby generator for the server rooms of both buildings.",
        area: "INF",
        strategicObjective: "Provide a secure and reliable ICT infrastructure",
        responsibleUnit: "Engineering Department with the ICT Department",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2027-03-01",
        endDate: "2027-06-30",
        costEstimate: "95000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Servers stay up through power cuts and shut down cleanly when they must.",
        kpi: "No unplanned server outage caused by power",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "mmr-backup",
        title: "Backup and disaster recovery site in the Amyotha Hluttaw building",
        description:
          "Replicate the servers of the Pyithu Hluttaw building to a second room in the Amyotha Hluttaw building; " +
          "restore tests every quarter.",
        area: "SEC",
        strategicObjective: "Provide a secure and reliable ICT infrastructure",
        responsibleUnit: "ICT Department",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2028-01-01",
        endDate: "2028-09-30",
        costEstimate: "210000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "The Hluttaw's records and systems survive the loss of one building.",
        kpi: "Quarterly restore test passed; systems back within 24 hours",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-power", "mmr-firewalls"],
        findings: [],
      },
      {
        key: "mmr-security-policy",
        title: "Information security policy and awareness programme",
        description: "Policy adopted by both Houses; yearly awareness sessions and phishing exercises for all staff.",
        area: "SEC",
        strategicObjective: "Provide a secure and reliable ICT infrastructure",
        responsibleUnit: "ICT Department with the Human Resources Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-05-01",
        endDate: "2027-12-31",
        costEstimate: "40000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Staff recognise and report attacks.",
        kpi: "Policy adopted; 80% of staff trained every year",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "mmr-bill-tracking",
        title: "Bill tracking system for both Houses and the Union Assembly",
        description:
          "One record per bill from introduction to promulgation, shared by the Bills Committees of both Houses and " +
          "the Pyidaungsu Hluttaw.",
        area: "LEG",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Legislative Affairs Department with the ICT Department",
        priority: "HIGH",
        term: "MEDIUM",
        startDate: "2027-10-01",
        endDate: "2028-12-31",
        costEstimate: "650000.00",
        currency: "USD",
        fundingSource: "Government of Japan (through UNDP)",
        expectedBenefit: "Representatives and staff know where every bill stands.",
        kpi: "Every bill introduced from 2029 tracked in the system",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-core-switches"],
        findings: [],
      },
      {
        key: "mmr-digital-hansard",
        title: "Digital Hansard with speech-to-text in Myanmar language",
        description:
          "Record, transcribe and edit the proceedings of both Houses in one workflow; publish them as text.",
        area: "LEG",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Hansard Department",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2028-04-01",
        endDate: "2029-06-30",
        costEstimate: "380000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Records of proceedings are searchable and out days sooner.",
        kpi: "Record of each sitting published within five working days",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "mmr-e-voting",
        title: "Electronic voting and attendance in both chambers",
        description: "Voting consoles with identification of Representatives; results published with the record.",
        area: "INF",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "ICT Department with the Table Offices",
        priority: "LOW",
        term: "LONG",
        startDate: "2029-01-01",
        endDate: "2030-06-30",
        costEstimate: "900000.00",
        currency: "USD",
        fundingSource: "To be mobilised",
        expectedBenefit: "Votes are counted at once and recorded by name.",
        kpi: "Every recorded vote of both Houses taken electronically",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-core-switches"],
        findings: [],
      },
      {
        key: "mmr-library-system",
        title: "Integrated library system and completion of the records digitisation",
        description: "Library management system for both Houses; digitise the remaining records of 2011–2015.",
        area: "LIB",
        strategicObjective: "Improve access to information for Representatives and staff",
        responsibleUnit: "Library Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-04-01",
        endDate: "2027-12-31",
        costEstimate: "75000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Every record of the Hluttaw since 2011 is findable online.",
        kpi: "Catalogue online; digitisation complete by December 2027",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["mmr-library-digitisation"],
      },
      {
        key: "mmr-research-portal",
        title: "Research requests and publications portal for Representatives",
        description: "Representatives send research requests online and find the research service's briefs.",
        area: "LIB",
        strategicObjective: "Improve access to information for Representatives and staff",
        responsibleUnit: "Research Department",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2028-01-01",
        endDate: "2028-09-30",
        costEstimate: "60000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Research reaches the Representatives who need it.",
        kpi: "Requests answered within the agreed time in 90% of cases",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-library-system"],
        findings: [],
      },
      {
        key: "mmr-website",
        title: "Bilingual website of the Pyidaungsu Hluttaw, usable on mobile phones",
        description: "Myanmar and English content managed by the Public Relations Department; accessible design.",
        area: "WEB",
        strategicObjective: "Open the Hluttaw's work to the public",
        responsibleUnit: "Public Relations Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-06-01",
        endDate: "2028-03-31",
        costEstimate: "120000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Citizens follow the business of both Houses from their phones.",
        kpi: "WCAG 2.1 AA; both languages updated on sitting days",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "mmr-open-data",
        title: "Open data on bills, votes and the record of proceedings",
        description: "Publish the data of the bill tracking system and the Hansard in open formats, with an API.",
        area: "WEB",
        strategicObjective: "Open the Hluttaw's work to the public",
        responsibleUnit: "ICT Department with the Public Relations Department",
        priority: "LOW",
        term: "MEDIUM",
        startDate: "2029-01-01",
        endDate: "2029-12-31",
        costEstimate: "50000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Media, researchers and civil society reuse the Hluttaw's data.",
        kpi: "Bills, votes and proceedings downloadable as data",
        progress: "NOT_STARTED",
        dependsOn: ["mmr-bill-tracking", "mmr-digital-hansard"],
        findings: [],
      },
      {
        key: "mmr-service-desk",
        title: "Service desk for Representatives and staff",
        description: "One number and one ticketing tool for ICT requests of both Houses, staffed on sitting days.",
        area: "INF",
        strategicObjective: "Build ICT skills and support",
        responsibleUnit: "ICT Department",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-03-01",
        endDate: "2027-08-31",
        costEstimate: "35000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Problems are logged, followed up and solved faster.",
        kpi: "90% of requests solved within one working day",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "mmr-training",
        title: "ICT training for Representatives and staff",
        description: "Induction for new Representatives; courses for staff on the new systems as they arrive.",
        area: "INF",
        strategicObjective: "Build ICT skills and support",
        responsibleUnit: "Human Resources Department with the ICT Department",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2027-06-01",
        endDate: "2029-12-31",
        costEstimate: "90000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "The new systems are used, not worked around.",
        kpi: "Every new Representative trained within three months of the session's opening",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
    ],
    comments: [
      {
        key: "mmr-buildings",
        author: MYANMAR_STAFF,
        at: "2026-11-24T04:15:00Z",
        body:
          "Thank you for the draft roadmap. The ICT Departments of both Houses will go through it together before the " +
          "January workshop. Could each infrastructure item say which building it covers? The Pyithu Hluttaw and " +
          "Amyotha Hluttaw buildings have separate server rooms.",
      },
      {
        key: "mmr-buildings-reply",
        replyTo: "mmr-buildings",
        author: COORD,
        at: "2026-11-24T09:40:00Z",
        body:
          "Yes: we will name the building in each infrastructure item when we rework the roadmap after your review, " +
          "and walk through them with both ICT teams in Nay Pyi Taw on 25 January.",
      },
      {
        key: "mmr-switches-budget",
        item: "mmr-core-switches",
        author: MYANMAR_STAFF,
        at: "2026-11-25T03:05:00Z",
        body:
          "The Hluttaw Office can commit its share of the switches only from the 2027–28 budget year, which starts on " +
          "1 April. Can the start move to April 2027, or can the Japanese grant cover the first phase?",
      },
    ],
  },
  {
    // Submitted after the August strategic-plan week, sent back with three requests,
    // resubmitted and endorsed by both Houses' Secretaries: revision 3 is the baseline.
    mission: "SADC-NAM-2026",
    title: "Parliament of Namibia Joint ICT Strategic Plan 2026–2030",
    vision:
      "One Parliament, two Houses, shared ICT: secure and reliable services that help the Members of the National " +
      "Assembly and the National Council make laws and oversee government, and that bring Parliament closer to " +
      "the people of Namibia.",
    horizonStart: 2026,
    horizonEnd: 2030,
    // Endorsed as revision 3; since then the team rescheduled four items and re-costed one,
    // a new draft on top of that baseline that the parliament sees beside it.
    status: "DRAFT",
    review: [
      {
        kind: "SUBMISSION",
        by: COORD,
        at: "2026-09-04T10:00:00Z",
        decision: {
          decision: "REQUEST_CHANGES",
          by: NAMIBIA_STAFF,
          at: "2026-09-15T13:30:00Z",
          comment:
            "The Secretaries of both Houses ask for three changes before endorsement: security awareness for Members " +
            "and staff in the first year, the disaster recovery site at the National Council rather than in a " +
            "commercial data centre, and a website budget that covers both Houses.",
        },
      },
      {
        kind: "SUBMISSION",
        by: COORD,
        at: "2026-10-02T09:00:00Z",
        decision: {
          decision: "ENDORSE",
          by: NAMIBIA_STAFF,
          at: "2026-10-16T11:00:00Z",
          comment:
            "Endorsed by the Secretary to the National Assembly and the Secretary to the National Council for both " +
            "Houses. The joint ICT steering committee follows its implementation.",
        },
      },
      { kind: "ENDORSEMENT", by: NAMIBIA_STAFF, at: "2026-10-16T11:00:00Z" },
    ],
    items: [
      {
        key: "nam-steering-committee",
        title: "Joint ICT steering committee of both Houses",
        description:
          "The Secretaries of both Houses with the heads of ICT and of the business units; meets every quarter and " +
          "reports to the Standing Rules and Orders Committees.",
        area: "GOV",
        strategicObjective: "Govern ICT jointly for both Houses",
        responsibleUnit: "Office of the Secretary to the National Assembly",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-10-01",
        endDate: "2026-11-30",
        costEstimate: "5000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "One place where both Houses agree on ICT priorities.",
        kpi: "Committee constituted; four meetings a year",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
        sinceBaseline: {
          progress: "DONE",
          progressNote: "Constituted on 3 November 2026; first meeting held on 17 November.",
        },
      },
      {
        key: "nam-ict-policy",
        title: "Joint ICT policy and service catalogue",
        description: "One ICT policy for both Houses and a catalogue of the services the ICT Division provides.",
        area: "GOV",
        strategicObjective: "Govern ICT jointly for both Houses",
        responsibleUnit: "ICT Division",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2026-11-01",
        endDate: "2027-03-31",
        costEstimate: "20000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Staff of both Houses know what to expect of ICT and how to ask for it.",
        kpi: "Policy adopted by the steering committee by March 2027",
        progress: "NOT_STARTED",
        dependsOn: ["nam-steering-committee"],
        findings: [],
        sinceBaseline: { progress: "IN_PROGRESS" },
      },
      {
        key: "nam-shared-network",
        title: "One network and one directory for both Houses",
        description:
          "Fibre link between the Tintenpalast and the National Council building; one domain and one user directory " +
          "for the staff and Members of both Houses.",
        area: "INF",
        strategicObjective: "Provide shared, secure and resilient ICT services",
        responsibleUnit: "ICT Division",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-11-01",
        endDate: "2027-06-30",
        costEstimate: "300000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Staff of either House work from any office on any shared system.",
        kpi: "One sign-in for all staff and Members of both Houses",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["nam-separate-networks"],
        sinceBaseline: {
          endDate: "2027-12-31",
          costEstimate: "385000.00",
          progress: "BLOCKED",
          progressNote:
            "Waiting for the City of Windhoek's way-leave to lay fibre between the two buildings; the supplier's " +
            "revised quote adds the civil works.",
        },
      },
      {
        key: "nam-email",
        title: "One e-mail and collaboration platform for both Houses",
        description: "Move both Houses' mail systems to one platform with shared calendars and document libraries.",
        area: "INF",
        strategicObjective: "Provide shared, secure and resilient ICT services",
        responsibleUnit: "ICT Division",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-11-15",
        endDate: "2027-05-31",
        costEstimate: "90000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Joint committees and staff of both Houses share mail, calendars and papers.",
        kpi: "All mailboxes of both Houses on the platform",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["nam-separate-networks"],
        sinceBaseline: { progress: "IN_PROGRESS" },
      },
      {
        key: "nam-incident-response",
        title: "Incident response plan and security monitoring",
        description:
          "A written plan with roles and contacts, tested twice a year; central log collection and alerts for both " +
          "Houses' systems.",
        area: "SEC",
        strategicObjective: "Provide shared, secure and resilient ICT services",
        responsibleUnit: "ICT Division",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-10-15",
        endDate: "2027-04-30",
        costEstimate: "70000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "An attack is noticed, contained and reported in hours, not weeks.",
        kpi: "Plan tested twice a year; alerts answered within four hours",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["nam-no-incident-response"],
        sinceBaseline: { progress: "IN_PROGRESS" },
      },
      {
        key: "nam-security-awareness",
        title: "Security awareness for Members and staff",
        description: "Sessions for staff of both Houses and at the Members' induction; a phishing exercise every year.",
        area: "SEC",
        strategicObjective: "Provide shared, secure and resilient ICT services",
        responsibleUnit: "ICT Division with Human Resources",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-10-15",
        endDate: "2026-11-30",
        costEstimate: "15000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Members and staff recognise and report phishing.",
        kpi: "All staff trained; phishing click rate under 5%",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: ["nam-no-incident-response"],
        // Asked for by the parliament when it sent the first submission back.
        beforeRework: null,
        sinceBaseline: {
          progress: "DONE",
          progressNote:
            "Sessions held for the staff of both Houses and at the Members' induction; phishing test on 20 November.",
        },
      },
      {
        key: "nam-recovery-site",
        title: "Disaster recovery site at the National Council building",
        description:
          "Fit out the National Council's second server room and replicate the servers of both Houses to it; restore " +
          "tests every quarter.",
        area: "SEC",
        strategicObjective: "Provide shared, secure and resilient ICT services",
        responsibleUnit: "ICT Division",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2027-07-01",
        endDate: "2028-03-31",
        costEstimate: "240000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Parliament's records and systems survive the loss of one building.",
        kpi: "Quarterly restore test passed; systems back within 24 hours",
        progress: "NOT_STARTED",
        dependsOn: ["nam-shared-network"],
        findings: [],
        beforeRework: {
          title: "Disaster recovery in a commercial data centre",
          description:
            "Replicate the servers of both Houses to a commercial data centre in Windhoek; restore tests every quarter.",
          costEstimate: "180000.00",
        },
        // Waits for the network link.
        sinceBaseline: { startDate: "2028-01-01", endDate: "2028-09-30" },
      },
      {
        key: "nam-bills-system",
        title: "Bills and documents system shared by both Houses",
        description:
          "One record per bill from its first reading in the National Assembly to its review by the National Council " +
          "and its promulgation; papers laid and committee reports of both Houses.",
        area: "LEG",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Table Offices of both Houses with the ICT Division",
        priority: "HIGH",
        term: "MEDIUM",
        startDate: "2027-04-01",
        endDate: "2028-06-30",
        costEstimate: "550000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Both Houses work on the same version of every bill.",
        kpi: "Every bill of the 2028 session tracked in the system",
        progress: "NOT_STARTED",
        dependsOn: ["nam-shared-network"],
        findings: [],
      },
      {
        key: "nam-hansard-xml",
        title: "Hansard of both Houses produced in Akoma Ntoso",
        description: "Structured templates and an XML repository for the debates of both Houses.",
        area: "LEG",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Hansard Division",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2028-01-01",
        endDate: "2029-06-30",
        costEstimate: "260000.00",
        currency: "USD",
        fundingSource: "To be mobilised",
        expectedBenefit: "Debates are searchable by Member, bill and date, and reusable as data.",
        kpi: "Hansard of every sitting published in XML within 48 hours",
        progress: "NOT_STARTED",
        dependsOn: ["nam-bills-system"],
        findings: [],
      },
      {
        key: "nam-committee-portal",
        title: "Committee documents portal",
        description:
          "Agendas, papers and reports of the committees of both Houses in one place, for Members and the public.",
        area: "LEG",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Committee Services",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2027-02-01",
        endDate: "2027-09-30",
        costEstimate: "45000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Members receive their papers on time and the public can read the reports.",
        kpi: "Papers online five days before each meeting",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
        sinceBaseline: { endDate: "2027-12-31" },
      },
      {
        key: "nam-library",
        title: "Joint library catalogue and research request service",
        description: "One catalogue for the libraries of both Houses; Members send research requests online.",
        area: "LIB",
        strategicObjective: "Modernise the legislative process",
        responsibleUnit: "Library and Research Services",
        priority: "LOW",
        term: "MEDIUM",
        startDate: "2027-07-01",
        endDate: "2028-03-31",
        costEstimate: "55000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Members of both Houses find the research they need.",
        kpi: "Catalogue online; research requests answered within ten days",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "nam-streaming",
        title: "Live streaming of the sittings of both Houses",
        description: "Stream the plenary sittings of both Houses on the website and social media, with archives.",
        area: "CIT",
        strategicObjective: "Bring Parliament closer to the people",
        responsibleUnit: "Public Relations Division",
        priority: "HIGH",
        term: "SHORT",
        startDate: "2026-09-01",
        endDate: "2026-11-15",
        costEstimate: "35000.00",
        currency: "USD",
        fundingSource: "Parliament budget",
        expectedBenefit: "Citizens follow the sittings of both Houses live, wherever they are.",
        kpi: "Every sitting of both Houses streamed and archived",
        progress: "IN_PROGRESS",
        dependsOn: [],
        findings: [],
        sinceBaseline: {
          progress: "DONE",
          progressNote: "Both chambers streamed on the website and social media since 10 November.",
        },
      },
      {
        key: "nam-website",
        title: "One accessible website for both Houses",
        description:
          "One site for Parliament and both Houses, meeting WCAG 2.1 AA, with the Order Paper, Hansard and committee " +
          "reports of each House.",
        area: "WEB",
        strategicObjective: "Bring Parliament closer to the people",
        responsibleUnit: "Public Relations Division with the ICT Division",
        priority: "MEDIUM",
        term: "SHORT",
        startDate: "2026-11-01",
        endDate: "2027-06-30",
        costEstimate: "160000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary ICT Modernisation Programme (EU)",
        expectedBenefit: "Citizens find the work of both Houses in one place, on any device.",
        kpi: "WCAG 2.1 AA; papers online on the day they are laid",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
        beforeRework: {
          title: "Redesign of the National Assembly website",
          description: "New design and content management for the National Assembly website.",
          costEstimate: "110000.00",
        },
        sinceBaseline: { endDate: "2027-09-30", progress: "IN_PROGRESS" },
      },
      {
        key: "nam-open-data",
        title: "Open data on bills, votes and the Hansard",
        description: "Publish the data of the bills system and the Hansard in open formats, with an API.",
        area: "WEB",
        strategicObjective: "Bring Parliament closer to the people",
        responsibleUnit: "ICT Division",
        priority: "LOW",
        term: "MEDIUM",
        startDate: "2028-07-01",
        endDate: "2029-06-30",
        costEstimate: "40000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary Forum",
        expectedBenefit: "Media, researchers and civil society reuse Parliament's data.",
        kpi: "Bills, votes and debates downloadable as data",
        progress: "NOT_STARTED",
        dependsOn: ["nam-bills-system", "nam-hansard-xml"],
        findings: [],
      },
      {
        key: "nam-petitions",
        title: "Online petitions and public submissions to committees",
        description: "Citizens petition either House and send written submissions on bills before committees online.",
        area: "CIT",
        strategicObjective: "Bring Parliament closer to the people",
        responsibleUnit: "Committee Services with the Public Relations Division",
        priority: "MEDIUM",
        term: "MEDIUM",
        startDate: "2027-10-01",
        endDate: "2028-06-30",
        costEstimate: "80000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Citizens outside Windhoek take part in law-making.",
        kpi: "Submissions received online for every bill referred to a committee",
        progress: "NOT_STARTED",
        dependsOn: ["nam-committee-portal"],
        findings: [],
      },
      {
        key: "nam-digital-skills",
        title: "Digital skills programme for Members and staff",
        description: "Induction of Members after each election; yearly courses for staff on the shared systems.",
        area: "INF",
        strategicObjective: "Develop the ICT skills of Members and staff",
        responsibleUnit: "Human Resources with the ICT Division",
        priority: "MEDIUM",
        term: "LONG",
        startDate: "2027-01-15",
        endDate: "2030-06-30",
        costEstimate: "120000.00",
        currency: "USD",
        fundingSource: "UNDP",
        expectedBenefit: "Members and staff use the new systems with confidence.",
        kpi: "Every Member offered the induction within three months of taking their seat",
        progress: "NOT_STARTED",
        dependsOn: [],
        findings: [],
      },
      {
        key: "nam-sadc-sharing",
        title: "Share the committee portal with SADC parliaments",
        description: "Publish the portal as open source and present it at the SADC PF ICT forum.",
        area: "IPC",
        strategicObjective: "Learn from and share with peer parliaments",
        responsibleUnit: "ICT Division",
        priority: "LOW",
        term: "LONG",
        startDate: "2029-01-01",
        endDate: "2030-06-30",
        costEstimate: "25000.00",
        currency: "USD",
        fundingSource: "SADC Parliamentary Forum",
        expectedBenefit: "Peer parliaments reuse the portal; Namibia gains from their improvements.",
        kpi: "Portal in use in at least one other SADC parliament",
        progress: "NOT_STARTED",
        dependsOn: ["nam-committee-portal"],
        findings: [],
      },
    ],
    comments: [
      {
        key: "nam-recovery-site-premises",
        item: "nam-recovery-site",
        author: NAMIBIA_STAFF,
        at: "2026-09-12T08:20:00Z",
        body:
          "The National Council building has a second server room with spare capacity. The Secretaries prefer to keep " +
          "parliamentary records on Parliament's premises rather than in a commercial data centre.",
        resolvedBy: COORD,
        resolvedAt: "2026-10-02T09:00:00Z",
      },
      {
        key: "nam-recovery-site-premises-reply",
        item: "nam-recovery-site",
        replyTo: "nam-recovery-site-premises",
        author: COORD,
        at: "2026-09-14T07:45:00Z",
        body: "Understood: revision 2 places the recovery site at the National Council and adds the fit-out of that room to the cost.",
      },
      {
        key: "nam-network-blocked",
        item: "nam-shared-network",
        author: NAMIBIA_STAFF,
        at: "2026-11-18T10:00:00Z",
        body:
          "The steering committee discussed the fibre link on 17 November: it waits for the municipal way-leave. The " +
          "committee accepts the end of December 2027 and the supplier's new quote; the recovery site moves with it.",
      },
    ],
  },
];
