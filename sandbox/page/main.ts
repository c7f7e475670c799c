/// <reference lib="dom" />
/**
 * The demo page: uploads through the web snippet of docs/clients.md (examples/clients/web.js, bundled unchanged), and
 * shows the environment, its mode and limits, progress, the object key and ETag, the post-upload check's verdict, or
 * who refused and with which error. Bundled for the browser by esbuild when the sandbox starts.
 */
import { FileTooLargeError, keyService, KeyServiceError, uploadFile } from "../../examples/clients/web.js";
import type { KeyAnswer, KeyParams } from "../../examples/clients/web.js";
import type { PageConfig, PageVerdict } from "../page-config";

/** A refusal or a failure to reach a service, as the page shows it. */
class Refusal extends Error {
  constructor(
    readonly who: "the key service" | "COS" | "the page",
    readonly code: string,
    message: string,
  ) {
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

function setState(state: "ready" | "uploading" | "checking" | "done" | "rejected" | "error", text: string): void {
  const node = element("state");
  node.dataset.state = state;
  node.textContent = text;
}

/** The snippet's key fetcher, with a failure to reach the key service named as such. */
function keyFetcher(config: PageConfig, token: string): (params: KeyParams) => Promise<KeyAnswer> {
  const fetchKey = keyService(config.outputs, () => token);
  return async (params) => {
    try {
      return await fetchKey(params);
    } catch (error) {
      if (error instanceof KeyServiceError) {
        throw new Refusal("the key service", `${error.status} ${error.code}`.trim(), error.message);
      }
      throw new Refusal(
        "the key service",
        "NetworkError",
        `could not reach ${new URL(config.keyServiceUrl).origin}: it is down, or the browser blocked the request because the key service did not allow this page's origin (${location.origin}) by CORS`,
      );
    }
  };
}

function cosRefusal(error: unknown, config: PageConfig): Refusal {
  const record = isRecord(error) ? error : {};
  const inner = isRecord(record.error) ? record.error : {};
  const code = [record.code, inner.Code, inner.code].find((value) => typeof value === "string" && value !== "");
  const message = [record.message, inner.Message, inner.message].find(
    (value) => typeof value === "string" && value !== "",
  );
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
  element("result-verdict").textContent = "";
  const progress = element<HTMLProgressElement>("progress");
  progress.value = 0;
  setState("uploading", `Uploading ${file.name}…`);
  const token = element<HTMLTextAreaElement>("token").value.trim();
  const pasted = element<HTMLTextAreaElement>("key").value.trim();
  try {
    // A pasted answer serves every request the SDK signs; otherwise the snippet asks the key service.
    const getKey =
      pasted === ""
        ? keyFetcher(config, token)
        : (): Promise<KeyAnswer> => Promise.resolve(JSON.parse(pasted) as KeyAnswer);
    const result = await uploadFile({
      outputs: config.outputs,
      getKey,
      file,
      onProgress: (fraction) => (progress.value = Math.round(fraction * 100)),
    }).catch((error: unknown) => {
      if (error instanceof Refusal) {
        throw error;
      }
      if (error instanceof FileTooLargeError) {
        throw new Refusal("the page", error.code, error.message);
      }
      throw cosRefusal(error, config);
    });
    if (!result.etag) {
      // The SDK reads ETag from the response headers; a bucket whose CORS rules do not expose it hides it.
      throw new Refusal(
        "COS",
        "NoETag",
        "the upload's ETag was not readable: the bucket's CORS rules must expose ETag",
      );
    }
    progress.value = 100;
    element("result-key").textContent = result.key;
    element("result-etag").textContent = result.etag;
    element("result-mode").textContent = result.parts ? "parts (multipart upload)" : "one request";
    element("result").hidden = false;
    if (!config.uploadCheck) {
      setState("done", `Uploaded ${file.name}.`);
      return;
    }
    setState("checking", `Uploaded ${file.name}; waiting for the post-upload check…`);
    const verdict = (await (await fetch(`verdict?key=${encodeURIComponent(result.key)}`)).json()) as PageVerdict;
    element("result-verdict").textContent = [verdict.verdict ?? "none", verdict.reason, verdict.quarantineKey]
      .filter((part) => part !== undefined)
      .join(" · ");
    if (verdict.verdict === "accepted") {
      setState("done", `Uploaded ${file.name}; the post-upload check accepted it.`);
    } else {
      const why = verdict.reason === undefined ? "" : ` (${verdict.reason})`;
      setState(
        "rejected",
        `${file.name} was uploaded, but the post-upload check's verdict is ${verdict.verdict ?? "missing"}${why}: it is not kept at ${result.key}.`,
      );
    }
  } catch (error) {
    const refusal = error instanceof Refusal ? error : new Refusal("COS", "Error", String(error));
    element("error-who").textContent = `${refusal.who[0].toUpperCase()}${refusal.who.slice(1)} refused or failed`;
    element("error-code").textContent = refusal.code;
    element("error-message").textContent = refusal.message;
    element("error").hidden = false;
    setState("error", `${file.name} was not uploaded.`);
  }
}

/** The environment's limits as the page states them. */
function limitsInWords(limits: PageConfig["outputs"]["uploadLimits"]): string {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const size =
    limits.maxObjectBytes === null
      ? "any size"
      : `files up to ${mib(limits.maxObjectBytes)} (${limits.maxObjectBytes} bytes)`;
  const types = limits.allowedContentTypes.length === 0 ? "any type" : limits.allowedContentTypes.join(", ");
  const parts = limits.multipartUpload
    ? `in parts above ${mib(limits.multipartThresholdBytes)}`
    : "in one request each (no multipart upload)";
  return `${size}; ${types}; ${parts}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function start(): Promise<void> {
  const config = (await (await fetch("config.json")).json()) as PageConfig;
  element("service").textContent = config.keyServiceUrl;
  element("cos").textContent = `${config.outputs.cos.protocol}//${config.outputs.cos.domain ?? "default domain"}`;
  element<HTMLTextAreaElement>("token").value = config.token;
  element("environment").textContent = config.outputs.environment;
  element("key-mode").textContent =
    config.outputs.keyMode === "object"
      ? "object: the key service names each object, one key per upload"
      : "prefix: one key writes anywhere in your folder";
  element("limits").textContent = limitsInWords(config.outputs.uploadLimits);
  element("check").textContent = config.uploadCheck ? "on: every upload gets a verdict" : "off";
  element("form").addEventListener("submit", (event) => {
    event.preventDefault();
    void upload(config);
  });
  element<HTMLButtonElement>("upload").disabled = false;
  setState("ready", "Ready.");
}

void start();
