import { describe, expect, it } from "vitest";
import { readSlotChoice, replyText } from "~/modules/interviews/reply";

const GMAIL_FR_QUOTE = [
  "",
  "Le lun. 14 sept. 2027 à 10:00, Chevronné <rdv+0123456789abcdef0123456789abcdef01234567@chevronne.ca> a",
  "écrit :",
  "",
  "> Bonjour Louise,",
  "> 1. mardi 15 septembre à 10 h",
  "> 2. mercredi 16 septembre à 14 h",
  "> 3. jeudi 17 septembre à 9 h",
].join("\n");

const GMAIL_EN_QUOTE = [
  "",
  "On Mon, Sep 14, 2027 at 10:00 AM Chevronné <rdv+0123456789abcdef0123456789abcdef01234567@chevronne.ca>",
  "wrote:",
  "",
  "> Hello Louise,",
  "> 1. Tuesday, September 15 at 10:00 AM",
  "> 2. Wednesday, September 16 at 2:00 PM",
].join("\n");

const OUTLOOK_FR_QUOTE = [
  "",
  "De : Chevronné <rdv+0123456789abcdef0123456789abcdef01234567@chevronne.ca>",
  "Envoyé : lundi 14 septembre 2027 10:00",
  "À : Louise Tremblay <louise@exemple.ca>",
  "Objet : Entretien : choisissez un créneau",
  "",
  "Bonjour Louise,",
  "1. mardi 15 septembre à 10 h",
  "2. mercredi 16 septembre à 14 h",
].join("\n");

const OUTLOOK_EN_QUOTE = [
  "",
  "________________________________",
  "From: Chevronné <rdv+0123456789abcdef0123456789abcdef01234567@chevronne.ca>",
  "Sent: Monday, September 14, 2027 10:00 AM",
  "To: Louise Tremblay <louise@exemple.ca>",
  "Subject: Interview: choose a time",
  "",
  "1. Tuesday, September 15 at 10:00 AM",
  "2. Wednesday, September 16 at 2:00 PM",
].join("\n");

const ORIGINAL_MESSAGE_QUOTE = [
  "",
  "-----Original Message-----",
  "From: Chevronné",
  "Sent: Monday",
  "1. Tuesday at 10:00",
].join("\n");
const FRENCH_ORIGINAL_QUOTE = [
  "",
  "----- Message d'origine -----",
  "De : Chevronné",
  "1. mardi à 10 h",
  "2. mercredi à 14 h",
].join("\n");

// [reply, slots proposed, expected slot]
const ACCEPTED: [string, number, number][] = [
  ["2", 3, 2],
  ["2.", 3, 2],
  ["  3  ", 3, 3],
  ["le 2", 3, 2],
  ["Le 2, merci !", 3, 2],
  ["option 2", 3, 2],
  ["Option 2 please", 3, 2],
  ["choix 3", 3, 3],
  ["Créneau 2", 3, 2],
  ["créneau numéro 2", 3, 2],
  ["Numéro 1", 3, 1],
  ["n° 2", 3, 2],
  ["N°3", 3, 3],
  ["no 2", 3, 2],
  ["No. 2", 3, 2],
  ["#2", 3, 2],
  ["slot 2", 3, 2],
  ["Number 2, thanks", 3, 2],
  ["je prends le 2", 3, 2],
  ["Je prends l'option 3.", 3, 3],
  ["I'll take 2", 3, 2],
  ["I'll take the second one, thank you", 3, 2],
  ["2 merci", 3, 2],
  ["2 thanks", 3, 2],
  ["deux", 3, 2],
  ["Deux", 3, 2],
  ["two", 3, 2],
  ["Option three", 3, 3],
  ["le numéro deux", 3, 2],
  ["le deuxième", 3, 2],
  ["Le premier créneau me convient", 3, 1],
  ["la 1re", 3, 1],
  ["le 2e svp", 3, 2],
  ["the second", 3, 2],
  ["The first works for me", 3, 1],
  ["3rd option please", 3, 3],
  ["sixth", 6, 6],
  ["Oui, le 2 s'il vous plaît", 3, 2],
  ["Ok, 1", 3, 1],
  ["Bonjour,\n\nLe 2, merci.\n\nCordialement,\nLouise Tremblay", 3, 2],
  ["Bonjour Marc,\nJe choisis le créneau 3.\nMerci et bonne journée !\nLouise", 3, 3],
  ["Hello,\n\nOption 1 please.\n\nThanks,\nJohn", 3, 1],
  ["Hi Sarah,\n2\nBest regards,\nLouise Le Gall", 3, 2],
  ["Le 2\n\nLouise", 3, 2],
  [`2${GMAIL_FR_QUOTE}`, 3, 2],
  [`Le 3, merci !${GMAIL_FR_QUOTE}`, 3, 3],
  [`Option 2 please${GMAIL_EN_QUOTE}`, 3, 2],
  [`The first one\n\nThanks${GMAIL_EN_QUOTE}`, 3, 1],
  [`Le 2\n\nEnvoyé de mon iPhone${GMAIL_FR_QUOTE}`, 3, 2],
  ["2\n\nSent from my Android", 3, 2],
  [`Je prends le 1.${OUTLOOK_FR_QUOTE}`, 3, 1],
  [`Option 2${OUTLOOK_EN_QUOTE}`, 3, 2],
  [`2${ORIGINAL_MESSAGE_QUOTE}`, 3, 2],
  [`le deuxième${FRENCH_ORIGINAL_QUOTE}`, 3, 2],
  ["Le 2\n\n-- \nLouise Tremblay\nConseillère, 514 555-0199\nDisponible lundi ou mardi", 3, 2],
  ["2\n--\n514 555-0199", 3, 2],
  ["> 1. mardi à 10 h\n> 2. mercredi à 14 h\n\nLe 2", 3, 2],
  ["Le 2\nLe 14 sept. 2027 à 10:00, Chevronné <rdv@chevronne.ca> a écrit :\n> 1. mardi à 10 h", 3, 2],
  ["Le 2\nOn Mon, Sep 14, 2027 at 10:00 AM Chevronné <rdv@chevronne.ca>\nwrote:\n> 1. Tuesday", 3, 2],
];

// [reply, slots proposed]
const REFUSED: [string, number][] = [
  ["", 3],
  ["   \n  ", 3],
  ["Merci !", 3],
  ["Louise", 3],
  ["2 ou 3", 3],
  ["2 or 3", 3],
  ["Le 2 ou le 3, merci", 3],
  ["1, 2", 3],
  ["2 et 3", 3],
  ["pas le 2", 3],
  ["Pas le 2, le 3", 3],
  ["not 2", 3],
  ["Not number 2", 3],
  ["aucun", 3],
  ["Aucun ne me convient", 3],
  ["none", 3],
  ["None of them, sorry", 3],
  ["ni le 1 ni le 2", 3],
  ["Je ne prends pas le 2", 3],
  ["No, 2 does not work", 3],
  ["Le 2 à 14 h", 3],
  ["14h", 3],
  ["2h", 3],
  ["10:00", 3],
  ["2:00", 3],
  ["le 2 octobre", 3],
  ["2 pm", 3],
  ["2 PM please", 3],
  ["mardi", 3],
  ["Le 2 mardi", 3],
  ["2/10", 3],
  ["4", 3],
  ["0", 3],
  ["le septième", 3],
  ["quatre", 3],
  ["the one", 3],
  ["I'll take the two", 3],
  ["les deux", 3],
  ["7", 6],
  ["Can we do Thursday instead?", 3],
  ["Le 2 ?", 3],
  ["2?", 3],
  ["Pouvez-vous proposer jeudi ?", 3],
  ["Le 2 si possible, sinon le 3", 3],
  ["Je vous rappelle", 3],
  ["2\nSinon Jeudi", 3],
  ["Option 2\nPas Possible", 3],
  ["2, 2027", 3],
  ["Le 2 peut-être", 3],
  ["I'll take 2, or maybe 3", 3],
  [`Merci${GMAIL_FR_QUOTE}`, 3],
  [GMAIL_EN_QUOTE, 3],
  [`Pas le 2${OUTLOOK_FR_QUOTE}`, 3],
  ["Envoyé de mon iPhone", 3],
  ["Le 2\nLouise Tremblay\n514 555-0199", 3],
];

describe("readSlotChoice", () => {
  it.each(ACCEPTED)("reads %j (of %i slots) as slot %i", (reply, slotCount, expected) => {
    expect(readSlotChoice(reply, slotCount)).toBe(expected);
  });

  it.each(REFUSED)("does not guess %j (of %i slots)", (reply, slotCount) => {
    expect(readSlotChoice(reply, slotCount)).toBeNull();
  });

  it("reads Windows line endings", () => {
    expect(readSlotChoice("Bonjour,\r\n\r\nLe 2\r\n\r\nMerci\r\n", 3)).toBe(2);
  });
});

describe("replyText", () => {
  it("keeps only the new text of a Gmail reply", () => {
    expect(replyText(`Le 2, merci !${GMAIL_FR_QUOTE}`)).toBe("Le 2, merci !");
    expect(replyText(`Thanks,\nI'll take 2.${GMAIL_EN_QUOTE}`)).toBe("Thanks,\nI'll take 2.");
  });

  it("cuts an Outlook header block and the original-message separators", () => {
    expect(replyText(`Le 1${OUTLOOK_FR_QUOTE}`)).toBe("Le 1");
    expect(replyText(`Option 2${OUTLOOK_EN_QUOTE}`)).toBe("Option 2");
    expect(replyText(`2${ORIGINAL_MESSAGE_QUOTE}`)).toBe("2");
    expect(replyText(`2${FRENCH_ORIGINAL_QUOTE}`)).toBe("2");
  });

  it("drops a signature, quoted lines and mobile footers", () => {
    expect(replyText("Le 2\n-- \nLouise Tremblay\n514 555-0199")).toBe("Le 2");
    expect(replyText("> 1. mardi\nLe 2\n\nEnvoyé de mon iPhone")).toBe("Le 2");
    expect(replyText("2\nSent from my iPhone")).toBe("2");
  });

  it("keeps a line that only looks like the start of an attribution", () => {
    expect(replyText("Le 2, merci\nLouise")).toBe("Le 2, merci\nLouise");
    expect(replyText("Le 2 --\nmerci")).toBe("Le 2 --\nmerci");
  });
});
