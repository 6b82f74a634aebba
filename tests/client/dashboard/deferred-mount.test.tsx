// The dashboard's charts mount one at a time after the first paint (useDeferredMount), so
// that no chart is drawn in the task that shows the page nor in the same task as another:
// a part waits until the one before it has committed, and one that goes gives up its turn.
import { act, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDeferredMount } from "../../../client/src/features/dashboard/components/use-deferred-mount.ts";

/** A part that says whether it is mounted, and calls `done` on commit unless held. */
function Part({ name, hold = false }: { name: string; hold?: boolean }) {
  const { mounted, done } = useDeferredMount();
  return mounted ? <Drawn name={name} done={hold ? () => {} : done} /> : <p>{`${name} waiting`}</p>;
}
function Drawn({ name, done }: { name: string; done: () => void }) {
  useEffect(() => done(), [done]);
  return <p>{`${name} drawn`}</p>;
}

const tick = () => act(() => vi.advanceTimersByTime(0));

describe("useDeferredMount", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("mounts nothing in the first render, then one part per task in order", async () => {
    render(
      <>
        <Part name="a" />
        <Part name="b" />
        <Part name="c" />
      </>,
    );
    expect(screen.getByText("a waiting")).toBeInTheDocument();
    expect(screen.getByText("c waiting")).toBeInTheDocument();
    await tick();
    expect(screen.getByText("a drawn")).toBeInTheDocument();
    expect(screen.getByText("b waiting")).toBeInTheDocument();
    await tick();
    expect(screen.getByText("b drawn")).toBeInTheDocument();
    expect(screen.getByText("c waiting")).toBeInTheDocument();
    await tick();
    expect(screen.getByText("c drawn")).toBeInTheDocument();
  });

  it("waits for the part before to commit, and moves on when it goes", async () => {
    const { rerender } = render(
      <>
        <Part name="a" hold />
        <Part name="b" />
      </>,
    );
    await tick();
    await tick();
    expect(screen.getByText("a drawn")).toBeInTheDocument();
    expect(screen.getByText("b waiting")).toBeInTheDocument();
    rerender(<Part key="b" name="b" />);
    await tick();
    expect(screen.getByText("b drawn")).toBeInTheDocument();
  });
});
