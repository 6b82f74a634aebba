// Hostile input for the roadmaps procedures: see tests/helpers/fuzz.ts and docs/security.md.
import { fuzzProcedures } from "../helpers/fuzz.ts";

fuzzProcedures("roadmaps");
