/**
 * COS actions, grouped by what a temporary key is for.
 *
 * These lists are the single source of permission knowledge: the upload role's ceiling (in the stack) and the
 * per-caller session policy (in the key service) are both built from them, so the two cannot drift apart.
 */

/** Single-request uploads: `PUT Object` and the browser form `POST Object`. */
export const COS_SIMPLE_UPLOAD_ACTIONS: readonly string[] = ["name/cos:PutObject", "name/cos:PostObject"];

/** Starts a multipart upload; the object's content type is fixed here. */
export const COS_MULTIPART_INITIATE_ACTIONS: readonly string[] = ["name/cos:InitiateMultipartUpload"];

/**
 * The rest of a multipart upload, as the Android, iOS and JS SDKs drive it (including resuming an interrupted
 * upload, which lists uploads and parts, and aborting one).
 */
export const COS_MULTIPART_CONTINUE_ACTIONS: readonly string[] = [
  "name/cos:ListMultipartUploads",
  "name/cos:ListParts",
  "name/cos:UploadPart",
  "name/cos:CompleteMultipartUpload",
  "name/cos:AbortMultipartUpload",
];

/** Every action an upload may need, simple or multipart. */
export const COS_UPLOAD_ACTIONS: readonly string[] = [
  ...COS_SIMPLE_UPLOAD_ACTIONS,
  ...COS_MULTIPART_INITIATE_ACTIONS,
  ...COS_MULTIPART_CONTINUE_ACTIONS,
];

/** Reading objects back. */
export const COS_DOWNLOAD_ACTIONS: readonly string[] = ["name/cos:GetObject", "name/cos:HeadObject"];
