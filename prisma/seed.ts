// Loads the demo data into an empty database (used by `npm start` and the browser tests). Does nothing when the
// database already has users, so it never touches real data.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client";
import { hashPassword } from "../app/modules/auth/password.server";
import { DEMO_PASSWORD, seedDemoData } from "./seed/index";
import { seedAdministration } from "./seed/administration";
import { seedDemoInterviews } from "./seed/interviews";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });

try {
  if ((await prisma.user.count()) > 0) {
    console.log("Demo data: the database already has accounts, nothing loaded.");
  } else {
    const started = Date.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const counts = await seedDemoData(prisma, { passwordHash });
    const interviews = await seedDemoInterviews(prisma);
    await seedAdministration(prisma, { passwordHash });
    console.log(
      `Demo data loaded in ${Date.now() - started} ms: ${counts.employers} employers, ${counts.missions} missions, ` +
        `${counts.candidates} candidates, ${counts.applications} applications, ${interviews} interviews, ` +
        "an administrator and an organisation waiting for verification.",
    );
  }
} finally {
  await prisma.$disconnect();
}
