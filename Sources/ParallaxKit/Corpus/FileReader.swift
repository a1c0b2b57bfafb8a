import Foundation

/// One article's worth of input, before analysis: plain text with offsets
/// into the file, or blocks extracted from a page, feed item, record or
/// Markdown file.
struct LoadedDocument {
    enum Content {
        case text(SourceText)
        case extracted(ExtractedDocument, SourceFormat)
    }

    let path: String
    /// Set when one file holds several articles (feed items, JSONL lines).
    let id: String?
    let content: Content
    var warnings: [LoadWarning]
}

/// Reads one file into the articles it holds, by its format: the extension
/// says, and content that is plainly a web page or a feed says so whatever
/// the file is called.
enum FileReader {
    /// What one file gave: its articles, and problems with the file as a
    /// whole or with parts of it (a skipped file has a warning and no
    /// documents; a feed or a JSON Lines file may have both).
    struct Reading {
        var documents: [LoadedDocument] = []
        var warnings: [LoadWarning] = []
    }

    /// The extensions read from folders, by format.
    static let formats: [String: SourceFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "rss": .feed, "atom": .feed, "xml": .feed,
        "jsonl": .jsonl, "ndjson": .jsonl,
    ]

    /// The documents in `path`, and what was wrong with it.
    static func read(_ path: String) -> Reading {
        switch contents(of: path) {
        case .failure(let warning): return Reading(warnings: [warning])
        case .success(let bytes): return read(path, data: bytes)
        }
    }

    /// The documents in `data`, the bytes of the file `path`.
    static func read(_ path: String, data: Data) -> Reading {
        let ext = (path as NSString).pathExtension.lowercased()
        let format = sniff(data) ?? formats[ext] ?? .text
        switch format {
        case .text, .markdown:
            switch Decoding.source(data) {
            case .binary: return Reading(warnings: [LoadWarning(path: path, problem: .binary)])
            case .empty: return Reading(warnings: [LoadWarning(path: path, problem: .empty)])
            case .text(let source, let invalid):
                var warnings = invalid > 0 ? [LoadWarning(path: path, problem: .invalidUTF8(count: invalid))] : []
                if format == .markdown, let markdown = MarkdownReader.document(source, path: path) {
                    warnings += markdown.warnings
                    return Reading(documents: [LoadedDocument(path: path, id: nil,
                                                              content: .extracted(markdown.document, .markdown),
                                                              warnings: warnings)])
                }
                return Reading(documents: [LoadedDocument(path: path, id: nil, content: .text(source), warnings: warnings)])
            }
        case .html:
            switch WebPage.read(data) {
            case .success(let page):
                return Reading(documents: [LoadedDocument(path: path, id: nil, content: .extracted(page, .html),
                                                          warnings: [])])
            case .failure(let problem): return Reading(warnings: [LoadWarning(path: path, problem: problem)])
            }
        case .feed:
            return FeedReader.read(data, path: path)
        case .jsonl:
            return JSONLinesReader.read(data, path: path)
        }
    }

    /// Markup at the start of the file: a web page or a feed.
    static func sniff(_ data: Data) -> SourceFormat? {
        var head = data.prefix(1024)
        if head.starts(with: Decoding.utf8BOM) { head = head.dropFirst(3) }
        // Most files are text: when the first byte after white space is not "<", no markup opens
        // the file whatever its encoding (every byte is one character), and nothing is decoded.
        if !Decoding.isUTF16(head) {
            let first = head.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            guard first == UInt8(ascii: "<") else { return nil }
        }
        let decoded: String?
        if Decoding.isUTF16(head) {
            let bigEndian = head.starts(with: Decoding.utf16BEBOM)
            decoded = String(data: head.dropFirst(2).prefix(head.count / 2 * 2 - 2),
                             encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
        } else {
            decoded = String(data: head, encoding: .isoLatin1)
        }
        guard let text = decoded?.lowercased() else { return nil }
        let start = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard start.hasPrefix("<") else { return nil }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return .html }
        if text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:rdf") { return .feed }
        if text.contains("<html") || text.contains("<body") || text.contains("<head") { return .html }
        return nil
    }

    static func contents(of path: String) -> Result<Data, LoadWarning> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "open failed" : "permission denied"
            return .failure(LoadWarning(path: path, problem: .unreadable(reason)))
        }
        defer { try? handle.close() }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(LoadWarning(path: path, problem: .unreadable(error.localizedDescription)))
        }
    }
}
