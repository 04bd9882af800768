// Cookies that carry a secret are Secure and take the __Host- prefix whenever the site is served over https (always
// in production): the browser then refuses them from any other origin or subdomain. Browsers refuse that prefix
// over plain http, so a demo on a laptop keeps the plain name.
import { env } from "~/env.server";

export const siteIsHttps = env.appUrl.startsWith("https://");

export function cookieName(name: string, secure: boolean): string {
  return secure ? `__Host-${name}` : name;
}
