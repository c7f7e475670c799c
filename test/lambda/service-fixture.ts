/**
 * A key service wired to its own local STS endpoint (and, when asked, a local SSM endpoint holding its token secret),
 * plus event builders for both SCF event shapes.
 */
import { JWT_SECRET_VERSION_ID, ServiceConfig, parseConfig } from "../../lambda/key-service/config";
import { ApiGatewayEvent, FunctionUrlEvent, ScfResponse } from "../../lambda/key-service/event";
import { createHandler, Handler } from "../../lambda/key-service/handler";
import { claims, hs256Token, testSecret } from "../helpers/jwt";
import { startSsmServer, SsmServer } from "../../local/ssm-server";
import { startStsServer, StsServer, StsServerOptions } from "../../local/sts-server";

/** The SSM secret name fixtures with `secretFromSsm` use. */
export const SECRET_NAME = "direct-transfer-test-jwt-secret";

/** The bucket every fixture uses. */
export const BUCKET = "photos-1250000000";
/** Its region. */
export const REGION = "ap-guangzhou";
/** The upload role. */
export const ROLE_ARN = "qcs::cam::uin/100000000001:roleName/direct-transfer-upload";

/** What a test changes about a fixture. */
export interface FixtureOptions {
  /** Environment overrides; `undefined` removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Overrides applied to the parsed configuration, such as a short STS timeout. */
  readonly config?: (config: ServiceConfig) => ServiceConfig;
  readonly sts?: StsServerOptions;
  /** Read the HS256 secret from a local SSM endpoint (`AUTH_JWT_SECRET_NAME`) instead of `AUTH_JWT_SECRET`. */
  readonly secretFromSsm?: boolean;
}

/** A running service. */
export interface ServiceFixture {
  readonly sts: StsServer;
  /** Present with `secretFromSsm`; it accepts the same function keys as {@link sts}. */
  readonly ssm?: SsmServer;
  readonly secret: string;
  /** The function's environment, read live: changing the function's keys here is what SCF does on rotation. */
  readonly env: Record<string, string | undefined>;
  readonly handler: Handler;
  /** An HS256 token for `sub`, valid for an hour. */
  token(sub: string): Promise<string>;
  /** A GET through a Function URL event with the caller's token. */
  get(sub: string, query?: Record<string, string>, headers?: Record<string, string>): Promise<ScfResponse>;
}

const running: { close(): Promise<void> }[] = [];

/** Every secret a fixture of this test file held, handed out or was sent: what its log lines must not contain. */
const secrets = new Set<string>();

/** The secrets of every fixture started in this test file so far (see `test/helpers/log-scan.ts`). */
export function fixtureSecrets(): ReadonlySet<string> {
  for (const key of stsServers.flatMap((sts) => sts.issued))
    [key.tmpSecretId, key.tmpSecretKey, key.sessionToken].forEach((value) => secrets.add(value));
  return secrets;
}

const stsServers: StsServer[] = [];

/** Records the secrets a request carried and its answer holds. */
function recordSecrets(event: unknown, response: ScfResponse): void {
  const text = (value: unknown): void => {
    if (typeof value === "string" && value !== "") secrets.add(value);
  };
  // JWTs and tickets are base64url: a request's tokens are whole words after "Bearer".
  for (const match of JSON.stringify(event ?? null).matchAll(/Bearer ([\w.-]+)/g)) text(match[1]);
  let body: unknown;
  try {
    body = JSON.parse(response.body ?? "null");
  } catch {
    return;
  }
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<
    string,
    Record<string, unknown> | undefined
  >;
  const root = (record.Response ?? record) as Record<string, Record<string, unknown> | undefined>;
  const keys = (root.credentials ?? root.Credentials ?? {}) as Record<string, unknown>;
  Object.values(keys).forEach(text);
  text(root.uploadTicket ?? root.UploadTicket);
}

/** The function's variables for a service that calls `sts` and accepts HS256 tokens signed with `secret`. */
export function serviceEnv(sts: StsServer, secret: string): Record<string, string> {
  return {
    COS_BUCKET: BUCKET,
    COS_REGION: REGION,
    UPLOAD_ROLE_ARN: ROLE_ARN,
    AUTH_JWT_SECRET: secret,
    STS_ENDPOINT: sts.url,
    TENCENTCLOUD_SECRETID: sts.keys.secretId,
    TENCENTCLOUD_SECRETKEY: sts.keys.secretKey,
    TENCENTCLOUD_SESSIONTOKEN: sts.keys.token ?? "",
  };
}

/** Starts a service; {@link closeFixtures} stops it. */
export async function serviceFixture(options: FixtureOptions = {}): Promise<ServiceFixture> {
  const sts = await startStsServer(options.sts);
  running.push(sts);
  stsServers.push(sts);
  const secret = testSecret();
  const env: Record<string, string | undefined> = serviceEnv(sts, secret);
  let ssm: SsmServer | undefined;
  if (options.secretFromSsm === true) {
    ssm = await startSsmServer({ keys: sts.keys, secrets: { [SECRET_NAME]: { [JWT_SECRET_VERSION_ID]: secret } } });
    running.push(ssm);
    delete env.AUTH_JWT_SECRET;
    env.AUTH_JWT_SECRET_NAME = SECRET_NAME;
    env.SSM_ENDPOINT = ssm.url;
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) {
      delete env[name];
    } else {
      env[name] = value;
    }
  }
  const parsed = parseConfig(env);
  const bare = createHandler(options.config ? options.config(parsed) : parsed);
  for (const value of [secret, sts.keys.secretKey, sts.keys.token ?? ""]) if (value !== "") secrets.add(value);
  const handler: Handler = async (event, context) => {
    const response = await bare(event, context);
    recordSecrets(event, response);
    return response;
  };
  const token = (sub: string): Promise<string> => hs256Token(secret, claims(sub));
  return {
    sts,
    ssm,
    secret,
    env,
    handler,
    token,
    async get(sub, query = {}, headers = {}) {
      return handler(
        functionUrlEvent({ query, headers: { authorization: `Bearer ${await token(sub)}`, ...headers } }),
        { request_id: "test" },
      );
    },
  };
}

/** Stops every fixture started so far. */
export async function closeFixtures(): Promise<void> {
  await Promise.all(running.splice(0).map((server) => server.close()));
}

/** Parts of an HTTP request. */
export interface RequestParts {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string;
  readonly base64?: boolean;
}

/** A Function URL event as SCF delivers it: lower-case header names, `queryString`, empty parameter maps. */
export function functionUrlEvent(parts: RequestParts = {}): FunctionUrlEvent {
  const headers: Record<string, string> = { accept: "*/*", "x-scf-request-id": "scf-request-1" };
  for (const [name, value] of Object.entries(parts.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  return {
    body: encodeBody(parts),
    headers,
    httpMethod: parts.method ?? "GET",
    path: "/",
    queryString: parts.query ?? {},
    headerParameters: {},
    isBase64Encoded: parts.base64 ?? false,
    pathParameters: {},
    queryStringParameters: {},
    requestContext: { sourceIp: "203.0.113.7" },
  };
}

/** An API Gateway trigger event: header names as the client sent them, `requestContext` filled. */
export function apiGatewayEvent(parts: RequestParts = {}): ApiGatewayEvent {
  const method = parts.method ?? "GET";
  return {
    requestContext: {
      serviceId: "service-f94sy04v",
      path: "/keys",
      httpMethod: method,
      requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
      sourceIp: "203.0.113.7",
      stage: "release",
    },
    headers: {
      Accept: "application/json",
      Host: "service-f94sy04v-1250000000.gz.apigw.tencentcs.com",
      ...parts.headers,
    },
    body: encodeBody(parts),
    pathParameters: {},
    queryStringParameters: {},
    headerParameters: {},
    stageVariables: { stage: "release" },
    path: "/keys",
    queryString: parts.query ?? {},
    httpMethod: method,
    isBase64Encoded: parts.base64 ?? false,
  };
}

/** The parsed JSON body of a response. */
export function bodyOf(response: ScfResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

function encodeBody(parts: RequestParts): string {
  const body = parts.body ?? "";
  return parts.base64 ? Buffer.from(body, "utf8").toString("base64") : body;
}
