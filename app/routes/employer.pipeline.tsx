// The recruiters' board of applications (/employer/pipeline): columns by stage, filters, bulk moves and undo.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { DraggableCard, DropColumn } from "~/components/board-drag";
import { ErrorSummary } from "~/components/error-summary";
import { StageSelect, useStageName } from "~/components/stage-select";
import { notFound } from "~/modules/http/domain-errors.server";
import { listOrganisationMissionTitles } from "~/modules/missions/mission.server";
import { useOtherLanguage } from "~/components/in-language";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { translator } from "~/modules/i18n/translate";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { listPipeline, moveApplications, planBulkMove } from "~/modules/pipeline/employer-pipeline.server";
import { notifyByDefault } from "~/modules/pipeline/move-emails";
import { pendingMoveEmails, withdrawMoveEmail } from "~/modules/pipeline/move-emails.server";
import { bulkForm, pipelineFilters, undoForm } from "~/modules/pipeline/pipeline-forms";
import { boardLanes, groupByStage, recruiterMayMove, stages, waitingDays } from "~/modules/vocabulary/pipeline-stages";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/request-gate/read-form.server";
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
  const items = listed.map((item) => ({
    ...item,
    candidateName: item.candidateName ?? t(`retention.anonymisedName.${item.anonymisedReason ?? "retention"}`),
  }));
  const missions = await listOrganisationMissionTitles(employer.id);
  // the board a move page returns to: this one, with its filters
  const back = new URL(url);
  for (const name of ["moved", "undone", "changed"]) back.searchParams.delete(name);
  return {
    filters,
    items,
    missions,
    moved: url.searchParams.get("moved"),
    undone: url.searchParams.get("undone"),
    changed: url.searchParams.has("changed"),
    pending: await pendingMoveEmails(employer.id, user.id),
    back: `${back.pathname}${back.search}`,
    // the language the organisation writes its missions in: their titles are marked with it where the page differs
    contentLocale: employer.contentLocale,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const formData = await readForm(request);
  const back = new URL(request.url);
  const intent = formData.get("intent");
  if (intent === "undo") {
    const result = parseForm(undoForm, formData);
    const outcome = result.ok ? await withdrawMoveEmail(employer.id, result.data.outbox) : "not-found";
    if (outcome === "not-found") throw notFound();
    back.searchParams.set("undone", outcome);
    throw redirect(safeRedirectPath(`${back.pathname}${back.search}`, "/employer/pipeline"));
  }
  // a single card moves on its own page (employer.applications.$id_.move.tsx)
  if (intent !== "bulk" && intent !== "bulk-review") throw notFound();
  const result = parseForm(bulkForm, formData);
  if (!result.ok) return { errors: result.errors, review: null };
  const { ids, to, notify } = result.data;
  // first the recruiter sees how many move and how many are emailed; the move itself is the confirmation
  if (intent === "bulk-review")
    return {
      errors: undefined,
      review: { ids, to, ...(await planBulkMove(employer.id, ids, to)) },
    };
  const moved = await moveApplications({
    employerId: employer.id,
    actor: user,
    applicationIds: ids,
    to,
    notify,
  });
  back.searchParams.set("moved", String(moved));
  throw redirect(safeRedirectPath(`${back.pathname}${back.search}`, "/employer/pipeline"));
}

export default function Pipeline() {
  const { filters, items, missions, moved, undone, changed, pending, back, contentLocale } =
    useLoaderData<typeof loader>();
  const missionLang = useOtherLanguage()(contentLocale);
  const failure = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t, formatDateTime } = useI18n();
  const stageName = useStageName();
  if (failure?.review) return <BulkReview {...failure.review} />;
  const showMission = !filters.mission && missions.length > 1;
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
      {changed ? (
        <p className="mt-6 notice" role="status">
          {t("pipeline.changedMeanwhile")}
        </p>
      ) : null}
      {undone === "withdrawn" ? <SuccessNotice>{t("pipelineBoard.pending.withdrawn")}</SuccessNotice> : null}
      {undone === "gone" ? (
        <p className="mt-6 font-bold" role="status">
          {t("pipelineBoard.pending.gone")}
        </p>
      ) : null}
      {pending.length > 0 ? (
        <section aria-labelledby="pending-title" className="mt-6 card">
          <h2 id="pending-title">{t("pipelineBoard.pending.title")}</h2>
          <p className="mt-2">{t("pipelineBoard.pending.intro")}</p>
          <ul className="mt-3 grid gap-3">
            {pending.map((email) => (
              <li key={email.id} className="flex flex-wrap items-center gap-4">
                <span>
                  {t("pipelineBoard.pending.line", {
                    name: email.name,
                    subject: email.subject,
                    when: formatDateTime(email.sendAt),
                  })}
                </span>
                <Form method="post">
                  <input type="hidden" name="outbox" value={email.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="undo"
                    className="button-secondary"
                    aria-label={t("pipelineBoard.pending.undoLabel", {
                      name: email.name,
                    })}
                  >
                    {t("pipelineBoard.pending.undo")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" className="mt-6 card grid gap-x-6 md:grid-cols-3" aria-label={t("pipeline.filters")}>
        <input type="hidden" name="view" value={filters.view} />
        <div className="field">
          <label htmlFor="mission" className="field-label">
            {t("pipeline.mission")}
          </label>
          <select id="mission" name="mission" defaultValue={filters.mission ?? ""} className="field-input">
            <option value="">{t("pipeline.allMissions")}</option>
            {missions.map((mission) => (
              <option key={mission.id} value={mission.id} lang={missionLang}>
                {mission.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="stage" className="field-label">
            {t("pipeline.stage")}
          </label>
          <select id="stage" name="stage" defaultValue={filters.stage ?? ""} className="field-input">
            <option value="">{t("pipeline.allStages")}</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {stageName(stage)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="minScore" className="field-label">
            {t("pipeline.minScore")}
          </label>
          <select id="minScore" name="minScore" defaultValue={filters.minScore ?? ""} className="field-input">
            <option value="">{t("pipeline.anyScore")}</option>
            {[50, 70, 85].map((score) => (
              <option key={score} value={score}>
                {t("pipeline.scoreAtLeast", { score })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort" className="field-label">
            {t("pipeline.sort")}
          </label>
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
          <button type="submit" className="button">
            {t("pipeline.apply")}
          </button>
        </div>
      </Form>

      <p className="mt-6 flex flex-wrap gap-4">
        <Link to={viewHref("board")} className="nav-link" aria-current={filters.view === "board" ? "page" : undefined}>
          {t("pipeline.boardView")}
        </Link>
        <Link to={viewHref("list")} className="nav-link" aria-current={filters.view === "list" ? "page" : undefined}>
          {t("pipeline.listView")}
        </Link>
      </p>
      <p className="mt-2 font-bold" role="status">
        {t("pipeline.count", { count: items.length })}
      </p>

      {filters.view === "board" ? (
        <>
          <p className="mt-2">{t("pipelineBoard.dragHint")}</p>
          <div className="mt-4 grid items-start gap-4 lg:grid-cols-4">
            {boardLanes(groupByStage(items)).map((lane) => (
              <div key={lane[0].stage} className="grid gap-4">
                {lane.map((column) => (
                  <DropColumn key={column.stage} stage={column.stage} back={back} labelledBy={`column-${column.stage}`}>
                    <h2 id={`column-${column.stage}`} className="text-xl">
                      {stageName(column.stage)} ({column.items.length})
                    </h2>
                    <ul className="mt-3 grid gap-2">
                      {column.items.map((item) => {
                        // an anonymised application moves no more, and neither does a withdrawn one (the person's choice)
                        const movable = !item.anonymisedReason && recruiterMayMove(item.stage);
                        return (
                          <DraggableCard
                            key={item.id}
                            applicationId={item.id}
                            stage={item.stage}
                            movable={movable}
                            className="rounded-lg border-2 border-rule px-3 py-1"
                          >
                            <Link to={`/employer/applications/${item.id}`} className="link">
                              {item.candidateName}
                            </Link>
                            {showMission ? (
                              <span className="block text-muted" lang={missionLang}>
                                {item.missionTitle}
                              </span>
                            ) : null}
                            {item.refusesMail ? (
                              <span className="block font-bold text-danger">{t("deliverability.employer.badge")}</span>
                            ) : null}
                            <div className="flex flex-wrap items-center justify-between gap-x-3">
                              <span>
                                {item.score !== null ? (
                                  // aria-label is not allowed on a plain span (ARIA 1.2, html-validate aria-label-misuse): the
                                  // short form is shown, the whole sentence read
                                  <span>
                                    <span aria-hidden="true">
                                      {t("pipelineBoard.scoreShort", {
                                        score: item.score,
                                      })}
                                    </span>
                                    <span className="sr-only">
                                      {t("pipelineBoard.scoreLabel", { score: item.score })}
                                    </span>
                                  </span>
                                ) : null}
                                {item.waiting ? (
                                  <span className="ml-2 font-bold text-danger">
                                    {t("pipelineBoard.waitingShort", {
                                      days: item.idleDays,
                                    })}
                                  </span>
                                ) : null}
                              </span>
                              {movable ? (
                                <Link
                                  to={`/employer/applications/${item.id}/move?back=${encodeURIComponent(back)}`}
                                  className="nav-link px-1"
                                  aria-label={t("pipelineBoard.moveLinkLabel", {
                                    name: item.candidateName,
                                  })}
                                >
                                  {t("pipelineBoard.moveLink")}
                                </Link>
                              ) : null}
                            </div>
                          </DraggableCard>
                        );
                      })}
                    </ul>
                  </DropColumn>
                ))}
              </div>
            ))}
          </div>
        </>
      ) : (
        <Form method="post" className="stacking mt-6">
          <table className="stacking-table w-full border-collapse text-left">
            <caption className="sr-only">{t("pipeline.title")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-3">
                  {t("pipeline.select")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("pipeline.candidate")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("pipeline.mission")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("pipeline.stage")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("pipeline.fit")}
                </th>
                <th scope="col" className="py-2">
                  {t("pipeline.lastActivity")}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b border-rule">
                  <td className="py-2 pr-3">
                    <label className="flex min-h-target min-w-target items-center justify-center">
                      <input type="checkbox" name="ids" value={item.id} className="h-6 w-6 accent-brand" />
                      <span className="sr-only">
                        {t("pipeline.selectCandidate", {
                          name: item.candidateName,
                        })}
                      </span>
                    </label>
                  </td>
                  <td className="py-2 pr-3">
                    <Link to={`/employer/applications/${item.id}`} className="link">
                      {item.candidateName}
                    </Link>
                    {item.refusesMail ? (
                      <span className="block font-bold text-danger">{t("deliverability.employer.badge")}</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">
                    <ColumnName>{t("pipeline.mission")}</ColumnName>
                    <span lang={missionLang}>{item.missionTitle}</span>
                  </td>
                  <td className="py-2 pr-3">
                    <ColumnName>{t("pipeline.stage")}</ColumnName>
                    {stageName(item.stage)}
                  </td>
                  <td className="py-2 pr-3">
                    <ColumnName>{t("pipeline.fit")}</ColumnName>
                    {item.score ?? "—"}
                  </td>
                  <td className="py-2">
                    <ColumnName>{t("pipeline.lastActivity")}</ColumnName>
                    {formatDateTime(item.lastActivityAt)}
                    {item.waiting ? (
                      <span className="block font-bold text-danger">
                        {t("pipeline.waiting", { days: item.idleDays })}
                      </span>
                    ) : null}
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
              <button type="submit" name="intent" value="bulk-review" className="button">
                {t("pipelineBoard.bulk.review")}
              </button>
            </div>
          </fieldset>
        </Form>
      )}
    </div>
  );
}

/** A cell's column named within it, shown only where the list stacks its rows (app.css, .stacking). */
function ColumnName({ children }: { children: string }) {
  const { locale } = useI18n();
  // French puts a (non-breaking) space before the colon, English none
  return <span className="stacking-name">{`${children}${locale === "fr" ? "\u00a0: " : ": "}`}</span>;
}

/** A bulk move before it happens: how many applications move, how many people the stage's email would reach. */
function BulkReview({ ids, to, moving, emailed }: { ids: string[]; to: string; moving: number; emailed: number }) {
  const { t } = useI18n();
  const stage = useStageName()(to);
  return (
    <div className="max-w-3xl">
      <h1>{t("pipelineBoard.bulk.title")}</h1>
      <Form method="post" className="mt-6 card">
        {ids.map((id) => (
          <input key={id} type="hidden" name="ids" value={id} />
        ))}
        <input type="hidden" name="to" value={to} />
        <p className="text-xl font-bold" role="status">
          {moving > 0 ? t("pipelineBoard.bulk.moving", { count: moving, stage }) : t("pipelineBoard.bulk.nobodyMoves")}
        </p>
        {emailed > 0 ? (
          <>
            <label className="choice mt-4">
              <input type="checkbox" name="notify" defaultChecked={notifyByDefault(to)} />
              <span>{t("pipelineBoard.bulk.notify", { count: emailed })}</span>
            </label>
            <p className="mt-2">
              {t("pipelineBoard.bulk.template")}{" "}
              <Link to="/employer/templates" className="link">
                {t("pipelineBoard.bulk.templatesLink")}
              </Link>
            </p>
            <p className="mt-2">{t("pipelineBoard.bulk.delay")}</p>
          </>
        ) : moving > 0 ? (
          <p className="mt-4">{t("pipelineBoard.bulk.noEmail")}</p>
        ) : null}
        <div className="mt-6 flex flex-wrap items-center gap-6">
          {moving > 0 ? (
            <button type="submit" name="intent" value="bulk" className="button">
              {t("pipelineBoard.bulk.confirm")}
            </button>
          ) : null}
          <Link to="?view=list" className="link">
            {t("pipelineBoard.bulk.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
