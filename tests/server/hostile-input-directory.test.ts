// Hostile input for the directory procedures: see tests/helpers/fuzz.ts and docs/security.md.
import { fuzzProcedures } from "../helpers/fuzz.ts";

fuzzProcedures("directory");
