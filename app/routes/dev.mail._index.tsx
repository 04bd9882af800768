// The development mailbox (/dev/mail): every email the app sent while running locally, newest first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listDevMail, requireDevMailbox } from "~/modules/email/dev-mailbox.server";
import { answering } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("devMail.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  await answering(async () => requireDevMailbox({ request, context }));
  return { messages: await listDevMail() };
}

export default function DevMailList() {
  const { messages } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  return (
    <div>
      <h1>{t("devMail.title")}</h1>
      <p className="mt-4 max-w-prose">{t("devMail.intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-8">{t("devMail.empty")}</p>
      ) : (
        <table className="mt-8 w-full border-collapse text-left">
          <caption className="sr-only">{t("devMail.title")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-3 pr-4">
                {t("devMail.subject")}
              </th>
              <th scope="col" className="py-3 pr-4">
                {t("devMail.to")}
              </th>
              <th scope="col" className="py-3">
                {t("devMail.date")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-rule">
                <td className="py-3 pr-4">
                  <Link to={`/dev/mail/${message.id}`} className="link inline-block py-2">
                    {message.subject}
                  </Link>
                </td>
                <td className="py-3 pr-4 break-all">{message.toAddress}</td>
                <td className="py-3">{formatDateTime(message.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
