import { HttpRequest } from "../../lambda/key-service/event";
import { parseTransferRequest } from "../../lambda/key-service/transfer-request";

function get(query: Record<string, unknown>): HttpRequest {
  return { method: "GET", headers: {}, query, body: "", bodyBytes: 0 };
}

function post(body: string): HttpRequest {
  return { method: "POST", headers: {}, query: { scope: "ignored-on-post" }, body, bodyBytes: Buffer.byteLength(body) };
}

test("asks for an upload key by default", () => {
  expect(parseTransferRequest(get({}))).toEqual({ scope: "upload" });
  expect(parseTransferRequest(post(""))).toEqual({ scope: "upload" });
});

test("reads scope, contentType and ext from the query of a get and the body of a post", () => {
  expect(parseTransferRequest(get({ scope: "upload", contentType: "image/png", ext: "png" }))).toEqual({
    scope: "upload",
    contentType: "image/png",
    ext: "png",
  });
  expect(parseTransferRequest(post('{"scope":"download","ext":"mp4","other":1}'))).toEqual({
    scope: "download",
    ext: "mp4",
  });
  expect(parseTransferRequest(get({}))).toEqual({ scope: "upload" });
});

test("accepts a body of exactly the limit", () => {
  const body = JSON.stringify({ scope: "upload", pad: "x".repeat(8192 - 30) });

  expect(parseTransferRequest(post(body)).scope).toBe("upload");
});

test.each([
  ["a put", { method: "PUT", headers: {}, query: {}, body: "", bodyBytes: 0 }, 405],
  ["an oversize get", { method: "GET", headers: {}, query: {}, body: "", bodyBytes: 8193 }, 413],
  ["a repeated ext", get({ ext: ["jpg", "png"] }), 400],
  ["a content type with two slashes", get({ contentType: "image/png/x" }), 400],
  ["whitespace json", post("  \n"), undefined],
] as const)("answers %s with the right status", (_name, request, status) => {
  if (status === undefined) {
    expect(parseTransferRequest(request)).toEqual({ scope: "upload" });
  } else {
    expect(() => parseTransferRequest(request)).toThrow(expect.objectContaining({ status }));
  }
});

test("reads uploadTicket and stsVersion from the query of a get and the body of a post", () => {
  expect(parseTransferRequest(get({ uploadTicket: "AbC-_9", stsVersion: "3" }))).toEqual({
    scope: "upload",
    uploadTicket: "AbC-_9",
    stsVersion: "3",
  });
  expect(parseTransferRequest(post('{"uploadTicket":"AbC-_9","stsVersion":3}'))).toEqual({
    scope: "upload",
    uploadTicket: "AbC-_9",
    stsVersion: "3",
  });
});

test.each([
  ["a ticket with characters outside base64url", get({ uploadTicket: "abc=" }), 403, "InvalidTicket"],
  ["a ticket longer than 2048 characters", get({ uploadTicket: "A".repeat(2049) }), 403, "InvalidTicket"],
  ["a repeated ticket", get({ uploadTicket: ["A", "B"] }), 400, "InvalidRequest"],
  ["a ticket as a number", post('{"uploadTicket":7}'), 400, "InvalidRequest"],
  ["stsVersion 2", get({ stsVersion: "2" }), 400, "InvalidRequest"],
  ["stsVersion 3 as a number in a query", get({ stsVersion: 3 }), 400, "InvalidRequest"],
] as const)("fails for %s before the token is read", (_name, request, status, code) => {
  expect(() => parseTransferRequest(request)).toThrow(expect.objectContaining({ status, code }));
});
