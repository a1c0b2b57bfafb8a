import Foundation

/// Why a page could not be fetched, worded for the person who typed the URL.
public enum FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not an http or https URL.
    case unsupportedURL
    /// No connection: host not found, connection refused, network down.
    case unreachable(String)
    /// The server answered with a status other than 2xx.
    case httpStatus(Int)
    /// The server said the body is something other than a web page.
    case notHTML(contentType: String)
    /// The body passed `limit` bytes (said up front or counted while reading).
    case tooLarge(limit: Int)
    /// More than `limit` redirects.
    case tooManyRedirects(limit: Int)
    /// A redirect to something other than http or https (file:, ftp:…).
    case badRedirect(String)
    /// No complete answer within `seconds`.
    case timedOut(seconds: Double)
    /// Anything else the transport reported (TLS, protocol errors).
    case failed(String)

    public var description: String {
        switch self {
        case .unsupportedURL: return "not an http or https address"
        case .unreachable(let reason): return "cannot reach the server (\(reason))"
        case .httpStatus(let code):
            let phrase = HTTPStatus.phrase(code)
            return "the server answered HTTP \(code)\(phrase.isEmpty ? "" : " (\(phrase))")"
        case .notHTML(let type): return "not a web page (Content-Type \(type))"
        case .tooLarge(let limit): return "larger than \(ByteCount.text(limit)), stopped reading"
        case .tooManyRedirects(let limit): return "more than \(limit) redirects"
        case .badRedirect(let target): return "redirected to \(target), which is not an http or https address"
        case .timedOut(let seconds): return "no complete answer within \(ByteCount.seconds(seconds)) (timed out)"
        case .failed(let reason): return reason
        }
    }
}

/// Reason phrases for the statuses a reader meets; the rest print the code alone.
enum HTTPStatus {
    static func phrase(_ code: Int) -> String {
        switch code {
        case 400: return "bad request"
        case 401: return "login required"
        case 403: return "forbidden"
        case 404: return "not found"
        case 410: return "gone"
        case 429: return "too many requests"
        case 451: return "unavailable for legal reasons"
        case 500: return "internal server error"
        case 502: return "bad gateway"
        case 503: return "service unavailable"
        case 504: return "gateway timeout"
        case 300..<400: return "redirect without a usable Location"
        default: return ""
        }
    }
}

/// Sizes and durations as a message shows them.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1_000_000, bytes % 1_000_000 == 0 { return "\(bytes / 1_000_000) MB" }
        if bytes >= 1_000, bytes % 1_000 == 0 { return "\(bytes / 1_000) kB" }
        return "\(bytes) bytes"
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
