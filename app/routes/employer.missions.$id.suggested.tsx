// Candidates suggested for a mission (/employer/missions/:id/suggested), whom a recruiter may invite to apply.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { InLanguage, Sentence } from "~/components/in-language";
import { MatchReasons } from "~/components/match-reasons";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnMission } from "~/modules/employers/access.server";
import { inviteToApply, suggestCandidates } from "~/modules/employers/suggestions.server";
import { notFound } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { describeForRecruiter } from "~/modules/matching";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/request-gate/read-form.server";
import { recordViews } from "~/modules/privacy/who-looked.server";

export const meta = titleMeta("suggested.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const suggestions = await suggestCandidates(employer.id, params.id ?? "");
  if (!suggestions) throw notFound();
  // who looked: each person listed sees on their account page that this organisation saw their profile
  await recordViews(
    suggestions.ranked.map(({ profile }) => ({
      employerId: employer.id,
      memberId: user.id,
      candidateId: profile.id,
      what: "profile" as const,
    })),
  );
  const locale = await getLocale(request, user);
  return {
    mission: {
      id: suggestions.mission.id,
      title: suggestions.mission.title,
      open: suggestions.mission.open,
      contentLocale: employer.contentLocale,
    },
    people: suggestions.ranked.map(({ profile, result, invited }) => ({
      id: profile.id,
      name: profile.user.name,
      headline: profile.headline,
      town: profile.town,
      score: result.score,
      reasons: describeForRecruiter(result, locale, 3),
      invited,
    })),
    invited: new URL(request.url).searchParams.has("invited"),
    unverified: employer.verificationStatus !== "verified",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const mission = await findOwnMission(employer.id, params.id);
  const candidateId = String((await readForm(request)).get("candidate") ?? "");
  if (!(await inviteToApply(employer.id, user, mission.id, candidateId))) throw notFound();
  throw redirect(`/employer/missions/${mission.id}/suggested?invited=1`);
}

export default function SuggestedCandidates() {
  const { mission, people, invited, unverified } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-4xl">
      <p>
        <Link to="/employer/missions" className="link inline-block py-2">
          {t("editor.back")}
        </Link>
      </p>
      <h1 className="mt-4">
        <Sentence
          text={t("suggested.heading")}
          parts={{ mission: <InLanguage lang={mission.contentLocale}>{mission.title}</InLanguage> }}
        />
      </h1>
      {invited ? <SuccessNotice>{t("suggested.invitedNotice")}</SuccessNotice> : null}
      <p className="mt-4 text-lg">{t("suggested.intro")}</p>
      {unverified ? (
        <p className="mt-4 notice">{t("administration.employer.suggestionsAfterVerification")}</p>
      ) : !mission.open ? (
        <p className="mt-4 notice">{t("suggested.notOpen")}</p>
      ) : null}
      {unverified ? null : people.length === 0 ? (
        <p className="mt-8">{t("suggested.none")}</p>
      ) : (
        <ol className="mt-8 grid gap-4">
          {people.map((person) => (
            <li key={person.id} className="card">
              <h2 className="text-xl">{person.name}</h2>
              <p className="mt-1">{[person.headline, person.town].filter(Boolean).join(" · ")}</p>
              <p className="mt-2 font-bold">{t("pipeline.score", { score: person.score })}</p>
              <MatchReasons reasons={person.reasons} />
              {person.invited ? (
                <p className="mt-4 font-bold">{t("suggested.alreadyInvited")}</p>
              ) : mission.open ? (
                <Form method="post" className="mt-4">
                  <input type="hidden" name="candidate" value={person.id} />
                  <button
                    type="submit"
                    className="button-secondary"
                    aria-label={`${t("suggested.invite")} : ${person.name}`}
                  >
                    {t("suggested.invite")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
