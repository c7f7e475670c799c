/**
 * The official way: the temporary-key server of Tencent's STS SDK documentation (qcloud-cos-sts's
 * demo/sts-server.js), with Express and `getRoleCredential` so it makes the same STS call (`AssumeRole`) as the
 * key service. Like the documented sample it does no caller authentication: its "放行判断" (allow check) is a TODO.
 * Express 5 refuses the sample's `app.all('*')`, so its two catch-alls are `app.use`, which is the same thing here.
 *
 * Environment: PORT, STS_HOST (127.0.0.1:<https port>), TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY,
 * UPLOAD_ROLE_ARN, COS_BUCKET, COS_REGION; NODE_EXTRA_CA_CERTS for the endpoint's certificate.
 */
import { Server } from "node:http";
import { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import STS from "qcloud-cos-sts";

/** The part of Express 5's API the sample uses (express ships no types and @types/express is not installed). */
interface Request {
  readonly method: string;
}
interface Response {
  header(name: string, value: string): Response;
  send(body: string | object): Response;
  end(): void;
  writeHead(status: number): Response;
}
type Handler = (req: Request, res: Response, next: () => void) => void;
interface Application {
  use(handler: Handler): void;
  all(path: string, handler: Handler): void;
  listen(port: number, host: string, callback: () => void): Server;
}
interface Express {
  (): Application;
  json(): Handler;
}

const express = createRequire(__filename)("express") as Express;

const config = {
  secretId: process.env.TENCENTCLOUD_SECRETID ?? "",
  secretKey: process.env.TENCENTCLOUD_SECRETKEY ?? "",
  proxy: "",
  durationSeconds: 1800,
  endpoint: process.env.STS_HOST ?? "",
  roleArn: process.env.UPLOAD_ROLE_ARN ?? "",
  bucket: process.env.COS_BUCKET ?? "",
  region: process.env.COS_REGION ?? "",
  allowPrefix: "exampleobject",
  allowActions: [
    "name/cos:PutObject",
    "name/cos:PostObject",
    "name/cos:InitiateMultipartUpload",
    "name/cos:ListMultipartUploads",
    "name/cos:ListParts",
    "name/cos:UploadPart",
    "name/cos:CompleteMultipartUpload",
  ],
};

const app = express();
app.use(express.json());

app.use((req, res, next) => {
  res.header("Content-Type", "application/json");
  res.header("Access-Control-Allow-Origin", "http://127.0.0.1:88");
  res.header("Access-Control-Allow-Headers", "origin,accept,content-type");
  if (req.method.toUpperCase() === "OPTIONS") {
    res.end();
  } else {
    next();
  }
});

app.all("/sts", (_req, res) => {
  const shortBucketName = config.bucket.substr(0, config.bucket.lastIndexOf("-"));
  const appId = config.bucket.substr(1 + config.bucket.lastIndexOf("-"));
  const policy = {
    version: "2.0",
    statement: [
      {
        action: config.allowActions,
        effect: "allow",
        principal: { qcs: ["*"] },
        resource: [`qcs::cos:${config.region}:uid/${appId}:prefix//${appId}/${shortBucketName}/${config.allowPrefix}`],
      },
    ],
  };
  STS.getRoleCredential(
    {
      secretId: config.secretId,
      secretKey: config.secretKey,
      proxy: config.proxy,
      durationSeconds: config.durationSeconds,
      endpoint: config.endpoint,
      roleArn: config.roleArn,
      policy,
    },
    (err, tempKeys) => {
      const result = JSON.stringify(err || tempKeys) || "";
      res.send(result);
    },
  );
});

app.use((_req, res) => {
  res.writeHead(404);
  res.send({ code: 404, codeDesc: "PageNotFound", message: "404 page not found" });
});

const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
