/** Servers on a port picked in advance, as the sandbox's page needs (its origin must be listed before it listens). */
import net from "node:net";

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Attempts of {@link onFreePort}: each one a port that was free a moment earlier. */
const ATTEMPTS = 5;

/**
 * `start(port)` on a port that was free a moment ago, again on another when `taken(error)` says the port was taken
 * in between: on a busy machine other tests' servers and outgoing connections draw from the same port range.
 */
export async function onFreePort<T>(
  start: (port: number) => Promise<T>,
  taken: (error: unknown) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt === ATTEMPTS || !taken(error)) {
        throw error;
      }
    }
  }
}
