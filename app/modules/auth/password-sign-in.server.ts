import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { hashPassword, verifyPassword } from "./password.server";

// Compared against when the address is unknown, so the answer takes as long as for a real account.
const decoyHash = hashPassword("chevronne-decoy-password");

export async function signInWithPassword(email: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  return user?.passwordHash && valid ? user : null;
}

export async function setPassword(userId: string, password: string) {
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
}
