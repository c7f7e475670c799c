import zlib from "node:zlib";
import { DecompressionStreamClass, withDeflateRaw } from "../../lambda/upload-check/deflate-raw";

/** The DecompressionStream of Node.js 18, which knows "gzip" and "deflate" only. */
const NODE_18_STYLE = class extends DecompressionStream {
  constructor(format: CompressionFormat) {
    if (format === ("deflate-raw" as CompressionFormat)) {
      throw new TypeError("The argument 'format' is invalid. Received 'deflate-raw'");
    }
    super(format);
  }
} as DecompressionStreamClass;

async function inflate(Stream: DecompressionStreamClass, format: string, data: Uint8Array): Promise<string> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const chunks: Uint8Array[] = [];
  const pair = new Stream(format as CompressionFormat) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  for await (const chunk of input.pipeThrough(pair) as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const TEXT = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

test("inflates raw deflate where the runtime's DecompressionStream refuses it, as file-type does inside a ZIP", async () => {
  const Stream = withDeflateRaw(NODE_18_STYLE);

  expect(() => new NODE_18_STYLE("deflate-raw" as CompressionFormat)).toThrow("'deflate-raw'");
  expect(await inflate(Stream, "deflate-raw", zlib.deflateRawSync(TEXT))).toBe(TEXT);
  expect(await inflate(Stream, "gzip", zlib.gzipSync(TEXT))).toBe(TEXT);
});

test("fails on bytes that are not raw deflate, as the runtime's own stream does", async () => {
  await expect(
    inflate(withDeflateRaw(NODE_18_STYLE), "deflate-raw", Buffer.from("not deflate at all")),
  ).rejects.toThrow();
});

/** A DecompressionStream that takes every format, as Node.js 20.12 and later do. */
const FULL = class {
  constructor(readonly format: string) {}
} as unknown as DecompressionStreamClass;

test("keeps the runtime's own DecompressionStream where it has raw deflate", () => {
  expect(withDeflateRaw(FULL)).toBe(FULL);
});
