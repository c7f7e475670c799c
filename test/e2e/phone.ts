/**
 * An app on a phone: it asks the key service for a temporary key with its user's token and hands the answer to the
 * real `cos-nodejs-sdk-v5` through `getAuthorization`, mapped as Tencent documents it
 * (https://cloud.tencent.com/document/product/436/14048): TmpSecretId, TmpSecretKey, SecurityToken, StartTime,
 * ExpiredTime. Nothing here knows how the service builds its answer, so a change to the answer's shape fails here.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import COS from "cos-nodejs-sdk-v5";
import type { CredentialsBody } from "../../lambda/key-service/handler";
import { CosServer } from "../../local/cos-server";
import { KeyServiceProcess } from "./key-service-process";

/** What the phone asks the key service for. */
export interface PhoneOptions {
  /** @default "upload" */
  readonly scope?: "upload" | "download";
  /** The one content type the app will upload; narrows the key. @default none */
  readonly contentType?: string;
  /**
   * How the phone's own clock is off, in milliseconds (positive: ahead). The SDK takes every time it uses from
   * `Date.now() + SystemClockOffset`, so with `CorrectClockSkew` off this is exactly a phone whose clock is wrong
   * and is never corrected from COS's `Date` header.
   * @default 0
   */
  readonly clockOffsetMs?: number;
  /**
   * Whether the app passes the service's `startTime` on to the SDK, as documented. An app that does not signs with
   * its own clock.
   * @default true
   */
  readonly useStartTime?: boolean;
  /**
   * How the phone reaches COS. Keys require HTTPS, so `http` shows the refusal; `https` needs the endpoint's
   * HTTPS listener and its CA trusted (`trustCosTestCa`).
   * @default "https"
   */
  readonly transport?: "https" | "http";
}

/** The key service's answer, as read by an app. */
export type KeyAnswer = Pick<
  CredentialsBody,
  "credentials" | "startTime" | "expiredTime" | "bucket" | "region" | "allowPrefix"
>;

/** A phone ready to upload. */
export interface Phone {
  readonly cos: COS;
  /** The first key's answer: where the app's objects go. */
  readonly answer: KeyAnswer;
  /** `{ Bucket, Region }` from the answer, for SDK calls. */
  readonly target: { readonly Bucket: string; readonly Region: string };
}

const confDir = fs.mkdtempSync(path.join(os.tmpdir(), "cos-sdk-conf-"));

/** Asks the key service for a key. Rejects with the service's status and body when it refuses. */
export async function askForKey(
  service: KeyServiceProcess,
  sub: string,
  options: Pick<PhoneOptions, "scope" | "contentType"> = {},
): Promise<KeyAnswer> {
  const url = new URL(service.url);
  url.searchParams.set("scope", options.scope ?? "upload");
  if (options.contentType !== undefined) {
    url.searchParams.set("contentType", options.contentType);
  }
  const response = await fetch(url, { headers: { Authorization: `Bearer ${await service.token(sub)}` } });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`the key service answered ${response.status}: ${text}`);
  }
  return JSON.parse(text) as KeyAnswer;
}

/**
 * A phone of user `sub`, pointed at the local COS endpoint (its HTTPS listener unless told otherwise) with the
 * options that keep COS's real host name in the signature (`Ip` and `Protocol`, see {@link CosServer.clientOptions}).
 */
export async function phone(
  service: KeyServiceProcess,
  cos: CosServer,
  sub: string,
  options: PhoneOptions = {},
): Promise<Phone> {
  const answer = await askForKey(service, sub, options);
  const endpoint = options.transport === "http" ? cos.clientOptions : cos.https?.clientOptions;
  if (endpoint === undefined) {
    throw new Error("the local COS endpoint was started without HTTPS");
  }
  const clock = { SystemClockOffset: options.clockOffsetMs ?? 0, CorrectClockSkew: false };
  const client =
    options.useStartTime === false
      ? new COS({
          ...endpoint,
          ...clock,
          ConfCwd: confDir,
          SecretId: answer.credentials.tmpSecretId,
          SecretKey: answer.credentials.tmpSecretKey,
          SecurityToken: answer.credentials.sessionToken,
        })
      : new COS({
          ...endpoint,
          ...clock,
          ConfCwd: confDir,
          getAuthorization: (_request, callback) => {
            askForKey(service, sub, options)
              .then((key): COS.Credentials => ({
                TmpSecretId: key.credentials.tmpSecretId,
                TmpSecretKey: key.credentials.tmpSecretKey,
                SecurityToken: key.credentials.sessionToken,
                StartTime: key.startTime,
                ExpiredTime: key.expiredTime,
              }))
              // An answer the app cannot read fails the SDK call ("missing TmpSecretId") instead of hanging it.
              .then(callback, () => callback(""));
          },
        });
  return { cos: client, answer, target: { Bucket: answer.bucket, Region: answer.region } };
}
