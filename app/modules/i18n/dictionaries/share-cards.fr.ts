// French: the words of the share cards (Open Graph, Twitter), read by app/modules/share-cards/meta.ts. English mirrors
// it in share-cards.en.ts.
export const shareCardsFr = {
  siteImageAlt: "Chevronné : des missions près de chez vous pour les personnes d’expérience, à votre rythme.",
};
