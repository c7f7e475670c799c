import { spawnSync } from "node:child_process";
import path from "node:path";
import { newObjectKey, OBJECT_ID_BYTES } from "../../lambda/key-service/object-key";

const ROOT = path.resolve(__dirname, "../..");

const KEY = /^uploads\/alice\/(\d{4})\/(\d{2})\/(\d{2})\/([A-Za-z0-9_-]{22})\.([a-z0-9]{1,10})$/;

test("names an object under the caller's prefix, dated, with a 128-bit url-safe id and the extension", () => {
  const key = newObjectKey("uploads/alice/", "jpg", new Date("2026-12-01T08:00:00Z"));

  const [, yyyy, mm, dd, id, ext] = KEY.exec(key) ?? [];
  expect([yyyy, mm, dd, ext]).toEqual(["2026", "12", "01", "jpg"]);
  expect(Buffer.from(id, "base64url")).toHaveLength(OBJECT_ID_BYTES);
  expect(OBJECT_ID_BYTES * 8).toBe(128);
});

test.each(["Pacific/Kiritimati", "America/Los_Angeles"])("dates the key in utc, even on an instance in %s", (zone) => {
  // 23:30 on 31 December in UTC is already 1 January at UTC+14; 00:00:01 on 2 January is still 1 January at UTC-8.
  // The time zone is the process's, so the keys are made in a process started with it.
  const script = `const { newObjectKey } = require("./lambda/key-service/object-key");
    console.log(JSON.stringify([new Date("2026-12-31T23:30:00Z"), new Date("2027-01-02T00:00:01Z")].map((d) => newObjectKey("uploads/alice/", "png", d))));`;
  const child = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["-e", script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, TZ: zone },
    encoding: "utf8",
  });
  expect({ status: child.status, signal: child.signal, stderr: child.stderr }).toEqual({
    status: 0,
    signal: null,
    stderr: "",
  });

  const [late, early] = JSON.parse(child.stdout) as string[];
  expect(late).toMatch(/^uploads\/alice\/2026\/12\/31\//);
  expect(early).toMatch(/^uploads\/alice\/2027\/01\/02\//);
});

test("puts the random bytes into the id as url-safe base64", () => {
  const key = newObjectKey("uploads/alice/", "mp4", new Date("2026-12-01T00:00:00Z"), (n) => Buffer.alloc(n, 0xfb));

  // 0xfb 0xfb 0xfb is "+/v7" in base64, "-_v7" url-safe.
  expect(key).toBe(`uploads/alice/2026/12/01/${"-_v7".repeat(5)}-w.mp4`);
});

test("never repeats an id in 100 000 keys", () => {
  const now = new Date();
  const keys = new Set(Array.from({ length: 100_000 }, () => newObjectKey("uploads/alice/", "jpg", now)));

  expect(keys.size).toBe(100_000);
  for (const key of [...keys].slice(0, 1000)) {
    expect(key).toMatch(KEY);
  }
});

test.each(["", "JPG", "tar.gz", "a".repeat(11), "../x", "jp g"])("fails for the extension %j", (ext) => {
  expect(() => newObjectKey("uploads/alice/", ext)).toThrow(/^ext must match/);
});
