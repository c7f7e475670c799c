/** Temporary keys made by hand, as the local STS endpoint would issue them, for tests of the local COS alone. */
import crypto from "node:crypto";
import { IssuedKey, IssuedKeys } from "../../local/issued-keys";
import { PolicyDocument } from "../../policy";

export class HandMadeKeys implements IssuedKeys {
  private readonly keys = new Map<string, IssuedKey>();

  /** A key carrying `policy` as its session policy. @param expiredTime Unix seconds; @default in 30 minutes */
  issue(policy: PolicyDocument, expiredTime = Math.floor(Date.now() / 1000) + 1800): IssuedKey {
    const key: IssuedKey = {
      tmpSecretId: `AKID${crypto.randomBytes(12).toString("hex")}`,
      tmpSecretKey: crypto.randomBytes(16).toString("hex"),
      sessionToken: crypto.randomBytes(24).toString("base64url"),
      expiredTime,
      policy,
    };
    this.keys.set(key.tmpSecretId, key);
    return key;
  }

  lookup(tmpSecretId: string): IssuedKey | undefined {
    return this.keys.get(tmpSecretId);
  }
}
