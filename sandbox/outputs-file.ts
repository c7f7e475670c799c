/**
 * The outputs file, `outputs/<env>.json`: what an app reads its configuration from (bucket, region, key prefix
 * template, key-service URL, upload limits and the SDK thresholds that keep to them, key lifetime). `npm run outputs`
 * writes it after a deploy, the sandbox for every run, and `npm run upload -- --outputs <file>` reads it.
 *
 * It lives here, beside the sandbox that is its first writer, rather than in `scripts/` (command lines, which nothing
 * imports) or `stacks/` (the published library, which apps never load): the sandbox, the CLIs and the examples all
 * import it.
 */
import fs from "node:fs";
import path from "node:path";
import type { EnvironmentConfig } from "../config/environment-config";
import { resolveEnvironment } from "../config/resolve";
import { KeyMode } from "../policy/key-mode";
import { DEFAULT_KEY_PREFIX_TEMPLATE, MAX_SIMPLE_UPLOAD_BYTES } from "../policy";
import {
  DEFAULT_KEY_DURATION_SECONDS,
  DEFAULT_KEY_MODE,
  KeyServiceVariable,
  KeyServiceVariables,
} from "../policy/function-variables";

/**
 * The SDKs' own multipart threshold and part size: cos-js-sdk-v5 `SliceSize`/`ChunkSize` (1 MiB), iOS
 * `mutilThreshold`/`sliceSize` (1 MiB), Android `sliceSizeForUpload` (1 MiB; its `divisionForUpload` is 2 MiB).
 */
export const DEFAULT_MULTIPART_THRESHOLD_BYTES = 1024 * 1024;

/** The part size clients use; COS refuses parts below 1 MiB except the last (UploadPart). */
export const DEFAULT_PART_SIZE_BYTES = 1024 * 1024;

/** What an app needs to upload, as `outputs/<env>.json` holds it. */
export interface AppOutputs {
  /** The environment's name. */
  readonly environment: string;
  /** `<name>-<appid>`. */
  readonly bucket: string;
  readonly region: string;
  /** Where a caller's objects go; `{sub}` is the token's `sub` (the key service answers the resolved `allowPrefix`). */
  readonly keyPrefixTemplate: string;
  /**
   * `prefix`: a key writes anywhere under `allowPrefix`; `object`: each upload asks for its own key (with `ext`) and
   * uploads to the `key` the answer names, renewing with `uploadTicket`.
   */
  readonly keyMode: KeyMode;
  readonly keyService: {
    /** The Function URL apps fetch keys from; null when it could not be read. */
    readonly url: string | null;
    /** The command that prints it. */
    readonly urlCommand: string;
    /** The key service on its own domain, `https://<domain>/` (`keyService.customDomain`); absent without one. */
    readonly domainUrl?: string;
  };
  /** Where the COS SDK sends requests: `domain` null means the SDK's default `<bucket>.cos.<region>.myqcloud.com`. */
  readonly cos: { readonly domain: string | null; readonly protocol: "https:" | "http:" };
  readonly uploadLimits: UploadLimitsOutput;
  /** Lifetime of one temporary key. */
  readonly keyDurationSeconds: number;
}

/** The limits an upload keeps to, and the SDK settings that keep to them. */
export interface UploadLimitsOutput {
  /** Largest object, in bytes; null for none. */
  readonly maxObjectBytes: number | null;
  /** Largest single request (a `PutObject`, or one `UploadPart`), in bytes: the keys' `cos:content-length`; null for none. */
  readonly maxRequestBytes: number | null;
  /** Whether keys grant multipart upload. */
  readonly multipartUpload: boolean;
  /**
   * Who refuses an object over `maxObjectBytes`: `request` (COS, by the key's condition on the one request),
   * `uploadCheck` (the post-upload check, after the upload: verdict `oversize`, quarantine); null without a limit.
   */
  readonly maxObjectBytesEnforcedBy: "request" | "uploadCheck" | null;
  /** Patterns such as `image/*`; empty for any type. */
  readonly allowedContentTypes: readonly string[];
  /**
   * Files larger than this go in parts: cos-js-sdk-v5 `uploadFile({ SliceSize })`, Android
   * `TransferConfig.Builder().setDivisionForUpload(n)`, iOS `QCloudCOSXMLUploadObjectRequest.mutilThreshold`.
   */
  readonly multipartThresholdBytes: number;
  /**
   * The part size: cos-js-sdk-v5 `ChunkSize`, Android `setSliceSizeForUpload(n)`, iOS `sliceSize`. Never above
   * `maxRequestBytes`.
   */
  readonly partSizeBytes: number;
}

/** What {@link appOutputs} is built from. */
export interface AppOutputsInput {
  readonly environment: string;
  /** The key service's function variables, as synthesized. */
  readonly functionVariables: KeyServiceVariables;
  /** @default the function's `COS_BUCKET` */
  readonly bucket?: string;
  /** @default the function's `COS_REGION` */
  readonly region?: string;
  readonly keyServiceUrl: string | null;
  readonly keyServiceUrlCommand: string;
  /** The key service's custom-domain URL. @default none */
  readonly keyServiceDomainUrl?: string;
  /** @default the SDK's default domain over HTTPS */
  readonly cos?: AppOutputs["cos"];
  /**
   * Whether keys grant multipart upload, as the environment's resolved record says ({@link multipartUploadOf}).
   * @default from the function variables (see {@link uploadLimitsOf})
   */
  readonly multipartUpload?: boolean;
}

/**
 * The resolved record's `multipartUpload`, where its schema has the field (size-limited environments keep multipart
 * upload unless a record sets `multipartUpload: false`); undefined where it has none.
 */
export function multipartUploadOf(environment: EnvironmentConfig): boolean | undefined {
  const resolved: unknown = resolveEnvironment(environment);
  const value =
    typeof resolved === "object" && resolved !== null && "multipartUpload" in resolved
      ? resolved.multipartUpload
      : undefined;
  return typeof value === "boolean" ? value : undefined;
}

/**
 * The upload limits the key service's variables set. Whether keys grant multipart upload: `multipart` where given
 * (the record's), else `MULTIPART_UPLOAD` (`true`/`false`); without either, a key service with `MAX_UPLOAD_BYTES`
 * grants none (the rule before size-limited environments kept multipart upload).
 */
export function uploadLimitsOf(vars: KeyServiceVariables, multipart?: boolean): UploadLimitsOutput {
  const limit = vars.MAX_UPLOAD_BYTES === undefined ? null : Number(vars.MAX_UPLOAD_BYTES);
  const multipartUpload =
    multipart ?? (vars.MULTIPART_UPLOAD === undefined ? limit === null : vars.MULTIPART_UPLOAD === "true");
  // A limit below the smallest part leaves nothing to split: every upload goes in one request.
  const oneRequest = !multipartUpload || (limit !== null && limit < DEFAULT_PART_SIZE_BYTES);
  return {
    maxObjectBytes: limit,
    maxRequestBytes: limit,
    multipartUpload,
    maxObjectBytesEnforcedBy: limit === null ? null : multipartUpload ? "uploadCheck" : "request",
    allowedContentTypes: (vars.ALLOWED_CONTENT_TYPES ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== ""),
    // One request: above the limit, so that a file over it still goes in one request and COS refuses it by size.
    multipartThresholdBytes: oneRequest
      ? limit === null
        ? MAX_SIMPLE_UPLOAD_BYTES
        : limit + 1
      : DEFAULT_MULTIPART_THRESHOLD_BYTES,
    partSizeBytes: DEFAULT_PART_SIZE_BYTES,
  };
}

/** Builds the outputs file's content; the sandbox and `npm run outputs` both call this. */
export function appOutputs(input: AppOutputsInput): AppOutputs {
  const vars = input.functionVariables;
  return {
    environment: input.environment,
    bucket: input.bucket ?? required(vars, "COS_BUCKET"),
    region: input.region ?? required(vars, "COS_REGION"),
    keyPrefixTemplate: vars.ALLOW_PREFIX ?? DEFAULT_KEY_PREFIX_TEMPLATE,
    keyMode: vars.KEY_MODE === "object" || vars.KEY_MODE === "prefix" ? vars.KEY_MODE : DEFAULT_KEY_MODE,
    keyService: {
      url: input.keyServiceUrl,
      urlCommand: input.keyServiceUrlCommand,
      ...(input.keyServiceDomainUrl === undefined ? {} : { domainUrl: input.keyServiceDomainUrl }),
    },
    cos: input.cos ?? { domain: null, protocol: "https:" },
    uploadLimits: uploadLimitsOf(vars, input.multipartUpload),
    keyDurationSeconds: Number(vars.DURATION_SECONDS ?? DEFAULT_KEY_DURATION_SECONDS),
  };
}

/** Writes the file (creating its folder), pretty-printed, ending in a newline. */
export function writeOutputs(file: string, outputs: AppOutputs): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
}

/** Reads an outputs file; throws naming the file and the first field missing or of the wrong type. */
export function readOutputs(file: string): AppOutputs {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the outputs file ${file}: ${(error as Error).message}`);
  }
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const root = record(json);
  const limits = record(root.uploadLimits);
  const checks: [string, boolean][] = [
    ["bucket", typeof root.bucket === "string"],
    ["region", typeof root.region === "string"],
    ["keyMode", root.keyMode === "prefix" || root.keyMode === "object"],
    ["keyService.url", typeof record(root.keyService).url === "string" || record(root.keyService).url === null],
    [
      "keyService.domainUrl",
      record(root.keyService).domainUrl === undefined || typeof record(root.keyService).domainUrl === "string",
    ],
    ["cos.protocol", record(root.cos).protocol === "https:" || record(root.cos).protocol === "http:"],
    ["uploadLimits.multipartThresholdBytes", Number.isSafeInteger(limits.multipartThresholdBytes)],
    ["uploadLimits.partSizeBytes", Number.isSafeInteger(limits.partSizeBytes)],
    ["uploadLimits.maxObjectBytes", limits.maxObjectBytes === null || Number.isSafeInteger(limits.maxObjectBytes)],
  ];
  const missing = checks.find(([, ok]) => !ok);
  if (missing !== undefined) {
    throw new Error(
      `the outputs file ${file} has no valid ${missing[0]}; write it again with npm run outputs (or npm run sandbox)`,
    );
  }
  return json as AppOutputs;
}

function required(vars: KeyServiceVariables, name: KeyServiceVariable): string {
  const value = vars[name];
  if (value === undefined) {
    throw new Error(`the key service's function variables have no ${name}`);
  }
  return value;
}
