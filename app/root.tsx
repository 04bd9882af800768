import "~/modules/forms/zod-in-browser";
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { LanguageAlternates } from "~/components/language-alternates";
import { useNonce } from "~/components/nonce";
import { SiteLayout } from "~/components/site-layout";
import { env } from "~/env.server";
import { RemovedFromTeamPage } from "~/components/removed-from-team";
import { organisationChoice } from "~/modules/auth/organisation-choice.server";
import { removedFromTeamOf } from "~/modules/auth/removed-from-team";
import { refusalHeaders, refusalWordsOf } from "~/modules/forms/refusal";
import { takeFormDraft } from "~/modules/auth/form-drafts.server";
import { employerIdleMinutes, getSession, hasShortIdleLimit } from "~/modules/auth/session.server";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale, getTimeZone } from "~/modules/i18n/preferences.server";
import { isPublicDocument, publicAddressOf } from "~/modules/i18n/public-pages";
import { interviewPageLocale } from "~/modules/interviews/page-language.server";
import { isLoopbackClient } from "~/modules/security/client.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import styles from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Chevronné" }];

export const headers: HeadersFunction = ({ errorHeaders }) => refusalHeaders(errorHeaders);

/**
 * A client navigation that changes the page's language asks the root again for it: between a public page's two
 * addresses, or between a public page (its address's language) and any other (the person's choice).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  defaultShouldRevalidate || publicAddressOf(currentUrl.pathname)?.locale !== publicAddressOf(nextUrl.pathname)?.locale;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const signedIn = await getSession(request);
  const user = signedIn?.user ?? null;
  const choice =
    signedIn && user?.kind === "employer"
      ? await organisationChoice(user.id, signedIn.session.currentEmployerId)
      : null;
  return {
    // a page reached from an interview link speaks its candidate's language (modules/interviews/page-language.server.ts)
    locale: (await interviewPageLocale(request)) ?? (await answering(getLocale(request, user))),
    timeZone: getTimeZone(user),
    user: user ? { name: user.name, kind: user.kind, isAdministrator: user.isAdministrator } : null,
    // an employer member's organisations: the employer menu only while they belong to the one this browser works in,
    // the switch once they belong to two or more (modules/auth/organisation-choice.server.ts)
    organisations: choice
      ? {
          current:
            choice.status === "member"
              ? { id: choice.membership.employer.id, name: choice.membership.employer.name }
              : null,
          all: choice.status === "none" ? [] : choice.organisations,
        }
      : null,
    // the demo mailbox answers only to this computer: no link to it for anyone else
    devMailbox: !env.isProduction && !env.smtpUrl && isLoopbackClient(request, context),
    // employer members and administrators are warned before their short idle limit ends (components/idle-warning.tsx)
    idleSession:
      signedIn && hasShortIdleLimit(signedIn.user)
        ? {
            endsAt: signedIn.session.expiresAt.toISOString(),
            remainingMs: signedIn.session.expiresAt.getTime() - Date.now(),
            idleHours: employerIdleMinutes / 60,
          }
        : null,
    // what this person typed in a form sent after their session ended, given back on that page (components/restored-draft.tsx)
    restoredDraft: user ? await takeFormDraft(request, user.id, new URL(request.url).pathname) : null,
    /** where this site answers: share cards give absolute addresses (modules/share-cards/meta.ts) */
    appUrl: env.appUrl,
    /** every page says it is a demonstration: its accounts' passwords are published */
    demo: !env.isProduction,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const { locale } = useI18n();
  const nonce = useNonce();
  // a public page arrives with no script at all, for everyone: it works without one, and the older phones many of our
  // candidates use show it at once (docs/decisions/0037-public-pages-without-javascript.md). Once scripts run (a page
  // that has them), they stay for every page the browser then shows.
  const runsScripts = useRunsScripts();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <LanguageAlternates />
      </head>
      <body>
        {children}
        {runsScripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return (
    <SiteLayout>
      <Outlet />
    </SiteLayout>
  );
}

/** On the server: whether this document carries scripts. In the browser they are running already, so they stay. */
function useRunsScripts(): boolean {
  const { pathname } = useLocation();
  return typeof document !== "undefined" || !isPublicDocument(pathname);
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t, pathFor } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const refusal = refusalWordsOf(error);
  const removed = removedFromTeamOf(error);
  if (removed) {
    return (
      <SiteLayout>
        <RemovedFromTeamPage removed={removed} />
      </SiteLayout>
    );
  }
  return (
    <SiteLayout>
      <h1 className="text-3xl font-bold">
        {refusal ? t(`refusals.${refusal}.title`) : notFound ? t("errors.notFoundTitle") : t("errors.serverTitle")}
      </h1>
      <p className="mt-4 max-w-prose">
        {refusal ? t(`refusals.${refusal}.body`) : notFound ? t("errors.notFoundBody") : t("errors.serverBody")}
      </p>
      <p className="mt-6">
        <a className="link" href={pathFor("/")}>
          {t("nav.home")}
        </a>
      </p>
    </SiteLayout>
  );
}
