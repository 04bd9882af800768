// What a card shows, read once at start-up by both floors (floor-server.tsx, minimal-remix/server.mjs), which then
// render the cards from memory: the 50 newest published missions, or given missions in the order given.
import pg from "pg";

const cardColumns = `m.id, m.title, m.summary, m.town, e.name AS "employerName", m."hoursPerWeekMin", m."hoursPerWeekMax",
  m."monthsMask", m."payMinCents"`;

/** The missions of these ids, in this order (those that do not exist are left out). */
export async function cardsById(databaseUrl, ids) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT ${cardColumns} FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId" WHERE m.id = ANY($1)`,
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.id === id)).filter(Boolean);
  } finally {
    await client.end();
  }
}

export async function newestCards(databaseUrl, limit = 50) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT ${cardColumns}
       FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
       WHERE m.status = 'published' ORDER BY m."publishedAt" DESC LIMIT $1`,
      [limit],
    );
    return rows;
  } finally {
    await client.end();
  }
}
