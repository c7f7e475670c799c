/**
 * The key service on http://127.0.0.1:<PORT> (default 8787), for local development: each HTTP request becomes the
 * Function URL event SCF would deliver, handled by the same handler. With real keys in the shell
 * (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY) it issues real temporary keys.
 *
 *   COS_BUCKET=… COS_REGION=… UPLOAD_ROLE_ARN=… AUTH_JWT_SECRET=… npm run serve
 *
 * Keys require HTTPS to COS; against a local COS over plain HTTP, add ALLOW_INSECURE_TRANSPORT=true. The function's
 * keys are read from the environment for every STS call, as in SCF.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import { AddressInfo } from "node:net";
import querystring from "node:querystring";
import { ConfigError, parseConfig, ServiceConfig } from "../lambda/config";
import { FunctionUrlEvent, MAX_BODY_BYTES } from "../lambda/event";
import { createHandler } from "../lambda/handler";

function configOrExit(): ServiceConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function functionUrlEvent(req: http.IncomingMessage, body: Buffer): FunctionUrlEvent {
  const target = req.url ?? "/";
  const queryAt = target.indexOf("?");
  // querystring gives repeated parameters as arrays, the shape SCF delivers, and costs far less than URL. Its type
  // allows undefined values, which it never produces.
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

// Parsed once: the handler keeps the STS connection and the key cache across requests.
const handler = createHandler(configOrExit());

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

server.listen(Number(process.env.PORT ?? 8787), "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
