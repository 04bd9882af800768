// One layout for every email: large text, one clear button, and a plain-text twin of the same words.
import type { Locale } from "~/modules/i18n/locales";

export type EmailContent = {
  subject: string;
  /** the short line mail clients show after the subject */
  preheader: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** words shown after the button, such as a code to type */
  afterButton?: string[];
  footer: string;
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const paragraphStyle = "margin:0 0 20px;font-size:20px;line-height:1.6;color:#1a1a1a;";

export function renderHtml(content: EmailContent, locale: Locale): string {
  const paragraphs = (lines: string[]) => lines.map((line) => `<p style="${paragraphStyle}">${escapeHtml(line)}</p>`).join("\n");
  const button = content.button
    ? `<p style="margin:28px 0;"><a href="${escapeHtml(content.button.url)}" style="display:inline-block;padding:16px 28px;background:#0b4f5c;color:#ffffff;font-size:22px;font-weight:bold;text-decoration:none;border-radius:8px;">${escapeHtml(content.button.label)}</a></p>`
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
${button}
${paragraphs(content.afterButton ?? [])}
<hr style="border:none;border-top:2px solid #d6d3cc;margin:32px 0;">
<p style="margin:0;font-size:18px;line-height:1.6;color:#3d3d3d;">${escapeHtml(content.footer)}</p>
</div>
</body>
</html>`;
}

export function renderText(content: EmailContent): string {
  const blocks = [content.heading, ...content.paragraphs];
  if (content.button) blocks.push(`${content.button.label}:\n${content.button.url}`);
  blocks.push(...(content.afterButton ?? []), "--", content.footer);
  return `${blocks.join("\n\n")}\n`;
}
