/** A failure the key service reports to its caller as `{"error":{"code","message"},"requestId"}`. */
export class ServiceError extends Error {
  /**
   * @param status HTTP status answered.
   * @param code Stable, machine-readable error code such as `InvalidToken`.
   * @param message Safe to show the caller: never a secret, token, key or stack trace.
   * @param headers Extra response headers, such as `Retry-After` or `Allow`.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ServiceError";
  }
}
