// The emails recruiters send candidates, by kind (their wording lives in the dictionaries or the employer's templates).
export const candidateEmailKinds = [
  "stage-screening",
  "stage-interview",
  "stage-offer",
  "stage-hired",
  "not-selected",
  "still-reviewing",
  "invite-to-apply",
] as const;
export type CandidateEmailKind = (typeof candidateEmailKinds)[number];
