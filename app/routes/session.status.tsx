// How long this browser's session has left, for the idle warning (components/idle-warning.tsx). Asking does not
// count as activity, so a page left open does not keep itself signed in.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { peekSessionEnd } from "~/modules/auth/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const endsAt = await peekSessionEnd(request);
  return Response.json(
    { remainingMs: endsAt ? endsAt.getTime() - Date.now() : null },
    { headers: { "Cache-Control": "no-store" } },
  );
}
