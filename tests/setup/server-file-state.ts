// Runs before every server test file. The server projects share one module graph per
// worker (isolate: false, docs/testing.md "Suite time"), so the process-wide state the
// server keeps in memory starts each file as a fresh process would have it.
import { deniedAttempts } from "@hemicycle/server/services/denied-attempts";
import { resetSignInThrottle } from "@hemicycle/server/services/sign-in-throttle";

resetSignInThrottle();
deniedAttempts.reset();
