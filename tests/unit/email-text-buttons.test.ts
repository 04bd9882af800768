// The text version of an email has no buttons: its words must not send the reader to one ("appuyez sur le bouton").
// Interview emails are checked over SMTP in tests/integration/interview-answers.test.ts; these are the others that
// had a button in their words.
import { describe, expect, it } from "vitest";
import { renderText } from "~/modules/email/layout";
import { addressChangedEmail, passwordChangedEmail } from "~/modules/email/templates/account-security";
import { signInEmail } from "~/modules/email/templates/sign-in";
import { translator } from "~/modules/i18n/translate";

const mentionsAButton = /bouton|button|appuy|press|cliqu|click/i;

describe("the text version of an email", () => {
  it.each(["fr", "en"] as const)("never mentions a button (%s)", (locale) => {
    const t = translator(locale);
    const notice = { name: "Louise", notMeLink: "https://chevronne.test/account/not-me/x" };
    const privacy = { label: t("privacyPolicy.emailFooterLink"), url: "https://chevronne.test/privacy" };
    const texts = [
      renderText(
        signInEmail(
          { name: "Louise", link: "https://chevronne.test/signin/x", code: "123456", minutes: 15, isNewAccount: false },
          t,
        ),
        privacy,
      ),
      renderText(passwordChangedEmail(notice, t), privacy),
      renderText(addressChangedEmail({ ...notice, newEmail: "louise@exemple.ca" }, t), privacy),
    ];
    for (const text of texts) expect(text).not.toMatch(mentionsAButton);
  });
});
