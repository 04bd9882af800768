// Under the search form: the town the search understood and the others it could mean, or the town it does not
// know with the closest names, or "from your home". The alternatives are links to the same search.
import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { SearchPlace, TownLink } from "~/modules/missions/search-place.server";
import { useTownDescription } from "./town-description";

export function SearchPlaceNotice({ id, place }: { id: string; place: SearchPlace }) {
  const { t } = useI18n();
  const describe = useTownDescription();
  if (place.kind === "none") return null;
  if (place.kind === "home") {
    return (
      <p id={id} className="mt-4">
        {t("towns.distancesFromHome", { place: place.label })}
      </p>
    );
  }
  if (place.kind === "unknown") {
    return (
      <div id={id} className="mt-6 notice" role="status">
        <p className="font-bold">{t("towns.unknown", { town: place.typed })}</p>
        {place.closest.length > 0 ? (
          <TownLinks intro={t("towns.didYouMean")} links={place.closest} />
        ) : (
          <p className="mt-2">{t("towns.unknownNoSuggestion")}</p>
        )}
      </div>
    );
  }
  const understood = describe(place.town);
  return (
    <div id={id} className={place.ambiguous ? "mt-6 notice" : "mt-4"}>
      <p>
        {place.ambiguous
          ? t("towns.understood", { place: understood })
          : t("towns.distancesFrom", { place: understood })}
      </p>
      {place.alternatives.length > 0 ? (
        <TownLinks
          intro={place.ambiguous ? t("towns.didYouMean") : t("towns.otherPlaces")}
          links={place.alternatives}
        />
      ) : null}
    </div>
  );
}

/** "Voulez-vous dire : Québec (QC) ou Orbec (France) ?" with each town a link. */
function TownLinks({ intro, links }: { intro: string; links: TownLink[] }) {
  const { t } = useI18n();
  const describe = useTownDescription();
  return (
    <p className="mt-2">
      {intro}{" "}
      {links.map((link, position) => (
        <Fragment key={link.href}>
          {position > 0 ? (position === links.length - 1 ? ` ${t("towns.or")} ` : ", ") : null}
          <Link to={link.href} className="link inline-flex min-h-target items-center font-bold">
            {describe(link.town)}
          </Link>
        </Fragment>
      ))}
      {t("towns.questionEnd")}
    </p>
  );
}
