// English: what a page says when a limit is reached. Same keys as limits.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const limitsEn: Dictionary["limits"] = {
  title: "Please wait",
  signInClient:
    "Many sign-in requests have come from your internet connection in a short time. To be safe, try again {when}.",
  signInAddress:
    "This address has had its sign-in emails for the hour. Use the last one you received (its link and code work for 15 minutes), or try again {when}.",
  passwordClient:
    "Too many wrong passwords have come from your internet connection. Try again {when}, or get a sign-in link by email above.",
  passwordAddress:
    "Too many password attempts for this address. Try again {when}, or get a sign-in link by email above.",
  applications:
    "You have sent many applications in the last hour. Your message is kept below; you can send it {when} (attach your CV again if you had one).",
  suggestions:
    "You have already written several times today about this interview; the recruiter will answer you. You can write again {when}.",
  reportsClient:
    "Several reports have come from your internet connection in the last hour. What you wrote is kept below; you can send it {when}.",
  reportsTarget:
    "This page has already been reported several times in the last hour, and the Chevronné team knows. What you wrote is kept below; you can send it {when}.",
  atTime: "at {time} (in {count} minute)|at {time} (in {count} minutes)",
  onDateTime: "on {dateTime}",
};
