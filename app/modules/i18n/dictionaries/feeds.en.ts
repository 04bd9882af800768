// English mirror of feeds.fr.ts.
import type { feedsFr } from "./feeds.fr";

export const feedsEn: typeof feedsFr = {
  followSearch: "Follow this search by RSS/Atom feed",
  followEmployer: "Follow this employer’s missions by RSS/Atom feed",
  followHint: "Copy this link into your feed reader: new missions will show up there, no account needed.",
};
