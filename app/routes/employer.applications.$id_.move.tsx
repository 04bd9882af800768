// The move page of one card, reached from the board's "Déplacer" link (or a card dropped on a column): first the new
// stage, then what happens: the email the stage sends, in the person's language, to read and edit, its box ticked
// unless it is a rejection. Works without JavaScript; the email waits 5 minutes on the board, withdrawable.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { RadioGroup } from "~/components/choice-field";
import { TextArea } from "~/components/text-area";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnLiveApplication } from "~/modules/employers/access.server";
import { parseForm, valueOf } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { moveApplication } from "~/modules/pipeline/employer-pipeline.server";
import { notifyByDefault } from "~/modules/pipeline/move-emails";
import { previewMoveEmail } from "~/modules/pipeline/move-emails.server";
import { moveForm, moveTarget } from "~/modules/pipeline/pipeline-forms";
import { recruiterMayMove, recruiterStages } from "~/modules/vocabulary/pipeline-stages";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("pipelineBoard.movePage.pageTitle");

/** Where the recruiter goes back to: the board they came from (with its filters), never elsewhere. */
function boardPath(back: unknown) {
  const path = safeRedirectPath(back, "/employer/pipeline");
  return path.startsWith("/employer/pipeline") ? path : "/employer/pipeline";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  // an anonymised application is "not found" here: nobody to write to, nothing to decide
  const application = await findOwnLiveApplication(employer.id, params.id);
  const url = new URL(request.url);
  const { to } = moveTarget.parse({ to: url.searchParams.get("to") ?? undefined });
  const target = to && to !== application.stage ? to : undefined;
  return {
    applicationId: application.id,
    name: application.candidate.user.name,
    stage: application.stage,
    movable: recruiterMayMove(application.stage),
    to: target,
    back: boardPath(url.searchParams.get("back")),
    email: target ? await previewMoveEmail(employer.id, application.id, target) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const application = await findOwnLiveApplication(employer.id, params.id);
  const formData = await readForm(request);
  const result = parseForm(moveForm, formData);
  if (!result.ok) return { errors: result.errors, values: result.values };
  const { from, to, notify, subject, body } = result.data;
  const written = subject !== undefined && body !== undefined ? { subject, body } : undefined;
  const moved = await moveApplication({
    employerId: employer.id,
    actor: user,
    applicationId: application.id,
    from,
    to,
    notify,
    written,
  });
  const back = new URL(boardPath(formData.get("back")), "http://here");
  // a move that lost to another made at the same moment says so; the board shows the stage that won
  back.searchParams.set(moved ? "moved" : "changed", "1");
  throw redirect(`${back.pathname}${back.search}`);
}

export default function MoveApplication() {
  const { applicationId, name, stage, movable, to, back, email } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const stageName = (value: string) => t(`pipeline.stages.${value}` as TranslationKey);
  return (
    <div className="max-w-3xl">
      <h1>{t("pipelineBoard.movePage.title", { name })}</h1>
      <p className="mt-4">{t("pipelineBoard.movePage.current", { stage: stageName(stage) })}</p>
      {!movable ? (
        <p className="mt-6">{t("pipeline.withdrawnByCandidate")}</p>
      ) : to === undefined ? (
        <Form method="get" className="mt-6 card">
          <input type="hidden" name="back" value={back} />
          <RadioGroup
            name="to"
            legend={t("pipelineBoard.movePage.chooseLegend")}
            choices={recruiterStages
              .filter((choice) => choice !== stage)
              .map((choice) => ({ value: choice, label: stageName(choice) }))}
          />
          <button type="submit" className="button">
            {t("pipelineBoard.movePage.continue")}
          </button>
        </Form>
      ) : (
        <Form method="post" className="mt-6 card">
          <ErrorSummary errors={failure?.errors} fieldIds={{ to: "summary" }} />
          <input type="hidden" name="application" value={applicationId} />
          <input type="hidden" name="from" value={stage} />
          <input type="hidden" name="to" value={to} />
          <input type="hidden" name="back" value={back} />
          <p id="summary" className="text-xl font-bold">
            {t("pipelineBoard.movePage.summary", { name, from: stageName(stage), to: stageName(to) })}
          </p>
          {email ? (
            <section aria-labelledby="email-title" className="mt-6">
              <h2 id="email-title">{t("pipelineBoard.movePage.emailTitle", { name })}</h2>
              <p className="mt-2">
                {t("pipelineBoard.movePage.emailLanguage", {
                  language: t(`pipelineBoard.movePage.languages.${email.locale}` as TranslationKey),
                })}
              </p>
              <TextField
                name="subject"
                label={t("pipelineBoard.movePage.subject")}
                defaultValue={valueOf(failure?.values, "subject") ?? email.subject}
                error={failure?.errors.subject}
                className="mt-4"
              />
              <TextArea
                name="body"
                label={t("pipelineBoard.movePage.body")}
                rows={12}
                defaultValue={valueOf(failure?.values, "body") ?? email.body}
                error={failure?.errors.body}
              />
              {to === "not_selected" ? (
                <p className="mt-2 font-bold">{t("pipelineBoard.movePage.notifyRejection")}</p>
              ) : null}
              <label className="choice mt-2">
                <input
                  type="checkbox"
                  name="notify"
                  defaultChecked={failure ? valueOf(failure.values, "notify") === "on" : notifyByDefault(to)}
                />
                <span>{t("pipelineBoard.movePage.notify", { name })}</span>
              </label>
              <p className="mt-2">{t("pipelineBoard.movePage.delay")}</p>
            </section>
          ) : (
            <p className="mt-4">{t("pipelineBoard.movePage.noEmail")}</p>
          )}
          <div className="mt-6 flex flex-wrap items-center gap-6">
            <button type="submit" className="button">
              {t("pipelineBoard.movePage.submit")}
            </button>
            <Link to={`/employer/applications/${applicationId}/move?back=${encodeURIComponent(back)}`} className="link">
              {t("pipelineBoard.movePage.change")}
            </Link>
          </div>
        </Form>
      )}
      <p className="mt-8">
        <Link to={back} className="link">
          {t("pipelineBoard.movePage.back")}
        </Link>
      </p>
    </div>
  );
}
