// The ZIP of a person's data, streamed as an attachment (issue 12, point 3). POST only, after fresh proof: without it
// the person is sent to prove who they are and comes back to /account/data. Every download is in the audit trail.
import type { ActionFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { dataPage, startPersonalDataDownload } from "~/modules/privacy/personal-data-zip.server";
import { sandboxPolicy } from "~/modules/security/headers.server.mjs";

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireFreshProof(request, dataPage);
  // the form carries nothing, but is read like every other (size and type checked)
  await readForm(request);
  const zip = await startPersonalDataDownload(user);
  return new Response(createReadableStreamFromReadable(zip.stream), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${zip.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": sandboxPolicy,
    },
  });
}
