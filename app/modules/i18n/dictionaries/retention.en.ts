// English mirror of retention.fr.ts.
import type { retentionFr } from "./retention.fr";

export const retentionEn: typeof retentionFr = {
  anonymisedName: {
    retention: "Anonymised application",
    "deleted-account": "Person who deleted their account",
  },
  employer: {
    notice: {
      retention:
        "This application was anonymised on {date}, after 24 months without activity. The person’s name, contact details, message and CV were erased. Your notes and ratings are kept.",
      "deleted-account":
        "The person deleted their account on {date}. Their name, contact details, message and CV were erased. Your notes and ratings are kept.",
    },
    reviewsTitle: "Ratings",
    noReviews: "No ratings were made.",
    notRated: "No recommendation",
  },
  timeline: {
    anonymised: {
      retention: "Application anonymised after 24 months without activity",
      "deleted-account": "Application anonymised: the person deleted their account",
    },
    cvDeleted: "CV deleted, 6 months after the application ended",
    emailErased: "Email sent to the person (subject erased with their information)",
  },
  inactiveEmail: {
    subject: "Your Chevronné account will be deleted on {date}",
    preheader: "You have not used it for three years. Sign in to keep it.",
    heading: "Would you like to keep your account?",
    greeting: "Hello {name},",
    intro:
      "You have not signed in to Chevronné for three years. So as not to keep your information longer than useful, we will delete your account and everything in it on {date}.",
    keep: "To keep it, simply sign in before that date. There is nothing else to do.",
    letGo:
      "If you no longer need it, do nothing: it will be deleted on that date and you will receive a last confirmation.",
    button: "Sign in to keep my account",
  },
};
