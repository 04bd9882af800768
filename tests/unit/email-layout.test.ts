import { describe, expect, it } from "vitest";
import { renderHtml, renderText } from "~/modules/email/layout";
import { signInEmail } from "~/modules/email/templates/sign-in";
import { translator } from "~/modules/i18n/translate";

describe("email layout", () => {
  const params = { name: "<Léo>", link: "https://chevronne.example/signin/link?token=a&b", code: "042917", minutes: 15, isNewAccount: false };

  it("says the same words in both parts, in the recipient's language, with one button", () => {
    const content = signInEmail(params, translator("en"));
    const html = renderHtml(content, "en");
    const text = renderText(content);
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<a /g)).toHaveLength(1);
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
    expect(renderHtml(content, "fr")).toContain('<html lang="fr">');
  });
});
