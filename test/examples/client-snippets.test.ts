/**
 * The client snippets docs/clients.md quotes: its blocks are the files, and the Android and iOS snippets use
 * only names read in the SDKs' sources (below, with the file each came from). Not a compilation: a closed list,
 * so that a name nobody checked fails here. The web snippet runs in Chromium (test/browser/sandbox-page.test.ts).
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), "utf8");

/** tencentyun/qcloud-sdk-android at 252230a0a30bc16fcd797e908001d0b47756a462 (cos-android 5.9.51). */
const ANDROID_SDK: Readonly<Record<string, string>> = {
  CosXmlServiceConfig: "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/CosXmlServiceConfig.java",
  Builder:
    "…/CosXmlServiceConfig.java (public static class Builder), …/transfer/TransferConfig.java (public static class Builder)",
  setRegion: "…/CosXmlServiceConfig.java: public Builder setRegion(String region)",
  isHttps: "…/CosXmlServiceConfig.java: public Builder isHttps(boolean isHttps)",
  builder: "…/CosXmlServiceConfig.java: public CosXmlServiceConfig builder()",
  CosXmlSimpleService:
    "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/CosXmlSimpleService.java: (Context, CosXmlServiceConfig, QCloudCredentialProvider)",
  CosXmlClientException:
    "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/exception/CosXmlClientException.java",
  CosXmlServiceException:
    "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/exception/CosXmlServiceException.java",
  errorCode:
    "QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/common/QCloudServiceException.java: getErrorCode()",
  errorMessage: "…/QCloudServiceException.java: getErrorMessage()",
  CosXmlResultListener:
    "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/listener/CosXmlResultListener.java",
  onSuccess: "…/CosXmlResultListener.java: void onSuccess(CosXmlRequest, CosXmlResult)",
  onFail:
    "…/CosXmlResultListener.java: void onFail(CosXmlRequest, @Nullable CosXmlClientException, @Nullable CosXmlServiceException)",
  CosXmlRequest: "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/model/CosXmlRequest.java",
  setRequestHeaders:
    "…/CosXmlRequest.java: public void setRequestHeaders(String key, String value, boolean isUrlEncoder)",
  CosXmlResult: "QCloudCosXml/cos-android-base/src/main/java/com/tencent/cos/xml/model/CosXmlResult.java",
  PutObjectRequest:
    "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/model/object/PutObjectRequest.java: (String bucket, String cosPath, String srcPath)",
  COSXMLUploadTask: "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/transfer/COSXMLUploadTask.java",
  setCosXmlResultListener:
    "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/transfer/COSXMLTask.java: public void setCosXmlResultListener(CosXmlResultListener)",
  TransferConfig: "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/transfer/TransferConfig.java",
  setDivisionForUpload:
    "…/TransferConfig.java: public Builder setDivisionForUpload(long division) (default 2097152; multipart when length >= it)",
  setSliceSizeForUpload:
    "…/TransferConfig.java: public Builder setSliceSizeForUpload(long sliceSizee) (default 1048576)",
  setForceSimpleUpload: "…/TransferConfig.java: public Builder setForceSimpleUpload(boolean)",
  build: "…/TransferConfig.java: public TransferConfig build()",
  TransferManager:
    "QCloudCosXml/cos-android/src/main/java/com/tencent/cos/xml/transfer/TransferManager.java: (CosXmlSimpleService, TransferConfig)",
  upload: "…/TransferManager.java: public COSXMLUploadTask upload(PutObjectRequest putObjectRequest, String uploadId)",
  BasicLifecycleCredentialProvider:
    "QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/auth/BasicLifecycleCredentialProvider.java",
  fetchNewCredentials:
    "…/BasicLifecycleCredentialProvider.java: protected abstract QCloudLifecycleCredentials fetchNewCredentials()",
  getCredentials:
    "…/BasicLifecycleCredentialProvider.java: public QCloudCredentials getCredentials() (refreshes when !isValid())",
  QCloudLifecycleCredentials:
    "QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/auth/QCloudLifecycleCredentials.java",
  SessionQCloudCredentials:
    "QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/auth/SessionQCloudCredentials.java: (secretId, secretKey, token, long startTime, long expiredTime)",
  QCloudClientException:
    "QCloudFoundation/foundation/src/main/java/com/tencent/qcloud/core/common/QCloudClientException.java: public (String message)",
};

/** tencentyun/qcloud-sdk-ios at 512e6400fc0617b2b49de58fe16a30b830b1d7eb (QCloudCOSXML 6.5.5); Swift names as Swift imports the Objective-C selectors. */
const IOS_SDK: Readonly<Record<string, string>> = {
  QCloudCOSXML: "QCloudCOSXML.podspec (module)",
  QCloudSignatureProvider:
    "QCloudCore/Classes/Base/QCloudClientBase/Authentation/QCloudSignatureProvider.h: signatureWithFields:request:urlRequest:compelete:",
  QCloudSignatureFields: "…/QCloudSignatureFields.h",
  QCloudBizHTTPRequest: "…/QCloudSignatureProvider.h (@class QCloudBizHTTPRequest)",
  QCloudHTTPAuthentationContinueBlock: "…/QCloudSignatureProvider.h: typedef void (^)(QCloudSignature *, NSError *)",
  fileds: "…/QCloudSignatureProvider.h (the parameter's own spelling)",
  urlRequst: "…/QCloudSignatureProvider.h (the parameter's own spelling)",
  compelete: "…/QCloudSignatureProvider.h (the selector's own spelling)",
  QCloudCredentailFenceQueue: "QCloudCore/Classes/Base/QCloudClientBase/Authentation/QCloudCredentailFenceQueue.h",
  QCloudCredentailFenceQueueDelegate: "…/QCloudCredentailFenceQueue.h: fenceQueue:requestCreatorWithContinue:",
  QCloudCredentailFenceQueueContinue:
    "…/QCloudCredentailFenceQueue.h: typedef void (^)(QCloudAuthentationCreator *, NSError *)",
  requestCreatorWithContinue: "…/QCloudCredentailFenceQueue.h",
  performAction:
    "…/QCloudCredentailFenceQueue.h: - (void)performAction:(void (^)(QCloudAuthentationCreator *, NSError *))action",
  delegate: "…/QCloudCredentailFenceQueue.h: @property (weak) id<QCloudCredentailFenceQueueDelegate> delegate",
  QCloudAuthentationV5Creator:
    "QCloudCore/Classes/Base/QCloudClientBase/Authentation/QCloudAuthentationV5Creator.h; initWithCredential: in QCloudAuthentationCreator.h",
  credential: "…/QCloudAuthentationCreator.h: initWithCredential:",
  forData: "…/QCloudAuthentationV5Creator.h: - (QCloudSignature *)signatureForData:(NSMutableURLRequest *)",
  QCloudCredential: "QCloudCore/Classes/Base/QCloudClientBase/Authentation/QCloudCredential.h",
  secretID: "…/QCloudCredential.h",
  secretKey: "…/QCloudCredential.h",
  token: "…/QCloudCredential.h",
  startDate: "…/QCloudCredential.h (QCloudAuthentationV5Creator.m signs from it when set)",
  expirationDate: "…/QCloudCredential.h",
  QCloudServiceConfiguration: "QCloudCore/Classes/Base/QCloudClientBase/Service/QCloudServiceConfiguration.h",
  endpoint: "…/QCloudServiceConfiguration.h",
  signatureProvider: "…/QCloudServiceConfiguration.h",
  QCloudCOSXMLEndPoint: "QCloudCOSXML/Classes/Base/QCloudCOSXMLEndPoint.h",
  regionName: "…/QCloudCOSXMLEndPoint.h",
  useHTTPS: "QCloudCore/…/Service/QCloudEndPoint.h",
  QCloudCOSTransferMangerService: "QCloudCOSXML/Classes/Transfer/QCloudCOSTransferMangerService.h",
  registerCOSTransferManger:
    "…/QCloudCOSTransferMangerService.h: + registerCOSTransferMangerWithConfiguration:withKey:",
  withKey: "…/QCloudCOSTransferMangerService.h",
  removeTransferMangerService: "…/QCloudCOSTransferMangerService.h: + removeTransferMangerServiceWithKey:",
  uploadObject:
    "…/QCloudCOSTransferMangerService.h: - UploadObject: (Swift lower-cases it, as QCloudCOSXMLDemoTests/QCloudCOSTransferTestsSwift.swift calls it)",
  QCloudCOSXMLUploadObjectRequest: "QCloudCOSXML/Classes/Transfer/request/QCloudCOSXMLUploadObjectRequest.h",
  bucket: "…/QCloudCOSXMLUploadObjectRequest.h",
  object: "…/QCloudCOSXMLUploadObjectRequest.h",
  body: "…/QCloudCOSXMLUploadObjectRequest.h",
  contentType: "…/QCloudCOSXMLUploadObjectRequest.h",
  mutilThreshold:
    "…/QCloudCOSXMLUploadObjectRequest.h: NSInteger, default 1 MB, at least 1 MB; multipart when length > it (.m)",
  sliceSize: "…/QCloudCOSXMLUploadObjectRequest.h: NSUInteger part size",
  customHeaders:
    "…/QCloudCOSXMLUploadObjectRequest.h: NSMutableDictionary, copied onto every request of the upload (.m)",
  setFinish: "…/QCloudCOSXMLUploadObjectRequest.h: - setFinishBlock: (as QCloudCOSTransferTestsSwift.swift calls it)",
  QCloudUploadObjectResult: "…/QCloudCOSXMLUploadObjectRequest.h (@class QCloudUploadObjectResult)",
};

/** Language, standard library and platform (Android, Foundation) names the snippets use. */
const PLATFORM = new Set([
  ...`package import class data val var fun private set override object return if else null true false try finally throw
  this super init let func final struct guard switch case in is as let Int Long Bool String Map Unit Any Error File
  Regex require lowercase takeIf matches extension length name absolutePath mutableMapOf entries joinToString
  optString optJSONObject getString getLong getJSONObject ifEmpty let apply message responseCode inputStream
  errorStream bufferedReader use readText orEmpty setRequestProperty openConnection disconnect encode URL URLEncoder
  HttpURLConnection JSONObject Context Volatile java io net org json android content com tencent cos xml model
  exception listener transfer qcloud core auth common example directtransfer
  Foundation URL URLComponents URLQueryItem URLRequest URLSession NSObject NSNumber NSMutableDictionary NSMutableURLRequest
  Date UUID FileManager HTTPURLResponse JSONSerialization LocalizedError Result Void UInt Int64 Double
  errorDescription doubleValue int64Value uuidString lastPathComponent pathExtension lowercased isEmpty path
  attributesOfItem atPath size default shared dataTask resume queryItems setValue forHTTPHeaderField statusCode
  jsonObject flatMap contains map value key success failure timeIntervalSince1970 resolvingAgainstBaseURL
  dictionary with escaping max nil where for Boolean to AnyObject _ self response continueBlock`.split(/\s+/),
  // Words of string templates nested inside templates, which the literal stripping below leaves.
  "UTF",
  "no",
]);

/** Identifiers outside comments and string literals. */
function identifiers(source: string): Set<string> {
  const code = source
    .replace(/\/\/[^\n]*/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return new Set(code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

/** Names the snippet declares itself (types, functions, properties, parameters, locals). */
function declared(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/\b(?:class|struct|fun|func|val|var|let|case \.\w+\(let)\s+`?([A-Za-z_]\w*)/g)) {
    names.add(match[1]);
  }
  for (const match of source.matchAll(/[(,]\s*(?:_\s+)?([a-z]\w*)(?:\s+[a-z]\w*)?\s*:/g)) {
    names.add(match[1]);
  }
  for (const match of source.matchAll(/\{\s*\(?([a-z]\w*)(?:,\s*([a-z]\w*))?\)?\s*(?:->|in\b)/g)) {
    names.add(match[1]);
    if (match[2] !== undefined) names.add(match[2]);
  }
  for (const match of source.matchAll(/\(name, value\)|\blimit ->|\bit\b/g)) {
    match[0].match(/[a-z]+/g)?.forEach((name) => names.add(name));
  }
  return names;
}

function unverified(file: string, sdk: Readonly<Record<string, string>>): string[] {
  const source = read(file);
  const own = declared(source);
  return [...identifiers(source)].filter((name) => !(name in sdk) && !PLATFORM.has(name) && !own.has(name)).sort();
}

test.each([
  ["examples/clients/android/DirectTransferUpload.kt", ANDROID_SDK],
  ["examples/clients/ios/DirectTransferUpload.swift", IOS_SDK],
])("%s uses only SDK names read in the SDK's source", (file, sdk) => {
  expect(unverified(file, sdk)).toEqual([]);
});

test("the Android snippet imports only classes at the packages the SDK declares them in", () => {
  const imports = [
    ...read("examples/clients/android/DirectTransferUpload.kt").matchAll(/^import (com\.tencent\.[\w.`]+)$/gm),
  ].map((m) => m[1].replace(/`/g, ""));
  for (const name of imports) {
    const simple = name.slice(name.lastIndexOf(".") + 1);
    const source = ANDROID_SDK[simple] ?? "";
    const folder = name.slice(0, name.lastIndexOf(".")).replace(/\./g, "/");
    expect({ name, declaredIn: source.includes(`${folder}/${simple}.java`) }).toEqual({ name, declaredIn: true });
  }
  expect(imports.length).toBeGreaterThan(10);
});

test("the Android snippet fetches a fresh app token on every key, never through SessionCredentialProvider", () => {
  const source = read("examples/clients/android/DirectTransferUpload.kt");

  expect(source).not.toMatch(/SessionCredentialProvider/);
  expect(source).toMatch(/override fun fetchNewCredentials\(\)[\s\S]*appToken\(\)/);
  expect(source).toMatch(/setDivisionForUpload\(settings\.multipartThresholdBytes\)/);
});

test("the iOS snippet carries the signature provider's glue to the fence queue", () => {
  const source = read("examples/clients/ios/DirectTransferUpload.swift");

  expect(source).toMatch(/func signature\(with fileds[\s\S]*fenceQueue\.performAction/);
  expect(source).toMatch(/fenceQueue\.delegate = self/);
  expect(source).toMatch(/configuration\.signatureProvider = signer/);
  expect(source).toMatch(/put\.mutilThreshold = /);
});

test.each([
  "examples/clients/web.js",
  "examples/clients/android/DirectTransferUpload.kt",
  "examples/clients/ios/DirectTransferUpload.swift",
])("docs/clients.md quotes %s as it is", (file) => {
  const page = read("docs/clients.md");
  const marker = `<!-- snippet: ${file} -->`;
  const at = page.indexOf(marker);
  expect(at).toBeGreaterThan(-1);
  const block = /```\w*\n([\s\S]*?)```/.exec(page.slice(at + marker.length))?.[1];
  expect(block).toBe(read(file));
});
