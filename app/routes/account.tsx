// A signed-in person's account page (/account): preferences, consents, email, password, who looked, sessions, data.
import { redirect, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { savePreferences } from "~/modules/auth/account-preferences.server";
import { preferencesForm, setPasswordForm } from "~/modules/auth/forms";
import { changePassword } from "~/modules/auth/password-sign-in.server";
import { describeSessions, endOwnSession } from "~/modules/auth/account-sessions.server";
import { freshProofUntil, requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { endAllSessions, requireUser, sessionTokenHash } from "~/modules/auth/session.server";
import { addressRefusal, requestSignIn } from "~/modules/auth/sign-in.server";
import { refusalOf } from "~/modules/email/refused-addresses.server";
import { RefusedAddressNotice } from "~/components/refused-address-notice";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale, languageCookie } from "~/modules/i18n/preferences.server";
import { timeZoneChoices } from "~/modules/i18n/time-zones";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SessionList } from "~/components/session-list";
import { YourDataSection } from "~/components/your-data-section";
import { SuccessNotice } from "~/components/success-notice";
import type { TranslationKey } from "~/modules/i18n/translate";
import { readForm } from "~/modules/request-gate/read-form.server";
import { ViewedBySection } from "~/components/viewed-by-section";
import { viewsOfCandidate } from "~/modules/privacy/who-looked.server";
import { ConsentSection } from "~/components/consent-section";
import { consentsForm } from "~/modules/consents/consents";
import { consentHistoryOf, consentsOf, saveConsentChoices } from "~/modules/consents/consents.server";
import { ApplicationNoticesSection } from "~/components/application-notices-section";
import { applicationNoticeForm } from "~/modules/pipeline/application-notice-form";
import { noticesOf, setApplicationNotice } from "~/modules/pipeline/application-notices.server";

export const meta = titleMeta("account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    timeZone: user.timeZone,
    hasPassword: Boolean(user.passwordHash),
    refusesMail: await refusalOf(user.email),
    saved: url.searchParams.get("saved"),
    sessions: await describeSessions(request, user.id),
    // sensitive changes (password, address) are open until then, or must be proved first
    proofUntil: await freshProofUntil(request),
    // which organisations looked at a candidate's information (privacy/who-looked.server.ts)
    viewedBy: user.kind === "candidate" ? await viewsOfCandidate(user.id) : null,
    kind: user.kind === "candidate" ? ("candidate" as const) : ("employer" as const),
    consents: (await consentsOf(user.id)).map((consent) => consent.purpose),
    consentHistory: await consentHistoryOf(user.id),
    // how an employer member hears of new applications, per organisation (pipeline/application-notices.server.ts)
    notices: user.kind === "employer" ? await noticesOf(user.id) : [],
  };
}

export const headers = passRetryAfter;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "signout-everywhere") {
    throw redirect("/signin", { headers: { "Set-Cookie": await endAllSessions(user.id) } });
  }
  if (intent === "check-address") {
    // a sign-in code to the address: typing it proves the address takes mail again (sign-in.server.ts)
    const challengeId = await requestSignIn({
      email: user.email,
      locale: await getLocale(request, user),
      redirectTo: "/account?saved=address",
    }).catch(addressRefusal);
    if (typeof challengeId !== "string")
      return tooManyRequests({ intent: "check-address" as const, ok: false as const }, "signInAddress", challengeId);
    throw redirect(`/signin/code?${new URLSearchParams({ c: challengeId })}`);
  }
  if (intent === "end-session") {
    // another person's session, or one already ended, is not found: nothing changes
    if (!(await endOwnSession(user.id, String(formData.get("sessionId") ?? ""))))
      throw new Response("Not found", { status: 404 });
    throw redirect("/account?saved=session-ended#sessions-title");
  }
  if (intent === "consents") {
    const result = parseForm(consentsForm, formData);
    if (!result.ok) return { intent, ...result };
    await saveConsentChoices(user, result.data.consent);
    throw redirect("/account?saved=consents#consents-title");
  }
  if (intent === "application-notice") {
    // the radios offer only the three choices: anything else, or another person's membership, changes nothing
    const result = parseForm(applicationNoticeForm, formData);
    if (!result.ok) throw new Response("Bad request", { status: 400 });
    if (!(await setApplicationNotice(user.id, result.data.membershipId, result.data.notice)))
      throw new Response("Not found", { status: 404 });
    throw redirect("/account?saved=application-notice#notices-title");
  }
  if (intent === "password") {
    await requireFreshProof(request, "/account");
    const result = parseForm(setPasswordForm, formData);
    if (!result.ok) return { intent, ...result };
    await changePassword(user.id, result.data.password, await sessionTokenHash(request));
    throw redirect("/account?saved=password");
  }
  const result = parseForm(preferencesForm, formData);
  if (!result.ok) return { intent: "preferences" as const, ...result };
  await savePreferences(user.id, result.data);
  // a new document: the page may now be in the other language, whose dictionary this page does not hold (decision 0028)
  throw redirectDocument("/account?saved=preferences", {
    headers: { "Set-Cookie": await languageCookie.serialize(result.data.locale) },
  });
}

const savedNotices: Record<string, TranslationKey> = {
  password: "account.passwordSaved",
  preferences: "account.preferencesSaved",
  "session-ended": "sessions.ended",
  address: "deliverability.account.confirmed",
  "address-changed": "security.account.addressSaved",
  consents: "privacyPolicy.consents.saved",
  "application-notice": "applicationNotices.account.saved",
};

/** The page proving who is there (fresh-proof.server.ts), coming back here. */
const proofPageForAccount = `/account/confirm?${new URLSearchParams({ returnTo: "/account" })}`;

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, formatDateTime } = useI18n();
  const passwordErrors = failure?.intent === "password" ? failure.errors : undefined;
  const preferenceErrors = failure?.intent === "preferences" ? failure.errors : undefined;
  return (
    <div className="max-w-3xl">
      <h1>{t("account.title")}</h1>
      {account.saved ? (
        <SuccessNotice>{t(savedNotices[account.saved] ?? "account.preferencesSaved")}</SuccessNotice>
      ) : null}
      <p className="mt-6 text-lg">{t("account.signedInAs", { name: account.name, email: account.email })}</p>
      {account.refusesMail ? (
        <RefusedAddressNotice
          email={account.email}
          refusal={account.refusesMail}
          limit={failure?.intent === "check-address" ? reachedLimit(failure) : undefined}
        />
      ) : null}

      <section aria-labelledby="preferences-title" className="mt-10 card">
        <h2 id="preferences-title">{t("account.preferencesTitle")}</h2>
        <Form method="post" className="mt-6" noValidate>
          <ErrorSummary errors={preferenceErrors} />
          <RadioGroup
            name="locale"
            legend={t("account.languageLegend")}
            defaultValue={account.locale}
            error={preferenceErrors?.locale}
            choices={[
              { value: "fr", label: "Français" },
              { value: "en", label: "English" },
            ]}
          />
          <div className="field">
            <label htmlFor="timeZone" className="field-label">
              {t("account.timeZone")}
            </label>
            <p id="timeZone-hint" className="field-hint">
              {t("account.timeZoneHint")}
            </p>
            <select
              id="timeZone"
              name="timeZone"
              defaultValue={account.timeZone}
              aria-describedby="timeZone-hint"
              className="field-input"
            >
              {timeZoneChoices.map((zone) => (
                <option key={zone} value={zone}>
                  {t(`timeZones.${zone}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" name="intent" value="preferences" className="button">
            {t("account.savePreferences")}
          </button>
        </Form>
      </section>

      <ApplicationNoticesSection notices={account.notices} />

      <ConsentSection
        kind={account.kind}
        granted={account.consents}
        history={account.consentHistory}
        errors={failure?.intent === "consents" ? failure.errors : undefined}
      />

      <section aria-labelledby="proof-title" className="mt-10 card">
        <h2 id="proof-title">{t("security.confirm.title")}</h2>
        {account.proofUntil ? (
          <p className="mt-2">{t("security.account.provedUntil", { time: formatDateTime(account.proofUntil) })}</p>
        ) : (
          <>
            <p className="mt-2">{t("security.account.proofNeeded")}</p>
            <p className="mt-6">
              <Link to={proofPageForAccount} className="button">
                {t("security.account.proveFirst")}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="address-title" className="mt-10 card">
        <h2 id="address-title">{t("security.account.addressTitle")}</h2>
        <p className="mt-2">{t("security.account.addressIntro", { email: account.email })}</p>
        <p className="mt-6">
          <Link to="/account/email" className="button-secondary">
            {t("security.account.changeAddress")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="password-title" className="mt-10 card">
        <h2 id="password-title">{account.hasPassword ? t("account.changePassword") : t("account.addPassword")}</h2>
        <p className="mt-2">{t("account.passwordIntro")}</p>
        {account.proofUntil ? (
          <Form method="post" className="mt-6" noValidate>
            <ErrorSummary errors={passwordErrors} />
            <TextField
              name="password"
              type="password"
              label={t("fields.newPassword")}
              hint={t("account.passwordHint")}
              autoComplete="new-password"
              error={passwordErrors?.password}
            />
            <TextField
              name="confirm"
              type="password"
              label={t("fields.confirmPassword")}
              autoComplete="new-password"
              error={passwordErrors?.confirm}
            />
            <button type="submit" name="intent" value="password" className="button-secondary">
              {t("account.savePassword")}
            </button>
          </Form>
        ) : null}
      </section>

      {account.viewedBy ? <ViewedBySection views={account.viewedBy} /> : null}

      <SessionList sessions={account.sessions} />

      <section aria-labelledby="everywhere-title" className="mt-10 card">
        <h2 id="everywhere-title">{t("account.everywhereTitle")}</h2>
        <p className="mt-2">{t("account.everywhereIntro")}</p>
        <Form method="post" className="mt-6">
          <button type="submit" name="intent" value="signout-everywhere" className="button-secondary">
            {t("account.everywhereSubmit")}
          </button>
        </Form>
      </section>

      <YourDataSection />
    </div>
  );
}
