// Zip-based uploads (a DOCX is a zip) are judged by their central directory, never unpacked: the sizes each entry
// declares, added up, and how much each one grows. A zip bomb (1 MB that unpacks to 1 GiB) is refused before anyone
// opens it, here or on the employer's computer. yauzl reads the directory from the buffer (it also understands Zip64).
import { fromBuffer, type Entry, type ZipFile } from "yauzl";

export const zipLimits = {
  /** what every entry may unpack to, together */
  maxTotalBytes: 20 * 1024 * 1024,
  maxEntries: 1000,
  /** an entry larger than this unpacked may not grow more than maxRatio times its packed size */
  ratioFloorBytes: 1024 * 1024,
  maxRatio: 100,
};

export type ZipVerdict = "fits" | "too-large" | "unreadable";

export async function judgeZip(bytes: Uint8Array, limits = zipLimits): Promise<ZipVerdict> {
  let zip: ZipFile;
  try {
    zip = await openDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return "unreadable";
  }
  if (zip.entryCount > limits.maxEntries) return "too-large";
  let total = 0;
  return new Promise<ZipVerdict>((resolve) => {
    let settled = false;
    const settle = (verdict: ZipVerdict) => {
      if (settled) return;
      settled = true;
      zip.close();
      resolve(verdict);
    };
    zip.on("entry", (entry: Entry) => {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (total > limits.maxTotalBytes || (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio))
        return settle("too-large");
      zip.readEntry();
    });
    zip.on("end", () => settle("fits"));
    zip.on("error", () => settle("unreadable"));
    zip.readEntry();
  });
}

function openDirectory(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // lazyEntries: one entry at a time, so the first one past a limit stops the reading
    fromBuffer(buffer, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip)));
  });
}
