import { describe, expect, it } from "vitest";
import { renderHtml, renderText } from "~/modules/email/layout";
import { signInEmail } from "~/modules/email/templates/sign-in";
import { translator } from "~/modules/i18n/translate";

describe("email layout", () => {
  const privacy = { label: "Privacy: what we keep and your rights", url: "https://chevronne.example/privacy" };
  const params = {
    name: "<Léo>",
    link: "https://chevronne.example/signin/link?token=a&b",
    code: "042917",
    minutes: 15,
    isNewAccount: false,
  };

  it("says the same words in both parts, in the recipient's language, with one button and the privacy page's link", () => {
    const content = signInEmail(params, translator("en"));
    const html = renderHtml(content, "en", privacy);
    const text = renderText(content, privacy);
    expect(html).toContain('<html lang="en">');
    // the button, then the privacy page's link in the footer
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html).toMatch(
      /<a href="https:\/\/chevronne.example\/privacy"[^>]*>Privacy: what we keep and your rights<\/a><\/p>\n<\/div>/,
    );
    expect(text).toMatch(/Privacy: what we keep and your rights:\nhttps:\/\/chevronne.example\/privacy\n$/);
    expect(html).toContain("Hello &lt;Léo&gt;,");
    expect(html).toContain('href="https://chevronne.example/signin/link?token=a&amp;b"');
    expect(text).toContain("Hello <Léo>,");
    expect(text).toContain("https://chevronne.example/signin/link?token=a&b");
    expect(text).toContain("042917");
    expect(html).toMatch(/font-size:20px/);
  });

  it("is French for a French recipient", () => {
    const content = signInEmail(params, translator("fr"));
    expect(content.subject).toBe("Votre code de connexion Chevronné : 042917");
    expect(renderHtml(content, "fr", privacy)).toContain('<html lang="fr">');
  });
});
