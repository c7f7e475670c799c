/**
 * Types of web.js for the sandbox page, which bundles the snippet unchanged. Kept beside it: `tsc` checks the page's
 * use of the snippet against these; the browser tests run the snippet itself.
 */
import type { CredentialsBody } from "../../lambda/key-service/handler";
import type { AppOutputs } from "../../sandbox/outputs-file";

/** The key service's answer, as the snippet reads it. */
export type KeyAnswer = Pick<
  CredentialsBody,
  "credentials" | "startTime" | "expiredTime" | "bucket" | "region" | "allowPrefix" | "key"
> & {
  readonly uploadTicket?: string;
};

/** What the snippet asks the key service with. */
export type KeyParams = Readonly<Record<string, string>>;

export class KeyServiceError extends Error {
  constructor(status: number, code: string, message: string);
  readonly status: number;
  readonly code: string;
}

export class FileTooLargeError extends Error {
  constructor(file: { readonly name: string; readonly size: number }, maxObjectBytes: number);
  readonly code: "FileTooLarge";
}

export function keyService(
  outputs: AppOutputs,
  getAppToken: () => string | Promise<string>,
): (params: KeyParams) => Promise<KeyAnswer>;

export function uploadFile(options: {
  readonly outputs: AppOutputs;
  readonly getKey: (params: KeyParams) => Promise<KeyAnswer>;
  readonly file: File;
  readonly onProgress?: (fraction: number) => void;
}): Promise<{ readonly key: string; readonly etag: string; readonly parts: boolean }>;
