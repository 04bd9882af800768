// Serves an organisation's public image (logo, photo) by id (/images/:id); never a CV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPublicImage } from "~/modules/files/images.server";
import { sandboxPolicy } from "~/modules/security/headers.server.mjs";

/** Public employer images only (never CVs), with the type detected at upload and no way to run as a page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const file = await findPublicImage(params.id ?? "");
  if (!file) throw new Response("Not found", { status: 404 });
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": sandboxPolicy,
      "Cache-Control": "public, max-age=86400",
    },
  });
}
