// Downloads an application's CV (/applications/:id/cv) for the candidate or the organisation's members; logs who looked.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/session.server";
import { findCvForViewer } from "~/modules/pipeline/applications.server";
import { recordCvDownload } from "~/modules/privacy/who-looked.server";
import { sandboxPolicy } from "~/modules/security/headers.server.mjs";

/** The CV, for its owner and the employer's members only; anyone else gets the same 404 as for no CV. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const file = await findCvForViewer(params.id ?? "", user.id);
  if (!file) throw new Response("Not found", { status: 404 });
  // who looked: an employer member's download is shown to the candidate on their account page
  if (user.kind === "employer") await recordCvDownload(params.id ?? "", user.id);
  const extension = file.contentType === "application/pdf" ? "pdf" : "docx";
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="cv.${extension}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": sandboxPolicy,
      "Cache-Control": "private, no-store",
    },
  });
}
