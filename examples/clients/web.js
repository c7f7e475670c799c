// Browser upload with cos-js-sdk-v5 (checked against 1.10.1): a temporary key from the key service, then straight
// to COS. `outputs` is the environment's outputs/<env>.json; `getAppToken()` returns your app's current login token.
import COS from "cos-js-sdk-v5";

/** The key service refused: `code` and `message` are its own (`403 ContentTypeNotAllowed`, …). */
export class KeyServiceError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "KeyServiceError";
    this.status = status;
    this.code = code;
  }
}

/** Refused before anything was sent: the file is larger than the environment accepts. */
export class FileTooLargeError extends Error {
  constructor(file, maxObjectBytes) {
    super(`${file.name} is ${size(file.size)}; this environment accepts files up to ${size(maxObjectBytes)}`);
    this.name = "FileTooLargeError";
    this.code = "FileTooLarge";
  }
}

/** Asks the key service for a key; every call sends the app's token of the moment. */
export function keyService(outputs, getAppToken) {
  return async (params) => {
    const url = new URL(outputs.keyService.url);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${await getAppToken()}` } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new KeyServiceError(response.status, body.error?.code ?? "", body.error?.message ?? response.statusText);
    }
    return body;
  };
}

/**
 * Uploads `file` (a File or Blob with a name) and resolves with `{ key, etag, parts }`. One COS instance per upload:
 * the SDK caches the key it was given and asks `getAuthorization` again only when that key nears its end; this
 * upload then gets a fresh key (object mode: for the same object, with the answer's `uploadTicket`).
 */
export async function uploadFile({ outputs, getKey, file, onProgress }) {
  const limits = outputs.uploadLimits;
  if (limits.maxObjectBytes !== null && file.size > limits.maxObjectBytes) {
    throw new FileTooLargeError(file, limits.maxObjectBytes);
  }
  // Keys in staging and prod are for one declared type; object mode names the object from the extension.
  const contentType = file.type || "application/octet-stream";
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(file.name ?? "")?.[1].toLowerCase();
  const params = { scope: "upload", contentType, ...(ext === undefined ? {} : { ext }) };
  // The first key before the SDK: a refusal rejects with the key service's own error.
  const first = await getKey(params);
  const objectKey = first.key ?? `${first.allowPrefix}${file.name}`;
  let ticket = first.uploadTicket;
  let unused = first;
  let renewalError;
  const renew = async () => {
    if (first.key === undefined) return getKey(params);
    if (ticket === undefined) {
      throw new Error("the key service sent no uploadTicket, so this upload cannot outlive its key");
    }
    const fresh = await getKey({ ...params, uploadTicket: ticket });
    if (fresh.key !== objectKey) throw new Error(`the renewed key is for ${fresh.key}, not ${objectKey}`);
    ticket = fresh.uploadTicket ?? ticket;
    return fresh;
  };
  const cos = new COS({
    ...(outputs.cos.domain === null ? {} : { Domain: outputs.cos.domain }),
    Protocol: outputs.cos.protocol,
    getAuthorization(_options, callback) {
      const next = unused === undefined ? renew() : Promise.resolve(unused);
      unused = undefined;
      next.then(
        (key) =>
          callback({
            TmpSecretId: key.credentials.tmpSecretId,
            TmpSecretKey: key.credentials.tmpSecretKey,
            SecurityToken: key.credentials.sessionToken,
            // The server's clock: requests are signed for the right time even when the device's clock is off.
            StartTime: key.startTime,
            ExpiredTime: key.expiredTime,
          }),
        (error) => {
          // The SDK's callback takes no error: it fails the upload, and the refusal is rethrown below.
          renewalError = error;
          callback({});
        },
      );
    },
  });
  try {
    const result = await cos.uploadFile({
      Bucket: first.bucket,
      Region: first.region,
      Key: objectKey,
      Body: file,
      ContentType: contentType,
      // Optional, no policy requires it: on a bucket without versioning it refuses to replace an object (409).
      ...(first.key === undefined ? {} : { Headers: { "x-cos-forbid-overwrite": "true" } }),
      // Multipart above this size; uploadFile passes SliceSize on as the part size unless ChunkSize is set.
      SliceSize: limits.multipartThresholdBytes,
      ChunkSize: limits.partSizeBytes,
      onProgress: (info) => onProgress?.(info.percent),
    });
    return { key: objectKey, etag: result.ETag, parts: file.size > limits.multipartThresholdBytes };
  } catch (error) {
    throw renewalError ?? error;
  }
}

function size(bytes) {
  return `${bytes} bytes (${(bytes / 1024 / 1024).toFixed(1)} MiB)`;
}
