/**
 * A TCP proxy in front of the local STS endpoint that holds every chunk the endpoint sends back for `delayMs`: each
 * STS answer then takes about one round trip of `delayMs` longer, as a real STS's would. Chunks keep their order
 * (timers of one delay fire in the order they were set).
 */
import net from "node:net";

/** A running proxy. */
export interface DelayProxy {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 and forwards every connection to `127.0.0.1:targetPort`. */
export function startDelayProxy(targetPort: number, delayMs: number): Promise<DelayProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: "127.0.0.1", port: targetPort });
    sockets.add(client).add(upstream);
    client.on("data", (chunk) => upstream.write(chunk));
    upstream.on("data", (chunk) => setTimeout(() => client.write(chunk), delayMs));
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", () => setTimeout(end, delayMs)).on("error", end);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}
