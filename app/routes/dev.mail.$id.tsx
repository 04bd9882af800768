// The development mailbox: one caught email (/dev/mail/:id), its headers, attachments, formatted and text parts.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { readDevMail, requireDevMailbox } from "~/modules/email/dev-mailbox.server";
import { answering } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("devMail.messageTitle");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await answering(async () => requireDevMailbox({ request, context }));
  return answering(readDevMail(params.id ?? ""));
}

export default function DevMailMessage() {
  const mail = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  return (
    <div>
      <p>
        <Link to="/dev/mail" className="link inline-block py-2">
          {t("devMail.back")}
        </Link>
      </p>
      <h1 className="mt-4 break-words">{mail.subject}</h1>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t("devMail.from")}</dt>
        <dd className="break-all">{mail.from}</dd>
        <dt className="font-bold">{t("devMail.to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        {mail.date ? (
          <>
            <dt className="font-bold">{t("devMail.date")}</dt>
            <dd>{formatDateTime(mail.date)}</dd>
          </>
        ) : null}
      </dl>
      {mail.trimmed ? <p className="mt-8 notice">{t("deliverability.devMail.trimmed")}</p> : null}
      {mail.attachments.length > 0 ? (
        <section aria-labelledby="attachments-title" className="mt-8">
          <h2 id="attachments-title">{t("devMail.attachments")}</h2>
          <ul className="mt-4 list-disc pl-6">
            {mail.attachments.map((file) => (
              <li key={file.index}>
                <a href={`/dev/mail/${mail.id}/attachments/${file.index}`} className="link inline-block py-2">
                  {file.filename}
                </a>{" "}
                ({file.contentType})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mail.html ? (
        <p className="mt-8">
          <a href={`/dev/mail/${mail.id}/html`} className="button-secondary">
            {t("devMail.htmlPart")}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="text-title" className="mt-8">
        <h2 id="text-title">{t("devMail.textPart")}</h2>
        <pre
          lang={mail.language}
          className="mt-4 whitespace-pre-wrap break-words rounded-lg border-2 border-rule bg-white p-4 font-sans"
        >
          {mail.text}
        </pre>
      </section>
    </div>
  );
}
