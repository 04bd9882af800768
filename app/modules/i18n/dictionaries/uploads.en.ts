// English: what the file fields say about zip-based documents. Same keys as uploads.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const uploadsEn: Dictionary["uploads"] = {
  cvZipTooLarge:
    "This Word document holds far more data than it shows, so we cannot accept it. Save it again from your word processor, attach a PDF instead, or apply without a CV.",
  cvZipUnreadable:
    "This Word document cannot be read: it seems damaged. Save it again from your word processor, attach a PDF instead, or apply without a CV.",
};
