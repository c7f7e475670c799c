import { PolicyDocument } from "../policy";

/** A temporary key as the local STS endpoint issued it, with the session policy it was scoped to. */
export interface IssuedKey {
  readonly tmpSecretId: string;
  readonly tmpSecretKey: string;
  readonly sessionToken: string;
  /** Unix seconds. */
  readonly expiredTime: number;
  /** The decoded `Policy` parameter of the `AssumeRole` call that produced this key. */
  readonly policy: PolicyDocument;
}

/** Where the local COS endpoint looks up the keys the local STS endpoint issued. */
export interface IssuedKeys {
  lookup(tmpSecretId: string): IssuedKey | undefined;
}
