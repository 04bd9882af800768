// An employer's formatted text (purpose, mission description) drawn as React elements, never as injected HTML.
import { parseRichText, type RichBlock, type RichInline } from "~/modules/formatting/rich-text";

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * An employer's formatted text (see modules/formatting/rich-text.ts) as React elements: no HTML string is ever
 * injected, so whatever was typed is escaped. `headingLevel` fits its "### " sub-headings into the page's outline.
 */
export function RichText({ source, headingLevel = 3 }: { source: string; headingLevel?: HeadingLevel }) {
  return (
    <>
      {parseRichText(source).map((block, index) => (
        <Block key={index} block={block} headingLevel={headingLevel} />
      ))}
    </>
  );
}

function Block({ block, headingLevel }: { block: RichBlock; headingLevel: HeadingLevel }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p className="mt-3 max-w-prose">
          <Inlines nodes={block.content} />
        </p>
      );
    case "heading": {
      const Heading = `h${headingLevel}` as const;
      return (
        <Heading className="mt-6 text-xl font-bold">
          <Inlines nodes={block.content} />
        </Heading>
      );
    }
    case "bulletList":
      return (
        <ul className="mt-3 max-w-prose list-disc pl-6">
          <Items items={block.items} />
        </ul>
      );
    case "numberedList":
      return (
        <ol start={block.start === 1 ? undefined : block.start} className="mt-3 max-w-prose list-decimal pl-6">
          <Items items={block.items} />
        </ol>
      );
  }
}

function Items({ items }: { items: RichInline[][] }) {
  return items.map((item, index) => (
    <li key={index} className="mt-1">
      <Inlines nodes={item} />
    </li>
  ));
}

function Inlines({ nodes }: { nodes: RichInline[] }) {
  return nodes.map((node, index) => <Inline key={index} node={node} />);
}

function Inline({ node }: { node: RichInline }) {
  switch (node.type) {
    case "text":
      return node.text;
    case "lineBreak":
      return <br />;
    case "strong":
      return (
        <strong>
          <Inlines nodes={node.children} />
        </strong>
      );
    case "emphasis":
      return (
        <em>
          <Inlines nodes={node.children} />
        </em>
      );
    case "link":
      return (
        <a href={node.href} className="link" rel="nofollow noopener">
          <Inlines nodes={node.children} />
        </a>
      );
  }
}
