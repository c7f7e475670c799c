/** A GET to 127.0.0.1 carrying a chosen `Host` header, which `fetch` does not let a caller set. */
import http from "node:http";

/** What a server answered. */
export interface HostAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** GETs `path` from 127.0.0.1:`port` with `Host: host` (none at all for ""). */
export function requestWithHost(port: number, path: string, host: string): Promise<HostAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "GET",
        setHost: host !== "",
        headers: host === "" ? {} : { Host: host },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}
