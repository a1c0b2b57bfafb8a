import Foundation

/// A page `parallax add` saved.
public struct AddedPage: Sendable {
    /// The URL or file as given.
    public let source: String
    /// The new file in the corpus folder.
    public let file: URL
    /// What the reader will make of it: title, outlet, date, body.
    public let document: ExtractedDocument
}

/// Why a page was not added; nothing is written in any of these cases.
public enum AddFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case fetch(FetchFailure)
    case noSuchFile
    case unreadable(String)
    case tooLarge(limit: Int)
    /// What the bytes are instead ("a PDF document").
    case notHTML(String)
    /// The page was read but holds no article (or could not be parsed).
    case noArticle(LoadWarning.Problem)
    case cannotSave(String)

    public var description: String {
        switch self {
        case .fetch(let failure): return failure.description
        case .noSuchFile: return "no such file"
        case .unreadable(let reason): return "cannot be read (\(reason))"
        case .tooLarge(let limit): return "larger than \(ByteCount.text(limit))"
        case .notHTML(let kind): return "not a web page (\(kind))"
        case .noArticle(.noArticleText):
            return "no article text found in the page (a home page or an index, or a page that needs JavaScript?)"
        case .noArticle(.binary): return "not a web page (binary data)"
        case .noArticle(.empty): return "the page is empty"
        case .noArticle(.badMarkup(let reason)): return reason
        case .noArticle(let problem): return "\(LoadWarning(path: "page", problem: problem))"
        case .cannotSave(let reason): return reason
        }
    }
}

/// Adds web pages to a corpus folder: fetches a URL or reads a saved file,
/// checks that it is a web page with an article in it, and saves its bytes
/// exactly as they came under a name made of outlet, date and title.
public struct PageAdder: Sendable {
    public var fetcher: PageFetcher
    public var folder: URL

    public init(fetcher: PageFetcher, folder: URL) {
        self.fetcher = fetcher
        self.folder = folder
    }

    /// Adds `source`: an http(s) URL, else a local file path.
    public func add(_ source: String) -> Result<AddedPage, AddFailure> {
        if PageFetcher.isWebAddress(source) {
            guard let url = URL(string: source) else { return .failure(.fetch(.unsupportedURL)) }
            switch fetcher.fetch(url) {
            case .failure(let failure): return .failure(.fetch(failure))
            case .success(let page):
                // A server that names the type is taken at its word; without one, sniff.
                if page.contentType == nil, let kind = HTMLSniffer.notHTMLKind(page.data) { return .failure(.notHTML(kind)) }
                return save(page.data, source: source, fallbackURL: page.url)
            }
        }
        let path = source.hasPrefix("file://") ? (URL(string: source)?.path ?? source) : source
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(.noSuchFile) }
        if isFolder.boolValue { return .failure(.unreadable("a folder, not a file")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > fetcher.maxBytes {
            return .failure(.tooLarge(limit: fetcher.maxBytes))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable((error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription))
        }
        if let kind = HTMLSniffer.notHTMLKind(data) { return .failure(.notHTML(kind)) }
        return save(data, source: source, fallbackURL: URL(fileURLWithPath: path))
    }

    /// Reads `data` as a page and saves it if it holds an article.
    /// `fallbackURL` names a page without a title or outlet: its host and
    /// last path component.
    func save(_ data: Data, source: String, fallbackURL: URL) -> Result<AddedPage, AddFailure> {
        let document: ExtractedDocument
        switch WebPage.read(data) {
        case .failure(let problem): return .failure(.noArticle(problem))
        case .success(let read): document = read
        }
        let stem = SavedPageName.stem(outlet: document.outlet ?? Self.siteName(fallbackURL), date: document.date,
                                      title: document.title ?? Self.pageName(fallbackURL))
        do {
            let file = try SavedPageWriter.save(data, stem: stem, in: folder)
            return .success(AddedPage(source: source, file: file, document: document))
        } catch {
            return .failure(.cannotSave("\(error)"))
        }
    }

    /// The host without "www.", for a page that names no outlet.
    static func siteName(_ url: URL) -> String? {
        guard !url.isFileURL, var host = url.host, !host.isEmpty else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    /// The last path component without extension, for a page without a title.
    static func pageName(_ url: URL) -> String? {
        let name = url.deletingPathExtension().lastPathComponent
        return name.isEmpty || name == "/" ? nil : name
    }
}
