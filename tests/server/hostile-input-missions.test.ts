// Hostile input for the missions procedures: see tests/helpers/fuzz.ts and docs/security.md.
import { fuzzProcedures } from "../helpers/fuzz.ts";

fuzzProcedures("missions");
