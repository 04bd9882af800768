// Domain errors: what a module throws when what was asked cannot be done, without knowing it is answering a web
// request. Routes turn them into responses through app/modules/http/domain-errors.server.ts (docs/decisions/0035).

/** What was asked for does not exist, or is not this person's to see (answered as a plain 404 either way). */
export class NotFoundError extends Error {
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/**
 * Nobody is signed in (or their session ended): they sign in, then come back to `returnTo` (a path of this site; null:
 * the sign-in page's own default). `cookies` go with the answer (a form typed just after the session ended is kept as a
 * draft, auth/form-drafts.server.ts).
 */
export class NotSignedInError extends Error {
  constructor(
    readonly returnTo: string | null,
    readonly cookies: string[] = [],
  ) {
    super("Not signed in");
    this.name = "NotSignedInError";
  }
}

/** A sensitive change waits until the person proves who they are again, on `proofPage` (auth/fresh-proof.server.ts). */
export class FreshProofNeededError extends Error {
  constructor(readonly proofPage: string) {
    super("Fresh proof needed");
    this.name = "FreshProofNeededError";
  }
}

/** Signed in, but refused here; `page` is what the refusal page shows (a recruiter removed from a team is told so). */
export class ForbiddenError<Page = unknown> extends Error {
  constructor(readonly page: Page) {
    super("Forbidden");
    this.name = "ForbiddenError";
  }
}

/** What was asked for lives at another address now, for good (`location`, a path of this site; answered with 301). */
export class MovedError extends Error {
  constructor(readonly location: string) {
    super("Moved permanently");
    this.name = "MovedError";
  }
}
