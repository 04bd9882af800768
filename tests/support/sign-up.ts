// An organisation signed up the way a person does it: the real sign-up request, then the link its email carries.
import { db } from "~/db.server";
import { requestSignIn, signInWithLink } from "~/modules/auth/sign-in.server";

let counter = 0;

/** Its owner and the organisation, named `${orgName} <n>` so each call makes a new one; the owner speaks `locale`. */
export async function signUpOrganisation(orgName: string, locale: "fr" | "en" = "fr") {
  counter += 1;
  const email = `organisation-${counter}-${Date.now()}@exemple.ca`;
  await requestSignIn({
    email,
    locale,
    signUp: { kind: "employer", name: "Hélène Roy", orgName: `${orgName} ${counter}` },
  });
  const signIn = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, template: "signIn" } });
  const result = await signInWithLink(signIn.text.match(/token=([\w-]+)/)?.[1] ?? "");
  if (!result.ok) throw new Error(`sign-up failed: ${result.reason}`);
  const { employer } = await db.membership.findFirstOrThrow({
    where: { userId: result.user.id },
    include: { employer: true },
  });
  return { owner: result.user, employer };
}
