// French: an interview time in full, as the interview pages, emails and calendar texts write it
// (app/modules/interviews/time.ts): "mardi 14 septembre 2027 à 10 h 00, heure de Montréal". English mirrors it.
export const slotTimesFr = {
  slot: "{day} à {time}, heure {ofPlace}",
  /** The weekday and month names come from Intl, in the page's language. */
  longDate: "{weekday} {day} {month} {year}",
  /** The hour on the language's clock (0–23 in French, 1–12 in English), the minutes in two digits. */
  clock: { am: "{hour} h {minute}", pm: "{hour} h {minute}" },
  /** "de Montréal", but "d’Ottawa": French elides before a vowel. */
  ofPlace: { vowel: "d’{place}", consonant: "de {place}" },
  /** The names of the zones people know by a city (interviews/time.ts namedZones); others show the IANA city. */
  zones: {
    "America/Toronto": "Montréal",
    "America/Montreal": "Montréal",
    "America/Halifax": "Halifax",
    "America/Winnipeg": "Winnipeg",
    "America/Edmonton": "Edmonton",
    "America/Vancouver": "Vancouver",
    "Europe/Paris": "Paris",
    "Europe/Brussels": "Bruxelles",
    "Europe/London": "Londres",
  },
};
