// A finding's evidence files on its page: the list (a preview for photos, name, size, a
// download link), the empty states, who is offered to add and remove, an upload's progress
// and the reason a refused file gives (too large with the limit, a type not accepted,
// no connection). XMLHttpRequest is replaced by a fake the test answers.
import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FindingAttachments } from "../../../client/src/features/findings/components/finding-attachments.tsx";
import { FileUploadError, uploadFindingFile } from "../../../client/src/features/findings/api/finding-files.ts";
import { renderWithApp } from "../../helpers/render.tsx";
import { day, expert, finding, staff } from "../fixtures.ts";

/** A stand-in for XMLHttpRequest: records each request and lets the test answer it. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = "";
  url = "";
  body: unknown = null;
  status = 0;
  responseText = "";
  withCredentials = false;
  headers: Record<string, string> = {};
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function installFakeXhr() {
  FakeXhr.sent = [];
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
}

afterEach(() => vi.unstubAllGlobals());

const photo = {
  id: "att-photo",
  name: "Server room.jpg",
  size: 245_760,
  type: "image/jpeg",
  hasThumbnail: true,
  createdAt: day("2027-03-02"),
};
const scan = {
  id: "att-scan",
  name: "Assessment scan.pdf",
  size: 2_621_440,
  type: "application/pdf",
  hasThumbnail: false,
  createdAt: day("2027-03-03"),
};

const draft = finding({ status: "DRAFT", myTeamRole: "MEMBER", attachments: [photo, scan] });

describe("FindingAttachments", () => {
  it("lists photos with their preview and documents by name and size, each a download", () => {
    renderWithApp(<FindingAttachments finding={draft} />, { me: expert });
    const list = screen.getByRole("region", { name: "Evidence files" });
    const preview = list.querySelector("img");
    expect(preview).toHaveAttribute("src", "/files/att-photo/thumbnail");
    expect(within(list).getByRole("link", { name: "Server room.jpg" })).toHaveAttribute("href", "/files/att-photo");
    expect(within(list).getByRole("link", { name: "Assessment scan.pdf" })).toHaveAttribute("href", "/files/att-scan");
    expect(within(list).getByText(/2\.5 MB/)).toBeInTheDocument();
    expect(within(list).getByText(/240 kB/)).toBeInTheDocument();
    // The team member may add and remove files of their draft.
    expect(within(list).getByRole("button", { name: "Add files" })).toBeInTheDocument();
    expect(within(list).getByRole("button", { name: "Remove Server room.jpg" })).toBeInTheDocument();
  });

  it("offers staff reading a validated finding its files, and nothing to change", () => {
    renderWithApp(<FindingAttachments finding={finding({ status: "VALIDATED", attachments: [scan] })} />, {
      me: staff,
    });
    expect(screen.getByRole("link", { name: "Assessment scan.pdf" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add files" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Remove/ })).not.toBeInTheDocument();
  });

  it("says when there are no files, and how to add some to whoever may", () => {
    const { unmount } = renderWithApp(<FindingAttachments finding={finding({ status: "VALIDATED" })} />, {
      me: staff,
    });
    expect(screen.getByText("No files on this finding.")).toBeInTheDocument();
    unmount();
    renderWithApp(<FindingAttachments finding={finding({ status: "DRAFT", myTeamRole: "MEMBER" })} />, {
      me: expert,
    });
    expect(screen.getByText(/No files yet/)).toBeInTheDocument();
  });

  it("shows an upload's progress, then why the server refused each file", async () => {
    installFakeXhr();
    const { user, container } = renderWithApp(
      <FindingAttachments finding={finding({ status: "DRAFT", myTeamRole: "MEMBER" })} />,
      { me: expert },
    );
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const big = new File(["x".repeat(64)], "big.jpg", { type: "image/jpeg" });
    const exe = new File(["MZ"], "photo.png", { type: "image/png" });
    await user.upload(input, [big, exe]);

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const first = FakeXhr.sent[0]!;
    expect([first.method, first.url]).toEqual(["POST", `/files/findings/${draft.id}`]);
    expect((first.body as FormData).get("file")).toBeInstanceOf(File);
    first.progress(32, 64);
    const bar = await screen.findByRole("progressbar", { name: "Uploading big.jpg" });
    await waitFor(() => expect(bar).toHaveAttribute("value", "0.5"));
    first.answer(413, { error: "The file is larger than the limit", reason: "tooLarge", maxBytes: 15 * 1024 * 1024 });
    expect(await screen.findByText("The file is too large: the limit is 15 MB.")).toBeInTheDocument();

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    FakeXhr.sent[1]!.answer(415, { error: "This type of file is not accepted", reason: "typeNotAllowed" });
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(2));
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toEqual([
      "The file is too large: the limit is 15 MB.",
      expect.stringMatching(/^This type of file is not accepted/),
    ]);
    // A refused file stays until dismissed.
    await user.click(screen.getAllByRole("button", { name: "Dismiss" })[0]!);
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });
});

describe("uploadFindingFile (also the outbox's)", () => {
  it("resolves with the stored file and rejects with a reason, retryable only when no answer came", async () => {
    installFakeXhr();
    const file = new Blob(["notes"], { type: "text/plain" });
    const sent = uploadFindingFile("f-1", file, undefined, { fileName: "notes.txt" });
    FakeXhr.sent[0]!.answer(201, { id: "a-1", name: "notes.txt", size: 5, type: "text/plain" });
    await expect(sent).resolves.toEqual({ id: "a-1", name: "notes.txt", size: 5, type: "text/plain" });
    expect(((FakeXhr.sent[0]!.body as FormData).get("file") as File).name).toBe("notes.txt");

    const offline = uploadFindingFile("f-1", file);
    FakeXhr.sent[1]!.onerror?.();
    const failure = await offline.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileUploadError);
    expect([(failure as FileUploadError).reason, (failure as FileUploadError).retryable]).toEqual(["network", true]);

    const refused = uploadFindingFile("f-1", file);
    FakeXhr.sent[2]!.answer(415, { reason: "typeNotAllowed" });
    const refusal = (await refused.catch((error: unknown) => error)) as FileUploadError;
    expect([refusal.reason, refusal.status, refusal.retryable]).toEqual(["typeNotAllowed", 415, false]);

    // The rate limit refuses before the route, naming no reason: still worded, as "busy".
    const limited = uploadFindingFile("f-1", file);
    FakeXhr.sent[3]!.answer(429, {
      statusCode: 429,
      error: "Too Many Requests",
      message: "Rate limit reached; retry in 5 s",
    });
    const tooMany = (await limited.catch((error: unknown) => error)) as FileUploadError;
    expect([tooMany.reason, tooMany.status]).toEqual(["busy", 429]);
  });
});
