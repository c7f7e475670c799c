/**
 * `DecompressionStream("deflate-raw")` where the runtime lacks it. `file-type` inflates ZIP entries with it to tell
 * a .docx or an .xlsx from a plain ZIP, but the runtime the check is deployed on, SCF's `Nodejs18.15` (the newest
 * Node.js runtime CreateFunction documents; see policy/scf.ts), knows only "gzip" and "deflate"
 * (https://nodejs.org/docs/latest-v18.x/api/webstreams.html#new-decompressionstreamformat): there, every ZIP-based
 * upload would make detection throw, and the object would go unchecked. Node.js's own `DecompressionStream` is
 * zlib behind a web-stream pair, so this is the same: `zlib.createInflateRaw()` through `Duplex.toWeb`.
 */
import { Duplex } from "node:stream";
import zlib from "node:zlib";

/** The constructor of `globalThis.DecompressionStream`. */
export type DecompressionStreamClass = typeof DecompressionStream;

/** `native`, or, when `native` refuses "deflate-raw", a constructor that handles it with zlib and the rest with `native`. */
export function withDeflateRaw(native: DecompressionStreamClass): DecompressionStreamClass {
  try {
    new native("deflate-raw");
    return native;
  } catch {
    // Below: the runtime has no raw deflate.
  }
  const supplemented = function DecompressionStream(format: CompressionFormat | "deflate-raw") {
    if (format !== "deflate-raw") {
      return new native(format);
    }
    return Duplex.toWeb(zlib.createInflateRaw());
  };
  return supplemented as unknown as DecompressionStreamClass;
}

/** Installs {@link withDeflateRaw} as the global `DecompressionStream`, where it is needed. */
export function installDeflateRaw(): void {
  globalThis.DecompressionStream = withDeflateRaw(globalThis.DecompressionStream);
}
