// Markdown written by users renders inert: hostile payloads in the style of the OWASP XSS
// cheat sheet leave no script, frame, plugin or style element, no event handler, no
// javascript:/data:/vbscript: address and no image from anywhere but our own /files/.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { isOwnFileUrl, MarkdownText, safeHref } from "../../../client/src/components/ui/markdown.tsx";

const HOSTILE: readonly string[] = [
  // Raw HTML
  "<script>alert(1)</script>",
  "Hello <script>alert(1)</script> world",
  "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<img src=/files/abc onerror=alert(1)>",
  '<IMG SRC="javascript:alert(1);">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  "<style>body{display:none}</style>",
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<div onmouseover="alert(1)">hover</div>',
  '<a href="javascript:alert(1)">raw link</a>',
  '<body onload="alert(1)">',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  '<details open ontoggle="alert(1)">',
  '<input autofocus onfocus="alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  "<!-- <script>alert(1)</script> -->",
  "<!--><img src=x onerror=alert(1)>-->",
  // Markdown links
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click]( javascript:alert(1))",
  "[click](<java\tscript:alert(1)>)",
  "[click](java&#115;cript:alert(1))",
  "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[click](&#x6A;avascript:alert(1))",
  "[click](javascript&colon;alert(1))",
  "[click](javascript%3Aalert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](DATA:text/html,<script>alert(1)</script>)",
  "[click](\\u006Aavascript:alert(1))",
  '[click](https://example.org "title" onclick="alert(1)")',
  "[a [nested](javascript:alert(1))](https://example.org)",
  "[ref][x]\n\n[x]: javascript:alert(1)",
  "[ref]\n\n[ref]: <javascript:alert(1)>",
  "<javascript:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html,alert(1)>",
  // Images
  "![x](https://evil.example/pixel.png)",
  "![x](http://evil.example/pixel.png)",
  "![x](//evil.example/pixel.png)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](/files/../admin)",
  "![x](/files/%2e%2e/admin)",
  "![x](/files/..%2fadmin)",
  "![x](/files\\..\\admin)",
  "![x](/files//evil.example/x.png)",
  "![x](files/abc)",
  "![x](/filesx/abc)",
  "![x](https://ourapp.example/files/abc)",
  '![x](/files/abc "a" onerror="alert(1)")',
  "![x][img]\n\n[img]: https://evil.example/pixel.png",
  "[![x](https://evil.example/p.png)](javascript:alert(1))",
  // Mixed
  "**bold** <span onclick=alert(1)>x</span> _it_",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "> quote <iframe src=x></iframe>",
  "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
];

/** What a browser would make of an address: no whitespace or control characters, lower case. */
function normalised(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
}

const DANGEROUS_PROTOCOL = /^(?:javascript|data|vbscript):/;

function assertInert(container: HTMLElement, payload: string) {
  for (const tag of [
    "script",
    "iframe",
    "object",
    "embed",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "svg",
    "math",
  ]) {
    expect(container.querySelector(tag), `${tag} in ${payload}`).toBeNull();
  }
  for (const element of Array.from(container.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.toLowerCase().startsWith("on"), `${attribute.name} in ${payload}`).toBe(false);
      expect(attribute.name.toLowerCase(), `style in ${payload}`).not.toBe("style");
      if (
        ["href", "src", "action", "formaction", "xlink:href", "data", "srcset"].includes(attribute.name.toLowerCase())
      ) {
        expect(normalised(attribute.value), `${attribute.name} in ${payload}`).not.toMatch(DANGEROUS_PROTOCOL);
      }
    }
  }
  for (const image of Array.from(container.querySelectorAll("img"))) {
    const src = image.getAttribute("src") ?? "";
    expect(src, `image in ${payload}`).toMatch(/^\/files\/[A-Za-z0-9_-]+/);
    // Same origin, and still under /files/ once the browser resolves it.
    const resolved = new URL(src, "https://hemicycle.example/");
    expect(resolved.origin).toBe("https://hemicycle.example");
    expect(resolved.pathname.startsWith("/files/")).toBe(true);
  }
  for (const link of Array.from(container.querySelectorAll("a"))) {
    expect(link.getAttribute("rel"), `rel in ${payload}`).toBe("noopener noreferrer nofollow");
  }
}

describe("MarkdownText: hostile payloads", () => {
  it("has at least fifty of them", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE.map((payload) => [payload]))("renders %j inert", (payload) => {
    const { container, unmount } = render(<MarkdownText text={payload} />);
    assertInert(container, payload);
    unmount();
  });

  it("renders them all together inert", () => {
    const { container } = render(<MarkdownText text={HOSTILE.join("\n\n")} />);
    assertInert(container, "all");
  });
});

describe("MarkdownText: what it keeps", () => {
  it("renders emphasis, lists, code and quotes", () => {
    const { container } = render(
      <MarkdownText text={"**Order papers** appear _late_.\n\n- one\n- two\n\n`code`\n\n> quoted"} />,
    );
    expect(container.querySelector("strong")).toHaveTextContent("Order papers");
    expect(container.querySelector("em")).toHaveTextContent("late");
    expect(container.querySelectorAll("li")).toHaveLength(2);
    expect(container.querySelector("code")).toHaveTextContent("code");
    expect(container.querySelector("blockquote")).toHaveTextContent("quoted");
  });

  it("opens links in a new tab without giving away the page", () => {
    const { container } = render(<MarkdownText text="[IPU](https://www.ipu.org/) and <https://example.org>" />);
    const links = Array.from(container.querySelectorAll("a"));
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://www.ipu.org/", "https://example.org"]);
    for (const link of links) {
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    }
  });

  it("keeps links to our own pages and mail addresses", () => {
    const { container } = render(
      <MarkdownText text="[mission](/missions/m-1) [mail](mailto:ict@parliament.example)" />,
    );
    expect(Array.from(container.querySelectorAll("a")).map((a) => a.getAttribute("href"))).toEqual([
      "/missions/m-1",
      "mailto:ict@parliament.example",
    ]);
  });

  it("shows our own evidence images, and only the words of any other", () => {
    const { container } = render(
      <MarkdownText text={"![Server room](/files/att-1)\n\n![Tracker](https://evil.example/p.png)"} />,
    );
    const images = Array.from(container.querySelectorAll("img"));
    expect(images.map((i) => i.getAttribute("src"))).toEqual(["/files/att-1"]);
    expect(images[0]).toHaveAttribute("alt", "Server room");
    expect(container).toHaveTextContent("[Tracker]");
  });

  it("drops raw HTML but keeps the words around it", () => {
    const { container } = render(<MarkdownText text="Before <b>bold</b> after" />);
    expect(container.querySelector("b")).toBeNull();
    expect(container).toHaveTextContent("Before bold after");
  });

  it("turns a writer's headings into headings below the page's", () => {
    const { container } = render(<MarkdownText text={"# Big\n\n## Smaller"} />);
    expect(container.querySelector("h1")).toBeNull();
    expect(container.querySelector("h2")).toBeNull();
    expect(container.querySelectorAll("h3")).toHaveLength(2);
  });
});

describe("isOwnFileUrl and safeHref", () => {
  it("accepts our file paths only", () => {
    expect(isOwnFileUrl("/files/att-1")).toBe(true);
    expect(isOwnFileUrl("/files/att-1/thumbnail")).toBe(true);
    for (const url of ["/files/../x", "//evil.example/files/x", "https://x/files/a", "/files/a/../../b", "/files/"])
      expect(isOwnFileUrl(url), url).toBe(false);
  });

  it("refuses dangerous link targets", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:x", "vbscript:x", "data:text/html,x", "java\nscript:x"])
      expect(safeHref(url), url).toBeUndefined();
    expect(safeHref("https://example.org")).toBe("https://example.org");
    expect(safeHref("#part")).toBe("#part");
  });
});
