import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A file of `bytes` random bytes named `name` in a fresh temporary folder, and its content. */
export function randomFile(name: string, bytes: number): { readonly file: string; readonly content: Buffer } {
  const content = crypto.randomBytes(bytes);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cos-test-")), name);
  fs.writeFileSync(file, content);
  return { file, content };
}
