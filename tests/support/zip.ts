// Zip files for upload tests, written byte by byte: a plain DOCX, and zip bombs whose deflated data is real (it
// would unpack to what its directory says) or whose directory lies about the sizes.
import { constants, crc32, deflateRawSync } from "node:zlib";

export type ZipEntry =
  { name: string; data: Buffer } | { name: string; deflated: Buffer; size: number; crc: number; declaredSize?: number };

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const relationships = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const documentXml = (text: string) =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );

/** A small, ordinary DOCX: what Word writes, in its three essential parts. */
export function plainDocx(text = "Curriculum vitæ de Lise Gagnon"): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "_rels/.rels", data: relationships },
    { name: "word/document.xml", data: documentXml(text) },
  ]);
}

/** A DOCX whose document part is `size` bytes of zeros, really deflated (1 GiB fits in about 1 MB). */
export function zeroBombDocx(size: number): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "_rels/.rels", data: relationships },
    { name: "word/document.xml", ...deflatedZeros(size) },
  ]);
}

/** A DOCX whose directory claims a document part of `declaredSize` bytes. */
export function lyingDocx(declaredSize: number): Buffer {
  const data = documentXml("Court");
  return writeZip([
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "word/document.xml", deflated: deflateRawSync(data), size: data.length, crc: crc32(data), declaredSize },
  ]);
}

/** A DOCX with `count` small entries. */
export function crowdedDocx(count: number): Buffer {
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", data: contentTypes },
    { name: "word/document.xml", data: documentXml("Court") },
  ];
  for (let index = 0; index < count; index++)
    entries.push({ name: `word/media/image${index}.png`, data: Buffer.from([index & 0xff]) });
  return writeZip(entries);
}

/**
 * Zeros deflated once per MiB and the pieces chained: each piece ends with a full flush (byte-aligned, no reference
 * to the piece before), so the chain followed by one empty final block is a valid deflate stream.
 */
function deflatedZeros(size: number) {
  const piece = 1024 * 1024;
  if (size % piece !== 0) throw new Error("size must be whole MiB");
  const zeros = Buffer.alloc(piece);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let done = 0; done < size; done += piece) crc = crc32(zeros, crc);
  const pieces = Array<Buffer>(size / piece).fill(block);
  return { deflated: Buffer.concat([...pieces, deflateRawSync(Buffer.alloc(0))]), size, crc };
}

function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const stored =
      "data" in entry
        ? { deflated: deflateRawSync(entry.data), size: entry.data.length, crc: crc32(entry.data) }
        : entry;
    const declared = "declaredSize" in entry && entry.declaredSize !== undefined ? entry.declaredSize : stored.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(stored.crc >>> 0, 14);
    local.writeUInt32LE(stored.deflated.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, stored.deflated);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(stored.crc >>> 0, 16);
    central.writeUInt32LE(stored.deflated.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
