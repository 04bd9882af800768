// A person's own settings kept on their account (language, time zone and the like) and whether an address has one.
import type { z } from "zod";
import { db } from "~/db.server";
import type { preferencesForm } from "./forms";
import type { Locale } from "~/modules/i18n/locales";

/** Saves the account page's preferences form. */
export async function savePreferences(userId: string, preferences: z.infer<typeof preferencesForm>): Promise<void> {
  await db.user.update({ where: { id: userId }, data: preferences });
}

/** Keeps the language a person chose on their account (emails follow it). */
export async function saveLanguage(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** Whether someone already has an account with this address. */
export async function accountExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}
