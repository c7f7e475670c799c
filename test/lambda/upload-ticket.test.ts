import { createHmac } from "node:crypto";
import {
  MAX_TICKET_CLOCK_SKEW_SECONDS,
  openUploadTicket,
  signUploadTicket,
  UPLOAD_TICKET_HKDF_INFO,
  uploadTicketKey,
} from "../../lambda/key-service/upload-ticket";

const SECRET = new TextEncoder().encode("a-secret-of-at-least-thirty-two-bytes!");
const KEY = uploadTicketKey(SECRET);
const NOW = 1_796_000_000;
const DAY = 86_400;
const CLAIMS = { key: "uploads/alice/2026/12/01/AAAAAAAAAAAAAAAAAAAAAA.jpg", contentType: "image/jpeg", issuedAt: NOW };
const INVALID = { status: 403, code: "InvalidTicket" };

describe("upload tickets", () => {
  test("open to what they were signed with, for the same caller, the same every time", () => {
    const ticket = signUploadTicket(KEY, "alice", CLAIMS);

    expect(ticket).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(signUploadTicket(KEY, "alice", CLAIMS)).toBe(ticket);
    expect(openUploadTicket(KEY, "alice", ticket, NOW + 10, DAY)).toEqual(CLAIMS);
    const untyped = signUploadTicket(KEY, "alice", { key: CLAIMS.key, issuedAt: NOW });
    expect(openUploadTicket(KEY, "alice", untyped, NOW, DAY)).toEqual({ key: CLAIMS.key, issuedAt: NOW });
  });

  test("are signed with a key derived by hkdf, never with the secret itself", () => {
    const ticket = Buffer.from(signUploadTicket(KEY, "alice", CLAIMS), "base64url");
    const payload = ticket.subarray(0, ticket.length - 32);
    const withSecret = createHmac("sha256", SECRET)
      .update(payload)
      .update(Buffer.from([0, 5]))
      .update("alice")
      .digest();
    const withKey = createHmac("sha256", KEY)
      .update(payload)
      .update(Buffer.from([0, 5]))
      .update("alice")
      .digest();

    expect(UPLOAD_TICKET_HKDF_INFO).toBe("upload-ticket");
    expect(Buffer.from(KEY).equals(Buffer.from(SECRET))).toBe(false);
    expect(ticket.subarray(payload.length).equals(withKey)).toBe(true);
    expect(ticket.subarray(payload.length).equals(withSecret)).toBe(false);
  });

  test("fails with 403 InvalidTicket for another caller's ticket", () => {
    const ticket = signUploadTicket(KEY, "alice", CLAIMS);

    expect(() => openUploadTicket(KEY, "bob", ticket, NOW, DAY)).toThrow(expect.objectContaining(INVALID));
    expect(() => openUploadTicket(KEY, "alice ", ticket, NOW, DAY)).toThrow(expect.objectContaining(INVALID));
  });

  test("fails with 403 InvalidTicket for a ticket changed in any byte, cut short or signed with another secret", () => {
    const ticket = signUploadTicket(KEY, "alice", CLAIMS);
    const bytes = Buffer.from(ticket, "base64url");
    for (let i = 0; i < bytes.length; i += 1) {
      const tampered = Buffer.from(bytes);
      tampered[i] ^= 0x01;
      expect(() => openUploadTicket(KEY, "alice", tampered.toString("base64url"), NOW, DAY)).toThrow(
        expect.objectContaining(INVALID),
      );
    }
    for (const bad of [
      ticket.slice(0, -1),
      ticket.slice(0, 40),
      "",
      "A",
      `${ticket}A`,
      `${ticket}=`,
      "*".repeat(100),
    ]) {
      expect(() => openUploadTicket(KEY, "alice", bad, NOW, DAY)).toThrow(expect.objectContaining(INVALID));
    }
    const other = uploadTicketKey(new TextEncoder().encode("another-secret-of-at-least-32-bytes!!"));
    expect(() => openUploadTicket(other, "alice", ticket, NOW, DAY)).toThrow(expect.objectContaining(INVALID));
  });

  test("renew within the window from the first issue, and fail with 403 InvalidTicket after it", () => {
    const ticket = signUploadTicket(KEY, "alice", CLAIMS);

    expect(openUploadTicket(KEY, "alice", ticket, NOW + DAY, DAY).key).toBe(CLAIMS.key);
    expect(() => openUploadTicket(KEY, "alice", ticket, NOW + DAY + 1, DAY)).toThrow(
      expect.objectContaining({
        ...INVALID,
        message: expect.stringMatching(/^the upload ticket has expired: keys are renewed for 86400 seconds/),
      }),
    );
  });

  test("fails with 403 InvalidTicket for a first issue ahead of this clock by more than the skew", () => {
    const ticket = signUploadTicket(KEY, "alice", CLAIMS);

    expect(openUploadTicket(KEY, "alice", ticket, NOW - MAX_TICKET_CLOCK_SKEW_SECONDS, DAY).issuedAt).toBe(NOW);
    expect(() => openUploadTicket(KEY, "alice", ticket, NOW - MAX_TICKET_CLOCK_SKEW_SECONDS - 1, DAY)).toThrow(
      expect.objectContaining(INVALID),
    );
  });

  test("fails with 403 InvalidTicket for a ticket of another version, though signed with the right key", () => {
    const bytes = Buffer.from(signUploadTicket(KEY, "alice", CLAIMS), "base64url");
    const payload = Buffer.from(bytes.subarray(0, bytes.length - 32));
    payload[0] = 2;
    const mac = createHmac("sha256", KEY)
      .update(payload)
      .update(Buffer.from([0, 5]))
      .update("alice")
      .digest();

    expect(() => openUploadTicket(KEY, "alice", Buffer.concat([payload, mac]).toString("base64url"), NOW, DAY)).toThrow(
      expect.objectContaining(INVALID),
    );
  });
});
