// "Delete my account" (issue 12, point 4): after fresh proof, what will happen in plain words and a box to tick. An
// organisation's owner first hands it to another member or closes it, here, one organisation at a time. Plain forms:
// everything works without JavaScript.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { ErrorSummary } from "~/components/error-summary";
import { describedBy, FieldMessages } from "~/components/field-messages";
import { SuccessNotice } from "~/components/success-notice";
import { requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { endSession } from "~/modules/auth/session.server";
import {
  closeOrganisation,
  organisationsOwnedBy,
  transferOwnership,
  type OwnedOrganisation,
} from "~/modules/employers/ownership.server";
import { parseForm, type FieldErrors, type FormValues } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { closeOrganisationForm, deleteAccountForm, transferOwnershipForm } from "~/modules/privacy/account-data-forms";
import { deleteAccount, describeDeletion } from "~/modules/privacy/account-deletion.server";

export const meta = titleMeta("accountData.delete.title");

const deletePage = "/account/delete";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireFreshProof(request, deletePage);
  const [deletion, owned] = await Promise.all([describeDeletion(user), organisationsOwnedBy(user.id)]);
  const done = new URL(request.url).searchParams.get("done");
  return { deletion, owned: owned[0] ?? null, done: done === "transferred" || done === "closed" ? done : null };
}

type Failure = { intent: "delete" | "transfer" | "close"; ok: false; errors: FieldErrors; values: FormValues };

export async function action({ request }: ActionFunctionArgs): Promise<Failure> {
  const { user } = await requireFreshProof(request, deletePage);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  // handing over or closing an organisation is an owner's step: for anyone else those forms do not exist
  if ((intent === "transfer" || intent === "close") && (await organisationsOwnedBy(user.id)).length === 0)
    throw new Response("Not found", { status: 404 });
  if (intent === "transfer") {
    const result = parseForm(transferOwnershipForm, formData);
    if (!result.ok) return { intent, ...result };
    const outcome = await transferOwnership({
      owner: user,
      employerId: result.data.employerId,
      membershipId: result.data.membershipId,
    });
    if (outcome !== "transferred")
      return { intent, ok: false, errors: { membershipId: "accountData.owner.errors.memberGone" }, values: {} };
    throw redirect(`${deletePage}?done=transferred`);
  }
  if (intent === "close") {
    const result = parseForm(closeOrganisationForm, formData);
    if (!result.ok) return { intent, ...result };
    const outcome = await closeOrganisation({ owner: user, employerId: result.data.employerId });
    // an organisation closed or handed over meanwhile: the page shows where things stand now
    throw redirect(outcome.outcome === "closed" ? `${deletePage}?done=closed` : deletePage);
  }
  const result = parseForm(deleteAccountForm, formData);
  if (!result.ok) return { intent: "delete", ...result };
  const outcome = await deleteAccount(user.id, "requested");
  // an owner (made one meanwhile) is shown the steps to take first
  if (outcome.outcome === "owner") throw redirect(deletePage);
  throw redirect("/account/deleted", { headers: { "Set-Cookie": await endSession(request) } });
}

export default function DeleteMyAccount() {
  const { deletion, owned, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/account" className="link inline-block py-2">
          {t("accountData.export.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("accountData.delete.title")}</h1>
      {done ? (
        <SuccessNotice>
          {t(done === "closed" ? "accountData.owner.closed" : "accountData.owner.transferred")}
        </SuccessNotice>
      ) : null}
      {owned ? (
        <OwnerSteps organisation={owned} failure={failure} />
      ) : (
        <Confirmation deletion={deletion} errors={failure?.intent === "delete" ? failure.errors : undefined} />
      )}
    </div>
  );
}

type Deletion = Awaited<ReturnType<typeof describeDeletion>>;

function Confirmation({ deletion, errors }: { deletion: Deletion; errors?: FieldErrors }) {
  const { t } = useI18n();
  const items: string[] =
    deletion.kind === "candidate"
      ? [
          t("accountData.delete.candidateItems.erased"),
          ...(deletion.interviews > 0
            ? [t("accountData.delete.candidateItems.interviews", { count: deletion.interviews })]
            : []),
          ...(deletion.applications > 0
            ? [t("accountData.delete.candidateItems.applications", { count: deletion.applications })]
            : []),
        ]
      : [
          t("accountData.delete.memberItems.erased", { employer: deletion.organisation ?? "Chevronné" }),
          ...(deletion.interviews > 0
            ? [t("accountData.delete.memberItems.interviews", { count: deletion.interviews })]
            : []),
          t("accountData.delete.memberItems.notes"),
        ];
  return (
    <>
      <p className="mt-6 text-lg">{t("accountData.delete.intro")}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        {[...items, t("accountData.delete.signedOut"), t("accountData.delete.emails")].map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-6 notice">
        {t("accountData.delete.final")}{" "}
        <Link to="/account/data" className="link">
          {t("accountData.delete.downloadFirst")}
        </Link>
      </p>
      <Form method="post" noValidate className="mt-8">
        <ErrorSummary errors={errors} />
        <TickBox name="confirm" label={t("accountData.delete.confirmLabel")} error={errors?.confirm} />
        <div className="flex flex-wrap items-center gap-6">
          <button type="submit" name="intent" value="delete" className="button border-danger bg-danger hover:bg-danger">
            {t("accountData.delete.submit")}
          </button>
          <Link to="/account" className="link inline-block py-2">
            {t("accountData.delete.back")}
          </Link>
        </div>
      </Form>
    </>
  );
}

function OwnerSteps({ organisation, failure }: { organisation: OwnedOrganisation; failure?: Failure }) {
  const { t } = useI18n();
  const employer = organisation.name;
  const transferErrors = failure?.intent === "transfer" ? failure.errors : undefined;
  const closeErrors = failure?.intent === "close" ? failure.errors : undefined;
  return (
    <>
      <h2 className="mt-8">{t("accountData.owner.title")}</h2>
      <p className="mt-4 text-lg">{t("accountData.owner.intro", { employer })}</p>

      <section aria-labelledby="transfer-title" className="mt-8 card">
        <h3 id="transfer-title" className="text-xl font-bold">
          {t("accountData.owner.transferTitle", { employer })}
        </h3>
        <p className="mt-2">{t("accountData.owner.transferIntro")}</p>
        {organisation.members.length > 0 ? (
          <Form method="post" noValidate className="mt-6">
            <ErrorSummary errors={transferErrors} />
            <input type="hidden" name="employerId" value={organisation.employerId} />
            <RadioGroup
              name="membershipId"
              legend={t("accountData.owner.memberLegend", { employer })}
              error={transferErrors?.membershipId}
              choices={organisation.members.map((member) => ({
                value: member.membershipId,
                label: t("accountData.owner.memberChoice", { name: member.name, email: member.email }),
              }))}
            />
            <button type="submit" name="intent" value="transfer" className="button">
              {t("accountData.owner.transferSubmit")}
            </button>
          </Form>
        ) : (
          <>
            <p className="mt-4">{t("accountData.owner.noMembers")}</p>
            <p className="mt-4">
              <Link to="/employer/team" className="link">
                {t("accountData.owner.teamLink")}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="close-title" className="mt-8 card">
        <h3 id="close-title" className="text-xl font-bold">
          {t("accountData.owner.closeTitle", { employer })}
        </h3>
        <p className="mt-2">{t("accountData.owner.closeIntro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {(["missions", "interviews", "team", "applications"] as const).map((item) => (
            <li key={item}>{t(`accountData.owner.closeItems.${item}`)}</li>
          ))}
        </ul>
        <Form method="post" noValidate className="mt-6">
          <ErrorSummary errors={closeErrors} />
          <input type="hidden" name="employerId" value={organisation.employerId} />
          <TickBox
            name="confirmClose"
            label={t("accountData.owner.confirmCloseLabel")}
            error={closeErrors?.confirmClose}
          />
          <button type="submit" name="intent" value="close" className="button border-danger bg-danger hover:bg-danger">
            {t("accountData.owner.closeSubmit")}
          </button>
        </Form>
      </section>
    </>
  );
}

/** One box to tick, with its error said next to it. */
function TickBox({ name, label, error }: { name: string; label: string; error?: TranslationKey }) {
  return (
    <div className="field">
      <FieldMessages id={name} error={error} />
      <label className="choice mt-2 max-w-2xl">
        <input
          type="checkbox"
          id={name}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, undefined, error)}
        />
        <span className="font-bold">{label}</span>
      </label>
    </div>
  );
}
