// Reading what the end-to-end SMTP server received, with mailparser, as a person reads their inbox.
import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { tmpDir } from "./paths";

export const e2eMailDir = path.join(tmpDir, "e2e-mail");
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((address) => address.address?.toLowerCase() ?? ""));
}

/** Waits for the newest email to `address` that arrived after `since` (a Date.now() value) and matches. */
export async function waitForEmail(
  address: string,
  options: { since?: number; match?: (mail: ParsedMail) => boolean; timeoutMs?: number } = {},
): Promise<ParsedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  while (Date.now() < deadline) {
    const files = fs.existsSync(e2eMailDir)
      ? fs
          .readdirSync(e2eMailDir)
          .filter((file) => file.endsWith(".eml"))
          .sort()
          .reverse()
      : [];
    for (const file of files) {
      if (options.since && Number(file.split("-")[0]) < options.since) continue;
      const mail = await simpleParser(fs.readFileSync(path.join(e2eMailDir, file)));
      if (recipients(mail).includes(address.toLowerCase()) && (options.match?.(mail) ?? true)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email to ${address} arrived in time`);
}

export function linkFrom(mail: ParsedMail, pathPrefix: string): string {
  const found = (mail.text ?? "").match(new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!found) throw new Error(`No ${pathPrefix} link in the email`);
  return found[0];
}

export function codeFrom(mail: ParsedMail): string {
  const found = (mail.text ?? "").match(/\b(\d{6})\b/);
  if (!found) throw new Error("No code in the email");
  return found[1];
}
