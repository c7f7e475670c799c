import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { commandExists, runOk } from "./exec";

/** PEM files of the bench's self-signed certificate for 127.0.0.1. */
export interface BenchCertificate {
  readonly cert: string;
  readonly key: string;
}

/** Generates (once) a self-signed P-256 certificate for IP 127.0.0.1 under `dir`, with the openssl CLI. */
export async function benchCertificate(dir: string): Promise<BenchCertificate> {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  if (existsSync(cert) && existsSync(key)) {
    return { cert, key };
  }
  if (!commandExists("openssl")) {
    throw new Error("the openssl CLI is needed to make the HTTPS endpoint qcloud-cos-sts requires");
  }
  mkdirSync(dir, { recursive: true });
  await runOk("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    key,
    "-out",
    cert,
    "-days",
    "30",
    "-subj",
    "/CN=127.0.0.1",
    "-addext",
    "subjectAltName=IP:127.0.0.1",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
  ]);
  return { cert, key };
}
