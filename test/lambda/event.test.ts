import { errorResponse, jsonResponse, normaliseEvent, requestIdOf } from "../../lambda/key-service/event";
import { ServiceError } from "../../lambda/shared/service-error";
import { apiGatewayEvent, functionUrlEvent } from "./service-fixture";

test("reads a function url event", () => {
  const request = normaliseEvent(
    functionUrlEvent({ headers: { Authorization: "Bearer t" }, query: { scope: "download", ext: ["a", "b"] } }),
  );

  expect(request).toEqual({
    method: "GET",
    headers: { accept: "*/*", "x-scf-request-id": "scf-request-1", authorization: "Bearer t" },
    query: { scope: "download", ext: ["a", "b"] },
    body: "",
    bodyBytes: 0,
  });
});

test("reads an api gateway event with header names in any case and a base64 body", () => {
  const body = JSON.stringify({ scope: "upload", contentType: "image/png" });
  const request = normaliseEvent(
    apiGatewayEvent({
      method: "post",
      headers: { AuThOrIzAtIoN: "Bearer t", Origin: "https://a.example" },
      body,
      base64: true,
    }),
  );

  expect(request.method).toBe("POST");
  expect(request.headers).toMatchObject({ authorization: "Bearer t", origin: "https://a.example" });
  expect(request.body).toBe(body);
  expect(request.bodyBytes).toBe(Buffer.byteLength(body));
});

test("takes the method from requestContext and the query from queryStringParameters when that is all there is", () => {
  const request = normaliseEvent({
    requestContext: { httpMethod: "GET" },
    queryStringParameters: { scope: "download" },
  });

  expect(request).toMatchObject({ method: "GET", query: { scope: "download" }, headers: {} });
});

test("counts body bytes, not characters", () => {
  expect(normaliseEvent(functionUrlEvent({ method: "POST", body: "用户" })).bodyBytes).toBe(6);
});

test.each([
  ["null", null],
  ["a string", "GET /"],
  ["an event without a method", { headers: {}, body: "" }],
  ["a timer event", { Type: "Timer", TriggerName: "every-minute", Time: "2024-01-01T00:00:00Z" }],
])("fails with 400 for %s", (_name, event) => {
  expect(() => normaliseEvent(event)).toThrow(expect.objectContaining({ status: 400, code: "InvalidEvent" }));
});

test("answers json that no cache keeps and no browser sniffs", () => {
  expect(jsonResponse(200, { a: 1 }, { Vary: "Origin" })).toEqual({
    isBase64Encoded: false,
    statusCode: 200,
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      Vary: "Origin",
    },
    body: '{"a":1}',
  });
});

test("answers errors as code, message and request id, with the error's headers", () => {
  const response = errorResponse(
    new ServiceError(405, "MethodNotAllowed", "use GET or POST", { Allow: "GET, POST, OPTIONS" }),
    "r-1",
  );

  expect(response.statusCode).toBe(405);
  expect(response.headers.Allow).toBe("GET, POST, OPTIONS");
  expect(JSON.parse(response.body)).toEqual({
    error: { code: "MethodNotAllowed", message: "use GET or POST" },
    requestId: "r-1",
  });
});

test("uses scf's request id, or makes one up", () => {
  expect(requestIdOf({ request_id: "scf-1" })).toBe("scf-1");
  expect(requestIdOf(undefined)).toMatch(/^[0-9a-f-]{36}$/);
});
