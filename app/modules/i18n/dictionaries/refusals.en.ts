// English: what a page says when the site refuses a request before doing anything. Same keys as refusals.fr.ts
// (the compiler checks it).
import type { Dictionary } from "./fr";

export const refusalsEn: Dictionary["refusals"] = {
  home: "Go to the home page",
  crossSite: {
    title: "Request refused",
    body: "This form did not come from a Chevronné page, so nothing was done or saved. If you were filling in a form on Chevronné, open the page again and start over.",
  },
  badForm: {
    title: "Form could not be read",
    body: "We could not read this form, so nothing was saved. Open the page again and send the form from there.",
  },
  badEncoding: {
    title: "Unreadable characters",
    body: "This form held characters we cannot read, so nothing was saved. Open the page again, type the text instead of pasting it, then send it.",
  },
  wrongMethod: {
    title: "Not something this page does",
    body: "This page does not do what was asked of it, so nothing was done. Open it again and use its buttons.",
  },
  tooLarge: {
    title: "Too much to send",
    body: "What you sent is more than this form accepts, so nothing was saved. Shorten the text or choose a smaller file, then try again.",
  },
};
