/**
 * A certificate authority made at run time and a certificate it signs for the local COS endpoint's HTTPS side.
 * Nothing is written to disk or committed; each call makes new keys.
 *
 * Making `cos-nodejs-sdk-v5` (3.0) trust it: the SDK hands its requests to `cos-request`, which honours a `ca`
 * option, but the SDK never passes one, nor an agent. With `KeepAlive: false` the request goes through
 * `https.globalAgent` (no agent options, so `cos-request` picks the global agent), and an agent's `options` apply
 * to every connection it opens; {@link trustCosTestCa} adds the CA there. (`NODE_EXTRA_CA_CERTS` is read only at
 * process start, and `tls.setDefaultCACertificates` needs Node 22.15.)
 */
import https from "node:https";
import tls from "node:tls";
import { generate } from "selfsigned";

/** A CA and a server certificate it signed, PEM. */
export interface CosTestCertificate {
  /** The CA certificate a client must trust. */
  readonly ca: string;
  /** The server's private key. */
  readonly key: string;
  /** The server's certificate, valid for `*.cos.<region>.myqcloud.com`, `localhost` and `127.0.0.1`. */
  readonly cert: string;
}

/**
 * Makes a CA and a one-day server certificate for the bucket hosts of `region`, `localhost` and `127.0.0.1`.
 * @param extraIps further addresses the certificate is valid for, such as `10.0.2.2` (the host, seen from an Android
 *   emulator)
 */
export async function createCosTestCertificate(
  region: string,
  extraIps: readonly string[] = [],
): Promise<CosTestCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(Date.now() + 24 * 3600_000);
  const ca = await generate([{ name: "commonName", value: "cos-direct-transfer local test CA" }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await generate([{ name: "commonName", value: `*.cos.${region}.myqcloud.com` }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: `*.cos.${region}.myqcloud.com` },
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          ...extraIps.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return { ca: ca.cert, key: server.private, cert: server.cert };
}

/**
 * Lets `cos-nodejs-sdk-v5` clients built with `KeepAlive: false` in this process trust `ca`, besides the public
 * roots. Returns a function that restores the previous setting.
 */
export function trustCosTestCa(ca: string): () => void {
  const options = https.globalAgent.options;
  const previous = options.ca;
  options.ca = [...tls.rootCertificates, ca];
  return () => {
    options.ca = previous;
  };
}
