// /robots.txt: which pages search engines may read (app/modules/seo/robots.ts).
import { robotsTxt } from "~/modules/seo/robots";

export function loader() {
  return new Response(robotsTxt(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
