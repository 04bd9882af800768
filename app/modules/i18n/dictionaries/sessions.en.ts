// English mirror of sessions.fr.ts.
import type { sessionsFr } from "./sessions.fr";

export const sessionsEn: typeof sessionsFr = {
  idleNote: "For your safety, you will be signed out after {hours} hours without activity.",
  warningTitle: "You will soon be signed out",
  warningBody: "Without activity on your part, you will be signed out at {time}, to protect candidates’ information.",
  warningBodyNoScript:
    "Without activity on your part, you will soon be signed out, to protect candidates’ information.",
  keep: "Stay signed in",
  endedTitle: "You have been signed out",
  endedBody:
    "Your session ended after {hours} hours without activity. What you wrote on this page is not lost: send it, sign in again, and you will find it here.",
  signInAgain: "Sign in again",
  draftRestored: "Your session had ended. We kept what you had written: check it, then send it again.",
  listTitle: "Signed-in devices",
  listIntro:
    "Your account is open on these devices. If you do not recognise one, sign it out, then change your password if you have one.",
  device: "{browser} on {system} ({kind})",
  unknownBrowser: "Unknown browser",
  unknownSystem: "unknown system",
  kinds: { computer: "computer", phone: "phone", tablet: "tablet", other: "device" },
  thisDevice: "This device",
  lastSeen: "Last activity: {when}",
  signedInAt: "Signed in on {when}",
  end: "Sign out {device}",
  endThis: "Sign out of this device",
  ended: "That device is signed out.",
};
