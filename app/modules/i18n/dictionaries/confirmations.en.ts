// English: the second step before a destructive action. Same keys as confirmations.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const confirmationsEn: Dictionary["confirmations"] = {
  back: "No, go back",
  whatHappens: "What will happen",
  recruiterCancel: {
    titleBooked: "Cancel the interview?",
    titleProposed: "Withdraw the interview proposal?",
    booked: "The interview on {when} with {candidate} will be cancelled.",
    bookedTold:
      "{candidate} will get an email and the cancellation for their calendar. You will get the cancellation for your calendar too.",
    proposed: "The interview times offered to {candidate} will be withdrawn: they will no longer be able to pick one.",
    proposedTold: "{candidate} will get an email saying so.",
    after: "You can then offer other times from their application.",
    submitBooked: "Yes, cancel the interview",
    submitProposed: "Yes, withdraw the proposal",
  },
  candidateCancel: {
    title: "Cancel your interview?",
    booked: "Your interview on {when} with {recruiter} ({employer}) for the mission “{mission}” will be cancelled.",
    told: "{recruiter} will get an email and the cancellation for their calendar. You will get a confirmation email too.",
    application: "Your application stays active: you can suggest another time or answer a new proposal.",
    submit: "Yes, cancel the interview",
  },
  removeMember: {
    title: "Remove {name} from the team?",
    access: "{name} ({email}) will no longer be able to open {employer}’s pages, from their very next page.",
    noInterviews: "{name} has no upcoming interview.",
    interviews:
      "The upcoming interview led by {name} stays at its time; only the rest of the team will be able to follow it here.|The {count} upcoming interviews led by {name} stay at their times; only the rest of the team will be able to follow them here.",
    notes: "Their notes and ratings stay in the candidates’ files.",
    told: "Nobody gets an email: tell {name} yourself if you wish.",
    again: "You can invite them again later.",
    submit: "Yes, remove {name}",
  },
};
