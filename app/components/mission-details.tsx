// What a mission asks and offers, as candidates read it: on the public mission page and in the employer's preview.
import { formatMoney } from "~/modules/i18n/format";
import type { TranslationKey } from "~/modules/i18n/translate";
import type { MissionDraft } from "~/modules/missions/mission-form";
import { useI18n } from "~/modules/i18n/use-i18n";
import { RichText } from "./rich-text";
import { useOtherLanguage } from "./in-language";
import { ScheduleTable, useHoursText, useSeasonText } from "./schedule-summary";

/** Everything a candidate reads about the mission below its title. */
export type MissionDetailsData = Omit<MissionDraft, "title" | "sector" | "closesOn">;

/** `contentLocale` is the language the employer wrote in: its texts are marked with it for screen readers. */
export function MissionDetails({
  mission,
  contentLocale: written,
  distanceKm = null,
}: {
  mission: MissionDetailsData;
  contentLocale: string;
  distanceKm?: number | null;
}) {
  const { t, locale } = useI18n();
  // marked only where it differs from the page's language
  const contentLocale = useOtherLanguage()(written);
  const seasonText = useSeasonText();
  const hoursText = useHoursText();
  const pay =
    mission.payMinCents !== null
      ? mission.payMaxCents && mission.payMaxCents !== mission.payMinCents
        ? t("missions.payRange", {
            min: formatMoney(mission.payMinCents, locale),
            max: formatMoney(mission.payMaxCents, locale),
          })
        : t("missions.payFixed", { amount: formatMoney(mission.payMinCents, locale) })
      : t("missions.payNotSaid");
  return (
    <>
      <section aria-labelledby="summary-title" className="mt-10">
        <h2 id="summary-title">{t("missions.whatYouDo")}</h2>
        <div lang={contentLocale}>
          <p className="mt-3 text-lg">{mission.summary}</p>
          <RichText source={mission.description} />
        </div>
      </section>

      <div className="mission-details">
        <section aria-labelledby="when-title" className="mt-10">
          <h2 id="when-title">{t("missions.whenTitle")}</h2>
          <p className="mt-3">{hoursText(mission.hoursPerWeekMin, mission.hoursPerWeekMax)}</p>
          <p className="mt-1">{t("missions.season", { season: seasonText(mission.monthsMask) })}</p>
          <ScheduleTable mask={mission.scheduleMask} caption={t("missions.scheduleCaption")} />
        </section>

        <section aria-labelledby="conditions-title" className="mt-10">
          <h2 id="conditions-title">{t("missions.conditionsTitle")}</h2>
          <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{t("missions.pay")}</dt>
            <dd>{pay}</dd>
            <dt className="font-bold">{t("missions.training")}</dt>
            <dd lang={mission.training ? contentLocale : undefined}>{mission.training || t("missions.notSaid")}</dd>
            <dt className="font-bold">{t("missions.physical")}</dt>
            <dd>
              {t(`vocab.physical.${mission.physicalDemand}` as TranslationKey)}
              {mission.liftingKg > 0
                ? ` · ${t("missions.lifting", { kg: mission.liftingKg })}`
                : ` · ${t("missions.noLifting")}`}
            </dd>
            <dt className="font-bold">{t("missions.languages")}</dt>
            <dd>
              {mission.languages.length === 0
                ? t("missions.notSaid")
                : mission.languages
                    .map((language) =>
                      t(language.required ? "missions.languageRequired" : "missions.languageOptional", {
                        language: t(`vocab.languages.${language.code}` as TranslationKey),
                      }),
                    )
                    .join(" · ")}
            </dd>
            {mission.skills.length > 0 ? (
              <>
                <dt className="font-bold">{t("missions.skills")}</dt>
                <dd lang={contentLocale}>{mission.skills.join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="place-title" className="mt-10">
          <h2 id="place-title">{t("missions.placeTitle")}</h2>
          <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{t("missions.address")}</dt>
            <dd>
              {[mission.address, mission.town, mission.postalCode].filter(Boolean).join(", ")}
              {distanceKm !== null ? ` (${t("missions.distanceFromHome", { km: distanceKm })})` : ""}
            </dd>
            <dt className="font-bold">{t("missions.transit")}</dt>
            <dd lang={mission.transit ? contentLocale : undefined}>{mission.transit || t("missions.notSaid")}</dd>
            <dt className="font-bold">{t("missions.parking")}</dt>
            <dd lang={mission.parking ? contentLocale : undefined}>{mission.parking || t("missions.notSaid")}</dd>
            <dt className="font-bold">{t("missions.stepFree")}</dt>
            <dd>{mission.stepFreeAccess ? t("missions.stepFreeYes") : t("missions.stepFreeNo")}</dd>
          </dl>
        </section>
      </div>
    </>
  );
}
