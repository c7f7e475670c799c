/**
 * The key-service handler behind a local HTTP server, as `npm run serve` runs it: each request becomes the Function
 * URL event SCF delivers (https://cloud.tencent.com/document/product/583/96099).
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";
import querystring from "node:querystring";
import { FunctionUrlEvent, MAX_BODY_BYTES } from "../lambda/event";
import { Handler } from "../lambda/handler";

/** A running server. */
export interface LocalHttpServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The Function URL event for one request. */
export function functionUrlEvent(req: http.IncomingMessage, body: Buffer): FunctionUrlEvent {
  const target = req.url ?? "/";
  const queryAt = target.indexOf("?");
  // querystring gives repeated parameters as arrays, the shape SCF delivers; it never produces undefined values.
  const queryString = queryAt === -1 ? {} : ({ ...querystring.parse(target.slice(queryAt + 1)) } as Record<string, string | string[]>);
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

/** Serves `handler` on `host:port` (0: a free port). */
export async function startKeyServiceServer(handler: Handler, host: string, port: number): Promise<LocalHttpServer> {
  const server = http.createServer((req, res) => {
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
  });
  return listen(server, host, port);
}

/** Listens and resolves with the address; rejects (e.g. EADDRINUSE) without leaving the server open. */
export function listen(server: http.Server, host: string, port: number): Promise<LocalHttpServer> {
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
