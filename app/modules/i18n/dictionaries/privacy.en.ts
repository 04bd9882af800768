// English: what candidates decide employers see. Same keys as privacy.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const privacyEn: Dictionary["privacy"] = {
  bands: {
    "under-2": "under 2 years",
    "2-5": "2 to 5 years",
    "5-10": "5 to 10 years",
    "10-15": "10 to 15 years",
    "15-plus": "15 years or more",
  },
  bandLabel: "For how long?",
  bandChoose: "Choose a length of time",
  bandRequired: "Choose how long you worked in this field.",
  pastFieldsHint:
    "One field per line, with roughly how long. We keep only a range, never the exact number of years, so no one can guess your age from it. Leave unused lines empty.",
  fieldWithBand: "{field} ({band})",
  contactHidden:
    "Their phone and email will show here once they accept an interview. Until then, reach them through Chevronné: propose an interview, or write to them when you move their application to another stage.",
  contactLater: "The employer will see them once you accept an interview, or right away if you tick the box below.",
  shareContact: "Show my phone and email to the employer now",
  phoneAtProfile: "The interview is by phone: {recruiter} will call you at the number on your profile, from {from}.",
  phoneAtProfileRecruiter:
    "The interview is by phone: you will call {candidate} at the number on their profile, shown on their application once they pick a time.",
  callNumberHint:
    "Leave empty to call the person at the number on their profile: you will see it as soon as they pick a time.",
  shareContactHint:
    "If you leave the box unticked, the employer sees them only once you accept an interview. Until then, they write to you through Chevronné.",
};
