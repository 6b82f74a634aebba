// Hostile input for the assessment report's and the terms of reference's procedures: see tests/helpers/fuzz.ts and docs/security.md.
import { fuzzProcedures } from "../helpers/fuzz.ts";

fuzzProcedures("documents");
