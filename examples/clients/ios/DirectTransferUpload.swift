// iOS upload with QCloudCOSXML (pod 'QCloudCOSXML', checked against 6.5.5): a temporary key from the key service,
// then straight to COS. `UploadSettings` holds your environment's outputs/<env>.json values.
import Foundation
import QCloudCOSXML

/// From outputs/<env>.json: keyService.url, region and uploadLimits.
struct UploadSettings {
    let keyServiceURL: URL
    let region: String
    let maxObjectBytes: Int64?
    let multipartUpload: Bool
    let multipartThresholdBytes: Int
    let partSizeBytes: Int
}

/// The key service refused: `code` and `message` are its own (`403 ContentTypeNotAllowed`, …).
struct KeyServiceError: LocalizedError {
    let status: Int
    let code: String
    let message: String
    var errorDescription: String? { message }
}

/// Keys for one upload. The SDK asks the signature provider for every request; the fence queue holds requests while
/// a key is fetched and asks its delegate only when it has no valid key. Every fetch sends the app token of that
/// moment (`appToken()`), and in object mode renews the key for the same object with the first answer's `uploadTicket`.
final class KeyServiceSigner: NSObject, QCloudSignatureProvider, QCloudCredentailFenceQueueDelegate {
    private let settings: UploadSettings
    private let appToken: () -> String
    private let params: [String: String]
    private let fenceQueue = QCloudCredentailFenceQueue()
    private var first: [String: Any]?
    private var ticket: String?
    private(set) var bucket = ""
    private(set) var allowPrefix = ""
    private(set) var objectKey: String?

    init(settings: UploadSettings, appToken: @escaping () -> String, contentType: String, ext: String?) {
        self.settings = settings
        self.appToken = appToken
        var params = ["scope": "upload", "contentType": contentType]
        if let ext = ext { params["ext"] = ext }
        self.params = params
        super.init()
        fenceQueue.delegate = self
    }

    /// Fetches the first key, so that a refusal reaches the caller with the key service's own message.
    func prepare(_ done: @escaping (Error?) -> Void) {
        fetchKey(params) { result in
            switch result {
            case .success(let body):
                self.first = body
                done(nil)
            case .failure(let error):
                done(error)
            }
        }
    }

    // QCloudSignatureProvider: the glue that hands every request to the fence queue.
    func signature(with fileds: QCloudSignatureFields!, request: QCloudBizHTTPRequest!, urlRequest urlRequst: NSMutableURLRequest!, compelete continueBlock: QCloudHTTPAuthentationContinueBlock!) {
        fenceQueue.performAction { creator, error in
            if let error = error {
                continueBlock(nil, error)
            } else {
                continueBlock(creator?.signature(forData: urlRequst), nil)
            }
        }
    }

    // QCloudCredentailFenceQueueDelegate: called when the queue has no valid key (first, and when it nears its end).
    func fenceQueue(_ queue: QCloudCredentailFenceQueue!, requestCreatorWithContinue continueBlock: QCloudCredentailFenceQueueContinue!) {
        let answer: (Result<[String: Any], Error>) -> Void = { result in
            switch result {
            case .success(let body):
                continueBlock(QCloudAuthentationV5Creator(credential: self.credential(body)), nil)
            case .failure(let error):
                continueBlock(nil, error)
            }
        }
        if let body = first {
            first = nil
            answer(.success(body))
        } else if objectKey == nil {
            fetchKey(params, answer)
        } else if let ticket = ticket {
            var renewal = params
            renewal["uploadTicket"] = ticket
            fetchKey(renewal, answer)
        } else {
            answer(.failure(KeyServiceError(status: 0, code: "NoUploadTicket", message: "the key service sent no uploadTicket, so this upload cannot outlive its key")))
        }
    }

    private func credential(_ body: [String: Any]) -> QCloudCredential {
        let keys = body["credentials"] as? [String: Any] ?? [:]
        let credential = QCloudCredential()
        credential.secretID = keys["tmpSecretId"] as? String ?? ""
        credential.secretKey = keys["tmpSecretKey"] as? String ?? ""
        credential.token = keys["sessionToken"] as? String ?? ""
        // startTime is the server's clock: requests are signed for the right time even when the device's is off.
        credential.startDate = Date(timeIntervalSince1970: (body["startTime"] as? NSNumber)?.doubleValue ?? 0)
        credential.expirationDate = Date(timeIntervalSince1970: (body["expiredTime"] as? NSNumber)?.doubleValue ?? 0)
        return credential
    }

    private func fetchKey(_ query: [String: String], _ done: @escaping (Result<[String: Any], Error>) -> Void) {
        var components = URLComponents(url: settings.keyServiceURL, resolvingAgainstBaseURL: false)!
        components.queryItems = query.map { URLQueryItem(name: $0.key, value: $0.value) }
        var request = URLRequest(url: components.url!)
        request.setValue("Bearer \(appToken())", forHTTPHeaderField: "Authorization")
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error = error { return done(.failure(error)) }
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            let body = (data.flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]) ?? [:]
            guard (200..<300).contains(status) else {
                let error = body["error"] as? [String: Any] ?? [:]
                return done(.failure(KeyServiceError(status: status, code: error["code"] as? String ?? "", message: error["message"] as? String ?? "HTTP \(status)")))
            }
            let key = body["key"] as? String
            if let named = self.objectKey, key != named {
                return done(.failure(KeyServiceError(status: status, code: "KeyChanged", message: "the renewed key is for \(key ?? "no object"), not \(named)")))
            }
            self.bucket = body["bucket"] as? String ?? ""
            self.allowPrefix = body["allowPrefix"] as? String ?? ""
            self.objectKey = key
            self.ticket = body["uploadTicket"] as? String ?? self.ticket
            done(.success(body))
        }.resume()
    }
}

/// Uploads `file`; `done` gets the SDK's result or the first refusal (the key service's own, or COS's).
func upload(file: URL, contentType: String, settings: UploadSettings, appToken: @escaping () -> String, done: @escaping (QCloudUploadObjectResult?, Error?) -> Void) {
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value ?? 0
    if let limit = settings.maxObjectBytes, size > limit {
        return done(nil, KeyServiceError(status: 0, code: "FileTooLarge", message: "\(file.lastPathComponent) is \(size) bytes; this environment accepts files up to \(limit) bytes"))
    }
    let ext = file.pathExtension.lowercased()
    // One signer and transfer manager per upload: the key is for this upload's type, in object mode for its object.
    let signer = KeyServiceSigner(settings: settings, appToken: appToken, contentType: contentType, ext: ext.isEmpty ? nil : ext)
    signer.prepare { error in
        if let error = error { return done(nil, error) }
        let configuration = QCloudServiceConfiguration()
        let endpoint = QCloudCOSXMLEndPoint()
        endpoint.regionName = settings.region
        endpoint.useHTTPS = true
        configuration.endpoint = endpoint
        configuration.signatureProvider = signer
        let managerKey = UUID().uuidString
        let manager = QCloudCOSTransferMangerService.registerCOSTransferManger(with: configuration, withKey: managerKey)
        let put = QCloudCOSXMLUploadObjectRequest<AnyObject>()
        put.bucket = signer.bucket
        put.object = signer.objectKey ?? signer.allowPrefix + file.lastPathComponent
        put.body = file as AnyObject
        put.contentType = contentType
        // Files above the threshold go in parts of sliceSize; with no multipart upload granted, never.
        put.mutilThreshold = settings.multipartUpload ? settings.multipartThresholdBytes : Int.max
        put.sliceSize = UInt(settings.partSizeBytes)
        if signer.objectKey != nil {
            // Optional, no policy requires it: on a bucket without versioning it refuses to replace an object (409).
            put.customHeaders = NSMutableDictionary(dictionary: ["x-cos-forbid-overwrite": "true"])
        }
        put.setFinish { result, error in
            QCloudCOSTransferMangerService.removeTransferMangerService(withKey: managerKey)
            done(result, error)
        }
        manager.uploadObject(put)
    }
}
