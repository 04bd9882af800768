// The development mailbox: a caught email's HTML part as its own sandboxed page (/dev/mail/:id/html).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { readDevMail, requireDevMailbox } from "~/modules/email/dev-mailbox.server";
import { answering } from "~/modules/http/domain-errors.server";
import { emailPreviewPolicy } from "~/modules/security/headers.server.mjs";

/** The email's formatted part as its own page, sandboxed: no script runs and nothing loads from elsewhere. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await answering(async () => requireDevMailbox({ request, context }));
  const mail = await answering(readDevMail(params.id ?? ""));
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": emailPreviewPolicy,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
