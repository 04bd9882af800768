// The guided profile's forms say every mistake in one round: a person fixing one error should not meet the next
// only after sending again.
import { describe, expect, it } from "vitest";
import { contactForm } from "~/modules/candidates/profile-forms";
import { parseForm } from "~/modules/forms/parse";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("the contact step", () => {
  it("shows all its errors at once", () => {
    expect(parseForm(contactForm, form({ phone: "12" }))).toMatchObject({
      ok: false,
      errors: {
        contactPreference: "errors.contactRequired",
        phone: "errors.phoneInvalid",
        visibleToEmployers: "errors.visibilityRequired",
      },
    });
    expect(parseForm(contactForm, form({ contactPreference: "phone", phone: "" }))).toMatchObject({
      ok: false,
      errors: { phone: "errors.phoneRequired", visibleToEmployers: "errors.visibilityRequired" },
    });
  });

  it("accepts a number as people write it, and no number when email is preferred", () => {
    expect(
      parseForm(contactForm, form({ contactPreference: "phone", phone: "(418) 555-0199", visibleToEmployers: "no" })),
    ).toMatchObject({ ok: true });
    expect(
      parseForm(contactForm, form({ contactPreference: "email", phone: "", visibleToEmployers: "yes" })),
    ).toMatchObject({ ok: true, data: { phone: "" } });
    expect(
      parseForm(contactForm, form({ contactPreference: "email", phone: "x".repeat(31), visibleToEmployers: "yes" })),
    ).toMatchObject({ ok: false, errors: { phone: "errors.phoneInvalid" } });
  });
});
