// Employer images (logo, photos): PNG, JPEG or WebP by content, at most 2 MB, kept in the database and
// served from our own route with the detected type, nosniff and a sandboxing CSP, so an image can never run as a page.
import { fileTypeFromBuffer } from "file-type";
import { db, type Tx } from "~/db.server";

export const maxImageBytes = 2 * 1024 * 1024;
const imageTypes = ["image/png", "image/jpeg", "image/webp"];

export type ImageProblem = "errors.imageTooBig" | "errors.imageWrongType";
export type CheckedImage = { bytes: Uint8Array<ArrayBuffer>; contentType: string; name: string };

export async function checkImage(
  upload: FormDataEntryValue | null,
  tooBigMarker: string,
): Promise<CheckedImage | null | { problem: ImageProblem }> {
  if (upload === tooBigMarker) return { problem: "errors.imageTooBig" };
  if (!(upload instanceof File) || upload.size === 0) return null;
  const bytes = new Uint8Array(await upload.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !imageTypes.includes(detected.mime)) return { problem: "errors.imageWrongType" };
  return { bytes, contentType: detected.mime, name: upload.name.slice(0, 120) };
}

export function storeImage(tx: Tx, ownerId: string, image: CheckedImage) {
  return tx.storedFile.create({
    data: {
      ownerId,
      content: image.bytes,
      originalName: image.name,
      contentType: image.contentType,
      size: image.bytes.byteLength,
      isPublic: true,
    },
    select: { id: true },
  });
}

/** A public image (an organisation's logo or photo, never a CV) by its id; null otherwise. */
export function findPublicImage(id: string) {
  return db.storedFile.findFirst({ where: { id, isPublic: true } });
}
