import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { MoveCardForm } from "~/components/move-card-form";
import { ErrorSummary } from "~/components/error-summary";
import { StageSelect } from "~/components/stage-select";
import { db } from "~/db.server";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnApplication } from "~/modules/employers/access.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { translator, type TranslationKey } from "~/modules/i18n/translate";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { listPipeline, moveApplication, moveApplications } from "~/modules/pipeline/employer-pipeline.server";
import { bulkForm, moveForm, pipelineFilters } from "~/modules/pipeline/pipeline-forms";
import { groupByStage, stages, waitingDays } from "~/modules/pipeline/stages";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/forms/read.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("pipeline.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const url = new URL(request.url);
  const filters = pipelineFilters.parse(Object.fromEntries(url.searchParams));
  const listed = await listPipeline(employer.id, {
    missionId: filters.mission,
    stage: filters.stage,
    minScore: filters.minScore,
    idleDays: filters.waiting ? waitingDays : undefined,
    sort: filters.sort,
  });
  // an anonymised application is named by why it was anonymised, never by the person
  const t = translator(await getLocale(request, user));
  const items = listed.map((item) => ({ ...item, candidateName: item.candidateName ?? t(`retention.anonymisedName.${item.anonymisedReason ?? "retention"}`) }));
  const missions = await db.mission.findMany({ where: { employerId: employer.id }, select: { id: true, title: true }, orderBy: { title: "asc" } });
  return { filters, items, missions, moved: url.searchParams.get("moved") };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const formData = await readForm(request);
  const back = new URL(request.url);
  if (formData.get("intent") === "bulk") {
    const result = parseForm(bulkForm, formData);
    if (!result.ok) return { errors: result.errors };
    const moved = await moveApplications({ employerId: employer.id, actor: user, applicationIds: result.data.ids, to: result.data.to, notify: result.data.notify });
    back.searchParams.set("moved", String(moved));
    throw redirect(safeRedirectPath(`${back.pathname}${back.search}`, "/employer/pipeline"));
  }
  const result = parseForm(moveForm, formData);
  if (!result.ok) return { errors: result.errors };
  const application = await findOwnApplication(employer.id, result.data.application);
  const moved = await moveApplication({ employerId: employer.id, actor: user, applicationId: application.id, from: result.data.from, to: result.data.to, notify: result.data.notify });
  back.searchParams.set("moved", moved ? "1" : "0");
  throw redirect(safeRedirectPath(`${back.pathname}${back.search}`, "/employer/pipeline"));
}

export default function Pipeline() {
  const { filters, items, missions, moved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, formatDateTime } = useI18n();
  const viewHref = (view: "board" | "list") => {
    const params = new URLSearchParams(searchParams);
    params.set("view", view);
    params.delete("moved");
    return `?${params}`;
  };
  return (
    <div>
      <h1>{t("pipeline.title")}</h1>
      {moved !== null ? <SuccessNotice>{t("pipeline.moved", { count: Number(moved) })}</SuccessNotice> : null}
      <Form method="get" className="mt-6 card grid gap-x-6 md:grid-cols-3" aria-label={t("pipeline.filters")}>
        <input type="hidden" name="view" value={filters.view} />
        <div className="field">
          <label htmlFor="mission" className="field-label">{t("pipeline.mission")}</label>
          <select id="mission" name="mission" defaultValue={filters.mission ?? ""} className="field-input">
            <option value="">{t("pipeline.allMissions")}</option>
            {missions.map((mission) => (
              <option key={mission.id} value={mission.id}>{mission.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="stage" className="field-label">{t("pipeline.stage")}</label>
          <select id="stage" name="stage" defaultValue={filters.stage ?? ""} className="field-input">
            <option value="">{t("pipeline.allStages")}</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>{t(`pipeline.stages.${stage}` as TranslationKey)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="minScore" className="field-label">{t("pipeline.minScore")}</label>
          <select id="minScore" name="minScore" defaultValue={filters.minScore ?? ""} className="field-input">
            <option value="">{t("pipeline.anyScore")}</option>
            {[50, 70, 85].map((score) => (
              <option key={score} value={score}>{t("pipeline.scoreAtLeast", { score })}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort" className="field-label">{t("pipeline.sort")}</label>
          <select id="sort" name="sort" defaultValue={filters.sort} className="field-input">
            <option value="activity">{t("pipeline.sortActivity")}</option>
            <option value="score">{t("pipeline.sortScore")}</option>
            <option value="applied">{t("pipeline.sortApplied")}</option>
          </select>
        </div>
        <label className="choice self-end">
          <input type="checkbox" name="waiting" value="1" defaultChecked={Boolean(filters.waiting)} />
          <span>{t("pipeline.waitingOnly", { days: waitingDays })}</span>
        </label>
        <div className="self-end pb-6">
          <button type="submit" className="button">{t("pipeline.apply")}</button>
        </div>
      </Form>

      <p className="mt-6 flex flex-wrap gap-4">
        <Link to={viewHref("board")} className="nav-link" aria-current={filters.view === "board" ? "page" : undefined}>{t("pipeline.boardView")}</Link>
        <Link to={viewHref("list")} className="nav-link" aria-current={filters.view === "list" ? "page" : undefined}>{t("pipeline.listView")}</Link>
      </p>
      <p className="mt-2 font-bold" role="status">{t("pipeline.count", { count: items.length })}</p>

      {filters.view === "board" ? (
        <div className="mt-6 grid gap-4 lg:grid-cols-4">
          {groupByStage(items).map((column) => (
            <section key={column.stage} aria-labelledby={`column-${column.stage}`} className="rounded-xl border-2 border-rule bg-white p-4">
              <h2 id={`column-${column.stage}`} className="text-xl">
                {t(`pipeline.stages.${column.stage}` as TranslationKey)} ({column.items.length})
              </h2>
              <ul className="mt-3 grid gap-3">
                {column.items.map((item) => (
                  <li key={item.id} className="rounded-lg border-2 border-rule p-3">
                    <Link to={`/employer/applications/${item.id}`} className="link">{item.candidateName}</Link>
                    {item.refusesMail ? <p className="mt-1 font-bold text-danger">{t("deliverability.employer.badge")}</p> : null}
                    <p className="mt-1">{item.missionTitle}</p>
                    {item.score !== null ? <p className="mt-1">{t("pipeline.score", { score: item.score })}</p> : null}
                    {item.waiting ? <p className="mt-1 font-bold text-danger">{t("pipeline.waiting", { days: item.idleDays })}</p> : null}
                    {item.anonymisedReason ? null : <MoveCardForm applicationId={item.id} candidateName={item.candidateName} stage={item.stage} />}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : (
        <Form method="post" className="mt-6">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("pipeline.title")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">{t("pipeline.select")}</th>
                <th scope="col" className="py-2 pr-3">{t("pipeline.candidate")}</th>
                <th scope="col" className="py-2 pr-3">{t("pipeline.mission")}</th>
                <th scope="col" className="py-2 pr-3">{t("pipeline.stage")}</th>
                <th scope="col" className="py-2 pr-3">{t("pipeline.fit")}</th>
                <th scope="col" className="py-2">{t("pipeline.lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-rule">
                  <td className="py-2 pr-3">
                    <label className="flex min-h-target min-w-target items-center justify-center">
                      <input type="checkbox" name="ids" value={item.id} className="h-6 w-6 accent-brand" />
                      <span className="sr-only">{t("pipeline.selectCandidate", { name: item.candidateName })}</span>
                    </label>
                  </td>
                  <td className="py-2 pr-3">
                    <Link to={`/employer/applications/${item.id}`} className="link">{item.candidateName}</Link>
                    {item.refusesMail ? <span className="block font-bold text-danger">{t("deliverability.employer.badge")}</span> : null}
                  </td>
                  <td className="py-2 pr-3">{item.missionTitle}</td>
                  <td className="py-2 pr-3">{t(`pipeline.stages.${item.stage}` as TranslationKey)}</td>
                  <td className="py-2 pr-3">{item.score ?? "—"}</td>
                  <td className="py-2">
                    {formatDateTime(item.lastActivityAt)}
                    {item.waiting ? <span className="block font-bold text-danger">{t("pipeline.waiting", { days: item.idleDays })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <fieldset className="mt-6 card">
            <legend className="px-2 text-xl font-bold">{t("pipeline.bulkTitle")}</legend>
            <ErrorSummary errors={failure?.errors} fieldIds={{ ids: "bulk-to", to: "bulk-to" }} />
            <div className="flex flex-wrap items-end gap-6">
              <StageSelect id="bulk-to" name="to" label={t("pipeline.bulkTo")} />
              <label className="choice">
                <input type="checkbox" name="notify" defaultChecked />
                <span>{t("pipeline.notify")}</span>
              </label>
              <button type="submit" name="intent" value="bulk" className="button">{t("pipeline.bulkSubmit")}</button>
            </div>
          </fieldset>
        </Form>
      )}
    </div>
  );
}
