// Tests talk only to 127.0.0.1: refuse any other destination loudly instead of waiting for a timeout.
import net from "node:net";

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const options = args[0];
  const host =
    typeof options === "object" && options !== null && !Array.isArray(options)
      ? (options as net.TcpNetConnectOpts).host
      : typeof args[1] === "string"
        ? args[1]
        : undefined;
  const isLocal = host === undefined || host === "127.0.0.1" || host === "localhost" || host === "::1";
  const isPipe = typeof options === "object" && options !== null && "path" in options;
  if (!isLocal && !isPipe) {
    throw new Error(`tests may only connect to 127.0.0.1, not ${String(host)}`);
  }
  return connect.apply(this, args as Parameters<typeof connect>);
} as typeof connect;
