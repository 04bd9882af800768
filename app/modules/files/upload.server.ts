// Reads a multipart form with file fields, without ever holding more than the limit in memory. A file over the
// limit becomes the string "too-big" so the form comes back with its other fields and a clear message.
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";

export const tooBig = "too-big";

export function readMultipartForm(request: Request, fileFields: string[], maxBytes: number): Promise<FormData> {
  const fileHandler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (!fileFields.includes(name) || !filename) return undefined;
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= maxBytes) chunks.push(new Uint8Array(chunk));
    }
    return size > maxBytes ? tooBig : new File(chunks, filename, { type: contentType });
  };
  return parseMultipartFormData(request, composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: 64 * 1024 })));
}
