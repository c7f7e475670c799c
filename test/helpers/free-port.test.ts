import net from "node:net";
import { onFreePort } from "./free-port";

const taken = (error: unknown): boolean => error instanceof Error && error.message === "taken";

describe("onFreePort", () => {
  test("tries another port when the first was taken in between", async () => {
    const ports: number[] = [];

    const result = await onFreePort(async (port) => {
      ports.push(port);
      if (ports.length === 1) {
        throw new Error("taken");
      }
      return `served on ${port}`;
    }, taken);

    expect(ports).toHaveLength(2);
    expect(result).toBe(`served on ${ports[1]}`);
  });

  test("passes a port one can listen on", async () => {
    const server = await onFreePort(
      (port) =>
        new Promise<net.Server>((resolve, reject) => {
          const listening = net.createServer().once("error", reject);
          listening.listen(port, "127.0.0.1", () => resolve(listening));
        }),
      taken,
    );

    expect(server.listening).toBe(true);
    await new Promise((resolve) => server.close(resolve));
  });

  test("rethrows any other failure at once, and gives up after five taken ports", async () => {
    let calls = 0;
    await expect(
      onFreePort(async () => {
        calls += 1;
        throw new Error("broken");
      }, taken),
    ).rejects.toThrow("broken");
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      onFreePort(async () => {
        calls += 1;
        throw new Error("taken");
      }, taken),
    ).rejects.toThrow("taken");
    expect(calls).toBe(5);
  });
});
