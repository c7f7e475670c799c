/** `npm run upload` (examples/upload.ts) against the local key service, STS and COS endpoints. */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { keyResponse, parseOptions, progressLine } from "../../examples/upload";
import { CosServer, startCosServer } from "../../local/cos-server";
import { AppOutputs, appOutputs, writeOutputs } from "../../sandbox/outputs-file";
import { createCosTestCertificate, CosTestCertificate } from "../../local/cos-tls";
import { runToEnd } from "../helpers/child-process";
import { randomFile } from "../helpers/random-file";
import { KeyServiceProcess, LOCATION, ROOT, startKeyService } from "./key-service-process";

type Run = Awaited<ReturnType<typeof runToEnd>>;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-example-"));
/** The local COS's test CA, which `npm run upload` trusts through NODE_EXTRA_CA_CERTS. */
const caFile = path.join(workDir, "cos-ca.pem");
let service: KeyServiceProcess | undefined;
let cos: CosServer | undefined;
let tls: CosTestCertificate;

beforeAll(async () => {
  tls = await createCosTestCertificate(LOCATION.region);
  fs.writeFileSync(caFile, tls.ca);
  service = await startKeyService();
});

afterAll(async () => {
  await service?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

beforeEach(async () => {
  cos = await startCosServer({ issuedKeys: service!.sts, ...LOCATION, https: tls });
});

afterEach(() => cos?.close());

/** `npm run upload -- <args>`, pointed at the local COS endpoint's HTTPS side, as keys require. */
function upload(args: readonly string[]): Promise<Run> {
  return npmRunUpload(["--domain", `127.0.0.1:${cos!.https!.port}`, "--protocol", "https", ...args]);
}

/** `npm run upload -- <args>` as given, to its end. */
function npmRunUpload(args: readonly string[]): Promise<Run> {
  return runToEnd("npm", ["run", "--silent", "upload", "--", ...args], {
    cwd: ROOT,
    // The SDK keeps its resumable-upload cache under XDG_CONFIG_HOME.
    env: { PATH: process.env.PATH, HOME: workDir, XDG_CONFIG_HOME: workDir, NODE_EXTRA_CA_CERTS: caFile },
  });
}

/** `npm run upload` as user `sub`. */
async function uploadAs(sub: string, args: readonly string[]): Promise<Run> {
  return upload(["--service", service!.url, "--token", await service!.token(sub), ...args]);
}

test("uploads a file into the caller's folder and prints where it went", async () => {
  const { file: photo, content } = randomFile("photo.png", 2048);

  const run = await uploadAs("carol", [photo]);

  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    bucket: LOCATION.bucket,
    region: LOCATION.region,
    key: "uploads/carol/photo.png",
    location: `127.0.0.1:${cos!.https!.port}/uploads/carol/photo.png`,
    etag: `"${crypto.createHash("md5").update(content).digest("hex")}"`,
  });
  expect(run.stderr).toContain("] 100%");
  expect(cos!.objects.get("uploads/carol/photo.png")).toMatchObject({ body: content, contentType: "image/png" });
});

test("uploads a large file in parts under the name given with --key", async () => {
  const { file: video, content } = randomFile("video.mp4", 2.5 * 1024 * 1024);

  const run = await uploadAs("carol", ["--key", "clips/v.mp4", video]);

  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({
    key: "uploads/carol/clips/v.mp4",
    etag: expect.stringMatching(/-3"$/),
  });
  expect(cos!.objects.get("uploads/carol/clips/v.mp4")?.body.equals(content)).toBe(true);
  expect(cos!.objects.get("uploads/carol/clips/v.mp4")?.contentType).toBe("video/mp4");
  expect(cos!.requests.filter((r) => r.action === "name/cos:UploadPart")).toHaveLength(3);
});

test("fails with the key service's refusal of a bad token", async () => {
  const { file: photo } = randomFile("refused.png", 10);

  const run = await upload(["--service", service!.url, "--token", "not-a-jwt", photo]);

  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/the key service refused \(401 InvalidToken\)/);
  expect(cos!.requests).toHaveLength(0);
});

test("fails with COS's refusal when the key does not allow uploads", async () => {
  const { file: photo } = randomFile("read-only.png", 10);

  const run = await uploadAs("carol", ["--scope", "download", photo]);

  expect(run.code).toBe(1);
  expect(run.stderr).toContain("COS refused the upload (AccessDenied)");
  expect(cos!.objects.size).toBe(0);
});

/** A port on 127.0.0.1 where nothing listens (just closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("against a key service in object mode", () => {
  let objectService: KeyServiceProcess | undefined;

  beforeAll(async () => {
    objectService = await startKeyService({ KEY_MODE: "object" });
  });

  afterAll(() => objectService?.close());

  /** `npm run upload` as carol against the object-mode service and a fresh local COS, which it returns too. */
  async function uploadToObjectService(args: readonly string[]): Promise<{ run: Run; objects: CosServer["objects"] }> {
    const objectCos = await startCosServer({ issuedKeys: objectService!.sts, ...LOCATION, https: tls });
    try {
      const token = await objectService!.token("carol");
      const port = objectCos.https!.port;
      const run = await npmRunUpload([
        "--domain",
        `127.0.0.1:${port}`,
        "--protocol",
        "https",
        "--service",
        objectService!.url,
        "--token",
        token,
        ...args,
      ]);
      return { run, objects: objectCos.objects };
    } finally {
      await objectCos.close();
    }
  }

  test("uploads to the one object the service named (its key demands x-cos-forbid-overwrite)", async () => {
    const { file: photo, content } = randomFile("photo.png", 2048);

    const { run, objects } = await uploadToObjectService([photo]);

    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { key: string };
    expect(printed.key).toMatch(/^uploads\/carol\/\d{4}\/\d{2}\/\d{2}\/[A-Za-z0-9_-]{22}\.png$/);
    expect(objects.get(printed.key)?.body.equals(content)).toBe(true);
    expect([...objects.keys()]).toEqual([printed.key]);
  });

  test("fails for --key, which an object-mode service does not take", async () => {
    const { file: photo } = randomFile("photo.png", 64);

    const { run, objects } = await uploadToObjectService(["--key", "mine.png", photo]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/names each object itself \(object mode/);
    expect(objects.size).toBe(0);
  });
});

describe("with the environment's outputs file (--outputs)", () => {
  /** An outputs file for the local key service and COS, with these upload limits. */
  function outputsFile(
    name: string,
    limits: Partial<AppOutputs["uploadLimits"]>,
    serviceUrl = service!.url,
    keyMode: AppOutputs["keyMode"] = "prefix",
  ): string {
    const outputs = appOutputs({
      environment: "local",
      functionVariables: { COS_BUCKET: LOCATION.bucket, COS_REGION: LOCATION.region },
      keyServiceUrl: serviceUrl,
      keyServiceUrlCommand: "",
      cos: { domain: `127.0.0.1:${cos!.https!.port}`, protocol: "https:" },
    });
    const file = path.join(workDir, `${name}.json`);
    writeOutputs(file, { ...outputs, keyMode, uploadLimits: { ...outputs.uploadLimits, ...limits } });
    return file;
  }

  test("takes the key service, COS and the multipart threshold from it", async () => {
    const { file: video, content } = randomFile("from-outputs.mp4", 2.5 * 1024 * 1024);
    const outputs = outputsFile("one-request", {
      multipartUpload: false,
      maxObjectBytes: 3 * 1024 * 1024,
      multipartThresholdBytes: 3 * 1024 * 1024 + 1,
    });

    const run = await npmRunUpload(["--outputs", outputs, "--token", await service!.token("carol"), video]);

    expect(run.code).toBe(0);
    expect(cos!.objects.get("uploads/carol/from-outputs.mp4")?.body.equals(content)).toBe(true);
    expect(cos!.requests.filter((r) => r.action === "name/cos:UploadPart")).toHaveLength(0);
  });

  test("prefers the key service's custom domain to its Function URL", async () => {
    const { file: photo, content } = randomFile("via-domain.png", 1024);
    // The Function URL points at a closed port: only the domain URL can serve the key.
    const file = outputsFile("domain", {}, "http://127.0.0.1:9/");
    const outputs = JSON.parse(fs.readFileSync(file, "utf8")) as AppOutputs;
    writeOutputs(file, { ...outputs, keyService: { ...outputs.keyService, domainUrl: service!.url } });

    const run = await npmRunUpload(["--outputs", file, "--token", await service!.token("carol"), photo]);

    expect(run.code).toBe(0);
    expect(cos!.objects.get("uploads/carol/via-domain.png")?.body.equals(content)).toBe(true);
  });

  test("uploads in parts of the outputs file's part size above its threshold", async () => {
    const { file: video } = randomFile("parts.mp4", 2.5 * 1024 * 1024);
    const outputs = outputsFile("parts", { multipartThresholdBytes: 1024 * 1024, partSizeBytes: 1024 * 1024 });

    const run = await npmRunUpload(["--outputs", outputs, "--token", await service!.token("carol"), video]);

    expect(run.code).toBe(0);
    expect(cos!.requests.filter((r) => r.action === "name/cos:UploadPart")).toHaveLength(3);
  });

  test("fails before sending anything for a file over the outputs file's maxObjectBytes", async () => {
    const { file: photo } = randomFile("too-big.png", 4096);
    const outputs = outputsFile("small", { maxObjectBytes: 1024, multipartThresholdBytes: 1025 });
    const issued = service!.sts.issued.length;

    const run = await npmRunUpload(["--outputs", outputs, "--token", await service!.token("carol"), photo]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${photo} is 4096 bytes; this environment accepts objects up to 1024 bytes`);
    expect(cos!.requests).toHaveLength(0);
    expect(service!.sts.issued).toHaveLength(issued);
  });

  // Waits on object-mode renewal in the key service (uploadTicket, another branch): until then the first answer
  // carries no ticket and this upload fails, saying so.
  test("object mode: renews the key for the same object with the uploadTicket when the SDK asks again", async () => {
    const objectService = await startKeyService({ KEY_MODE: "object" });
    // Answers as the key service does, but with keys that end in 30 seconds: the SDK asks for a new key before every request.
    const asked: URLSearchParams[] = [];
    const proxy = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", objectService.url);
      asked.push(url.searchParams);
      void fetch(url, { headers: { authorization: req.headers.authorization ?? "" } }).then(async (answer) => {
        const body = (await answer.json()) as Record<string, unknown>;
        const shortened = answer.ok ? { ...body, expiredTime: Math.floor(Date.now() / 1000) + 30 } : body;
        res.writeHead(answer.status, { "Content-Type": "application/json" }).end(JSON.stringify(shortened));
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const objectCos = await startCosServer({ issuedKeys: objectService.sts, ...LOCATION, https: tls });
    try {
      const { file: video, content } = randomFile("long.mp4", 2.5 * 1024 * 1024);
      const outputs = outputsFile(
        "object",
        { multipartThresholdBytes: 1024 * 1024 },
        `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}/`,
        "object",
      );
      const port = objectCos.https!.port;

      const run = await npmRunUpload([
        "--outputs",
        outputs,
        "--domain",
        `127.0.0.1:${port}`,
        "--token",
        await objectService.token("carol"),
        video,
      ]);

      expect(run.stderr).not.toContain("sent no uploadTicket");
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout) as { key: string };
      expect([...objectCos.objects.keys()]).toEqual([printed.key]);
      expect(objectCos.objects.get(printed.key)?.body.equals(content)).toBe(true);
      expect(asked.length).toBeGreaterThan(1);
      expect(asked.slice(1).every((params) => (params.get("uploadTicket") ?? "") !== "")).toBe(true);
    } finally {
      await objectCos.close();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await objectService.close();
    }
  });
});

test("--help explains the token, the service URL and --domain/--protocol, with an example against the sandbox", async () => {
  const run = await npmRunUpload(["--help"]);

  expect(run.code).toBe(0);
  expect(run.stdout).toContain('--token <jwt>       the app user\'s token, sent as "Authorization: Bearer <jwt>"');
  expect(run.stdout).toMatch(
    /--service <url>\s+the key service: its custom domain or Function URL after a deploy \(outputs\/<env>\.json,\s+keyService\.domainUrl, else keyService\.url\)/,
  );
  expect(run.stdout).toMatch(/--domain <host>\s+send COS requests to this host\[:port\]/);
  expect(run.stdout).toMatch(/--protocol <p>\s+http or https/);
  expect(run.stdout).toContain("Against the sandbox (npm run sandbox prints the outputs file and the token):");
  expect(run.stdout).toContain("npm run upload -- --outputs .sandbox/outputs/dev.json --token <token> photo.png");
  expect(run.stdout).toContain("--domain 127.0.0.1:<cos port> --protocol http photo.png");
});

test("names the key service's host when it cannot be reached", async () => {
  const port = await closedPort();
  const { file: photo } = randomFile("unreachable.png", 10);

  const run = await npmRunUpload(["--service", `http://127.0.0.1:${port}/`, "--token", "t", photo]);

  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`could not reach the key service at 127.0.0.1:${port}: `);
  expect(run.stderr).not.toContain("refused");
});

test("names COS's host when it cannot be reached, never reporting a refusal", async () => {
  const port = await closedPort();
  const { file: photo } = randomFile("no-cos.png", 10);

  const run = await npmRunUpload([
    "--service",
    service!.url,
    "--token",
    await service!.token("carol"),
    "--domain",
    `127.0.0.1:${port}`,
    "--protocol",
    "http",
    photo,
  ]);

  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`could not reach COS at 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
  expect(run.stderr).not.toContain("COS refused the upload");
});

describe("parseOptions", () => {
  const required = ["--service", "http://127.0.0.1:1/", "--token", "t"];

  test("names the object after the file and guesses its content type", () => {
    expect(parseOptions([...required, "/tmp/Cat.JPG"])).toMatchObject({
      name: "Cat.JPG",
      contentType: "image/jpeg",
      scope: "upload",
      sliceSizeBytes: 1024 * 1024,
    });
    expect(parseOptions([...required, "--protocol", "http", "--content-type", "image/heic", "x"])).toMatchObject({
      protocol: "http:",
      contentType: "image/heic",
    });
  });

  test.each([
    [["--token", "t", "f"], "--service (or --outputs), --token and exactly one file are required"],
    [["--outputs", "/nonexistent/dev.json", "--token", "t", "f"], "cannot read the outputs file /nonexistent/dev.json"],
    [["--outputs", "a.json", "--env", "dev", "--token", "t", "f"], "--outputs and --env name the same file; pass one"],
    [[...required, "a", "b"], "exactly one file"],
    [[...required, "--key", "../x", "f"], '--key must be a relative name without ".." segments'],
    [[...required, "--protocol", "ftp", "f"], "--protocol must be http or https"],
    [[...required, "--slice-size", "1MB", "f"], "--slice-size must be a whole number of bytes"],
    [[...required, "--colour", "f"], "Unknown option '--colour'"],
  ])("fails for %j with usage", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
    expect(() => parseOptions(argv)).toThrow("usage: npm run upload");
  });
});

test("fails to read a key service answer without credentials", () => {
  expect(() => keyResponse({ bucket: "b", region: "r", allowPrefix: "p/", startTime: 1, expiredTime: 2 })).toThrow(
    "the key service answered without credentials",
  );
});

test("draws a progress bar", () => {
  expect(progressLine(512 * 1024, 2 * 1024 * 1024, 8)).toBe("[##------]  25%  0.5 MB / 2.0 MB");
  expect(progressLine(0, 0, 4)).toBe("[####] 100%  0.0 MB / 0.0 MB");
});
