// The incident register as a CSV file, in the administrator's language (cells a spreadsheet would run as formulas
// are neutralised by app/modules/privacy/csv.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdministrator } from "~/modules/administration/access.server";
import { exportIncidents } from "~/modules/administration/incidents.server";
import { getLocale } from "~/modules/i18n/preferences.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const csv = await exportIncidents(administrator, await getLocale(request, administrator));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="incidents-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
