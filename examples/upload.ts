/**
 * Uploads one file the way an app does: fetch a temporary key from the key service with the user's token, hand it
 * to `cos-nodejs-sdk-v5` through `getAuthorization`, and upload into the caller's own folder.
 *
 *   npm run upload -- --outputs outputs/<env>.json --token <jwt> <file>
 *   npm run upload -- --service <url> --token <jwt> [--scope upload] [--key name] [--content-type type]
 *                     [--slice-size bytes] [--domain host[:port]] [--protocol http|https] <file>
 *
 * With `--outputs` (or `--env <name>`, for `outputs/<name>.json`) the key-service URL, the COS domain and protocol,
 * the size limit and the multipart threshold and part size come from the environment's outputs file, as an app's do;
 * the other options override them. In object mode, when the SDK asks for a new key during a long upload, it renews
 * the key for the same object with the first answer's `uploadTicket`.
 *
 * Prints `{"bucket","region","key","location","etag"}` on stdout and a progress bar on stderr. `--domain` and
 * `--protocol` are the SDK's `Domain` and `Protocol` options, for a custom domain or a local COS endpoint. A host
 * that cannot be reached is named as such, never reported as a refusal. `--help` explains every option.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import COS from "cos-nodejs-sdk-v5";
import type { CredentialsBody } from "../lambda/key-service/handler";
import {
  AppOutputs,
  DEFAULT_MULTIPART_THRESHOLD_BYTES,
  DEFAULT_PART_SIZE_BYTES,
  readOutputs,
} from "../sandbox/outputs-file";

/** What the command line asks for. */
export interface UploadOptions {
  /** The key service URL. */
  readonly service: string;
  /** The app user's JWT. */
  readonly token: string;
  /** The scope asked for. */
  readonly scope: string;
  readonly file: string;
  /** Object name inside the caller's folder. */
  readonly name: string;
  /** Whether `--key` named it; a key service in object mode names the object itself. */
  readonly nameGiven: boolean;
  readonly contentType: string;
  /** Files larger than this go up in parts. */
  readonly sliceSizeBytes: number;
  /** The size of each part. */
  readonly partSizeBytes: number;
  /** Larger files are refused before anything is sent; from the outputs file. */
  readonly maxObjectBytes?: number;
  readonly domain?: string;
  readonly protocol?: "http:" | "https:";
}

/** The key service's answer, as far as this client reads it. */
export type KeyResponse = Pick<
  CredentialsBody,
  "credentials" | "startTime" | "expiredTime" | "bucket" | "region" | "allowPrefix" | "key"
> & {
  /** Object mode: renews the key for the same object (`uploadTicket=<ticket>`). */
  readonly uploadTicket?: string;
};

/** A refusal, with the message to show; the exit status is 1 (2 for usage). */
class UploadError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** The SDK's own multipart threshold. */
const DEFAULT_SLICE_SIZE_BYTES = DEFAULT_MULTIPART_THRESHOLD_BYTES;

/** What a bad command line prints. */
const USAGE = `usage: npm run upload -- (--outputs <outputs file> | --env <name> | --service <url>) --token <jwt>
         [--scope upload] [--key name] [--content-type type] [--slice-size bytes] [--domain host[:port]]
         [--protocol http|https] <file>`;

/** What `--help` prints. */
const HELP = `${USAGE}

Uploads <file> the way an app does: asks the key service for a temporary key with the user's token, then uploads
with cos-nodejs-sdk-v5 into the caller's own folder (the key service's allowPrefix, such as uploads/<sub>/), or,
where the key service runs in object mode, to the one object it named.

  --outputs <file>    the environment's outputs file (npm run outputs writes outputs/<env>.json, npm run sandbox
                      .sandbox/outputs/<env>.json): key service, COS domain and protocol, size limit, multipart
                      threshold and part size, as an app reads them
  --env <name>        the same as --outputs outputs/<name>.json
  --service <url>     the key service: its custom domain or Function URL after a deploy (outputs/<env>.json,
                      keyService.domainUrl, else keyService.url),
                      or the "key service" URL npm run sandbox prints
  --token <jwt>       the app user's token, sent as "Authorization: Bearer <jwt>"; its "sub" names the folder.
                      npm run sandbox prints one for its user
  --scope <scope>     upload (default), or download where the environment allows it
  --key <name>        object name inside the caller's folder (default: the file's name); refused by a key
                      service in object mode, which names each object itself and answers with its key
  --content-type <t>  the file's type (default: guessed from its extension); must be one the environment allows
  --slice-size <n>    files larger than this many bytes go up in parts (default: the outputs file's
                      uploadLimits.multipartThresholdBytes, else 1048576)
  --domain <host>     send COS requests to this host[:port] instead of <bucket>.cos.<region>.myqcloud.com:
                      a custom domain, or the local COS of npm run sandbox (127.0.0.1:<port>)
  --protocol <p>      http or https (default https); the sandbox's local COS speaks http

Against the sandbox (npm run sandbox prints the outputs file and the token):
  npm run upload -- --outputs .sandbox/outputs/dev.json --token <token> photo.png
or, naming each setting:
  npm run upload -- --service http://127.0.0.1:8787/ --token <token> \\
    --domain 127.0.0.1:<cos port> --protocol http photo.png`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".gif": "image/gif",
  ".heic": "image/heic",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".json": "application/json",
  ".mov": "video/quicktime",
  ".mp4": "video/mp4",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".txt": "text/plain",
  ".webp": "image/webp",
};

const ARGS = {
  outputs: { type: "string" },
  env: { type: "string" },
  service: { type: "string" },
  token: { type: "string" },
  scope: { type: "string", default: "upload" },
  key: { type: "string" },
  "content-type": { type: "string" },
  "slice-size": { type: "string" },
  domain: { type: "string" },
  protocol: { type: "string" },
} as const;

/** The repository root, where `--env <name>` finds `outputs/<name>.json`. */
const ROOT = path.resolve(__dirname, "..");

/** Reads the command line (and the outputs file it names). Throws {@link UploadError} with exit code 2 and the usage for a bad one. */
export function parseOptions(argv: readonly string[]): UploadOptions {
  const parsed = readArgs(argv);
  const { values, positionals } = parsed;
  const usage = (problem: string): UploadError => new UploadError(`${problem}\n${USAGE}`, 2);
  if (values.outputs !== undefined && values.env !== undefined) {
    throw usage("--outputs and --env name the same file; pass one");
  }
  if (values.env !== undefined && !/^[a-z][a-z0-9-]*$/.test(values.env)) {
    throw usage(`--env must be an environment name such as dev; received ${JSON.stringify(values.env)}`);
  }
  const outputsFile =
    values.outputs ?? (values.env === undefined ? undefined : path.join(ROOT, "outputs", `${values.env}.json`));
  let outputs: AppOutputs | undefined;
  if (outputsFile !== undefined) {
    try {
      outputs = readOutputs(outputsFile);
    } catch (error) {
      throw usage((error as Error).message);
    }
  }
  // The custom domain, where the environment has one, is the front door apps are meant to use (docs/operations.md).
  const service = values.service ?? outputs?.keyService.domainUrl ?? outputs?.keyService.url ?? undefined;
  if (service === undefined || values.token === undefined || positionals.length !== 1) {
    throw usage(
      outputs !== undefined && service === undefined
        ? `${outputsFile} has no keyService.url (run the command in its keyService.urlCommand, then pass --service)`
        : "--service (or --outputs), --token and exactly one file are required",
    );
  }
  const file = positionals[0];
  const name = values.key ?? path.basename(file);
  if (name === "" || name.startsWith("/") || name.split("/").includes("..")) {
    throw usage(`--key must be a relative name without ".." segments; received ${JSON.stringify(name)}`);
  }
  const sliceSizeBytes =
    values["slice-size"] === undefined
      ? (outputs?.uploadLimits.multipartThresholdBytes ?? DEFAULT_SLICE_SIZE_BYTES)
      : Number(values["slice-size"]);
  if (!Number.isSafeInteger(sliceSizeBytes) || sliceSizeBytes < 1) {
    throw usage(`--slice-size must be a whole number of bytes; received ${JSON.stringify(values["slice-size"])}`);
  }
  const protocol =
    values.protocol?.replace(/:?$/, ":") ?? (outputs?.cos.domain === null ? undefined : outputs?.cos.protocol);
  if (protocol !== undefined && protocol !== "http:" && protocol !== "https:") {
    throw usage(`--protocol must be http or https; received ${JSON.stringify(values.protocol)}`);
  }
  const domain = values.domain ?? outputs?.cos.domain ?? undefined;
  const maxObjectBytes = outputs?.uploadLimits.maxObjectBytes ?? undefined;
  return {
    service,
    token: values.token,
    scope: values.scope ?? "upload",
    file,
    name,
    nameGiven: values.key !== undefined,
    contentType:
      values["content-type"] ?? CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    sliceSizeBytes,
    partSizeBytes: outputs?.uploadLimits.partSizeBytes ?? DEFAULT_PART_SIZE_BYTES,
    ...(maxObjectBytes === undefined ? {} : { maxObjectBytes }),
    ...(domain === undefined ? {} : { domain }),
    ...(protocol === undefined ? {} : { protocol }),
  };
}

/** Asks the key service for a key. Throws {@link UploadError} with the service's own error when it refuses. */
async function fetchKey(
  options: Pick<UploadOptions, "service" | "token" | "scope" | "contentType" | "file">,
  uploadTicket?: string,
): Promise<KeyResponse> {
  const url = new URL(options.service);
  url.searchParams.set("scope", options.scope);
  if (uploadTicket !== undefined) {
    url.searchParams.set("uploadTicket", uploadTicket);
  }
  if (options.scope === "upload") {
    url.searchParams.set("contentType", options.contentType);
    // A key service in object mode names the object from it; in prefix mode it is only checked.
    const ext = path.extname(options.file).slice(1).toLowerCase();
    if (/^[a-z0-9]{1,10}$/.test(ext)) {
      url.searchParams.set("ext", ext);
    }
  }
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${options.token}` } });
  } catch (error) {
    throw new UploadError(`could not reach the key service at ${url.host}: ${networkReason(error)}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    throw new UploadError(
      `the key service refused (${response.status} ${String(error.code)}): ${String(error.message)}`,
    );
  }
  return keyResponse(body);
}

/** Checks the key service's answer and keeps the fields this client uses. */
export function keyResponse(body: unknown): KeyResponse {
  const credentials = isRecord(body) && isRecord(body.credentials) ? body.credentials : {};
  const strings = [credentials.tmpSecretId, credentials.tmpSecretKey, credentials.sessionToken];
  if (
    !isRecord(body) ||
    !strings.every((value) => typeof value === "string" && value !== "") ||
    !Number.isSafeInteger(body.startTime) ||
    !Number.isSafeInteger(body.expiredTime) ||
    ![body.bucket, body.region, body.allowPrefix].every((value) => typeof value === "string") ||
    !(body.key === undefined || (typeof body.key === "string" && body.key.startsWith(String(body.allowPrefix))))
  ) {
    throw new UploadError(
      "the key service answered without credentials, startTime, expiredTime, bucket, region or allowPrefix",
    );
  }
  return {
    credentials: {
      tmpSecretId: String(credentials.tmpSecretId),
      tmpSecretKey: String(credentials.tmpSecretKey),
      sessionToken: String(credentials.sessionToken),
    },
    startTime: Number(body.startTime),
    expiredTime: Number(body.expiredTime),
    bucket: String(body.bucket),
    region: String(body.region),
    allowPrefix: String(body.allowPrefix),
    ...(typeof body.key === "string" ? { key: body.key } : {}),
    ...(typeof body.uploadTicket === "string" && body.uploadTicket !== "" ? { uploadTicket: body.uploadTicket } : {}),
  };
}

/** The key in the form `getAuthorization` hands to the SDK (Tencent's documented mapping). */
function sdkCredentials(key: KeyResponse): COS.Credentials {
  return {
    TmpSecretId: key.credentials.tmpSecretId,
    TmpSecretKey: key.credentials.tmpSecretKey,
    SecurityToken: key.credentials.sessionToken,
    // The server's clock: requests are signed for the right time even when this machine's clock is off.
    StartTime: key.startTime,
    ExpiredTime: key.expiredTime,
  };
}

/** One line of progress: `[#######-------------]  35%  3.5 MB / 10.0 MB`. */
export function progressLine(loaded: number, total: number, width = 30): string {
  const fraction = total > 0 ? Math.min(1, loaded / total) : 1;
  const filled = Math.round(fraction * width);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent}  ${megabytes(loaded)} / ${megabytes(total)}`;
}

/** Uploads the file and returns what to print. */
async function upload(
  options: UploadOptions,
  progress: NodeJS.WritableStream = process.stderr,
): Promise<Record<string, string>> {
  if (!fs.statSync(options.file, { throwIfNoEntry: false })?.isFile()) {
    throw new UploadError(`${options.file} is not a file`);
  }
  const size = fs.statSync(options.file).size;
  if (options.maxObjectBytes !== undefined && size > options.maxObjectBytes) {
    throw new UploadError(
      `${options.file} is ${size} bytes; this environment accepts objects up to ${options.maxObjectBytes} bytes (outputs file, uploadLimits.maxObjectBytes)`,
    );
  }
  const first = await fetchKey(options);
  let unused: KeyResponse | undefined = first;
  let keyError: UploadError | undefined;
  const { bucket, region, allowPrefix } = first;
  // Object mode: the service chose the object, and its key covers that one object only.
  const objectKey = first.key;
  if (objectKey !== undefined && options.nameGiven) {
    throw new UploadError(`this key service names each object itself (object mode; this one ${objectKey}); drop --key`);
  }
  let ticket = first.uploadTicket;
  /** A later key: prefix mode asks again; object mode renews the key for the same object with the ticket. */
  const renew = async (): Promise<KeyResponse> => {
    if (objectKey === undefined) {
      return fetchKey(options);
    }
    if (ticket === undefined) {
      throw new UploadError(
        `the key for ${objectKey} ran out and the key service sent no uploadTicket to renew it; upload again`,
      );
    }
    const fresh = await fetchKey(options, ticket);
    if (fresh.key !== objectKey) {
      throw new UploadError(`the key service renewed the key for ${String(fresh.key)}, not ${objectKey}`);
    }
    ticket = fresh.uploadTicket ?? ticket;
    return fresh;
  };
  const cos = new COS({
    ...(options.domain === undefined ? {} : { Domain: options.domain }),
    ...(options.protocol === undefined ? {} : { Protocol: options.protocol }),
    ProgressInterval: 200,
    getAuthorization: (_request, callback) => {
      // The first call uses the key already fetched; the SDK asks again only when that key nears its end.
      const key = unused === undefined ? renew() : Promise.resolve(unused);
      unused = undefined;
      key.then(
        (fresh) => callback(sdkCredentials(fresh)),
        (error: UploadError) => {
          keyError = error;
          callback(""); // the SDK then fails the upload; the key service's refusal is reported below
        },
      );
    },
  });
  const Key = objectKey ?? `${allowPrefix}${options.name}`;
  try {
    const result = await cos.uploadFile({
      Bucket: bucket,
      Region: region,
      Key,
      FilePath: options.file,
      ContentType: options.contentType,
      // Optional, no policy requires it: on a bucket without versioning it refuses to replace an object (409).
      ...(objectKey === undefined ? {} : { Headers: { "x-cos-forbid-overwrite": "true" } }),
      SliceSize: options.sliceSizeBytes,
      // uploadFile passes SliceSize on as the part size unless ChunkSize is set (cos-nodejs-sdk-v5 sdk/advance.js).
      ChunkSize: options.partSizeBytes,
      onProgress: ({ loaded, total }) => progress.write(`\r${progressLine(loaded, total)}`),
    });
    progress.write("\n");
    return { bucket, region, key: Key, location: result.Location, etag: result.ETag };
  } catch (error) {
    progress.write("\n");
    throw keyError ?? new UploadError(describeCosError(error, options, { bucket, region }));
  }
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: ARGS });
  } catch (error) {
    throw new UploadError(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

/** Error codes of a connection that never got an answer. */
const NETWORK_ERRORS = [
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
];

function networkReason(error: unknown): string {
  const cause = isRecord(error) && isRecord(error.cause) ? error.cause : isRecord(error) ? error : {};
  const code = typeof cause.code === "string" ? cause.code : undefined;
  const message =
    typeof cause.message === "string" ? cause.message : error instanceof Error ? error.message : String(error);
  return code === undefined || message.includes(code) ? message : `${code} ${message}`;
}

function describeCosError(
  error: unknown,
  options: UploadOptions,
  location: Pick<KeyResponse, "bucket" | "region">,
): string {
  const record = isRecord(error) ? error : {};
  const code = typeof record.code === "string" ? record.code : "";
  const message = error instanceof Error ? error.message : String(error);
  if (record.statusCode === undefined && NETWORK_ERRORS.includes(code)) {
    const host = options.domain ?? `${location.bucket}.cos.${location.region}.myqcloud.com`;
    return `could not reach COS at ${host}: ${typeof record.message === "string" ? record.message : message}`;
  }
  const sliced = fs.statSync(options.file).size > options.sliceSizeBytes;
  const hint =
    code === "AccessDenied" && sliced
      ? `\nthe file went up in parts; a key service that grants no multipart upload refuses them: ` +
        `pass --outputs <its outputs file>, whose multipart threshold keeps to its limits`
      : "";
  return `COS refused the upload${code === "" ? "" : ` (${code})`}: ${message}${hint}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  try {
    const result = await upload(parseOptions(process.argv.slice(2)));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UploadError ? error.exitCode : 1;
  }
}

if (require.main === module) {
  void main();
}
