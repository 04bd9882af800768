// The 50 newest published missions with what a card shows: read once at start-up by both floors (floor-server.tsx,
// minimal-remix/server.mjs), which then render them from memory.
import pg from "pg";

export async function newestCards(databaseUrl, limit = 50) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT m.id, m.title, m.summary, m.town, e.name AS "employerName", m."hoursPerWeekMin", m."hoursPerWeekMax",
         m."monthsMask", m."payMinCents"
       FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
       WHERE m.status = 'published' ORDER BY m."publishedAt" DESC LIMIT $1`,
      [limit],
    );
    return rows;
  } finally {
    await client.end();
  }
}
