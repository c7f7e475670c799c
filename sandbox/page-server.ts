/** The demo page: bundled with esbuild into the sandbox's work folder, then served with its `config.json`. */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { LocalHttpServer, startLocalServer } from "./key-service-server";
import type { PageConfig, PageVerdict } from "./page-config";

const PAGE_SOURCE = path.join(__dirname, "page");

/** Bundles `page/main.ts` with `cos-js-sdk-v5` for browsers into `dir`, beside a copy of `index.html`. */
export async function bundlePage(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(PAGE_SOURCE, "main.ts")],
    outfile: path.join(dir, "main.js"),
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    logLevel: "silent",
  });
  fs.copyFileSync(path.join(PAGE_SOURCE, "index.html"), path.join(dir, "index.html"));
}

const FILES: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/main.js": { file: "main.js", type: "text/javascript; charset=utf-8" },
};

/** The post-upload check's verdict on an object, once every invocation started so far has ended. */
export type VerdictLookup = (key: string) => Promise<PageVerdict>;

/**
 * Serves the bundled page from `dir` and `config` as `/config.json` on `host:port`, and, given `verdicts`, the
 * check's verdict on an object as `/verdict?key=<key>`, to requests addressed to it (`acceptedHosts` in
 * key-service-server.ts): the configuration holds the sandbox's token.
 */
export function startPageServer(
  dir: string,
  config: PageConfig,
  host: string,
  port: number,
  verdicts?: VerdictLookup,
): Promise<LocalHttpServer> {
  const listener: http.RequestListener = (req, res) => {
    const pathname = new URL(req.url ?? "/", "http://page").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      refuse(res, 405, "MethodNotAllowed", "the page is served to GET and HEAD only");
      return;
    }
    if (pathname === "/config.json") {
      res
        .writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" })
        .end(JSON.stringify(config));
      return;
    }
    if (pathname === "/verdict" && verdicts !== undefined) {
      const key = new URL(req.url ?? "/", "http://page").searchParams.get("key") ?? "";
      void verdicts(key).then(
        (verdict) =>
          res
            .writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" })
            .end(JSON.stringify(verdict)),
        () => refuse(res, 500, "CheckFailed", "the post-upload check failed; see the sandbox's output"),
      );
      return;
    }
    const entry = FILES[pathname];
    if (entry === undefined) {
      refuse(res, 404, "NotFound", "the page serves /, /main.js and /config.json");
      return;
    }
    res
      .writeHead(200, { "Content-Type": entry.type, "Cache-Control": "no-store" })
      .end(fs.readFileSync(path.join(dir, entry.file)));
  };
  return startLocalServer(listener, host, port);
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  res
    .writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" })
    .end(JSON.stringify({ error: { code, message } }));
}
