/// <reference lib="dom" />
/**
 * The demo page: fetch a key with the caller's token, upload with `cos-js-sdk-v5`, show progress, the object key and
 * ETag, or who refused and with which error. Bundled for the browser by esbuild when the sandbox starts.
 */
import COS from "cos-js-sdk-v5";
import type { CredentialsBody } from "../../lambda/handler";
import type { PageConfig } from "../page-config";

type Key = Pick<CredentialsBody, "credentials" | "startTime" | "expiredTime" | "bucket" | "region" | "allowPrefix" | "key">;

/** A refusal or a failure to reach a service, as the page shows it. */
class Refusal extends Error {
  constructor(readonly who: "the key service" | "COS", readonly code: string, message: string) {
    super(message);
  }
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) {
    throw new Error(`the page has no #${id}`);
  }
  return found as T;
}

function setState(state: "ready" | "uploading" | "done" | "error", text: string): void {
  const node = element("state");
  node.dataset.state = state;
  node.textContent = text;
}

async function fetchKey(config: PageConfig, token: string, contentType: string, fileName: string): Promise<Key> {
  const url = new URL(config.keyServiceUrl);
  url.searchParams.set("scope", "upload");
  url.searchParams.set("contentType", contentType);
  // A key service in object mode names the object from it; in prefix mode it is only checked.
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== undefined) {
    url.searchParams.set("ext", ext);
  }
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new Refusal(
      "the key service",
      "NetworkError",
      `could not reach ${url.origin}: it is down, or the browser blocked the request because the key service did not allow this page's origin (${location.origin}) by CORS`,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    throw new Refusal("the key service", `${response.status} ${String(error.code ?? "")}`.trim(), String(error.message ?? response.statusText));
  }
  return body as Key;
}

function cosRefusal(error: unknown, config: PageConfig): Refusal {
  const record = isRecord(error) ? error : {};
  const inner = isRecord(record.error) ? record.error : {};
  const code = [record.code, inner.Code, inner.code].find((value) => typeof value === "string" && value !== "");
  const message = [record.message, inner.Message, inner.message].find((value) => typeof value === "string" && value !== "");
  const status = typeof record.statusCode === "number" ? record.statusCode : 0;
  // Without a status the request never got an answer the page may read (cos-js-sdk-v5 names that error "Error").
  if (status === 0) {
    const host = config.outputs.cos.domain ?? `${config.outputs.bucket}.cos.${config.outputs.region}.myqcloud.com`;
    return new Refusal(
      "COS",
      "NetworkError",
      `could not reach ${host}: it is down, or the browser blocked the request or hid a response header because the bucket's CORS rules did not allow it (${String(message ?? "")})`,
    );
  }
  return new Refusal("COS", String(code ?? `HTTP ${status}`), String(message ?? ""));
}

async function upload(config: PageConfig): Promise<void> {
  const file = element<HTMLInputElement>("file").files?.[0];
  if (file === undefined) {
    setState("error", "Choose a file first.");
    return;
  }
  element("result").hidden = true;
  element("error").hidden = true;
  const progress = element<HTMLProgressElement>("progress");
  progress.value = 0;
  setState("uploading", `Uploading ${file.name}…`);
  const contentType = file.type || "application/octet-stream";
  const token = element<HTMLTextAreaElement>("token").value.trim();
  const pasted = element<HTMLTextAreaElement>("key").value.trim();
  try {
    let key: Key = pasted === "" ? await fetchKey(config, token, contentType, file.name) : (JSON.parse(pasted) as Key);
    // Object mode: the service chose the object, and its key covers that one object only, so it serves the whole
    // upload (a new key would be for another object).
    const namedKey = key.key;
    let fresh = true;
    const cos = new COS({
      ...(config.outputs.cos.domain === null ? {} : { Domain: config.outputs.cos.domain }),
      Protocol: config.outputs.cos.protocol,
      getAuthorization: (_options, callback) => {
        // The first call uses the key already fetched; the SDK asks again only when it nears expiry.
        const next = fresh || pasted !== "" || namedKey !== undefined ? Promise.resolve(key) : fetchKey(config, token, contentType, file.name);
        fresh = false;
        void next.then((value) => {
          key = value;
          callback({
            TmpSecretId: value.credentials.tmpSecretId,
            TmpSecretKey: value.credentials.tmpSecretKey,
            SecurityToken: value.credentials.sessionToken,
            StartTime: value.startTime,
            ExpiredTime: value.expiredTime,
          });
        });
      },
    });
    const objectKey = namedKey ?? `${key.allowPrefix}${file.name}`;
    const sliceSize = config.outputs.uploadLimits.sliceSizeBytes;
    const result = await cos
      .uploadFile({
        Bucket: key.bucket,
        Region: key.region,
        Key: objectKey,
        Body: file,
        ContentType: contentType,
        // Object-mode keys require it: the upload may create its object, never replace one.
        ...(namedKey === undefined ? {} : { Headers: { "x-cos-forbid-overwrite": "true" } }),
        SliceSize: sliceSize,
        onProgress: (info) => {
          progress.value = Math.round(info.percent * 100);
        },
      })
      .catch((error: unknown) => {
        throw cosRefusal(error, config);
      });
    if (!result.ETag) {
      // The SDK reads ETag from the response headers; a bucket whose CORS rules do not expose it hides it.
      throw new Refusal("COS", "NoETag", "the upload's ETag was not readable: the bucket's CORS rules must expose ETag");
    }
    progress.value = 100;
    element("result-key").textContent = objectKey;
    element("result-etag").textContent = result.ETag;
    element("result-mode").textContent = file.size > sliceSize ? "parts (multipart upload)" : "one request";
    element("result").hidden = false;
    setState("done", `Uploaded ${file.name}.`);
  } catch (error) {
    const refusal = error instanceof Refusal ? error : new Refusal("COS", "Error", String(error));
    element("error-who").textContent = `${refusal.who[0].toUpperCase()}${refusal.who.slice(1)} refused or failed`;
    element("error-code").textContent = refusal.code;
    element("error-message").textContent = refusal.message;
    element("error").hidden = false;
    setState("error", `${file.name} was not uploaded.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function start(): Promise<void> {
  const config = (await (await fetch("config.json")).json()) as PageConfig;
  element("service").textContent = config.keyServiceUrl;
  element("cos").textContent = `${config.outputs.cos.protocol}//${config.outputs.cos.domain ?? "default domain"}`;
  element<HTMLTextAreaElement>("token").value = config.token;
  element("form").addEventListener("submit", (event) => {
    event.preventDefault();
    void upload(config);
  });
  element<HTMLButtonElement>("upload").disabled = false;
  setState("ready", "Ready.");
}

void start();
