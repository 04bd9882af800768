// Demo data for the administrators' pages: one administrator account (made one as `npm run admin -- grant` would, with
// its audit entry), and one organisation that signed up yesterday and waits for verification, its first mission
// published but not shown to candidates yet.
import type { PrismaClient } from "../../app/generated/prisma/client";

export const DEMO_ADMINISTRATOR = { email: "admin@chevronne.example", name: "Sophie Lachance" } as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const pendingSlug = "pelote-et-cie";

export async function seedAdministration(
  prisma: PrismaClient,
  { passwordHash, now = new Date() }: { passwordHash?: string; now?: Date },
) {
  const yesterday = new Date(now.getTime() - DAY_MS);
  await prisma.$transaction(async (tx) => {
    // an administrator is an ordinary account marked from the command line; this one signs in like the demo candidate
    await tx.user.create({
      data: {
        id: "seed-user-administrator",
        email: DEMO_ADMINISTRATOR.email,
        name: DEMO_ADMINISTRATOR.name,
        kind: "candidate",
        locale: "fr",
        passwordHash: passwordHash ?? null,
        isAdministrator: true,
        createdAt: new Date(now.getTime() - 300 * DAY_MS),
        candidate: { create: { id: "seed-candidate-administrator" } },
      },
    });
    await tx.auditEntry.create({
      data: {
        at: new Date(now.getTime() - 300 * DAY_MS),
        actorRole: "system",
        action: "administrator.granted",
        subjectType: "user",
        subjectId: "seed-user-administrator",
        details: { by: "command line" },
      },
    });
    await tx.user.create({
      data: {
        id: "seed-user-employer-pelote-owner",
        email: `direction@${pendingSlug}.example`,
        name: "Julie Bouchard",
        kind: "employer",
        locale: "fr",
        createdAt: yesterday,
      },
    });
    await tx.employer.create({
      data: {
        id: `seed-employer-${pendingSlug}`,
        slug: pendingSlug,
        name: "Pelote & Cie, boutique de laine",
        sector: "retail",
        purpose: "Transmettre le goût du tricot et du crochet, d’une génération à l’autre.",
        website: "https://pelote-et-cie.example",
        town: "Trois-Rivières",
        latitude: 46.343,
        longitude: -72.543,
        createdAt: yesterday,
        verificationStatus: "pending",
        members: {
          create: {
            id: `seed-membership-${pendingSlug}-owner`,
            userId: "seed-user-employer-pelote-owner",
            role: "owner",
            createdAt: yesterday,
          },
        },
        missions: {
          create: {
            id: "seed-mission-awaiting-verification",
            title: "Conseils en tricot, le jeudi après-midi",
            summary: "Les clientes et clients repartent avec la bonne laine et le bon patron pour leur projet.",
            description:
              "Votre mission : accueillir la clientèle, conseiller laines et aiguilles, et dépanner un rang ou deux.",
            sector: "retail",
            scheduleMask: 1 << (3 * 3 + 1),
            hoursPerWeekMin: 3,
            hoursPerWeekMax: 4,
            town: "Trois-Rivières",
            latitude: 46.343,
            longitude: -72.543,
            status: "awaiting-verification",
            closesAt: new Date(now.getTime() + 45 * DAY_MS),
            createdAt: yesterday,
          },
        },
      },
    });
  });
}
