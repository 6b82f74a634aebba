// Hostile input for the exports run as jobs (exportJobs.*): see tests/helpers/fuzz.ts and docs/security.md.
import { fuzzProcedures } from "../helpers/fuzz.ts";

fuzzProcedures("exports");
