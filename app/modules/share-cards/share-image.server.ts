// Which of an organisation's images may stand for it on a share card: the first of its photos, then its logo, that
// every network shows as a large card. Facebook wants at least 600×315 for one (200×200 at all), X 300×157, LinkedIn
// 1200×627 and JPEG or PNG (it does not list WebP); all take files far above our 2 MB upload limit. So: PNG or JPEG,
// at least 1200×627. Anything else leaves the site's own image (decision 0031).
import { imageSize } from "image-size";
import { db } from "~/db.server";
import type { ShareImage } from "./meta";

export const minimumShareSize = { width: 1200, height: 627 };
const cardTypes = ["image/png", "image/jpeg"];

type Measured = { width: number; height: number; type: string } | null;
/** A stored file never changes (a new upload is a new id): its measure is kept for the life of the process. */
const measured = new Map<string, Measured>();

/** Width and height read from the first 256 KB of each public image (a JPEG's size comes after its EXIF block). */
async function measure(ids: string[]): Promise<Map<string, Measured>> {
  const missing = ids.filter((id) => !measured.has(id));
  if (missing.length > 0) {
    const rows = await db.$queryRaw<{ id: string; contentType: string; head: Uint8Array }[]>`
      SELECT id, "contentType", substring(content from 1 for 262144) AS head FROM "StoredFile" WHERE id = ANY(${missing}) AND "isPublic"`;
    for (const id of missing) {
      const row = rows.find((candidate) => candidate.id === id);
      let size: Measured = null;
      try {
        const read = row ? imageSize(Buffer.from(row.head)) : null;
        if (read?.width && read.height) size = { width: read.width, height: read.height, type: row!.contentType };
      } catch {
        size = null; // cut inside its header or not an image we can read: not for a card
      }
      measured.set(id, size);
    }
  }
  return new Map(ids.map((id) => [id, measured.get(id) ?? null]));
}

export function fitsCard(size: Measured): size is NonNullable<Measured> {
  return Boolean(
    size &&
    cardTypes.includes(size.type) &&
    size.width >= minimumShareSize.width &&
    size.height >= minimumShareSize.height,
  );
}

/** The image for an organisation's card, or null for the site's. Alt texts are the organisation's own words. */
export async function employerShareImage(employer: {
  name: string;
  logoFileId: string | null;
  photos: { id: string; alt: string }[];
  logoAlt: string;
}): Promise<ShareImage | null> {
  const candidates = [
    ...employer.photos.map((photo) => ({ id: photo.id, alt: photo.alt })),
    ...(employer.logoFileId ? [{ id: employer.logoFileId, alt: employer.logoAlt }] : []),
  ];
  if (candidates.length === 0) return null;
  const sizes = await measure(candidates.map((candidate) => candidate.id));
  for (const candidate of candidates) {
    const size = sizes.get(candidate.id) ?? null;
    if (fitsCard(size))
      return {
        path: `/images/${candidate.id}`,
        width: size.width,
        height: size.height,
        type: size.type,
        alt: candidate.alt || employer.name,
      };
  }
  return null;
}
