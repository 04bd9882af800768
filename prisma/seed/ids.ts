// Stable ids for seeded rows, so every run produces exactly the same data.

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const employerId = (slug: string) => `seed-employer-${slug}`;
export const missionId = (index: number) => `seed-mission-${pad(index + 1, 3)}`;
export const candidateUserId = (index: number) => `seed-user-candidate-${pad(index + 1, 3)}`;
export const candidateProfileId = (index: number) => `seed-candidate-${pad(index + 1, 3)}`;
export const employerUserId = (key: string) => `seed-user-employer-${key}`;
export const membershipId = (employerSlug: string, userKey: string) => `seed-membership-${employerSlug}-${userKey}`;
export const applicationId = (index: number) => `seed-application-${pad(index + 1, 4)}`;
export const eventId = (applicationIndex: number, step: number) =>
  `seed-event-${pad(applicationIndex + 1, 4)}-${step + 1}`;
