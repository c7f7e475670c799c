/**
 * The key-service handler behind a local HTTP server, as `npm run serve` runs it: each request becomes the Function
 * URL event SCF delivers (https://cloud.tencent.com/document/product/583/96099).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";
import os from "node:os";
import querystring from "node:querystring";
import { FunctionUrlEvent, MAX_BODY_BYTES } from "../lambda/key-service/event";
import { Handler } from "../lambda/key-service/handler";

/** A running server. */
export interface LocalHttpServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The Function URL event for one request. */
function functionUrlEvent(req: http.IncomingMessage, body: Buffer): FunctionUrlEvent {
  const target = req.url ?? "/";
  const queryAt = target.indexOf("?");
  // querystring gives repeated parameters as arrays, the shape SCF delivers; it never produces undefined values.
  const queryString =
    queryAt === -1 ? {} : ({ ...querystring.parse(target.slice(queryAt + 1)) } as Record<string, string | string[]>);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) {
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
  }
  return {
    body: body.toString("utf8"),
    headers,
    httpMethod: req.method ?? "GET",
    path: queryAt === -1 ? target : target.slice(0, queryAt),
    queryString,
    headerParameters: {},
    isBase64Encoded: false,
    pathParameters: {},
    queryStringParameters: {},
    requestContext: { sourceIp: req.socket.remoteAddress },
  };
}

/** Serves `handler` on `host:port` (0: a free port), to requests addressed to it ({@link acceptedHosts}). */
export async function startKeyServiceServer(handler: Handler, host: string, port: number): Promise<LocalHttpServer> {
  return startLocalServer(
    (req, res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        // Keep just past the limit: enough for the handler to answer 413, without holding a large body.
        if (size <= MAX_BODY_BYTES) {
          chunks.push(chunk);
        }
        size += chunk.length;
      });
      req.on("end", () => {
        void handler(functionUrlEvent(req, Buffer.concat(chunks)), { request_id: randomUUID() }).then((response) => {
          res.writeHead(response.statusCode, response.headers).end(response.body);
        });
      });
    },
    host,
    port,
  );
}

/** 421 Misdirected Request (RFC 9110 §15.5.20): the request names a host this server is not. */
const MISDIRECTED_REQUEST = 421;

/**
 * Android emulators reach this machine's loopback as 10.0.2.2 and send that as the Host
 * (https://developer.android.com/studio/run/emulator-networking); no web page can make a browser send it to
 * this machine's loopback, so it is as safe as 127.0.0.1.
 */
const ANDROID_EMULATOR_HOST_LOOPBACK = "10.0.2.2";

const ALL_ADDRESSES: readonly string[] = ["0.0.0.0", "::"];

/**
 * The `Host` header values a local server listening on `host:port` answers, in lower case: the address it listens
 * on, the names of this machine's loopback (`localhost`, `127.0.0.1`, `[::1]`, and the emulator's 10.0.2.2) and,
 * listening on every address (`0.0.0.0`, `::`), each address of this machine. Anything else is what a DNS-rebinding
 * page sends (`Host: evil.example:<port>`, a name that now resolves to 127.0.0.1), and gets
 * {@link MISDIRECTED_REQUEST}: without the check such a page could read `/config.json`, which holds a token.
 */
export function acceptedHosts(host: string, port: number): ReadonlySet<string> {
  const addresses = new Set([host.toLowerCase(), "localhost", "127.0.0.1", "::1", ANDROID_EMULATOR_HOST_LOOPBACK]);
  if (ALL_ADDRESSES.includes(host)) {
    for (const entries of Object.values(os.networkInterfaces())) {
      for (const entry of entries ?? []) {
        addresses.add(entry.address.toLowerCase());
      }
    }
  }
  const hosts = new Set<string>();
  for (const address of addresses) {
    const name = address.includes(":") ? `[${address}]` : address;
    hosts.add(`${name}:${port}`);
    if (port === 80) {
      // The default port is left out of Host (RFC 9110 §7.2).
      hosts.add(name);
    }
  }
  return hosts;
}

/**
 * An HTTP server on `host:port` (0: a free port) whose `listener` sees only requests whose `Host` is one of
 * {@link acceptedHosts}; every other request gets a 421 JSON error, and nothing is served.
 */
export function startLocalServer(listener: http.RequestListener, host: string, port: number): Promise<LocalHttpServer> {
  let accepted: ReadonlySet<string> = new Set();
  // Node would refuse a request without Host with a bare 400; the check below answers it as any other.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    if (!accepted.has((req.headers.host ?? "").toLowerCase())) {
      res
        .writeHead(MISDIRECTED_REQUEST, {
          "Content-Type": "application/json",
          "Cache-Control": "no-store",
          Connection: "close",
        })
        .end(
          JSON.stringify({
            error: {
              code: "MisdirectedRequest",
              message:
                "this local server answers only requests addressed to it, such as http://127.0.0.1:<port>/ or http://localhost:<port>/",
            },
          }),
        );
      return;
    }
    listener(req, res);
  });
  return listen(server, host, port).then((running) => {
    accepted = acceptedHosts(host, running.port);
    return running;
  });
}

/** Listens and resolves with the address; rejects (e.g. EADDRINUSE) without leaving the server open. */
function listen(server: http.Server, host: string, port: number): Promise<LocalHttpServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
