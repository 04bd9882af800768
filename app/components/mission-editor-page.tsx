// The page layout of the mission editor shared by /employer/missions/new and …/:id/edit, with its buttons.
import { Form, Link } from "@remix-run/react";
import type { FormFailure } from "~/modules/forms/parse";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { MissionDraft } from "~/modules/missions/mission-form";
import { moderationStatus } from "~/modules/missions/mission-statuses";
import { AgeTermWarnings, type FieldHits } from "./age-term-warnings";
import type { TownView } from "~/modules/places/towns.server";
import { ErrorSummary } from "./error-summary";
import { MissionEditorFields } from "./mission-editor-fields";
import { MissionModerationNotice } from "./moderation-notice";
import { SuccessNotice } from "./success-notice";

/** The editor page shared by a new mission and an existing one. */
export function MissionEditorPage({
  heading,
  mission,
  failure,
  ageTerms = [],
  blocked = false,
  notice,
  moderation,
}: {
  heading: string;
  mission: MissionDraft;
  failure?: FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };
  ageTerms?: FieldHits[];
  blocked?: boolean;
  notice?: string;
  /** a mission an administrator unpublished (sent back once fixed, instead of published) or that waits for review */
  moderation?: { status: string; reason: string | null; justResubmitted: boolean } | null;
}) {
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/employer/missions" className="link inline-block py-2">
          {t("editor.back")}
        </Link>
      </p>
      <h1 className="mt-4">{heading}</h1>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      {moderation ? <MissionModerationNotice {...moderation} /> : null}
      <p className="mt-4 text-lg">{t("editor.intro")}</p>
      <Form method="post" noValidate className="mt-8">
        <ErrorSummary errors={failure?.errors} />
        <AgeTermWarnings fields={ageTerms} blocked={blocked} />
        <MissionEditorFields mission={mission} failure={failure} />
        <div className="mt-8 flex flex-wrap gap-4">
          {!moderation ? (
            <button type="submit" name="intent" value="publish" className="button">
              {t("editor.publish")}
            </button>
          ) : moderation.status === moderationStatus.unpublished ? (
            <button type="submit" name="intent" value="resubmit" className="button">
              {t("moderation.employer.resubmit")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="preview" className="button-secondary">
            {t("editor.preview")}
          </button>
          <button type="submit" name="intent" value="save" className="button-secondary">
            {t("editor.save")}
          </button>
        </div>
      </Form>
    </div>
  );
}
