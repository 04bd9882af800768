// French: the pages' descriptions for search engines and link previews (<meta name="description">), read by
// app/modules/i18n/meta.ts. A mission's and an organisation's pages describe themselves with their own summary and
// purpose. English mirrors it in meta-descriptions.en.ts.
export const metaDescriptionsFr = {
  home: "Des missions près de chez vous, quelques heures par semaine ou quelques mois par année, auprès d’employeurs qui savent ce que vaut l’expérience.",
  missions:
    "Cherchez une mission par mot, par ville et distance, et selon les moments où vous êtes libre : le matin, certains jours, certains mois de l’année.",
};
