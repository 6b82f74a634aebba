// The languages a parliament works in, derived from its country: the parliament record
// has no languages of its own, and expert matching (docs/design.md, "Expert matching")
// only needs to know which experts can work there without an interpreter. ISO 3166-1
// alpha-2 → ISO 639-1; a country not listed is taken to work in English.
const BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  AO: ["pt"],
  AR: ["es"],
  AT: ["de"],
  BE: ["nl", "fr", "de"],
  BF: ["fr"],
  BO: ["es"],
  BR: ["pt"],
  BW: ["en"],
  CD: ["fr"],
  CH: ["de", "fr", "it"],
  CI: ["fr"],
  CL: ["es"],
  CM: ["fr", "en"],
  CO: ["es"],
  CR: ["es"],
  DE: ["de"],
  DK: ["da"],
  DZ: ["ar", "fr"],
  EC: ["es"],
  EG: ["ar"],
  ES: ["es"],
  FR: ["fr"],
  GR: ["el"],
  GT: ["es"],
  HN: ["es"],
  IT: ["it"],
  JO: ["ar"],
  LB: ["ar", "fr"],
  LS: ["en"],
  MA: ["ar", "fr"],
  ME: ["sr"],
  MG: ["fr", "mg"],
  ML: ["fr"],
  MM: ["my"],
  MX: ["es"],
  MZ: ["pt"],
  NE: ["fr"],
  NI: ["es"],
  PA: ["es"],
  PE: ["es"],
  PL: ["pl"],
  PT: ["pt"],
  PY: ["es"],
  SN: ["fr"],
  SV: ["es"],
  TN: ["ar", "fr"],
  TZ: ["sw", "en"],
  UY: ["es"],
  VE: ["es"],
  VN: ["vi"],
};

export function workingLanguages(countryCode: string): readonly string[] {
  return BY_COUNTRY[countryCode.toUpperCase()] ?? ["en"];
}

/**
 * English names of the working languages above and of the other languages of the regions
 * the programme works in, for where the browser cannot name a code (Intl.DisplayNames in
 * some engines has no name for siSwati, Tswana…): no bare code is shown.
 */
export const LANGUAGE_NAMES_EN: Readonly<Record<string, string>> = {
  af: "Afrikaans",
  am: "Amharic",
  ar: "Arabic",
  da: "Danish",
  de: "German",
  el: "Greek",
  en: "English",
  es: "Spanish",
  fr: "French",
  ha: "Hausa",
  ig: "Igbo",
  it: "Italian",
  ln: "Lingala",
  mg: "Malagasy",
  my: "Burmese",
  nd: "North Ndebele",
  nl: "Dutch",
  nr: "South Ndebele",
  ny: "Nyanja",
  pl: "Polish",
  pt: "Portuguese",
  rn: "Rundi",
  rw: "Kinyarwanda",
  sn: "Shona",
  so: "Somali",
  sr: "Serbian",
  ss: "Swati",
  st: "Southern Sotho",
  sw: "Swahili",
  ti: "Tigrinya",
  tn: "Tswana",
  ts: "Tsonga",
  ve: "Venda",
  vi: "Vietnamese",
  wo: "Wolof",
  xh: "Xhosa",
  yo: "Yoruba",
  zu: "Zulu",
};

/** Every language some parliament works in (English for the countries not listed). */
export function allWorkingLanguages(): readonly string[] {
  return [...new Set(["en", ...Object.values(BY_COUNTRY).flat()])].sort();
}
