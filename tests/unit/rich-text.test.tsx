import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "~/components/rich-text";
import {
  MAX_SOURCE_LENGTH,
  parseRichText,
  richTextToHtml,
  richTextToPlain,
  type RichInline,
} from "~/modules/formatting/rich-text";

const text = (value: string): RichInline => ({ type: "text", text: value });
const markup = (source: string) => renderToStaticMarkup(<RichText source={source} />);

/** Every tag richTextToHtml may write, attributes included. */
const ALLOWED_TAG =
  /^<(\/?(p|ul|ol|li|strong|em|a)|br|ol start="\d+"|a href="(https:\/\/|mailto:)[^"<>]*" rel="nofollow noopener")>$/;

function expectOnlyAllowedTags(html: string) {
  const tags = html.match(/<[^>]*>?/g) ?? [];
  for (const tag of tags) expect(tag).toMatch(ALLOWED_TAG);
}

describe("parseRichText: blocks", () => {
  it("splits paragraphs on blank lines and keeps line breaks inside them", () => {
    expect(parseRichText("Première ligne\r\ndeuxième ligne\r\n\r\n\r\nAutre paragraphe")).toEqual([
      { type: "paragraph", content: [text("Première ligne"), { type: "lineBreak" }, text("deuxième ligne")] },
      { type: "paragraph", content: [text("Autre paragraphe")] },
    ]);
  });

  it("reads bullet lists written with -, * or •, even right under a sentence", () => {
    expect(parseRichText("Vos tâches :\n- accueillir\n* conseiller\n• ranger")).toEqual([
      { type: "paragraph", content: [text("Vos tâches :")] },
      { type: "bulletList", items: [[text("accueillir")], [text("conseiller")], [text("ranger")]] },
    ]);
  });

  it("reads numbered lists and keeps the first number", () => {
    expect(parseRichText("1. Accueil\n2) Caisse")).toEqual([
      { type: "numberedList", start: 1, items: [[text("Accueil")], [text("Caisse")]] },
    ]);
    expect(parseRichText("3. Suite")).toEqual([{ type: "numberedList", start: 3, items: [[text("Suite")]] }]);
  });

  it("keeps a list across blank lines between items, and an indented line with its item", () => {
    expect(parseRichText("- un\n  suite de un\n\n- deux\nParagraphe")).toEqual([
      { type: "bulletList", items: [[text("un"), { type: "lineBreak" }, text("suite de un")], [text("deux")]] },
      { type: "paragraph", content: [text("Paragraphe")] },
    ]);
  });

  it("starts a new list when the kind of list changes", () => {
    expect(parseRichText("1. Accueil\n   - clients\n2. Caisse").map((block) => block.type)).toEqual([
      "numberedList",
      "bulletList",
      "numberedList",
    ]);
  });

  it('lets only "1." start a numbered list inside a paragraph, so a year at a line start stays text', () => {
    expect(parseRichText("Fondée en\n2019. Depuis, nous grandissons.")).toEqual([
      {
        type: "paragraph",
        content: [text("Fondée en"), { type: "lineBreak" }, text("2019. Depuis, nous grandissons.")],
      },
    ]);
  });

  it('reads "### " as a sub-heading, and other numbers of "#" as text', () => {
    expect(parseRichText("### Nos valeurs")).toEqual([{ type: "heading", content: [text("Nos valeurs")] }]);
    expect(richTextToPlain("# Titre\n\n#### Titre\n\n###Titre")).toBe("# Titre\n\n#### Titre\n\n###Titre");
  });
});

describe("parseRichText: inline formatting", () => {
  const inline = (source: string) => {
    const [block] = parseRichText(source);
    return block.type === "paragraph" ? block.content : [];
  };

  it("reads bold and both italics", () => {
    expect(inline("**gras** *italique* _aussi_")).toEqual([
      { type: "strong", children: [text("gras")] },
      text(" "),
      { type: "emphasis", children: [text("italique")] },
      text(" "),
      { type: "emphasis", children: [text("aussi")] },
    ]);
  });

  it("nests bold and italic", () => {
    expect(inline("***les deux***")).toEqual([
      { type: "strong", children: [{ type: "emphasis", children: [text("les deux")] }] },
    ]);
    expect(inline("*un **deux***")).toEqual([
      { type: "emphasis", children: [text("un "), { type: "strong", children: [text("deux")] }] },
    ]);
  });

  it("reads https and mailto links, with formatting inside and balanced parentheses in the address", () => {
    expect(inline("[**Site**](https://exemple.ca/été) ou [écrivez](mailto:rh@exemple.ca)")).toEqual([
      {
        type: "link",
        href: "https://exemple.ca/%C3%A9t%C3%A9",
        children: [{ type: "strong", children: [text("Site")] }],
      },
      text(" ou "),
      { type: "link", href: "mailto:rh@exemple.ca", children: [text("écrivez")] },
    ]);
    expect(inline("(voir [Québec](https://fr.wikipedia.org/wiki/Québec_(ville)))")).toEqual([
      text("(voir "),
      { type: "link", href: "https://fr.wikipedia.org/wiki/Qu%C3%A9bec_(ville)", children: [text("Québec")] },
      text(")"),
    ]);
  });

  it("shows the address of a link written without text", () => {
    expect(inline("[](https://exemple.ca)")).toEqual([
      { type: "link", href: "https://exemple.ca/", children: [text("https://exemple.ca/")] },
    ]);
  });

  it("leaves arithmetic, snake_case and underscores inside words alone", () => {
    const source = "2 * 3 * 4, mon_adresse_courriel et __init__";
    expect(inline(source)).toEqual([text(source)]);
  });

  it("degrades unbalanced or crossed markers to the text as typed", () => {
    const typedAsIs = [
      "**gras sans fin",
      "fin de gras**",
      "*italique",
      "_italique",
      "[texte",
      "texte]",
      "[texte](https://exemple.ca",
      "[texte] (https://exemple.ca)",
      "**Note : **suite",
      "**** décor ****",
      "[](",
      "a*",
    ];
    for (const source of typedAsIs) expect(richTextToPlain(source)).toBe(source);
    expect(inline("**a *b** c*")).toEqual([{ type: "strong", children: [text("a *b")] }, text(" c*")]);
    expect(inline("[a **b [c](https://x.ca) d**")).toEqual([
      text("[a "),
      {
        type: "strong",
        children: [text("b "), { type: "link", href: "https://x.ca/", children: [text("c")] }, text(" d")],
      },
    ]);
  });
});

describe("unsafe input is shown as text or dropped", () => {
  const refusedLinks = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( JaVaScRiPt:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](vbscript:msgbox(1))",
    "[x](//evil.example)",
    "[x](/connexion)",
    "[x](http://exemple.ca)",
    "[x](https:evil.example)",
    "[x](mailto:personne)",
  ];

  it.each(refusedLinks)("%s stays text, exactly as typed", (source) => {
    expect(richTextToPlain(source)).toBe(source);
    expect(markup(source)).not.toContain("<a");
    expect(richTextToHtml(source)).not.toContain("<a");
  });

  it("escapes HTML typed in the text, in the component and in the HTML output", () => {
    const source = '<script>alert(1)</script> <img src=x onerror="alert(1)"> **<b>**';
    for (const html of [markup(source), richTextToHtml(source)]) {
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).toContain("&lt;img src=x onerror=");
      expect(html).toContain("<strong>&lt;b&gt;</strong>");
      expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    }
  });

  it("shows typed HTML entities as typed", () => {
    expect(markup("&lt;script&gt; &amp; &#106;")).toBe(
      '<p class="mt-3 max-w-prose">&amp;lt;script&amp;gt; &amp;amp; &amp;#106;</p>',
    );
    expect(richTextToHtml("&lt;b&gt;")).toBe("<p>&amp;lt;b&amp;gt;</p>");
  });

  it("escapes quotes in a link address", () => {
    const source = '[écrire](mailto:a"onmouseover="alert(1)"@exemple.ca)';
    expect(richTextToHtml(source)).toContain('href="mailto:a&quot;onmouseover=&quot;alert(1)&quot;@exemple.ca"');
    expect(markup(source)).toContain('href="mailto:a&quot;onmouseover=&quot;alert(1)&quot;@exemple.ca"');
  });

  it("richTextToHtml writes only the allowed tags and attributes", () => {
    const source = [
      "### <h1>Titre</h1>",
      '<p onclick=x>**gras** *it* _it_ [ok](https://exemple.ca/?a="b"&c=<d>) [non](javascript:x) [mail](mailto:rh@exemple.ca)</p>',
      "- <li>un</li>\n- deux\n\n4. <ol>quatre\n5. cinq",
      "<iframe src=//evil.example></iframe><a href=javascript:x>y</a><svg onload=x><style>*{}</style>",
      "ligne\nsuivante <br> ' \"",
    ].join("\n\n");
    const html = richTextToHtml(source);
    expectOnlyAllowedTags(html);
    expect(html).toContain('<ol start="4">');
    expect(html).toContain('<a href="https://exemple.ca/?a=%22b%22&amp;c=%3Cd%3E" rel="nofollow noopener">ok</a>');
  });
});

describe("richTextToPlain and richTextToHtml", () => {
  const source =
    "### Nos valeurs\n\nLe **respect** et l’*écoute*.\nToujours.\n\n- [Site](https://exemple.ca)\n- [rh@exemple.ca](mailto:rh@exemple.ca)\n  par courriel\n\n2. deux\n3. trois";

  it("gives the words without markers, with list signs and link addresses", () => {
    expect(richTextToPlain(source)).toBe(
      "Nos valeurs\n\nLe respect et l’écoute.\nToujours.\n\n• Site (https://exemple.ca/)\n• rh@exemple.ca\n  par courriel\n\n2. deux\n3. trois",
    );
  });

  it("gives minimal HTML, a sub-heading becoming a bold paragraph", () => {
    expect(richTextToHtml(source)).toBe(
      "<p><strong>Nos valeurs</strong></p>" +
        "<p>Le <strong>respect</strong> et l’<em>écoute</em>.<br>Toujours.</p>" +
        '<ul><li><a href="https://exemple.ca/" rel="nofollow noopener">Site</a></li>' +
        '<li><a href="mailto:rh@exemple.ca" rel="nofollow noopener">rh@exemple.ca</a><br>par courriel</li></ul>' +
        '<ol start="2"><li>deux</li><li>trois</li></ol>',
    );
  });

  it("leaves French text, accents, « guillemets » and € untouched", () => {
    const french = "L’équipe « Aînés actifs » paie 18,50 € de l’heure — à Québec ; cœur, naïf, Noël, ÉTÉ !";
    expect(richTextToPlain(french)).toBe(french);
    expect(richTextToHtml(french)).toBe(`<p>${french}</p>`);
    expect(markup(french)).toBe(`<p class="mt-3 max-w-prose">${french}</p>`);
  });
});

describe("<RichText>", () => {
  it("renders each construct with the site's classes and safe links", () => {
    expect(markup("Un **gras** et *doux*\nretour [site](https://exemple.ca)")).toBe(
      '<p class="mt-3 max-w-prose">Un <strong>gras</strong> et <em>doux</em><br/>retour ' +
        '<a href="https://exemple.ca/" class="link" rel="nofollow noopener">site</a></p>',
    );
    expect(markup("- un\n- deux")).toBe(
      '<ul class="mt-3 max-w-prose list-disc pl-6"><li class="mt-1">un</li><li class="mt-1">deux</li></ul>',
    );
    expect(markup("1. un")).toBe('<ol class="mt-3 max-w-prose list-decimal pl-6"><li class="mt-1">un</li></ol>');
    expect(markup("7. sept")).toContain('<ol start="7"');
  });

  it("renders sub-headings at the level the page asks for", () => {
    expect(markup("### Valeurs")).toBe('<h3 class="mt-6 text-xl font-bold">Valeurs</h3>');
    expect(renderToStaticMarkup(<RichText source="### Valeurs" headingLevel={4} />)).toBe(
      '<h4 class="mt-6 text-xl font-bold">Valeurs</h4>',
    );
  });

  it("renders nothing for an empty text", () => {
    expect(markup(" \n\n ")).toBe("");
  });
});

describe("limits", () => {
  it(`cuts the input at ${MAX_SOURCE_LENGTH} characters without splitting an emoji`, () => {
    expect(richTextToPlain("a".repeat(MAX_SOURCE_LENGTH + 5000))).toHaveLength(MAX_SOURCE_LENGTH);
    expect(richTextToPlain(`${"a".repeat(MAX_SOURCE_LENGTH - 1)}😀`)).toBe("a".repeat(MAX_SOURCE_LENGTH - 1));
  });

  const length = MAX_SOURCE_LENGTH;
  const pathological: [string, string][] = [
    ["*", "*".repeat(length)],
    ["[", "[".repeat(length)],
    ["_", "_".repeat(length)],
    ["(", "(".repeat(length)],
    ["*a", "*a".repeat(length / 2)],
    ["**a", "**a".repeat(length / 3)],
    ["_a ", "_a ".repeat(length / 3)],
    ["[](", "[](".repeat(length / 3)],
    ["[a](", "[a](".repeat(length / 4)],
    ["[a](https://x.ca/", `[a](https://x.ca/${"(".repeat(length)}`],
    ["*[_", "*[_".repeat(length / 3)],
    ["- *\\n", "- *\n".repeat(length / 4)],
    ["1. \\n\\n", "1. \n\n".repeat(length / 5)],
    ["\\n", "\n".repeat(length)],
  ];

  // The best of three runs, so that a busy shared machine does not fail the test: anything worse than linear
  // (a backtracking regex, a rescan per marker) would take seconds here, not tens of milliseconds.
  it.each(pathological)("%s repeated to the limit parses in well under 100 ms", (_name, source) => {
    const durations = [1, 2, 3].map(() => {
      const started = performance.now();
      richTextToHtml(source);
      return performance.now() - started;
    });
    expect(Math.min(...durations)).toBeLessThan(100);
  });
});
