// The one way actions read a submitted form (ESLint refuses request.formData() elsewhere). It caps what it reads,
// and answers what it cannot read with a page that says so, never a 500 with a stack trace in the log:
// - 405 for a method other than POST (every form of the site posts);
// - 413 for a body past the form's cap, a text field past 64 KB, a file past twice its own limit;
// - 400 for a body that is not a form of the kind expected (JSON, text/plain, none, broken multipart), or that is
//   not UTF-8 (a charset other than UTF-8, bytes that do not decode, a NUL that PostgreSQL cannot store).
// The refusal is thrown as a Response that names it and the person's language: the root's error page shows it in
// their words (forms/refusal.ts); a resource route (the language switch) passes it on as it is.
import { unstable_parseMultipartFormData as parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { refusalLocale } from "~/modules/i18n/refusal-locale.server";
import type { FormRefusal, Refusal } from "./refusal";

/** What a form without files may weigh: its longest texts (5 000 characters) percent-encoded, many times over. */
const maxFormBytes = 256 * 1024;
/** What one text field of a form with files may weigh (a file form's texts are short). */
const maxTextFieldBytes = 64 * 1024;

/** Stands for a file past its limit, so the form comes back with its other fields and a clear message. */
export const tooBig = "too-big";

/** A form with files: which fields hold them, and the most a file may weigh (a file past it becomes `tooBig`). */
export type FileFields = { names: string[]; maxBytes: number };

class FormRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`form refused: ${refusal}`);
  }
}

const statusOf: Record<Refusal, number> = { badForm: 400, badEncoding: 400, wrongMethod: 405, tooLarge: 413 };

async function refusalResponse(request: Request, refusal: Refusal): Promise<Response> {
  const body: FormRefusal = { refusal, locale: await refusalLocale(request) };
  const headers: HeadersInit = { "Cache-Control": "no-store", ...(refusal === "wrongMethod" ? { Allow: "GET, HEAD, POST" } : {}) };
  return Response.json(body, { status: statusOf[refusal], headers });
}

/** The media type and charset of a Content-Type header ("" and null when absent). */
function contentTypeOf(header: string | null): { type: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";").map((part) => part.trim());
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter));
  return { type: type.toLowerCase(), charset: charset ? charset.slice("charset=".length).replace(/"/g, "").toLowerCase() : null };
}

const isUtf8 = (charset: string | null) => charset === null || charset === "utf-8" || charset === "utf8";

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FormRefused("badEncoding");
  }
}

/** The body, read up to `maxBytes` (refused past it, declared or not). */
function cappedBody(request: Request, maxBytes: number): ReadableStream<Uint8Array> | null {
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) throw new FormRefused("tooLarge");
  if (!request.body) return null;
  let size = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(new FormRefused("tooLarge"));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** Everything `chunks` yields, refused past `maxBytes`. */
async function bytesOf(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FormRefused("tooLarge");
    kept.push(chunk);
  }
  return Buffer.concat(kept);
}

/** a=1&b=2, strictly: a percent sequence that is not UTF-8 is refused, where URLSearchParams would put "�" in its place. */
async function readUrlEncoded(request: Request): Promise<FormData> {
  const body = cappedBody(request, maxFormBytes);
  // Node's web streams are async iterables; TypeScript's DOM types do not say so
  const text = decodeUtf8(body ? await bytesOf(body as unknown as AsyncIterable<Uint8Array>, maxFormBytes) : new Uint8Array());
  const form = new FormData();
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const [name, value] = equals === -1 ? [pair, ""] : [pair.slice(0, equals), pair.slice(equals + 1)];
    try {
      form.append(decodeURIComponent(name.replace(/\+/g, " ")), decodeURIComponent(value.replace(/\+/g, " ")));
    } catch {
      throw new FormRefused("badEncoding");
    }
  }
  return form;
}

async function readMultipart(request: Request, files: FileFields): Promise<FormData> {
  const body = cappedBody(request, 2 * files.maxBytes * files.names.length + maxFormBytes);
  const readable = new Request(request.url, { method: "POST", headers: request.headers, body, duplex: "half" } as RequestInit);
  const handler: UploadHandler = async ({ name, filename, contentType, data: content }) => {
    if (files.names.includes(name) && filename !== undefined) return readFile(content, filename, contentType, files.maxBytes);
    if (filename) return undefined; // a file where none is expected: not kept
    if (!isUtf8(contentTypeOf(contentType).charset)) throw new FormRefused("badEncoding");
    return decodeUtf8(await bytesOf(content, maxTextFieldBytes));
  };
  try {
    return await parseMultipartFormData(readable, handler);
  } catch (error) {
    // the parser's own errors (no boundary, a truncated or malformed body) are the sender's
    throw error instanceof FormRefused ? error : new FormRefused("badForm");
  }
}

/** Keeps at most `maxBytes` of a file in memory; past that, it reads on (to reach the other fields) and keeps nothing. */
async function readFile(content: AsyncIterable<Uint8Array>, filename: string, contentType: string, maxBytes: number): Promise<File | string> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += chunk.byteLength;
    if (size <= maxBytes) chunks.push(new Uint8Array(chunk));
  }
  return size > maxBytes ? tooBig : new File(chunks, filename, { type: contentType });
}

/**
 * The submitted form: URL-encoded for a form without files, multipart for one with `files`. Throws the refusal
 * page's Response for anything else.
 */
export async function readForm(request: Request, files?: FileFields): Promise<FormData> {
  try {
    return await readChecked(request, files);
  } catch (error) {
    if (error instanceof FormRefused) throw await refusalResponse(request, error.refusal);
    throw error;
  }
}

async function readChecked(request: Request, files: FileFields | undefined): Promise<FormData> {
  if (request.method !== "POST") throw new FormRefused("wrongMethod");
  const { type, charset } = contentTypeOf(request.headers.get("Content-Type"));
  if (type !== (files ? "multipart/form-data" : "application/x-www-form-urlencoded")) throw new FormRefused("badForm");
  if (!isUtf8(charset)) throw new FormRefused("badEncoding");
  const form = files ? await readMultipart(request, files) : await readUrlEncoded(request);
  // PostgreSQL cannot store a NUL in text, and no keyboard types one
  for (const [name, value] of form) {
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0"))) throw new FormRefused("badEncoding");
  }
  return form;
}
