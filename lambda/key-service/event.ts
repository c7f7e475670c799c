/**
 * The two HTTP event shapes SCF hands an event function, reduced to one request, and the integrated response it
 * expects back.
 *
 * Function URL (https://cloud.tencent.com/document/product/583/96099): `{httpMethod, path, headers, queryString,
 * body}`, header names in lower case, documented as the API Gateway shape without `requestContext`,
 * `isBase64Encoded` and the `*Parameters` maps (observed events still carry them, empty). API Gateway trigger
 * (https://cloud.tencent.com/document/product/583/12513): the same fields plus `requestContext.httpMethod`,
 * `queryStringParameters`, `headerParameters` and header names as the client sent them.
 */
import { randomUUID } from "node:crypto";
import { isRecord } from "../shared/json";
import { ServiceError } from "../shared/service-error";

/** Largest request body accepted, in bytes. A request carries three short fields; anything larger is not ours. */
export const MAX_BODY_BYTES = 8 * 1024;

/** The event of a Function URL invocation. */
export interface FunctionUrlEvent {
  readonly httpMethod: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Query parameters; a repeated parameter arrives as an array. */
  readonly queryString: Readonly<Record<string, string | readonly string[]>>;
  readonly body: string;
  readonly isBase64Encoded?: boolean;
  readonly headerParameters?: Readonly<Record<string, string>>;
  readonly pathParameters?: Readonly<Record<string, string>>;
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly requestContext?: { readonly sourceIp?: string };
}

/** The event of an API Gateway trigger with integrated response. */
export interface ApiGatewayEvent {
  readonly requestContext: {
    readonly serviceId: string;
    readonly path: string;
    readonly httpMethod: string;
    readonly requestId: string;
    readonly sourceIp: string;
    readonly stage: string;
  };
  readonly httpMethod: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly queryString?: Readonly<Record<string, string | readonly string[]>>;
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly headerParameters?: Readonly<Record<string, string>>;
  readonly pathParameters?: Readonly<Record<string, string>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

/** The part of SCF's `context` argument the service uses. */
export interface ScfContext {
  readonly request_id?: string;
}

/** An HTTP request, whichever event shape it arrived in. */
export interface HttpRequest {
  /** Upper case. */
  readonly method: string;
  /** Names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Values as the platform delivered them: normally strings, arrays for repeated parameters. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The body, decoded from base64 when the event says so. */
  readonly body: string;
  /** Size of the decoded body. */
  readonly bodyBytes: number;
}

/** The integrated response of a Function URL or an API Gateway trigger. */
export interface ScfResponse {
  readonly isBase64Encoded: false;
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The id that ties a response to its log line: SCF's own request id when there is one. */
export function requestIdOf(context: ScfContext | undefined): string {
  return typeof context?.request_id === "string" && context.request_id !== "" ? context.request_id : randomUUID();
}

/** Reduces either event shape to an {@link HttpRequest}; anything without an HTTP method is not an HTTP event. */
export function normaliseEvent(event: unknown): HttpRequest {
  if (!isRecord(event)) {
    throw new ServiceError(400, "InvalidEvent", "the function was not invoked with an HTTP event");
  }
  const context = isRecord(event.requestContext) ? event.requestContext : {};
  const method = typeof event.httpMethod === "string" ? event.httpMethod : context.httpMethod;
  if (typeof method !== "string" || method === "") {
    throw new ServiceError(400, "InvalidEvent", "the function was not invoked with an HTTP event");
  }
  const headers: Record<string, string> = {};
  if (isRecord(event.headers)) {
    for (const [name, value] of Object.entries(event.headers)) {
      if (typeof value === "string") {
        headers[name.toLowerCase()] = value;
      }
    }
  }
  // Function URL events fill `queryString`; `queryStringParameters` only holds what an API Gateway rule declared.
  const query = isRecord(event.queryString)
    ? event.queryString
    : isRecord(event.queryStringParameters)
      ? event.queryStringParameters
      : {};
  const raw = typeof event.body === "string" ? event.body : "";
  const bytes = event.isBase64Encoded === true ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
  return { method: method.toUpperCase(), headers, query, body: bytes.toString("utf8"), bodyBytes: bytes.length };
}

/**
 * A JSON response that no cache keeps (credentials must never be served to anyone else) and no browser sniffs
 * into another type.
 */
export function jsonResponse(
  statusCode: number,
  payload: object | undefined,
  headers: Readonly<Record<string, string>> = {},
): ScfResponse {
  return {
    isBase64Encoded: false,
    statusCode,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
    body: payload === undefined ? "" : JSON.stringify(payload),
  };
}

/** `{"error":{"code","message"},"requestId"}` with the error's status and headers. */
export function errorResponse(
  error: ServiceError,
  requestId: string,
  headers: Readonly<Record<string, string>> = {},
): ScfResponse {
  return jsonResponse(
    error.status,
    { error: { code: error.code, message: error.message }, requestId },
    { ...error.headers, ...headers },
  );
}
