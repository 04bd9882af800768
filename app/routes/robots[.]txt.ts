// /robots.txt: which pages search engines may read (app/modules/seo/robots.ts).
import { env } from "~/env.server";
import { robotsTxt } from "~/modules/seo/robots";

export function loader() {
  return new Response(robotsTxt(env.appUrl), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
