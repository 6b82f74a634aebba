// Text people wrote in markdown (a finding's description, evidence and recommendation),
// rendered inert: react-markdown builds React elements, never HTML strings, and shows raw
// HTML as the text it is; rehype-sanitize then keeps only GitHub's safe set of elements
// and attributes (no script, no style, no event handler, no iframe). On top of that, our
// own rules (docs/decisions/0014-markdown-rendered-sanitised.md): a link only to http,
// https, mailto or a path of ours, opened in a new tab with rel="noopener noreferrer
// nofollow"; an image only from our own /files/ path, any other image is dropped and its
// alternative text shown instead.
import type { ComponentPropsWithoutRef } from "react";
import Markdown, { defaultUrlTransform, type Components, type UrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import { cn } from "../../lib/cn.ts";

/** An evidence file of ours: `/files/<id>` or `/files/<id>/<variant>`, no dots, no other origin. */
const OWN_FILE = /^\/files\/[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)?(?:\?[A-Za-z0-9_=&-]*)?$/;

export function isOwnFileUrl(url: string): boolean {
  return OWN_FILE.test(url);
}

const LINK_PROTOCOL = /^(?:https?|mailto):/i;

/** A link target we follow: http(s), mailto, or a path on our own site; anything else is no link. */
export function safeHref(url: string): string | undefined {
  const kept = defaultUrlTransform(url.trim());
  if (!kept) return undefined;
  if (LINK_PROTOCOL.test(kept)) return kept;
  // No scheme at all: a path of ours ("/missions/…"), a fragment or a relative path.
  return /^[^:]*$/.test(kept.split(/[/?#]/, 1)[0] ?? "") ? kept : undefined;
}

const urlTransform: UrlTransform = (url, key, node) => {
  if (node.tagName === "img" || key === "src") return isOwnFileUrl(url) ? url : null;
  return safeHref(url) ?? null;
};

// GitHub's schema, narrower: no input (task list checkboxes), links to our protocols only,
// images relative only (then our own /files/ only, above).
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  protocols: { href: ["http", "https", "mailto"], src: [] },
};

const components: Components = {
  a: ({ node: _node, href, children, ...props }) =>
    href ? (
      <a
        {...props}
        href={href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-brand-700 underline hover:text-brand-900"
      >
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ node: _node, src, alt, title }) =>
    typeof src === "string" && isOwnFileUrl(src) ? (
      <img src={src} alt={alt ?? ""} title={title} loading="lazy" className="my-2 max-h-96 max-w-full rounded" />
    ) : alt ? (
      <span className="text-zinc-500">[{alt}]</span>
    ) : null,
  // The page has its own headings: a writer's headings sit below them.
  h1: ({ node: _node, ...props }) => <h3 {...props} className="mt-3 text-base font-semibold" />,
  h2: ({ node: _node, ...props }) => <h3 {...props} className="mt-3 text-base font-semibold" />,
  h3: ({ node: _node, ...props }) => <h4 {...props} className="mt-3 text-sm font-semibold" />,
  h4: ({ node: _node, ...props }) => <h4 {...props} className="mt-3 text-sm font-semibold" />,
  h5: ({ node: _node, ...props }) => <h4 {...props} className="mt-3 text-sm font-semibold" />,
  h6: ({ node: _node, ...props }) => <h4 {...props} className="mt-3 text-sm font-semibold" />,
  ul: ({ node: _node, ...props }) => <ul {...props} className="ms-5 list-disc" />,
  ol: ({ node: _node, ...props }) => <ol {...props} className="ms-5 list-decimal" />,
  blockquote: ({ node: _node, ...props }) => (
    <blockquote {...props} className="border-s-2 border-zinc-300 ps-3 text-zinc-600" />
  ),
  code: ({ node: _node, ...props }) => <code {...props} className="rounded bg-zinc-100 px-1 font-mono text-[0.9em]" />,
  pre: ({ node: _node, ...props }) => <pre {...props} className="overflow-x-auto rounded bg-zinc-100 p-2" />,
  table: ({ node: _node, ...props }) => <table {...props} className="border-collapse text-start" />,
  th: ({ node: _node, ...props }) => <th {...props} className="border border-zinc-200 px-2 py-1 text-start" />,
  td: ({ node: _node, ...props }) => <td {...props} className="border border-zinc-200 px-2 py-1" />,
};

type MarkdownTextProps = { text: string } & Omit<ComponentPropsWithoutRef<"div">, "children">;

/**
 * Renders markdown written by a user, sanitised. The text takes its own direction from its
 * first letters (dir="auto"): English notes on an Arabic page read left to right, with
 * their full stop at the end, and Arabic ones right to left on an English page.
 */
export function MarkdownText({ text, className, ...props }: MarkdownTextProps) {
  return (
    <div
      dir="auto"
      {...props}
      className={cn("flex flex-col gap-2 text-sm leading-6 break-words text-zinc-800", className)}
    >
      <Markdown skipHtml rehypePlugins={[[rehypeSanitize, schema]]} urlTransform={urlTransform} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
