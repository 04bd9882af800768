// English mirror of share-cards.fr.ts.
import type { shareCardsFr } from "./share-cards.fr";

export const shareCardsEn: typeof shareCardsFr = {
  siteImageAlt: "Chevronné: missions close to home for experienced people, at your own pace.",
};
