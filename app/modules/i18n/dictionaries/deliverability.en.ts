// English: when our emails do not reach someone, and what the demo mailbox keeps. Same keys as
// deliverability.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const deliverabilityEn: Dictionary["deliverability"] = {
  account: {
    title: "Our emails are not reaching you",
    refused: "On {date}, the email service of your address {email} refused our message. Its answer: “{reply}”.",
    consequence:
      "Since then we no longer write to this address: you no longer get news of your applications or interview proposals by email. You can still find them on this site, in your space.",
    fixTitle: "To fix it",
    checkAddress:
      "Check that the address is spelled right and still works. If needed, ask your email provider or someone close to you for help.",
    confirmIntro:
      "If it works, ask for a code: we send it to this address, and as soon as you type it on the next page, we start writing to you again.",
    confirmButton: "Send me a code at this address",
    confirmed: "Thank you: your address works. We are writing to you again.",
  },
  employer: {
    badge: "Emails refused",
    notice:
      "Our emails to this person have been refused since {date}: they no longer receive Chevronné’s emails. They are told so on their account, with how to fix their address.",
  },
  devMail: {
    trimmed:
      "This email’s content was erased an hour after it was sent, so that sign-in links and codes do not stay on record. The subject, the recipient and the date remain.",
  },
};
