// English mirror of slot-times.fr.ts: "Tuesday, September 14, 2027 at 10:00 AM, Montréal time".
import type { slotTimesFr } from "./slot-times.fr";

export const slotTimesEn: typeof slotTimesFr = {
  slot: "{day} at {time}, {ofPlace} time",
  longDate: "{weekday}, {month} {day}, {year}",
  clock: { am: "{hour}:{minute} AM", pm: "{hour}:{minute} PM" },
  ofPlace: { vowel: "{place}", consonant: "{place}" },
  zones: {
    "America/Toronto": "Montréal",
    "America/Montreal": "Montréal",
    "America/Halifax": "Halifax",
    "America/Winnipeg": "Winnipeg",
    "America/Edmonton": "Edmonton",
    "America/Vancouver": "Vancouver",
    "Europe/Paris": "Paris",
    "Europe/Brussels": "Brussels",
    "Europe/London": "London",
  },
};
