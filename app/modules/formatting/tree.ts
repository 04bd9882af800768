// The typed tree that employers' formatted texts parse into. Renderers walk it; nothing here is ever HTML.

/** A run of text inside a block. Links only ever hold an https: or mailto: address (see safe-href.ts). */
export type RichInline =
  | { type: "text"; text: string }
  | { type: "lineBreak" }
  | { type: "strong"; children: RichInline[] }
  | { type: "emphasis"; children: RichInline[] }
  | { type: "link"; href: string; children: RichInline[] };

export type RichBlock =
  | { type: "paragraph"; content: RichInline[] }
  | { type: "heading"; content: RichInline[] }
  | { type: "bulletList"; items: RichInline[][] }
  | { type: "numberedList"; start: number; items: RichInline[][] };
