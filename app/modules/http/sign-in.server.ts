// The answer to a finished sign-in (auth/finish-sign-in.server.ts decides where and with which cookie): a redirect
// that sets the cookie.
import { redirect } from "@remix-run/node";

/** `end` is auth/finish-sign-in.server.ts's SignInEnd (named by its fields: http/ sits below auth/). */
export function signedInRedirect(end: { to: string; cookie: string }) {
  return redirect(end.to, { headers: { "Set-Cookie": end.cookie } });
}
