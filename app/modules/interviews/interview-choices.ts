// The fixed choices of the interview forms, kept apart from the schemas so pages can list them without the
// date library the schemas need.
export const maxSlots = 6;
export const minSlots = 2;
export const durationChoices = [15, 30, 45, 60, 90, 120] as const;
export const formatChoices = ["in_person", "phone", "video"] as const;
export const slotNumbers = Array.from({ length: maxSlots }, (_, index) => index + 1);
