import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { devMailAttachment, listDevMail, readDevMail } from "~/modules/email/dev-mailbox.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { devMailboxTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";

describe("development mailbox", () => {
  it("keeps the real message, readable with its parts and attachments", async () => {
    const invitation = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    await db.$transaction((tx) =>
      sendEmail(tx, {
        to: "boite@exemple.ca",
        toName: "Boîte",
        locale: "en",
        template: "noAccount",
        params: { signUpLink: "http://chevronne.test/signup" },
        attachments: [
          { filename: "invite.ics", contentType: "text/calendar", content: Buffer.from(invitation).toString("base64") },
        ],
      }),
    );
    expect(await deliverDueEmails(devMailboxTransport())).toBe(1);
    const [listed] = await listDevMail();
    expect(listed.subject).toBe("No Chevronné account at this address");
    const mail = await readDevMail(listed.id);
    expect(mail.to).toContain("boite@exemple.ca");
    expect(mail.language).toBe("en");
    expect(mail.html).toContain('href="http://chevronne.test/signup"');
    expect(mail.text).toContain("http://chevronne.test/signup");
    expect(mail.attachments).toEqual([
      expect.objectContaining({ filename: "invite.ics", contentType: "text/calendar" }),
    ]);
    expect((await devMailAttachment(listed.id, 0)).content.toString()).toBe(invitation);
    // delivered once: a second round finds nothing to send
    expect(await deliverDueEmails(devMailboxTransport())).toBe(0);
  });
});
