// English mirror of privacy-policy.fr.ts.
import type { privacyPolicyFr } from "./privacy-policy.fr";

export const privacyPolicyEn: typeof privacyPolicyFr = {
  footerLink: "Privacy and your information",
  emailFooterLink: "Privacy: what we keep and your rights",
  consents: {
    title: "Your privacy choices",
    legend: "Your choices (optional)",
    hint: "Each box is a separate choice, and none is ticked for you. You can change your mind at any time in “My account”.",
    candidatesOnly: "This choice only concerns people looking for a mission.",
    purposes: {
      suggestions: {
        label: "Employers may find my profile",
        hint: "Your profile may be suggested to employers for their missions, with your name, headline, town and the reasons for the match; they may then invite you to apply. Without this choice, employers see you only when you apply.",
      },
      "keep-cv": {
        label: "Keep my CV after an application ends",
        hint: "Without this choice, the CV sent with an application is deleted 6 months after it ends (someone hired, the employer chose someone else, the application withdrawn). With this choice, it stays with the application.",
      },
      "email-news": {
        label: "Search alerts and news by email",
        hint: "Your alerts’ emails (new missions for a saved search) and news from Chevronné. Without this choice, you only receive emails about your account and your applications.",
        employerLabel: "News from Chevronné by email",
        employerHint: "Without this choice, you only receive emails about your account, your team and applications.",
      },
    },
    necessaryTitle: "What is not a choice",
    necessary:
      "For the service to work, we keep your name and email (to sign you in and write to you about your account), your signed-in sessions (to keep you signed in safely) and the applications you send (the employer receives them because you apply). This is not a consent to give: it is the service itself.",
    necessaryEmployer:
      "For the service to work, we keep your name, your email and your role in the organisation, your signed-in sessions, and what you write about applications (notes, ratings). This is not a consent to give: it is the service itself.",
    save: "Save my choices",
    saved: "Your choices are saved. They apply from now on.",
    readMore: "All about your information",
    historyTitle: "History of your choices",
    historyNone: "No choice recorded yet.",
    historyGranted: "{date}: agreed to “{purpose}” ({source})",
    historyWithdrawn: "{date}: withdrew “{purpose}” ({source})",
    sources: {
      signup: "when signing up",
      account: "in My account",
      profile: "in your profile",
      alert: "by creating an alert",
    },
    invalidChoice: "This choice does not exist. Tick only the boxes offered.",
    alertHint:
      "Creating an alert means agreeing to alert and news emails. You can stop them at any time in “My account”.",
    alertsPaused: "Your alerts are paused: you chose not to receive alerts or news by email. Nothing is sent to you.",
    alertsPausedLink: "Change this choice in My account",
  },
  page: {
    title: "Privacy: what we keep and why",
    intro:
      "Chevronné collects personal information in Québec: the Act respecting the protection of personal information in the private sector (as amended by Law 25) applies, with PIPEDA elsewhere in Canada and the GDPR for people in France. This page says, in plain words, what we keep, who sees it, for how long, and how to use your rights.",
    collectedTitle: "What we collect, and why",
    collected: {
      account:
        "Your account: your name, email, language, time zone and, if you choose one, your password (kept scrambled, never in clear). To sign you in and write to you.",
      profile:
        "Your profile, if you are looking for a mission: your headline, your story, your fields with an approximate length of time (never a number of years), your skills, languages, availability, town, how far you will travel, your physical preferences, the sectors and what you are looking for, how you prefer to be reached and your phone. To suggest missions that suit you and to present you when you apply.",
      never: "We never ask your age, birth date, graduation years or photo.",
      applications:
        "Your applications: the mission, your message, your CV, the stage and its history, your interviews (times, place, how to reach you). To deliver them to the employer you chose and follow them through.",
      saved: "Your saved missions and search alerts. To show them to you and write to you if you asked.",
      employer:
        "If you recruit: your name, email, role in the organisation, and what you write about applications (notes, ratings). To make your team work.",
      technical:
        "Technical records: your signed-in sessions (the kind of device and last activity), your sign-in requests, the list of emails we sent you, the organisations that viewed your application, CV or profile, and counters against abuse (with the IP address, for the length of their window). For your safety and the service’s.",
    },
    whoTitle: "Who sees what, and when",
    who: {
      apply:
        "Employers see you in only two ways. First, when you apply to one of their missions: the members of their team see your application, your profile and your CV. Your phone and email are shown to them only once you accept an interview, or if you choose to show them when applying.",
      suggest:
        "Second, only if you agree (“Employers may find my profile”): your name, headline, town and the reasons for the match appear among the candidates suggested for their missions, and they may invite you to apply. If you withdraw this choice, your profile leaves every suggestion at once.",
      nobodyElse:
        "Other people signed up never see your profile. It is not public and appears in no search engine. The organisations that viewed your information are listed in “My account”.",
      team: "The people who run Chevronné see what they need to handle a report or an incident, and each of their actions is recorded.",
      providers:
        "Our host and our email delivery service process your information for us only. We never sell or rent any information.",
    },
    keptTitle: "How long we keep each thing",
    kept: {
      applications:
        "An application nobody has touched for {months} months is made anonymous: the employer keeps their notes, without your name, contact details or CV.",
      cv: "A CV is deleted {months} months after its application ends, unless you chose “Keep my CV after an application ends”.",
      accounts:
        "An account unused for {years} years gets a warning email, then is deleted {days} days later if still unused.",
      sessions:
        "A signed-in session ends after {candidateDays} days without activity for someone looking for a mission, {employerHours} hours for an employer, and after {maxDays} days at most; it is then erased.",
      signIn: "A sign-in request (link and code) is valid for {minutes} minutes; it is erased an hour later.",
      emails:
        "An email’s content (its links and codes) is erased as soon as it is delivered; only the recipient, the subject without any code and the date remain, for {months} months.",
      views: "The list of organisations that viewed your application, CV or profile is kept for {months} months.",
      deletion:
        "When you delete your account, all of the above is erased at once, except your applications, which stay with the employer made anonymous.",
    },
    rightsTitle: "Your rights, and how to use them",
    rights: {
      access:
        "See and correct: your account, profile and applications can be changed at any time in “My account” and “My profile”.",
      download: "Download your data: a ZIP file of everything we hold about you, at",
      downloadLink: "Download my data",
      delete: "Delete your account, at any time:",
      deleteLink: "Delete my account",
      withdraw: "Withdraw a consent, at any time, taking effect at once:",
      withdrawLink: "My privacy choices",
      ask: "For any other request, write to the person in charge below. We answer within 30 days.",
    },
    officerTitle: "The person in charge of the protection of personal information",
    officer: "{name}, {title}",
    officerEmail: "Write to them:",
    complaintTitle: "Making a complaint",
    complaint:
      "Write to us first: we want to fix what is wrong. If our answer does not satisfy you, you may complain to the Commission d’accès à l’information du Québec:",
    complaintLink: "Commission d’accès à l’information du Québec (cai.gouv.qc.ca)",
    complaintFrance: "In France, you may also contact the CNIL (cnil.fr).",
    incidentsTitle: "If an incident happens",
    incidents:
      "Every confidentiality incident is written in a register. When it presents a risk of serious injury, we notify the Commission d’accès à l’information and the people concerned without delay.",
  },
};
