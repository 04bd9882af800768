// One layout for every email: large text, one clear button, and a plain-text twin of the same words. Every email ends
// with a link to the privacy page (what we keep and the person's rights), which the renderers require.
import type { Locale } from "~/modules/i18n/locales";

export type EmailContent = {
  subject: string;
  /** when the subject holds a secret (a sign-in code): the same words without it, which is all the outbox keeps */
  subjectWithoutSecret?: string;
  /** the short line mail clients show after the subject */
  preheader: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** several choices, each a large button of its own (interview slots) */
  choices?: { label: string; url: string }[];
  /** a list of links before the button, such as new missions */
  items?: { label: string; detail: string; url: string }[];
  /** words shown after the button, such as a code to type */
  afterButton?: string[];
  /** plain links after those words, such as "add to Google Calendar" */
  links?: { label: string; url: string }[];
  footer: string;
  /** a link under the footer, such as "unsubscribe" */
  footerLink?: { label: string; url: string };
};

/** A link in every email's footer: the privacy page, in the recipient's language. */
export type PrivacyLink = { label: string; url: string };

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const paragraphStyle = "margin:0 0 20px;font-size:20px;line-height:1.6;color:#1a1a1a;";

export function renderHtml(content: EmailContent, locale: Locale, privacy: PrivacyLink): string {
  const paragraphs = (lines: string[]) =>
    lines.map((line) => `<p style="${paragraphStyle}">${escapeHtml(line)}</p>`).join("\n");
  const largeButton = (target: { label: string; url: string }) =>
    `<p style="margin:28px 0;"><a href="${escapeHtml(target.url)}" style="display:inline-block;padding:16px 28px;background:#0b4f5c;color:#ffffff;font-size:22px;font-weight:bold;text-decoration:none;border-radius:8px;">${escapeHtml(target.label)}</a></p>`;
  const button = content.button ? largeButton(content.button) : "";
  const choices = (content.choices ?? []).map(largeButton).join("\n");
  const links = (content.links ?? [])
    .map(
      (link) =>
        `<p style="margin:0 0 16px;font-size:20px;"><a href="${escapeHtml(link.url)}" style="color:#0b4f5c;font-weight:bold;">${escapeHtml(link.label)}</a></p>`,
    )
    .join("\n");
  const items = content.items?.length
    ? `<ul style="margin:0 0 20px;padding-left:24px;">${content.items
        .map(
          (item) =>
            `<li style="margin:0 0 16px;font-size:20px;line-height:1.5;"><a href="${escapeHtml(item.url)}" style="color:#0b4f5c;font-weight:bold;">${escapeHtml(item.label)}</a><br>${escapeHtml(item.detail)}</li>`,
        )
        .join("\n")}</ul>`
    : "";
  const footerLink = content.footerLink
    ? `<p style="margin:16px 0 0;font-size:18px;"><a href="${escapeHtml(content.footerLink.url)}" style="color:#0b4f5c;">${escapeHtml(content.footerLink.label)}</a></p>`
    : "";
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#fffdf8;font-family:Arial,Helvetica,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(content.preheader)}</div>
<div style="max-width:640px;margin:0 auto;padding:32px 24px;">
<p style="margin:0 0 24px;font-size:24px;font-weight:bold;color:#0b4f5c;">Chevronné</p>
<h1 style="margin:0 0 24px;font-size:30px;line-height:1.3;color:#1a1a1a;">${escapeHtml(content.heading)}</h1>
${paragraphs(content.paragraphs)}
${items}
${choices}
${button}
${paragraphs(content.afterButton ?? [])}
${links}
<hr style="border:none;border-top:2px solid #d6d3cc;margin:32px 0;">
<p style="margin:0;font-size:18px;line-height:1.6;color:#3d3d3d;">${escapeHtml(content.footer)}</p>
${footerLink}
<p style="margin:16px 0 0;font-size:18px;"><a href="${escapeHtml(privacy.url)}" style="color:#0b4f5c;">${escapeHtml(privacy.label)}</a></p>
</div>
</body>
</html>`;
}

export function renderText(content: EmailContent, privacy: PrivacyLink): string {
  const blocks = [content.heading, ...content.paragraphs];
  for (const item of content.items ?? []) blocks.push(`- ${item.label}\n  ${item.detail}\n  ${item.url}`);
  for (const choice of content.choices ?? []) blocks.push(`${choice.label}:\n${choice.url}`);
  if (content.button) blocks.push(`${content.button.label}:\n${content.button.url}`);
  blocks.push(...(content.afterButton ?? []));
  for (const link of content.links ?? []) blocks.push(`${link.label}:\n${link.url}`);
  blocks.push("--", content.footer);
  if (content.footerLink) blocks.push(`${content.footerLink.label}:\n${content.footerLink.url}`);
  blocks.push(`${privacy.label}:\n${privacy.url}`);
  return `${blocks.join("\n\n")}\n`;
}
