// A typed town (a profile's place step, a mission's or an organisation's town): which place is saved for what was typed. A clear name saves at once (Montréal,
// not the French villages of that name); an ambiguous one (Sainte-Foy) or one we do not know comes back with a choice (radio buttons, no JavaScript needed)
// and is saved only once the candidate has chosen. The choice counts only while the typed name is unchanged.
import type { TranslationKey } from "~/modules/i18n/translate";
import { resolveTown, townLabel, townView, type TownView } from "~/modules/places/towns.server";

export type TypedTownOutcome =
  | { ok: true; label: string }
  | { ok: false; field: "town" | "townChoice"; error: TranslationKey; choices: TownView[]; preselected: string | null };

export function typedTown(input: { town: string; townChoice?: string; townTyped?: string }): TypedTownOutcome {
  const chosen = input.townChoice && input.townTyped === input.town ? resolveTown(input.townChoice) : null;
  if (chosen?.kind === "found") return { ok: true, label: townLabel(chosen.town) };
  const resolution = resolveTown(input.town);
  switch (resolution.kind) {
    case "found":
      return { ok: true, label: townLabel(resolution.town) };
    case "ambiguous":
      return choose(resolution.choices.map(townView));
    case "unknown":
      return {
        ok: false,
        field: "town",
        error: resolution.closest.length > 0 ? "towns.unknownTown" : "errors.townUnknown",
        choices: resolution.closest.map(townView),
        preselected: null,
      };
    case "none":
      return { ok: false, field: "town", error: "errors.townRequired", choices: [], preselected: null };
  }
}

/** Our best guess first and ticked: one more click for the usual case, and the candidate sees what is saved. */
function choose(choices: TownView[]): TypedTownOutcome {
  return { ok: false, field: "townChoice", error: "towns.chooseTown", choices, preselected: choices[0]?.label ?? null };
}
