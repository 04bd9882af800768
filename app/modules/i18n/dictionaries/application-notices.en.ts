// English: how an employer member hears of new applications. Mirrors application-notices.fr.ts.
import type { applicationNoticesFr } from "./application-notices.fr";

export const applicationNoticesEn: typeof applicationNoticesFr = {
  account: {
    title: "New applications",
    intro: "Choose how you learn that someone applied. Emails are written in your account’s language.",
    legend: "For {organisation}",
    each: "An email for each application",
    eachHint: "As soon as someone applies to one of your missions.",
    daily: "A summary every morning",
    dailyHint: "Around 7 a.m. (Montréal time), only when there is something new.",
    none: "No email",
    noneHint: "You will see new applications on your dashboard.",
    save: "Save this choice",
    saved: "Your choice for new applications is saved.",
  },
  email: {
    each: {
      subject: "New application: {mission}",
      preheader: "{candidate} applied to “{mission}”.",
      heading: "Hello {name},",
      intro: "{candidate} has just applied to {organisation}’s mission “{mission}”.",
      button: "Read the application",
    },
    digest: {
      subject: "{count} new application for {organisation}|{count} new applications for {organisation}",
      preheader: "Including: {first}",
      heading: "Hello {name},",
      intro:
        "Since the last summary, {organisation} received {count} application:|Since the last summary, {organisation} received {count} applications:",
      item: "“{mission}” · received {date}",
      button: "See all applications",
    },
    why: "You receive this email because you are a member of {organisation}’s team on Chevronné.",
    change: "Change this choice in my account",
  },
  dashboard: {
    title: "New since your last visit",
    count: "New since your last visit: {count} application|New since your last visit: {count} applications",
    none: "Nothing new since your last visit.",
    item: "{candidate}, for “{mission}”",
    more: "See all applications",
  },
};
