// A Prisma client over the test database whose driver counts the SQL statements it runs:
// for the tests that prove a procedure costs a fixed number of statements, whatever the
// amount of data (the dashboard, the field calendar, the global search).
import { PrismaClient } from "@hemicycle/server/db/generated/client";
import type { Database } from "@hemicycle/server/db/database";

type AdapterFactory = Database["adapterFactory"];
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;

export function statementCountingClient(db: Database) {
  // `sql` keeps each statement's text while a test sets it to an array (to see what a count is made of).
  const counter: { statements: number; sql?: string[] } = { statements: 0 };
  const count = (adapter: Adapter): Adapter =>
    new Proxy(adapter, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (key === "queryRaw" || key === "executeRaw") {
          return (...args: unknown[]) => {
            counter.statements++;
            counter.sql?.push((args[0] as { sql?: string } | undefined)?.sql ?? "");
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  const factory = new Proxy(db.adapterFactory, {
    get(target, key, receiver) {
      if (key === "connect") return async () => count(await target.connect());
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { client: new PrismaClient({ adapter: factory }), counter };
}
