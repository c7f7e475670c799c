import { Testing } from "cdktf";
import { CosBucket } from "../../../.gen/providers/tencentcloud/cos-bucket";
import { UploadBucket, UploadBucketProps } from "../../../stacks/constructs/upload-bucket";
import "../../helpers/synth";

const base: UploadBucketProps = {
  bucket: "photos-1250000000",
  region: "ap-guangzhou",
  appId: "1250000000",
  abortIncompleteMultipartDays: 3,
  noncurrentVersionExpirationDays: 30,
};

function synth(props: Partial<UploadBucketProps> = {}): string {
  return Testing.synthScope((scope) => new UploadBucket(scope, "bucket", { ...base, ...props }));
}

function bucketOf(synthesized: string): Record<string, unknown> {
  return Object.values(JSON.parse(synthesized).resource.tencentcloud_cos_bucket)[0] as Record<string, unknown>;
}

describe("UploadBucket", () => {
  test("is private, encrypted, versioned and never force-cleaned by default", () => {
    expect(synth()).toHaveResourceWithProperties(CosBucket, {
      bucket: "photos-1250000000",
      acl: "private",
      encryption_algorithm: "AES256",
      versioning_enable: true,
      force_clean: false,
    });
  });

  test("aborts incomplete multipart uploads and expires noncurrent versions after the configured days", () => {
    expect(
      synth({ abortIncompleteMultipartDays: 7, noncurrentVersionExpirationDays: 90 }),
    ).toHaveResourceWithProperties(CosBucket, {
      lifecycle_rules: [
        {
          abort_incomplete_multipart_upload: { days_after_initiation: 7 },
          non_current_expiration: { non_current_days: 90 },
        },
      ],
    });
  });

  test("has no CORS rule without origins", () => {
    expect(bucketOf(synth())).not.toHaveProperty("cors_rules");
  });

  test("allows uploads from the configured origins and exposes what multipart upload needs", () => {
    expect(synth({ corsOrigins: ["https://app.example.com"] })).toHaveResourceWithProperties(CosBucket, {
      cors_rules: [
        {
          allowed_origins: ["https://app.example.com"],
          allowed_methods: ["PUT", "POST", "GET", "HEAD"],
          allowed_headers: ["*"],
          expose_headers: ["ETag", "x-cos-request-id"],
          max_age_seconds: 600,
        },
      ],
    });
  });

  test("is public-read on request", () => {
    expect(synth({ acl: "public-read" })).toHaveResourceWithProperties(CosBucket, { acl: "public-read" });
  });

  test("fails for a public-read-write acl", () => {
    expect(() => synth({ acl: "public-read-write" as "private" })).toThrow(
      'acl: received "public-read-write"; allowed: "private" or "public-read"',
    );
  });

  test("carries prevent_destroy when protected", () => {
    expect(bucketOf(synth({ protected: true }))).toMatchObject({ lifecycle: { prevent_destroy: true } });
  });

  test("can be destroyed when not protected", () => {
    expect(bucketOf(synth())).not.toHaveProperty("lifecycle");
  });

  test("carries its tags", () => {
    expect(synth({ tags: { team: "mobile" } })).toHaveResourceWithProperties(CosBucket, { tags: { team: "mobile" } });
  });
});
