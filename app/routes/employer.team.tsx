// An organisation's team (/employer/team): its members, pending invitations, and the form to invite a recruiter.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { requireOwner } from "~/modules/employers/access.server";
import { inviteForm } from "~/modules/employers/team-forms";
import { findRemovableMember, inviteRecruiter, listTeam } from "~/modules/employers/team.server";
import { parseForm, valueOf } from "~/modules/forms/parse";
import { notFound } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("team.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { employer } = await requireOwner(request);
  const [members, invitations] = await listTeam(employer.id);
  return {
    members: members.map((member) => ({
      id: member.id,
      role: member.role,
      name: member.user.name,
      email: member.user.email,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
    })),
    done: new URL(request.url).searchParams.get("done"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, employer } = await requireOwner(request);
  const formData = await readForm(request);
  // removing takes a second step (issue 13, item 3): a form posted here without it leads to its confirmation page
  if (formData.get("intent") === "remove") {
    const member = await findRemovableMember(employer.id, String(formData.get("membership") ?? ""));
    if (!member) throw notFound();
    throw redirect(`/employer/team/${member.id}/remove`, 303);
  }
  const result = parseForm(inviteForm, formData);
  if (!result.ok) return result;
  await inviteRecruiter({ employer, inviter: user, email: result.data.email, locale: result.data.locale });
  throw redirect("/employer/team?done=invited");
}

export default function Team() {
  const { members, invitations, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, formatDateTime } = useI18n();
  return (
    <div className="max-w-3xl">
      <h1>{t("team.title")}</h1>
      {done ? <SuccessNotice>{t(`team.done.${done}` as TranslationKey)}</SuccessNotice> : null}
      <ul className="mt-8 grid gap-4">
        {members.map((member) => (
          <li key={member.id} className="card flex flex-wrap items-center justify-between gap-4">
            <div>
              <p className="text-lg font-bold">{member.name}</p>
              <p>
                {member.email} · {t(`roles.${member.role}` as TranslationKey)}
              </p>
            </div>
            {member.role === "recruiter" ? (
              <Link
                to={`/employer/team/${member.id}/remove`}
                className="button-secondary"
                aria-label={`${t("team.remove")} : ${member.name}`}
              >
                {t("team.remove")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {invitations.length > 0 ? (
        <section aria-labelledby="pending-title" className="mt-8">
          <h2 id="pending-title">{t("team.pending")}</h2>
          <ul className="mt-3 list-disc pl-6">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                {t("team.pendingLine", { email: invitation.email, date: formatDateTime(invitation.expiresAt) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="invite-title" className="mt-10 card">
        <h2 id="invite-title">{t("team.inviteTitle")}</h2>
        <p className="mt-2">{t("team.inviteIntro")}</p>
        <Form method="post" noValidate className="mt-6">
          <ErrorSummary errors={failure?.errors} />
          <TextField
            name="email"
            type="email"
            label={t("fields.email")}
            autoComplete="off"
            defaultValue={valueOf(failure?.values, "email")}
            error={failure?.errors.email}
          />
          <RadioGroup
            name="locale"
            legend={t("team.inviteLanguage")}
            defaultValue={valueOf(failure?.values, "locale") ?? "fr"}
            choices={[
              { value: "fr", label: "Français" },
              { value: "en", label: "English" },
            ]}
          />
          <button type="submit" name="intent" value="invite" className="button">
            {t("team.invite")}
          </button>
        </Form>
      </section>
    </div>
  );
}
