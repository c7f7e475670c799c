import { corsHeaders, preflightHeaders } from "../../lambda/cors";

test("echoes an allowed origin and varies on it", () => {
  expect(corsHeaders("https://app.example.com", ["https://app.example.com"])).toEqual({
    "Access-Control-Allow-Origin": "https://app.example.com",
    Vary: "Origin",
  });
});

test("echoes any origin when * is allowed, never a literal *", () => {
  expect(corsHeaders("https://other.example.com", ["*"])).toEqual({
    "Access-Control-Allow-Origin": "https://other.example.com",
    Vary: "Origin",
  });
});

test("gives no headers to other origins or to requests without an origin", () => {
  expect(corsHeaders("https://evil.example.com", ["https://app.example.com"])).toEqual({});
  expect(corsHeaders(undefined, ["*"])).toEqual({});
});

test("refuses a preflight from an origin that is not allowed", () => {
  expect(() => preflightHeaders("https://evil.example.com", [])).toThrow(expect.objectContaining({ status: 403, code: "OriginNotAllowed" }));
});
