// The development mailbox: downloads one attachment of a caught email (/dev/mail/:id/attachments/:index).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { devMailAttachment, requireDevMailbox } from "~/modules/email/dev-mailbox.server";
import { answering } from "~/modules/http/domain-errors.server";
import { sandboxPolicy } from "~/modules/security/headers.server.mjs";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await answering(async () => requireDevMailbox({ request, context }));
  const file = await answering(devMailAttachment(params.id ?? "", Number(params.index)));
  const filename = (file.filename ?? "attachment").replace(/[^\w.-]/g, "_");
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": sandboxPolicy,
    },
  });
}
