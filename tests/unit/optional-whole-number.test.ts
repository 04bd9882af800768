// An optional number in a form: empty or missing is "not given"; anything else must be a whole number in range, and
// a wrong one is refused with the form's own words (never Zod's English "Invalid input").
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalWholeNumber } from "~/modules/forms/parse";

const schema = z.object({ kg: optionalWholeNumber(0, 50, "errors.liftInvalid") });

describe("optionalWholeNumber", () => {
  it("reads a missing or empty field as not given", () => {
    expect(schema.parse({})).toEqual({ kg: null });
    expect(schema.parse({ kg: "  " })).toEqual({ kg: null });
  });

  it("reads a whole number in range", () => {
    expect(schema.parse({ kg: "12" })).toEqual({ kg: 12 });
  });

  for (const wrong of ["douze", "4.5", "-1", "51"]) {
    it(`refuses "${wrong}" with the form's message`, () => {
      const result = schema.safeParse({ kg: wrong });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain("errors.liftInvalid");
    });
  }
});
