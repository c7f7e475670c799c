// Android upload with the COS XML SDK (com.qcloud.cos:cos-android, checked against 5.9.51): a temporary key from the
// key service, then straight to COS. `UploadSettings` holds your environment's outputs/<env>.json values.
package com.example.directtransfer

import android.content.Context
import com.tencent.cos.xml.CosXmlServiceConfig
import com.tencent.cos.xml.CosXmlSimpleService
import com.tencent.cos.xml.exception.CosXmlClientException
import com.tencent.cos.xml.exception.CosXmlServiceException
import com.tencent.cos.xml.listener.CosXmlResultListener
import com.tencent.cos.xml.model.CosXmlRequest
import com.tencent.cos.xml.model.CosXmlResult
import com.tencent.cos.xml.model.`object`.PutObjectRequest
import com.tencent.cos.xml.transfer.COSXMLUploadTask
import com.tencent.cos.xml.transfer.TransferConfig
import com.tencent.cos.xml.transfer.TransferManager
import com.tencent.qcloud.core.auth.BasicLifecycleCredentialProvider
import com.tencent.qcloud.core.auth.QCloudLifecycleCredentials
import com.tencent.qcloud.core.auth.SessionQCloudCredentials
import com.tencent.qcloud.core.common.QCloudClientException
import org.json.JSONObject
import java.io.File
import java.net.HttpURLConnection
import java.net.URL
import java.net.URLEncoder

/** From outputs/<env>.json: keyService.url, region and uploadLimits. */
data class UploadSettings(
    val keyServiceUrl: String,
    val region: String,
    val maxObjectBytes: Long?,
    val multipartUpload: Boolean,
    val multipartThresholdBytes: Long,
    val partSizeBytes: Long,
)

/** The key service refused: `code` and the message are its own (`403 ContentTypeNotAllowed`, …). */
class KeyServiceException(val status: Int, val code: String, message: String) : QCloudClientException(message)

/**
 * Keys for one upload. The SDK calls `fetchNewCredentials()` whenever its key is no longer valid; every call sends
 * the app token of that moment (`appToken()`), and in object mode renews the key for the same object with the
 * first answer's `uploadTicket`.
 */
class KeyServiceCredentialProvider(
    private val settings: UploadSettings,
    private val appToken: () -> String,
    private val contentType: String,
    private val ext: String?,
) : BasicLifecycleCredentialProvider() {
    @Volatile
    var bucket: String? = null
        private set

    @Volatile
    var objectKey: String? = null
        private set

    @Volatile
    var allowPrefix: String? = null
        private set

    @Volatile
    private var ticket: String? = null

    override fun fetchNewCredentials(): QCloudLifecycleCredentials {
        val params = mutableMapOf("scope" to "upload", "contentType" to contentType)
        ext?.let { params["ext"] = it }
        ticket?.let { params["uploadTicket"] = it }
        val body = getKey(params)
        val key = body.optString("key").ifEmpty { null }
        if (objectKey != null && key != objectKey) {
            throw QCloudClientException("the renewed key is for $key, not $objectKey")
        }
        bucket = body.getString("bucket")
        allowPrefix = body.getString("allowPrefix")
        objectKey = key
        ticket = body.optString("uploadTicket").ifEmpty { ticket }
        val credentials = body.getJSONObject("credentials")
        // startTime is the server's clock: requests are signed for the right time even when the device's is off.
        return SessionQCloudCredentials(
            credentials.getString("tmpSecretId"),
            credentials.getString("tmpSecretKey"),
            credentials.getString("sessionToken"),
            body.getLong("startTime"),
            body.getLong("expiredTime"),
        )
    }

    private fun getKey(params: Map<String, String>): JSONObject {
        val query = params.entries.joinToString("&") { (name, value) -> "$name=${URLEncoder.encode(value, "UTF-8")}" }
        val connection = URL("${settings.keyServiceUrl}?$query").openConnection() as HttpURLConnection
        try {
            connection.setRequestProperty("Authorization", "Bearer ${appToken()}")
            val status = connection.responseCode
            val stream = if (status in 200..299) connection.inputStream else connection.errorStream
            val body = JSONObject(stream?.bufferedReader()?.use { it.readText() }.orEmpty().ifEmpty { "{}" })
            if (status !in 200..299) {
                val error = body.optJSONObject("error") ?: JSONObject()
                throw KeyServiceException(status, error.optString("code"), error.optString("message", "HTTP $status"))
            }
            return body
        } finally {
            connection.disconnect()
        }
    }
}

/**
 * Uploads `file` and reports to `listener`. Call it off the main thread: it fetches the first key before the upload
 * starts, so a refusal throws [KeyServiceException] with the key service's own message.
 */
fun upload(
    context: Context,
    settings: UploadSettings,
    appToken: () -> String,
    file: File,
    contentType: String,
    listener: CosXmlResultListener,
): COSXMLUploadTask {
    settings.maxObjectBytes?.let { limit ->
        require(file.length() <= limit) { "${file.name} is ${file.length()} bytes; this environment accepts files up to $limit bytes" }
    }
    val ext = file.extension.lowercase().takeIf { Regex("[a-z0-9]{1,10}").matches(it) }
    // One provider (and service) per upload: its key is for this upload's type, and in object mode for its object.
    val provider = KeyServiceCredentialProvider(settings, appToken, contentType, ext)
    provider.getCredentials()
    val service = CosXmlSimpleService(context, CosXmlServiceConfig.Builder().setRegion(settings.region).isHttps(true).builder(), provider)
    val transferConfig = TransferConfig.Builder()
        // Files from this size on go in parts of partSizeBytes; with no multipart upload granted, never.
        .setDivisionForUpload(settings.multipartThresholdBytes)
        .setSliceSizeForUpload(settings.partSizeBytes)
        .setForceSimpleUpload(!settings.multipartUpload)
        .build()
    val key = provider.objectKey ?: "${provider.allowPrefix}${file.name}"
    val request = PutObjectRequest(provider.bucket, key, file.absolutePath)
    // Headers set here go on every request of the upload, the multipart ones too; false: sent as is, not URL-encoded.
    request.setRequestHeaders("Content-Type", contentType, false)
    if (provider.objectKey != null) {
        // Optional, no policy requires it: on a bucket without versioning it refuses to replace an object (409).
        request.setRequestHeaders("x-cos-forbid-overwrite", "true", false)
    }
    val task = TransferManager(service, transferConfig).upload(request, null)
    task.setCosXmlResultListener(listener)
    return task
}

/** A listener that hands the outcome to your code; COS's refusals carry COS's error code. */
fun resultListener(onDone: (CosXmlResult) -> Unit, onError: (String) -> Unit) = object : CosXmlResultListener {
    override fun onSuccess(request: CosXmlRequest, result: CosXmlResult) = onDone(result)

    override fun onFail(request: CosXmlRequest, clientException: CosXmlClientException?, serviceException: CosXmlServiceException?) {
        onError(serviceException?.let { "COS ${it.errorCode}: ${it.errorMessage}" } ?: clientException?.message ?: "upload failed")
    }
}
