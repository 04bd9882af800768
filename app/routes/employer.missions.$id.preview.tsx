// A recruiter previews a mission as candidates will read it (/employer/missions/:id/preview).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useOtherLanguage } from "~/components/in-language";
import { MissionDetails } from "~/components/mission-details";
import { RichText } from "~/components/rich-text";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnMission } from "~/modules/employers/access.server";
import { titleMeta } from "~/modules/i18n/meta";
import { missionLanguageList, textList } from "~/modules/json-columns";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("editor.previewTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const mission = await findOwnMission(employer.id, params.id);
  return {
    mission: { ...mission, skills: textList(mission.skills), languages: missionLanguageList(mission.languages) },
    employer: { name: employer.name, purpose: employer.purpose, contentLocale: employer.contentLocale },
  };
}

export default function MissionPreview() {
  const { mission, employer } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const written = useOtherLanguage()(employer.contentLocale);
  return (
    <article className="mission-sheet max-w-4xl">
      <p className="notice" role="status">
        {t("editor.previewNotice")}
      </p>
      <h1 className="mt-6" lang={written}>
        {mission.title}
      </h1>
      <p className="mt-2 text-lg font-bold text-muted">
        {employer.name} · {mission.town}
      </p>
      <section aria-labelledby="purpose-title" className="mt-8 notice">
        <h2 id="purpose-title">{t("missions.purposeTitle", { employer: employer.name })}</h2>
        {employer.purpose ? (
          <div lang={written}>
            <RichText source={employer.purpose} />
          </div>
        ) : (
          <RichText source={t("editor.purposeMissing")} />
        )}
      </section>
      <MissionDetails mission={mission} contentLocale={employer.contentLocale} />
      <div className="mt-10 flex flex-wrap gap-4">
        <Link to={`/employer/missions/${mission.id}/edit`} className="button-secondary">
          {t("editor.backToEdit")}
        </Link>
        {mission.status === "draft" ? (
          <Form method="post" action={`/employer/missions/${mission.id}/publish`}>
            <button type="submit" className="button">
              {t("editor.publish")}
            </button>
          </Form>
        ) : null}
      </div>
    </article>
  );
}
