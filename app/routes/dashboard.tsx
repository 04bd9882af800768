// The signed-in home (/dashboard): a candidate's tools and applications, or an organisation's missions and members.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FirstSteps } from "~/components/first-steps";
import { CareersWidgetSnippet } from "~/components/careers-widget-snippet";
import { useOtherLanguage } from "~/components/in-language";
import { VerificationNotice } from "~/components/verification-notice";
import { findDashboardMembership } from "~/modules/employers/first-steps.server";
import { listDashboardApplications } from "~/modules/pipeline/applications.server";
import { requireEmployerMember, requireUser } from "~/modules/auth/session.server";
import { firstSteps } from "~/modules/employers/first-steps.server";
import { widgetPath, widgetSnippet } from "~/modules/employers/widget.server";
import { snippetTexts } from "~/modules/missions/feed-texts.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { profileProgress } from "~/modules/candidates/profile";
import { loadProfile } from "~/modules/candidates/profile.server";
import { NewSinceLastVisit } from "~/components/new-since-last-visit";
import { newSinceLastVisit } from "~/modules/pipeline/application-notices.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("dashboard.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.kind === "candidate") {
    const applications = await listDashboardApplications(user.id);
    const profile = await loadProfile(user.id);
    return { kind: "candidate" as const, name: user.name, applications, progress: profileProgress(profile) };
  }
  // the organisation this browser works in (a removed recruiter gets the page that says so)
  const { membership: chosen } = await requireEmployerMember(request);
  const membership = await findDashboardMembership(chosen.id);
  if (!membership) throw new Response("Not found", { status: 404 });
  // what arrived since the last visit, counted before this visit is recorded (pipeline/application-notices.server.ts)
  const newSince = await newSinceLastVisit(membership.id);
  // the first steps are the owner's: the organisation's profile and team are theirs to change
  const steps = membership.role === "owner" ? await firstSteps(membership.employer.id) : [];
  // the careers widget is the owner's to put on the organisation's site, once its public page exists (verified)
  const locale = await getLocale(request, user);
  const widget =
    membership.role === "owner" && membership.employer.verificationStatus === "verified"
      ? {
          snippet: widgetSnippet(membership.employer, locale),
          previewHref: widgetPath(membership.employer.slug, locale),
          texts: snippetTexts(locale),
        }
      : null;
  return {
    kind: "employer" as const,
    name: user.name,
    role: membership.role,
    employer: membership.employer,
    firstSteps: steps,
    newSince,
    widget,
  };
}

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  const otherLanguage = useOtherLanguage();
  return (
    <div>
      <h1>{t("dashboard.greeting", { name: data.name })}</h1>
      {data.kind === "candidate" ? (
        <>
          <nav aria-label={t("dashboard.candidateLinks")} className="mt-8">
            <ul className="grid gap-4 sm:grid-cols-2">
              {[
                {
                  to: "/profile",
                  title: t("nav.profile"),
                  hint: t("profile.progress", { count: data.progress.done, total: data.progress.total }),
                },
                { to: "/missions/for-you", title: t("forYou.title"), hint: t("dashboard.forYouHint") },
                { to: "/saved", title: t("saved.title"), hint: t("dashboard.savedHint") },
                { to: "/alerts", title: t("alerts.title"), hint: t("dashboard.alertsHint") },
              ].map((tool) => (
                <li key={tool.to} className="card">
                  <Link to={tool.to} className="link text-xl">
                    {tool.title}
                  </Link>
                  <p className="mt-2">{tool.hint}</p>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="applications-title" className="mt-8">
            <h2 id="applications-title">{t("dashboard.applicationsTitle")}</h2>
            {data.applications.length === 0 ? (
              <p className="mt-4">{t("dashboard.noApplications")}</p>
            ) : (
              <ul className="mt-6 grid gap-4">
                {data.applications.map((application) => (
                  <li key={application.id} className="card">
                    <h3 className="text-xl font-bold" lang={otherLanguage(application.mission.employer.contentLocale)}>
                      {application.mission.title}
                    </h3>
                    <p className="text-muted">
                      {application.mission.employer.name} · {application.mission.town}
                    </p>
                    <p className="mt-2 font-bold">{t(`stages.${application.stage}` as TranslationKey)}</p>
                    <p className="mt-1">{t("dashboard.updated", { date: formatDateTime(application.updatedAt) })}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <>
          <p className="mt-4 text-lg">
            {t("dashboard.employerIntro", {
              organisation: data.employer.name,
              role: t(`roles.${data.role}` as TranslationKey),
            })}
          </p>
          <VerificationNotice
            status={data.employer.verificationStatus}
            refusalReason={data.employer.verificationRefusalReason}
          />
          <NewSinceLastVisit count={data.newSince.count} applications={data.newSince.applications} />
          <FirstSteps steps={data.firstSteps} />
          <nav aria-label={t("dashboard.employerLinks")} className="mt-8">
            <ul className="grid gap-4 sm:grid-cols-2">
              {[
                // the organisation's profile and team are the owner's to change (others get a 404 there)
                ...(data.role === "owner"
                  ? [
                      { to: "/employer/profile", title: t("organisation.title") },
                      { to: "/employer/team", title: t("team.title") },
                    ]
                  : []),
                { to: "/employer/templates", title: t("templates.title") },
                { to: "/employer/interviews", title: t("interviews.agenda.title") },
              ].map((tool) => (
                <li key={tool.to} className="card">
                  <Link to={tool.to} className="link text-xl">
                    {tool.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="missions-title" className="mt-8">
            <h2 id="missions-title">{t("dashboard.missionsTitle")}</h2>
            {data.employer.missions.length === 0 ? (
              <p className="mt-4">{t("dashboard.noMissions")}</p>
            ) : (
              <ul className="mt-6 grid gap-4 md:grid-cols-2">
                {data.employer.missions.map((mission) => (
                  <li key={mission.id} className="card">
                    <h3 className="text-xl font-bold" lang={otherLanguage(data.employer.contentLocale)}>
                      {mission.title}
                    </h3>
                    <p className="mt-1">{t(`missionStatus.${mission.status}` as TranslationKey)}</p>
                    <p className="mt-1">{t("dashboard.applicationCount", { count: mission._count.applications })}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.widget ? (
            <CareersWidgetSnippet
              snippet={data.widget.snippet}
              previewHref={data.widget.previewHref}
              texts={data.widget.texts}
            />
          ) : null}
          <section aria-labelledby="members-title" className="mt-8">
            <h2 id="members-title">{t("dashboard.membersTitle")}</h2>
            <ul className="mt-4 list-disc pl-6">
              {data.employer.members.map((member) => (
                <li key={member.user.email}>
                  {member.user.name} ({member.user.email}) · {t(`roles.${member.role}` as TranslationKey)}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
