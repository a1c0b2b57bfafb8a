import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A page as the server sent it: the body's bytes untouched.
public struct FetchedPage: Sendable {
    public let data: Data
    /// Where the page was found, after redirects.
    public let url: URL
    /// The Content-Type header, if the server sent one.
    public let contentType: String?
}

/// Fetches one web page over http or https with the limits a command-line
/// tool needs: an overall deadline, a size cap that holds even when the
/// server sends no Content-Length, a redirect cap, and only the content
/// types asked for (a PDF is refused at its headers, not after downloading it).
///
/// URLSession (libcurl underneath on Linux) does the transport; a delegate
/// watches headers, redirects and every chunk so each limit stops the
/// transfer the moment it is passed.
///
/// Known cost: while the request is sent and no answer has come yet,
/// swift-corelibs-foundation keeps re-arming a write watch on the socket
/// and spins a core (seen with Swift 6.3). A slow server therefore costs
/// CPU until it answers or the deadline passes; pages from ordinary
/// servers answer in well under a second.
public struct PageFetcher: Sendable {
    public var userAgent: String
    /// The whole fetch, redirects included.
    public var timeout: TimeInterval
    /// Connecting, and any silence between two chunks.
    public var idleTimeout: TimeInterval
    public var maxBytes: Int
    public var maxRedirects: Int
    /// Media types accepted ("text/html"); empty accepts any. A response
    /// without a Content-Type passes, for the caller to sniff.
    public var acceptedTypes: Set<String>

    public static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    public init(userAgent: String, timeout: TimeInterval = 30, idleTimeout: TimeInterval = 15,
                maxBytes: Int = 10_000_000, maxRedirects: Int = 5, acceptedTypes: Set<String> = htmlTypes) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.idleTimeout = min(idleTimeout, timeout)
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.acceptedTypes = acceptedTypes
    }

    /// Whether `text` is an address this fetcher takes (http or https).
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches `url`, blocking the calling thread until done or failed.
    public func fetch(_ url: URL) -> Result<FetchedPage, FetchFailure> {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return .failure(.unsupportedURL) }

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = idleTimeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
        configuration.urlCache = nil
        let watcher = TransferWatcher(limits: self)
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: watcher, delegateQueue: queue)
        defer { session.invalidateAndCancel() }

        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: idleTimeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        task.resume()
        // Our own deadline as well as URLSession's: it holds whatever the
        // transport does with timeoutIntervalForResource.
        if watcher.done.wait(timeout: .now() + timeout) == .timedOut {
            watcher.fail(.timedOut(seconds: timeout))
            task.cancel()
            _ = watcher.done.wait(timeout: .now() + 2)
        }
        return watcher.result(for: url)
    }
}

/// The delegate of one fetch: applies the limits as the transfer goes and
/// keeps the outcome. Callbacks arrive on a serial queue while the caller
/// waits on `done`; the lock makes reading the outcome afterwards safe.
private final class TransferWatcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let limits: PageFetcher
    private let lock = NSLock()
    private var body = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var failure: FetchFailure?
    private var transportError: Error?
    private var finished = false

    init(limits: PageFetcher) {
        self.limits = limits
    }

    /// Records the first reason the fetch fails; later ones are its echoes
    /// (a cancelled task reports "cancelled").
    func fail(_ reason: FetchFailure) {
        lock.withLock { if failure == nil { failure = reason } }
    }

    func result(for url: URL) -> Result<FetchedPage, FetchFailure> {
        lock.withLock {
            if let failure { return .failure(failure) }
            if let transportError { return .failure(describe(transportError)) }
            guard finished, let response else { return .failure(.failed("no answer from the server")) }
            return .success(FetchedPage(data: body, url: response.url ?? url,
                                        contentType: response.value(forHTTPHeaderField: "Content-Type")))
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let count = lock.withLock { redirects += 1; return redirects }
        if count > limits.maxRedirects {
            fail(.tooManyRedirects(limit: limits.maxRedirects))
            completionHandler(nil)
            task.cancel()
        } else if let target = request.url, !PageFetcher.isWebAddress(target.absoluteString) {
            fail(.badRedirect(target.absoluteString))
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            fail(.failed("not an HTTP answer"))
            return completionHandler(.cancel)
        }
        lock.withLock { self.response = http }
        if !(200..<300).contains(http.statusCode) {
            fail(.httpStatus(http.statusCode))
            return completionHandler(.cancel)
        }
        if let type = http.value(forHTTPHeaderField: "Content-Type"), !limits.acceptedTypes.isEmpty {
            let mediaType = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if !limits.acceptedTypes.contains(mediaType) {
                fail(.notHTML(contentType: mediaType.isEmpty ? type : mediaType))
                return completionHandler(.cancel)
            }
        }
        if http.expectedContentLength > Int64(limits.maxBytes) {
            fail(.tooLarge(limit: limits.maxBytes))
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge = lock.withLock {
            body.append(data)
            return body.count > limits.maxBytes
        }
        if tooLarge {
            fail(.tooLarge(limit: limits.maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            transportError = error
            finished = true
        }
        done.signal()
    }

    /// A transport error as the reason a person can act on.
    private func describe(_ error: Error) -> FetchFailure {
        guard let urlError = error as? URLError else { return .failed((error as NSError).localizedDescription) }
        switch urlError.code {
        case .cannotFindHost, .dnsLookupFailed: return .unreachable("host not found")
        case .cannotConnectToHost: return .unreachable("connection refused or no route to the host")
        case .notConnectedToInternet: return .unreachable("no network connection")
        case .networkConnectionLost: return .unreachable("the connection was lost")
        case .timedOut: return .timedOut(seconds: limits.timeout)
        case .httpTooManyRedirects, .redirectToNonExistentLocation: return .tooManyRedirects(limit: limits.maxRedirects)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .failed("secure connection failed (\(urlError.localizedDescription))")
        case .unsupportedURL, .badURL: return .unsupportedURL
        default: return .failed(urlError.localizedDescription)
        }
    }
}
