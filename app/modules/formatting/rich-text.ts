// Employers' long texts (mission descriptions, purpose, values) with a small, safe subset of Markdown:
// paragraphs, line breaks, "- " / "* " / "• " and "1. " lists, "### " sub-headings, **bold**, *italic* or
// _italic_, and [links](https://…) to https: or mailto: only. Everything else, HTML included, is text as typed.
// Pure: runs on the server and in the browser.
import { parseBlocks } from "./blocks";
import { safeHref } from "./safe-href";
import type { RichBlock, RichInline } from "./tree";

export type { RichBlock, RichInline } from "./tree";

/** Longer input is cut here (forms should refuse it before): it bounds the work for any request. */
export const MAX_SOURCE_LENGTH = 20_000;

export function parseRichText(source: string): RichBlock[] {
  return parseBlocks(cut(source).replace(/\r\n?/g, "\n"));
}

/**
 * The words without markers, for e-mails, JSON-LD and search snippets: link addresses follow in parentheses, list
 * items start with "•" or their number. Plain text, not HTML: "<" stays "<", so escape it wherever it lands.
 */
export function richTextToPlain(source: string): string {
  return parseRichText(source).map(blockToPlain).join("\n\n");
}

/**
 * Minimal HTML for schema.org descriptions and e-mails: only p, br, ul, ol (with start), li, strong, em and
 * a (https: or mailto: href, rel="nofollow noopener"); every text and attribute is escaped.
 */
export function richTextToHtml(source: string): string {
  return parseRichText(source).map(blockToHtml).join("");
}

/** Cuts at the limit without splitting a character outside the Basic Multilingual Plane in two. */
function cut(source: string): string {
  if (source.length <= MAX_SOURCE_LENGTH) return source;
  const lastCode = source.charCodeAt(MAX_SOURCE_LENGTH - 1);
  const splitsPair = lastCode >= 0xd800 && lastCode <= 0xdbff;
  return source.slice(0, splitsPair ? MAX_SOURCE_LENGTH - 1 : MAX_SOURCE_LENGTH);
}

function blockToPlain(block: RichBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineToPlain(block.content);
    case "bulletList":
      return block.items.map((item) => `• ${itemToPlain(item)}`).join("\n");
    case "numberedList":
      return block.items.map((item, index) => `${block.start + index}. ${itemToPlain(item)}`).join("\n");
  }
}

/** An item's later lines are indented under its first, as a reader of a plain-text e-mail expects. */
function itemToPlain(item: RichInline[]): string {
  return inlineToPlain(item).replace(/\n/g, "\n  ");
}

function inlineToPlain(nodes: RichInline[]): string {
  return nodes.map(nodeToPlain).join("");
}

function nodeToPlain(node: RichInline): string {
  switch (node.type) {
    case "text":
      return node.text;
    case "lineBreak":
      return "\n";
    case "strong":
    case "emphasis":
      return inlineToPlain(node.children);
    case "link": {
      const text = inlineToPlain(node.children);
      const address = node.href.startsWith("mailto:") ? node.href.slice("mailto:".length).split("?")[0] : node.href;
      // A link whose text is already its address ("https://exemple.ca") is not written twice.
      return text === address || safeHref(text) === node.href ? text : `${text} (${address})`;
    }
  }
}

function blockToHtml(block: RichBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlineToHtml(block.content)}</p>`;
    case "heading":
      // No heading tag: where this HTML lands decides the outline, so a sub-heading is a bold line.
      return `<p><strong>${inlineToHtml(block.content)}</strong></p>`;
    case "bulletList":
      return `<ul>${block.items.map(itemToHtml).join("")}</ul>`;
    case "numberedList": {
      const start = block.start === 1 ? "" : ` start="${block.start}"`;
      return `<ol${start}>${block.items.map(itemToHtml).join("")}</ol>`;
    }
  }
}

function itemToHtml(item: RichInline[]): string {
  return `<li>${inlineToHtml(item)}</li>`;
}

function inlineToHtml(nodes: RichInline[]): string {
  return nodes.map(nodeToHtml).join("");
}

function nodeToHtml(node: RichInline): string {
  switch (node.type) {
    case "text":
      return escapeHtml(node.text);
    case "lineBreak":
      return "<br>";
    case "strong":
      return `<strong>${inlineToHtml(node.children)}</strong>`;
    case "emphasis":
      return `<em>${inlineToHtml(node.children)}</em>`;
    case "link":
      return `<a href="${escapeHtml(node.href)}" rel="nofollow noopener">${inlineToHtml(node.children)}</a>`;
  }
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}
