// How an employer may reach a candidate: the candidate decides (docs/decisions/0016-candidate-privacy.md). Their phone
// and email stay hidden until they share them on applying (a box, off by default) or accept an interview, which sets
// Application.contactSharedAt; until then the employer writes to them through Chevronné. Pure: no database here.
export type CandidateContact = { prefers: "phone" | "email"; phone: string | null; email: string };

export function contactForEmployer(
  application: { contactSharedAt: Date | null },
  candidate: { contactPreference: string; phone: string | null; email: string },
): CandidateContact | null {
  if (!application.contactSharedAt) return null;
  const prefers = candidate.contactPreference === "phone" && candidate.phone ? "phone" : "email";
  return { prefers, phone: candidate.phone || null, email: candidate.email };
}
