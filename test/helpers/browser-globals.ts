/**
 * The few browser objects cos-js-sdk-v5 uses (XMLHttpRequest, FileReader, localStorage), over Node's own `fetch`,
 * `Blob` and `File`, so that a browser snippet's logic can run in Jest. Not a browser: no CORS, no header hiding;
 * the browser tests (test/browser) run the same snippet in Chromium for those.
 */

/** XMLHttpRequest as far as cos-js-sdk-v5's `lib/request.js` drives it. */
class NodeXMLHttpRequest {
  status = 0;
  statusText = "";
  response: unknown = "";
  responseText = "";
  responseType = "text";
  timeout = 0;
  readonly upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  ontimeout: (() => void) | null = null;
  onprogress: (() => void) | null = null;
  private method = "GET";
  private url = "";
  private readonly headers: Record<string, string> = {};
  private responseHeaders = "";
  private readonly controller = new AbortController();

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getAllResponseHeaders(): string {
    return this.responseHeaders;
  }

  abort(): void {
    this.controller.abort();
  }

  send(body?: Blob | string | ArrayBuffer): void {
    const size =
      body instanceof Blob ? body.size : typeof body === "string" ? Buffer.byteLength(body) : (body?.byteLength ?? 0);
    const hasBody = !["GET", "HEAD"].includes(this.method.toUpperCase());
    void fetch(this.url, {
      method: this.method,
      headers: this.headers,
      body: hasBody ? (body ?? "") : undefined,
      signal: this.controller.signal,
    })
      .then(async (response) => {
        this.status = response.status;
        this.statusText = response.statusText;
        const lines: string[] = [];
        response.headers.forEach((value, name) => lines.push(`${name}: ${value}\r\n`));
        this.responseHeaders = lines.join("");
        this.responseText = await response.text();
        this.response = this.responseText;
        this.upload.onprogress?.({ loaded: size, total: size });
        this.onload?.();
      })
      .catch((error: unknown) => this.onerror?.(error));
  }
}

/** FileReader's array-buffer and binary-string reads. */
class NodeFileReader {
  result: ArrayBuffer | string | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    void blob.arrayBuffer().then(
      (buffer) => this.done(buffer),
      (error: unknown) => this.onerror?.(error),
    );
  }

  readAsBinaryString(blob: Blob): void {
    void blob.arrayBuffer().then(
      (buffer) => this.done(Buffer.from(buffer).toString("latin1")),
      (error: unknown) => this.onerror?.(error),
    );
  }

  private done(result: ArrayBuffer | string): void {
    this.result = result;
    this.onload?.({ target: this });
  }
}

/** Installs the globals; returns the function that removes them. */
export function installBrowserGlobals(): () => void {
  const store = new Map<string, string>();
  const globals: Record<string, unknown> = {
    XMLHttpRequest: NodeXMLHttpRequest,
    FileReader: NodeFileReader,
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    },
  };
  const target = globalThis as Record<string, unknown>;
  for (const [name, value] of Object.entries(globals)) {
    target[name] = value;
  }
  return () => Object.keys(globals).forEach((name) => delete target[name]);
}
