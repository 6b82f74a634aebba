// The load script's short version (issue 9, "Load"): the built app on a fresh copy of the
// demo data, 100 connections of signed-in reads then 20 of experts' writes and reads,
// HC_LOAD_READ_SECONDS / HC_LOAD_MIXED_SECONDS each (5 here): not one connection error,
// timeout or non-2xx answer, a 429 included (the load is spread over simulated users as
// tests/ops/load.ts explains, never by switching the rate limit off). `pnpm load` runs
// 60 seconds each and prints the figures.
import { afterAll, beforeAll, expect, it } from "vitest";
import { formatResults, optionsFromEnv, runLoad, startDemoServer } from "./load.ts";

let server: Awaited<ReturnType<typeof startDemoServer>>;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.stop();
});

it("serves 100 connections of reads and 20 of writes without an error", { timeout: 240_000 }, async () => {
  const options = {
    ...optionsFromEnv(server.url),
    readSeconds: Number(process.env.HC_LOAD_READ_SECONDS ?? 5),
    mixedSeconds: Number(process.env.HC_LOAD_MIXED_SECONDS ?? 5),
    usersPerPersona: Number(process.env.HC_LOAD_USERS ?? 10),
    // A shared CI runner may stall for seconds; a slow answer is not an error here.
    timeoutSeconds: Number(process.env.HC_LOAD_TIMEOUT_SECONDS ?? 30),
  };
  const results = await runLoad(options);
  const table = formatResults(results);
  if (process.env.HC_LOAD_REPORT) console.log(table);
  for (const result of results) {
    expect(result.requests, table).toBeGreaterThan(0);
    expect(
      { scenario: result.scenario, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
      table,
    ).toEqual({ scenario: result.scenario, errors: 0, timeouts: 0, non2xx: 0 });
  }
});
