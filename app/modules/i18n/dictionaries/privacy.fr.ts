// French: what candidates decide employers see (docs/decisions/0016-candidate-privacy.md): experience as bands of
// years, and contact details shared on applying or once an interview is accepted. English mirrors it in privacy.en.ts.
export const privacyFr = {
  bands: {
    "under-2": "moins de 2 ans",
    "2-5": "2 à 5 ans",
    "5-10": "5 à 10 ans",
    "10-15": "10 à 15 ans",
    "15-plus": "15 ans et plus",
  },
  bandLabel: "Pendant combien de temps?",
  bandChoose: "Choisissez une durée",
  bandRequired: "Choisissez pendant combien de temps vous avez travaillé dans ce domaine.",
  pastFieldsHint:
    "Un domaine par ligne, avec une durée approximative. Nous gardons seulement un ordre de grandeur, jamais le nombre exact d’années : personne ne peut en deviner votre âge. Laissez vides les lignes inutiles.",
  fieldWithBand: "{field} ({band})",
  contactHidden:
    "Ses coordonnées vous seront montrées quand elle aura accepté une entrevue. D’ici là, joignez-la par Chevronné : proposez-lui une entrevue, ou écrivez-lui en changeant l’étape de sa candidature.",
  contactLater:
    "L’employeur les verra quand vous aurez accepté une entrevue, ou dès maintenant si vous cochez la case plus bas.",
  shareContact: "Montrer dès maintenant mon téléphone et mon courriel à l’employeur",
  phoneAtProfile:
    "L’entrevue a lieu par téléphone : {recruiter} vous appellera au numéro de votre profil, depuis le {from}.",
  phoneAtProfileRecruiter:
    "L’entrevue a lieu par téléphone : vous appellerez {candidate} au numéro de son profil, montré sur sa candidature dès qu’elle aura choisi un créneau.",
  callNumberHint:
    "Laissez vide pour appeler la personne au numéro de son profil : vous le verrez dès qu’elle aura choisi un créneau.",
  shareContactHint:
    "Si vous ne cochez pas la case, l’employeur les verra seulement quand vous aurez accepté une entrevue. D’ici là, il vous écrit par Chevronné.",
};
