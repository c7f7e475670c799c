/**
 * What the check's tests share: the check function as deployed (its esbuild bundle) and sample files. The role key
 * and the COS trigger are in `local/cos-trigger.ts`, which the sandbox uses too.
 */
import path from "node:path";
import crypto from "node:crypto";
import zlib from "node:zlib";
import { TerraformStack, Testing } from "cdktf";
import type { CheckHandler, CheckHandlerOptions } from "../../lambda/upload-check/index";
import { FunctionCode } from "../../stacks/constructs/function-code";
import { esbuildTarget } from "../../stacks/constructs/key-service";
import { UPLOAD_CHECK_ENTRY, UPLOAD_CHECK_RUNTIME } from "../../stacks/constructs/upload-check";

/** What the bundle exports. */
export interface CheckBundle {
  handlerFromEnvironment(
    env: Readonly<Record<string, string | undefined>>,
    options?: CheckHandlerOptions,
  ): CheckHandler;
  main_handler: CheckHandler;
}

/**
 * The check function exactly as it is deployed: bundled by the stack's `FunctionCode` (esbuild turns the ESM-only
 * `file-type` into CommonJS there, which jest cannot do by itself) and loaded from the bundle.
 */
export function checkBundle(): CheckBundle {
  const code = new FunctionCode(new TerraformStack(Testing.app(), "bundle"), "code", {
    entry: UPLOAD_CHECK_ENTRY,
    target: esbuildTarget(UPLOAD_CHECK_RUNTIME),
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(code.bundleDir, "index.js")) as CheckBundle;
}

/** A small valid PNG (1×1, RGBA) with `padding` extra bytes in a text chunk. */
export function png(padding = 0): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", header),
    ...(padding > 0 ? [chunk("tEXt", Buffer.concat([Buffer.from("Comment\0"), crypto.randomBytes(padding)]))] : []),
    chunk("IDAT", zlib.deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An HTML page, which has no magic number. */
export const HTML = Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n");

/** Every JSON line the function logged while `spy` listened. */
export function loggedLines(spy: jest.SpyInstance): Record<string, unknown>[] {
  return spy.mock.calls
    .map(([line]) => (typeof line === "string" ? line : ""))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
