// How a submitted form is read (ESLint refuses request.formData() elsewhere; actions call it through readForm,
// request-gate/read-form.server.ts). It caps what it reads, and answers what it cannot read with a page that says so
// (and one line in the log), never a 500 with a stack trace:
// - 405 for a method other than POST (every form of the site posts);
// - 413 for a body past the form's cap, a text field past 64 KB, a file past twice its own limit;
// - 400 for a body that is not a form of the kind expected (JSON, text/plain, none, broken multipart), or that is
//   not UTF-8 (a charset other than UTF-8, bytes that do not decode, a NUL that PostgreSQL cannot store).
// The refusal is thrown as a Response that names it and a language: the root's error page shows it in those words
// (forms/refusal.ts); a resource route (the language switch) passes it on as it is. Which language is the caller's to
// say: readForm finds the person's, which needs the session (auth/), a folder above this one (decision 0034).
import { unstable_parseMultipartFormData as parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import type { Locale } from "~/modules/i18n/locales";
import { logRefusal } from "~/modules/security/refusal-log.server";
import type { FormRefusal, Refusal } from "./refusal";

/** What a form without files may weigh: its longest texts (5 000 characters) percent-encoded, many times over. */
const maxFormBytes = 256 * 1024;
/** What one text field of a form with files may weigh (a file form's texts are short). */
const maxTextFieldBytes = 64 * 1024;
/**
 * What is read and dropped after a refusal, so that a browser still sending (a 50 MB video chosen as a CV) gets the
 * refusal page rather than a reset connection. Past it, the connection is cut.
 */
const maxDroppedBytes = 64 * 1024 * 1024;

/** Stands for a file past its limit, so the form comes back with its other fields and a clear message. */
export const tooBig = "too-big";

/** A form with files: which fields hold them, and the most a file may weigh (a file past it becomes `tooBig`). */
export type FileFields = { names: string[]; maxBytes: number };

class FormRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`form refused: ${refusal}`);
  }
}

/** The request's body, counted as it is read, and refused once past `maxBytes`, declared or not. */
class MeteredBody {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null;
  private size = 0;

  constructor(
    request: Request,
    private readonly maxBytes: number,
  ) {
    this.reader = request.body && !request.bodyUsed ? request.body.getReader() : null;
  }

  async next(): Promise<Uint8Array | null> {
    if (!this.reader) return null;
    const { done, value } = await this.reader.read();
    if (done) return null;
    this.size += value.byteLength;
    if (this.size > this.maxBytes) throw new FormRefused("tooLarge");
    return value;
  }

  async bytes(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /** The body as a stream, for a parser: it fails with the refusal once past the cap. */
  stream(): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        const chunk = await this.next();
        if (chunk === null) controller.close();
        else controller.enqueue(chunk);
      },
    });
  }

  /** Reads and drops what is left (see maxDroppedBytes). */
  async dropRest(): Promise<void> {
    if (!this.reader) return;
    let dropped = 0;
    try {
      for (let read = await this.reader.read(); !read.done; read = await this.reader.read()) {
        dropped += read.value.byteLength;
        if (dropped > maxDroppedBytes) return void (await this.reader.cancel());
      }
    } catch {
      // the sender went away: nothing left to drop
    }
  }
}

const statusOf: Record<Refusal, number> = { badForm: 400, badEncoding: 400, wrongMethod: 405, tooLarge: 413 };

/** The language a refused form's page is written in, found for its request. */
export type RefusalLanguage = (request: Request) => Promise<Locale>;

async function refusalResponse(request: Request, refusal: Refusal, languageOf: RefusalLanguage): Promise<Response> {
  const body: FormRefusal = { refusal, locale: await languageOf(request) };
  const headers: HeadersInit = {
    "Cache-Control": "no-store",
    ...(refusal === "wrongMethod" ? { Allow: "GET, HEAD, POST" } : {}),
  };
  return Response.json(body, { status: statusOf[refusal], headers });
}

/** The media type and charset of a Content-Type header ("" and null when absent). */
function contentTypeOf(header: string | null): { type: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";").map((part) => part.trim());
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter));
  return {
    type: type.toLowerCase(),
    charset: charset ? charset.slice("charset=".length).replace(/"/g, "").toLowerCase() : null,
  };
}

const isUtf8 = (charset: string | null) => charset === null || charset === "utf-8" || charset === "utf8";

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FormRefused("badEncoding");
  }
}

/** a=1&b=2, strictly: a percent sequence that is not UTF-8 is refused, where URLSearchParams would put "�" in its place. */
async function readUrlEncoded(body: MeteredBody): Promise<FormData> {
  const form = new FormData();
  for (const pair of decodeUtf8(await body.bytes()).split("&")) {
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

async function readMultipart(request: Request, body: MeteredBody, files: FileFields): Promise<FormData> {
  const readable = new Request(request.url, {
    method: "POST",
    headers: request.headers,
    body: body.stream(),
    duplex: "half",
  } as RequestInit);
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (files.names.includes(name) && filename !== undefined)
      return readFile(data, filename, contentType, files.maxBytes);
    if (filename) return undefined; // a file where none is expected: not kept
    if (!isUtf8(contentTypeOf(contentType).charset)) throw new FormRefused("badEncoding");
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxTextFieldBytes) throw new FormRefused("tooLarge");
      chunks.push(chunk);
    }
    return decodeUtf8(Buffer.concat(chunks));
  };
  try {
    return await parseMultipartFormData(readable, handler);
  } catch (error) {
    // the parser's own errors (no boundary, a truncated or malformed body) are the sender's
    throw error instanceof FormRefused ? error : new FormRefused("badForm");
  }
}

/** Keeps at most `maxBytes` of a file in memory; past that, it reads on (to reach the other fields) and keeps nothing. */
async function readFile(
  content: AsyncIterable<Uint8Array>,
  filename: string,
  contentType: string,
  maxBytes: number,
): Promise<File | string> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += chunk.byteLength;
    if (size <= maxBytes) chunks.push(new Uint8Array(chunk));
  }
  return size > maxBytes ? tooBig : new File(chunks, filename, { type: contentType });
}

async function readChecked(
  request: Request,
  body: MeteredBody,
  files: FileFields | undefined,
  maxBytes: number,
): Promise<FormData> {
  if (request.method !== "POST") throw new FormRefused("wrongMethod");
  const { type, charset } = contentTypeOf(request.headers.get("Content-Type"));
  if (type !== (files ? "multipart/form-data" : "application/x-www-form-urlencoded")) throw new FormRefused("badForm");
  if (!isUtf8(charset)) throw new FormRefused("badEncoding");
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) throw new FormRefused("tooLarge");
  const form = files ? await readMultipart(request, body, files) : await readUrlEncoded(body);
  // PostgreSQL cannot store a NUL in text, and no keyboard types one
  for (const [name, value] of form) {
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0")))
      throw new FormRefused("badEncoding");
  }
  return form;
}

/** The most a form's whole body may weigh: a file just past its limit still comes back with a message beside it. */
const capOf = (files: FileFields | undefined) =>
  files ? 2 * files.maxBytes * files.names.length + maxFormBytes : maxFormBytes;

/**
 * The submitted form: URL-encoded for a form without files, multipart for one with `files`. Throws the refusal
 * page's Response for anything else, in the language `languageOf` finds.
 */
export async function readFormOrRefuse(
  request: Request,
  files: FileFields | undefined,
  languageOf: RefusalLanguage,
): Promise<FormData> {
  const body = new MeteredBody(request, capOf(files));
  try {
    return await readChecked(request, body, files, capOf(files));
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    logRefusal(`form (${error.refusal})`, request, { "Content-Type": request.headers.get("Content-Type") });
    await body.dropRest();
    throw await refusalResponse(request, error.refusal, languageOf);
  }
}

/** The form, or null when readFormOrRefuse would refuse it, without a word in the log: for a second look at a form (a draft). */
export async function tryReadForm(request: Request, files?: FileFields): Promise<FormData | null> {
  try {
    return await readChecked(request, new MeteredBody(request, capOf(files)), files, capOf(files));
  } catch (error) {
    if (error instanceof FormRefused) return null;
    throw error;
  }
}
