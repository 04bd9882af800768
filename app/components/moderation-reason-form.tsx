// An administrator's form for a decision that needs words (unpublish, suspend, reinstate), on the admin pages.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextArea } from "~/components/text-area";
import { valueOf, type FieldErrors, type FormValues } from "~/modules/forms/parse";
import { maxModerationReason } from "~/modules/moderation/forms";

/**
 * An administrator's decision that carries words (unpublish, suspend, reinstate): a heading, what it will do, the
 * words (said to the people concerned, or kept in the audit trail), and the button. Its errors come back beside it.
 */
export function ModerationReasonForm({
  intent,
  field,
  title,
  explanation,
  label,
  hint,
  submit,
  failure,
}: {
  intent: string;
  /** "reason" (required, told to the people) or "note" (optional, for the audit trail) */
  field: "reason" | "note";
  title: string;
  explanation: string;
  label: string;
  hint: string;
  submit: string;
  failure?: { intent?: string; errors?: FieldErrors; values?: FormValues };
}) {
  const mine = failure?.intent === intent ? failure : undefined;
  const titleId = `${intent}-title`;
  return (
    <section aria-labelledby={titleId} className="mt-10 card">
      <h2 id={titleId}>{title}</h2>
      <p className="mt-2">{explanation}</p>
      <Form method="post" noValidate className="mt-6">
        <ErrorSummary errors={mine?.errors} />
        <TextArea
          name={field}
          label={label}
          hint={hint}
          maxLength={maxModerationReason}
          rows={4}
          defaultValue={valueOf(mine?.values, field)}
          error={mine?.errors?.[field]}
        />
        <button type="submit" name="intent" value={intent} className="button">
          {submit}
        </button>
      </Form>
    </section>
  );
}
