/**
 * COS actions, grouped by what a temporary key is for, each named as `policy/cloud-rules.ts` registers it.
 *
 * These lists are the single source of permission knowledge: the upload role's ceiling (in the stack) and the
 * per-caller session policy (in the key service) are both built from them, so the two cannot drift apart. No list
 * holds `PostObject`: in a form upload the key and the ACL are form fields, and COS documents no condition key read
 * from a form field, so no condition of ours could be shown to hold for it (docs/evidence.md).
 */
import { COS_ACTION_RULES } from "./cloud-rules";

const { PutObject, InitiateMultipartUpload, UploadPart, CompleteMultipartUpload, ListParts, ListMultipartUploads } =
  COS_ACTION_RULES;

/** Single-request uploads: `PUT Object`. */
export const COS_SIMPLE_UPLOAD_ACTIONS: readonly string[] = [PutObject.action];

/** Starts a multipart upload; the object's content type and ACL are fixed here. */
export const COS_MULTIPART_INITIATE_ACTIONS: readonly string[] = [InitiateMultipartUpload.action];

/** Uploads one part: the one multipart request that carries object bytes, and so a `Content-Length` to bound. */
export const COS_UPLOAD_PART_ACTIONS: readonly string[] = [UploadPart.action];

/**
 * The rest of a multipart upload, as the Android, iOS and JS SDKs drive it (including resuming an interrupted
 * upload, which lists uploads and parts, and aborting one).
 */
export const COS_MULTIPART_CONTINUE_ACTIONS: readonly string[] = [
  ListMultipartUploads.action,
  ListParts.action,
  UploadPart.action,
  CompleteMultipartUpload.action,
  COS_ACTION_RULES.AbortMultipartUpload.action,
];

/** Every action an upload may need, simple or multipart. */
export const COS_UPLOAD_ACTIONS: readonly string[] = [
  ...COS_SIMPLE_UPLOAD_ACTIONS,
  ...COS_MULTIPART_INITIATE_ACTIONS,
  ...COS_MULTIPART_CONTINUE_ACTIONS,
];

/** Reading objects back. */
export const COS_DOWNLOAD_ACTIONS: readonly string[] = [
  COS_ACTION_RULES.GetObject.action,
  COS_ACTION_RULES.HeadObject.action,
];
