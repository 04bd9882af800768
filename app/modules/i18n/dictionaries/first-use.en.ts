// English: what issue 13's first-use fixes added. Same keys as first-use.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const firstUseEn: Dictionary["firstUse"] = {
  home: {
    signUp: "No account yet?",
    signUpLink: "Create my candidate account",
  },
  limits: {
    proofCodes:
      "You have already asked for several codes in the last hour, so none was sent this time. Use the last one you received (it works for 10 minutes), or ask for a new one {when}.",
  },
  unsubscribe: {
    thisAlert: "The alert",
    endedAlert: "The alert you stopped",
    daily: "At most one email a day, when new missions match it.",
    weekly: "At most one email a week, when new missions match it.",
    others: "Your other alerts go on. You can see and stop them in",
  },
  print: {
    webAddress: "This mission online: {url}",
    howToApply: "To apply: open this address, then “{button}” (you will be asked for a free account).",
    closed: "This mission no longer takes applications.",
  },
};
