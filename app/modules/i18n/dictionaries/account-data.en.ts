// English: downloading one's data and deleting one's account; mirrors account-data.fr.ts (the source).
import type { accountDataFr } from "./account-data.fr";

export const accountDataEn: typeof accountDataFr = {
  section: {
    title: "Your data",
    intro:
      "Download everything Chevronné keeps about you, or delete your account. To protect your information, we will first ask you to confirm that it is you.",
    download: "Download my data",
    delete: "Delete my account",
  },
  export: {
    title: "Download my data",
    intro: "You will get a ZIP file with everything Chevronné keeps about you:",
    candidateItems: {
      account: "your account, your consent choices and their history;",
      profile: "your profile, and the organisations that looked at your information;",
      applications: "your applications, with their history as you see it, and your CVs as you sent them;",
      interviews: "your interviews, your kept missions and your alerts;",
      sessions: "the devices signed in to your account and the emails we sent you.",
    },
    memberItems: {
      account: "your account, your consent choices and their history;",
      organisations: "the organisations you belong to;",
      notes: "the notes and ratings you wrote;",
      sessions: "the devices signed in to your account and the emails we sent you.",
    },
    formats: "The JSON file is read by programs; the CSV files open in a spreadsheet such as Excel or LibreOffice.",
    others: "Information about other people is not in it.",
    keepSafe: "This file holds your personal information: keep it somewhere safe.",
    submit: "Download my ZIP file",
    back: "Back to my account",
    yes: "yes",
    no: "no",
    purposes: {
      suggestions: "Employers may find my profile",
      "keep-cv": "Keep my CV after an application ends",
      "email-news": "Alerts and news by email",
    },
    readme:
      "Your data on Chevronné\n\nchevronne-data.json: everything, in a format programs read.\nThe .csv files: the same lists, to open in a spreadsheet. A cell that would start with = + - or @ starts with an apostrophe, so that a spreadsheet does not take it for a formula.\nThe cv folder: your CVs as you sent them.\n\nDates are in Coordinated Universal Time (UTC), written YYYY-MM-DDTHH:MM:SSZ.\nThis file holds your personal information: keep it somewhere safe.\n",
    files: {
      zip: "chevronne-data",
      json: "chevronne-data.json",
      readme: "README.txt",
      consents: "consents.csv",
      sessions: "devices.csv",
      emails: "emails.csv",
      applications: "applications.csv",
      history: "application-history.csv",
      interviews: "interviews.csv",
      savedMissions: "kept-missions.csv",
      alerts: "alerts.csv",
      organisations: "organisations.csv",
      notes: "notes.csv",
      ratings: "ratings.csv",
      cvFolder: "cv",
      viewedBy: "viewed-by.csv",
    },
    columns: {
      at: "Date",
      purpose: "Choice",
      granted: "Given",
      source: "Page",
      signedInAt: "Signed in",
      lastSeenAt: "Last activity",
      endsAt: "Ends",
      browser: "Browser",
      createdAt: "Created",
      sentAt: "Sent",
      subject: "Subject",
      status: "Status",
      text: "Text",
      application: "Application",
      mission: "Mission",
      employer: "Employer",
      stage: "Application status",
      appliedAt: "Sent",
      updatedAt: "Updated",
      message: "Message",
      cv: "CV",
      contactSharedAt: "Contact details shown",
      event: "Event",
      format: "Format",
      startsAt: "Start",
      timeZone: "Time zone",
      place: "Place",
      savedAt: "Kept",
      search: "Search",
      frequency: "Frequency",
      active: "Active",
      lastSentAt: "Last sent",
      organisation: "Organisation",
      role: "Role",
      since: "Since",
      customerCare: "Customer care",
      reliability: "Reliability",
      languages: "Languages",
      teamwork: "Teamwork",
      recommendation: "Recommendation",
      lastViewedAt: "Last viewed",
      whatViewed: "What was seen",
    },
  },
  delete: {
    title: "Delete my account",
    intro: "Here is what will happen if you delete your account.",
    candidateItems: {
      erased: "Your profile, your CVs, your kept missions, your alerts and your consent choices will be erased.",
      interviews:
        "Your upcoming interview will be cancelled and the employer told.|Your {count} upcoming interviews will be cancelled and the employers told.",
      applications:
        "Your application will stay with the employer, but without your name, contact details, message or CV: they will see “Person who deleted their account”. Their notes are kept.|Your {count} applications will stay with the employers, but without your name, contact details, message or CV: they will see “Person who deleted their account”. Their notes are kept.",
    },
    memberItems: {
      erased: "Your account and your consent choices will be erased, and you will leave {employer}.",
      interviews:
        "Your upcoming interview will be cancelled and the candidate told.|Your {count} upcoming interviews will be cancelled and the candidates told.",
      notes:
        "The notes you wrote will stay in the organisation's records, without your name. Your ratings will no longer be there.",
    },
    signedOut: "You will be signed out on all your devices.",
    emails: "Emails not yet sent to you will be deleted. We will send you one last email to confirm the deletion.",
    final:
      "This cannot be undone: we will not be able to bring your account back. If you want a copy of your data, download it first.",
    downloadFirst: "Download my data first",
    confirmLabel: "I understand that deleting my account cannot be undone.",
    submit: "Delete my account",
    back: "No, back to my account",
    errors: {
      confirm: "Tick the box to confirm that you understand the deletion cannot be undone.",
    },
  },
  owner: {
    title: "First, hand over or close your organisation",
    intro:
      "You are the owner of {employer}. Before you delete your account, hand this role to another team member, or close the organisation.",
    transferTitle: "Hand {employer} to another member",
    transferIntro:
      "The person you choose becomes the owner: they manage the team and answer for the organisation. They will be told by email. You stay a team member until you delete your account.",
    memberLegend: "Who should own {employer}?",
    memberChoice: "{name} ({email})",
    transferSubmit: "Hand over the organisation",
    noMembers: "Nobody else is on the team. Invite someone first, or close the organisation.",
    teamLink: "Invite someone to the team",
    closeTitle: "Close {employer}",
    closeIntro: "Closing the organisation cannot be undone:",
    closeItems: {
      missions: "all its missions close and leave the search;",
      interviews: "upcoming interviews are cancelled and the candidates told;",
      team: "the other team members lose access and are told by email;",
      applications:
        "the applications it received are no longer open to anyone and will be anonymised under our retention rules.",
    },
    confirmCloseLabel: "I understand that closing the organisation cannot be undone.",
    closeSubmit: "Close the organisation",
    transferred:
      "The organisation now belongs to the person you chose, who has been told by email. You can now delete your account.",
    closed: "The organisation is closed and its team has been told. You can now delete your account.",
    errors: {
      chooseMember: "Choose the person who should own the organisation.",
      memberGone: "This person is no longer on the team. Choose someone else.",
      confirmClose: "Tick the box to confirm that you understand closing cannot be undone.",
    },
  },
  deleted: {
    title: "Your account is deleted",
    body: "We erased your information and sent one last email to your former address to confirm it.",
    again: "You can create a new account whenever you like.",
    home: "Back to the home page",
  },
  timeline: {
    interviewCancelled: "Interview cancelled: the person deleted their account",
  },
  email: {
    /** who the recruiter's cancellation names, once the candidate has deleted their account */
    personWhoLeft: "Person who deleted their account",
    hello: "Hello {name},",
    interviewCancelled:
      "The person deleted their Chevronné account: the interview of {when} for the mission “{mission}” is cancelled.",
    proposalCancelled:
      "The person deleted their Chevronné account: your interview proposal for the mission “{mission}” no longer awaits an answer.",
    deleted: {
      subject: "Your Chevronné account is deleted",
      preheader: "What we erased, and what stays with employers.",
      intro: "As you asked, your Chevronné account is deleted.",
      introInactive:
        "Your Chevronné account had not been used for 3 years, and it was not used after our warning: it is now deleted.",
      erased:
        "Your profile, your CVs, your kept missions, your alerts, your signed-in devices and your consent choices are erased.",
      applications:
        "Your application stays with the employer, without your name, contact details, message or CV.|Your {count} applications stay with the employers, without your name, contact details, message or CV.",
      interviews:
        "Your upcoming interview is cancelled and the other person told: remove it from your calendar.|Your {count} upcoming interviews are cancelled and the other people told: remove them from your calendar.",
      last: "This is the last email you will get from Chevronné. You can create a new account whenever you like.",
      notYou: "You did not ask for this? Write to the person in charge of privacy, named in our privacy policy.",
      privacy: "Our privacy policy",
    },
    ownership: {
      subject: "You now own {employer} on Chevronné",
      preheader: "What this changes for you.",
      intro: "{former} handed you the ownership of {employer} on Chevronné.",
      what: "You now manage the team (inviting and removing members), and you answer for the organisation.",
      button: "See the team",
    },
    closed: {
      subject: "{employer} closed its space on Chevronné",
      preheader: "You no longer have access to its missions or applications.",
      intro: "{owner} closed the space of {employer} on Chevronné.",
      what: "Its missions are closed, its upcoming interviews are cancelled (the candidates are told) and you no longer have access to its applications.",
      account: "Your Chevronné account stays open. You can delete it from the My account page.",
    },
  },
};
