// English mirror of security.fr.ts.
import type { securityFr } from "./security.fr";

export const securityEn: typeof securityFr = {
  confirm: {
    title: "Confirm that it is you",
    intro:
      "To protect your account, we check that it is you before changing your password or your email address. This check lasts 10 minutes.",
    passwordTitle: "With your password",
    passwordSubmit: "Confirm with my password",
    codeTitle: "With a code sent by email",
    codeIntro: "We send a code to {email}.",
    sendCode: "Send me a code",
    codeSent: "A code has just been sent to {email}. It is valid for 10 minutes.",
    codeLabel: "Code received by email",
    codeHint: "Six digits.",
    codeSubmit: "Confirm with this code",
  },
  account: {
    proofNeeded: "To change your password or your address, first confirm that it is you.",
    proveFirst: "Confirm that it is me",
    provedUntil: "You have confirmed that it is you: you can make these changes until {time}.",
    addressTitle: "Email address",
    addressIntro: "Your current address is {email}. That is where we send your sign-in links.",
    changeAddress: "Change my email address",
    addressSaved:
      "Your email address is changed. Your other devices are signed out, and your former address has been told.",
  },
  address: {
    title: "Change my email address",
    intro:
      "Enter your new address. We will send a code there: your address changes only once that code is entered here.",
    newAddress: "New email address",
    sameAddress: "That is already your address. Enter the new address you want to use.",
    submit: "Get a code at this address",
    codeSent: "If this address can take your account, a code has just been sent to it. It is valid for 10 minutes.",
    codeLabel: "Code received at the new address",
    codeSubmit: "Change my address",
    askAgain: "Try another address",
    back: "Back to my account",
  },
  notMe: {
    title: "It was not me",
    intro: "If you did not make this change, press the button: we will sign your account out of every device.",
    introPassword: "The password that was just chosen will be removed too.",
    introAddress: "Your former email address will be put back on your account too.",
    submit: "Sign my account out everywhere",
    expiredTitle: "This link no longer works",
    expiredBody:
      "It has already been used or is more than 30 days old. If something worries you, sign in with an emailed link and look at the list of signed-in devices on the My account page.",
    doneTitle: "Your account is signed out everywhere",
    donePassword:
      "The password has been removed. To come back, ask for a sign-in link at your email address, then choose a new password if you wish.",
    doneAddressRestored:
      "Your former email address is back on your account. To come back, ask for a sign-in link at that address.",
    doneAddressNotRestored:
      "We could not put your former address back automatically. Reply, from your former address, to the email that told you: we will help you.",
    signIn: "Get a sign-in link",
  },
  email: {
    hello: "Hello {name},",
    codeLine: "Your code: {code} (valid for {minutes} minutes).",
    ifYou: "If it was you, there is nothing to do.",
    notMeButton: "It was not me",
    proofCode: {
      subject: "Your code to confirm that it is you",
      preheader: "Valid for {minutes} minutes.",
      intro: "You asked for a code to confirm that it is you before an important change to your Chevronné account.",
      notYou: "You did not ask for anything? Do not give this code to anyone. Without it, nobody can make that change.",
    },
    addressCode: {
      subject: "Your code to confirm your new address",
      preheader: "Valid for {minutes} minutes.",
      intro:
        "You asked for your Chevronné account to use this address from now on. Enter this code on the open page to confirm.",
      notYou: "You did not ask for anything? Ignore this email: nothing will change.",
    },
    addressTaken: {
      subject: "This address already has a Chevronné account",
      preheader: "Nothing has changed.",
      intro:
        "Someone asked to move a Chevronné account to this address, but it already has its own account. Nothing has changed.",
      next: "If it was you, use another address, or sign in to this address's account.",
    },
    passwordChanged: {
      subject: "The password of your Chevronné account has changed",
      preheader: "If it was not you, tell us.",
      intro: "A new password has just been saved for your Chevronné account. Your other devices have been signed out.",
      notMe:
        "If it was not you, open the “It was not me” link: your account will be signed out everywhere and that password removed.",
    },
    addressChanged: {
      subject: "The email address of your Chevronné account has changed",
      preheader: "If it was not you, tell us.",
      intro: "Your Chevronné account now uses the address {email}. We will send nothing more to this one.",
      notMe:
        "If it was not you, open the “It was not me” link within 30 days: your account will be signed out everywhere and this address given back to it.",
    },
  },
};
