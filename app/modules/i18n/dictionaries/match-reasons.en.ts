// English mirror of match-reasons.fr.ts.
import type { matchReasonsFr } from "./match-reasons.fr";

export const matchReasonsEn: typeof matchReasonsFr = {
  candidate: {
    schedule: {
      overlap: "You are free {slots}, when this mission needs you",
      none: "You are free at none of the times this mission needs you",
    },
    hours: {
      fit: "{hours} a week; you can give up to {personMax}",
      "above-max": "At least {missionMin} hours a week, more than the {personMax} you can give",
    },
    season: {
      clear: "This mission runs outside the months you are away",
      away: "You said you are away in {months}, while this mission runs",
    },
    distance: {
      within: "{km} km away; you said up to {maxKm}",
      beyond: "{km} km away, beyond the {maxKm} km you said",
    },
    language: {
      "required-spoken": "You speak {language}, required for this mission",
      "required-basic": "{languageWithArticle} is required; you listed a basic level",
      "required-missing": "{languageWithArticle} is required and you have not listed it",
      "optional-spoken": "You speak {language}, an asset for this mission",
    },
    skills: {
      match: "Your skills match what the mission asks for: {skills}",
      none: "Your profile does not yet mention what the mission asks for: {skills}",
    },
    experience: { match: "Your experience counts here: {field} ({band})" },
    posture: {
      preferred: "{demand}, as you prefer",
      "seated-options": "{demand}, but the employer offers seated options",
      "not-preferred": "{demand}, while you prefer {preference}",
    },
    lifting: {
      within: "Lifting up to {kg} kg, within your {maxKg} kg limit",
      "above-max": "Lifting up to {kg} kg, beyond the {maxKg} kg you said",
    },
    seeks: {
      company: "You are looking for company, and this employer's values mention {words}",
      "know-how": "You want to pass on your know-how, and this employer commits to {commitment}",
      income: "You are looking for an income: up to {pay} an hour",
      cause: {
        sector: "You want to serve a cause, and this employer works in {sector}",
        purpose: "You want to serve a cause, and this employer's purpose speaks of it: {words}",
      },
    },
    sector: {
      chosen: "In a sector you chose: {sector}",
      "not-chosen": "Outside the sectors you chose: {sector}",
    },
  },
  recruiter: {
    schedule: {
      overlap: "Free {slots}, when the mission needs it",
      none: "Never free when the mission needs it",
    },
    hours: {
      fit: "{hours} a week; can give up to {personMax}",
      "above-max": "At least {missionMin} hours a week, more than the candidate's {personMax}",
    },
    season: {
      clear: "The mission runs outside the candidate's time away",
      away: "Away in {months}, while the mission runs",
    },
    distance: {
      within: "{km} km away; travels up to {maxKm} km",
      beyond: "{km} km away, beyond the {maxKm} km limit",
    },
    language: {
      "required-spoken": "Speaks {language}, required",
      "required-basic": "{language} required, basic level listed",
      "required-missing": "{language} required, not listed",
      "optional-spoken": "Speaks {language}, an asset",
    },
    skills: {
      match: "Has the skills asked for: {skills}",
      none: "Skills asked for, not in the profile: {skills}",
    },
    experience: { match: "Relevant experience: {field} ({band})" },
    posture: {
      preferred: "{demand}, as the candidate prefers",
      "seated-options": "{demand}; prefers to sit, which you allow",
      "not-preferred": "{demand}, while the candidate prefers {preference}",
    },
    lifting: {
      within: "Lifting up to {kg} kg, within the candidate's {maxKg} kg limit",
      "above-max": "Lifting up to {kg} kg, beyond the candidate's {maxKg} kg limit",
    },
    seeks: {
      company: "Seeks company; your values mention {words}",
      "know-how": "Wants to pass on know-how; you commit to {commitment}",
      income: "Seeks an income; up to {pay} an hour",
      cause: {
        sector: "Wants to serve a cause; you work in {sector}",
        purpose: "Wants to serve a cause; your purpose speaks of it: {words}",
      },
    },
    sector: {
      chosen: "A sector of interest: {sector}",
      "not-chosen": "Outside the candidate's sectors of interest: {sector}",
    },
  },
  hours: { one: "{number} hours", range: "{min} to {max} hours" },
  languageWithArticle: { vowel: "{language}", consonant: "{language}" },
  demand: { seated: "Seated work", standing: "Standing work", mixed: "Partly standing work" },
  preference: {
    you: { seated: "to sit", standing: "to be on your feet" },
    them: { seated: "to sit", standing: "to be on their feet" },
  },
  commitment: { mentoring: "mentoring", training: "training" },
  bands: {
    "under-2": "under 2 years",
    "2-5": "2 to 5 years",
    "5-10": "5 to 10 years",
    "10-15": "10 to 15 years",
    "15-plus": "15 years or more",
  },
  sectors: {
    retail: "retail",
    culture: "culture",
    tourism: "tourism",
    finance: "finance",
    health: "health",
    food: "food",
    "sports-leisure": "sports and leisure",
    community: "community service",
    hospitality: "hospitality",
  },
  /** "Tuesday and Thursday mornings", "Saturday afternoons", "weekday mornings", "every evening", "all day Monday" */
  slots: {
    day: {
      monday: "Monday",
      tuesday: "Tuesday",
      wednesday: "Wednesday",
      thursday: "Thursday",
      friday: "Friday",
      saturday: "Saturday",
      sunday: "Sunday",
    },
    partAfterDays: { morning: "mornings", afternoon: "afternoons", evening: "evenings" },
    partAfterSpan: { morning: "mornings", afternoon: "afternoons", evening: "evenings" },
    partEveryDay: { morning: "morning", afternoon: "afternoon", evening: "evening" },
    daysAllDay: "all day {days}",
    daysParts: "{days} {parts}",
    spanAllDay: { weekdays: "all day on weekdays", weekend: "all day on weekends", week: "all day, every day" },
    spanParts: { weekdays: "weekday {parts}", weekend: "weekend {parts}", week: "every {parts}" },
    and: "and",
  },
};
