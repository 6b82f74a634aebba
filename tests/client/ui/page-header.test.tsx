// A page's title is often a user's text: it sits in a <bdi>, so a right-to-left title (or
// one stored with a stray override before input stripped them) keeps its direction to
// itself and never reorders the actions or text around it (docs/security.md).
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageHeader } from "../../../client/src/components/ui/page-header.tsx";

describe("PageHeader", () => {
  it("isolates the title in a <bdi> and keeps its accessible name", () => {
    render(<PageHeader title="مجلس النواب" description="Parliament" />);
    const heading = screen.getByRole("heading", { level: 1, name: "مجلس النواب" });
    const isolate = heading.querySelector("bdi");
    expect(isolate).not.toBeNull();
    expect(isolate!.textContent).toBe("مجلس النواب");
  });
});
