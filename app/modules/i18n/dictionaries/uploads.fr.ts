// French: what the file fields say about zip-based documents (app/modules/files/zip-limits.server.ts). English
// mirrors it in uploads.en.ts.
export const uploadsFr = {
  cvZipTooLarge:
    "Ce document Word contient beaucoup plus de données qu’il n’en montre : nous ne pouvons pas l’accepter. Enregistrez-le de nouveau depuis votre traitement de texte, ou joignez un PDF, ou postulez sans CV.",
  cvZipUnreadable:
    "Ce document Word ne peut pas être lu : il semble abîmé. Enregistrez-le de nouveau depuis votre traitement de texte, ou joignez un PDF, ou postulez sans CV.",
};
