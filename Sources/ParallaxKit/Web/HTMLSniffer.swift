import Foundation

/// Tells a saved web page from other files by its first bytes, for pages
/// that come without a Content-Type (local files, careless servers).
public enum HTMLSniffer {
    /// What the file looks like, when it is clearly not HTML: "a PDF
    /// document", "JSON"…; nil when it may be a web page.
    public static func notHTMLKind(_ data: Data) -> String? {
        let head = prefixText(data)
        guard let first = head.first(where: { !$0.isWhitespace }) else { return "an empty file" }
        if head.hasPrefix("%PDF") { return "a PDF document" }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) || data.starts(with: [0xFF, 0xD8, 0xFF]) || head.hasPrefix("GIF8") {
            return "an image"
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x1F, 0x8B]) { return "an archive" }
        if first == "{" || first == "[" { return "JSON" }
        guard first == "<" else { return "text without HTML markup" }
        let lower = head.lowercased()
        let isPage = ["<!doctype html", "<html", "<head", "<body", "<article", "<main", "<div", "<p>", "<p ", "<h1", "<title"]
            .contains { lower.contains($0) }
        // A feed has <title> too; it is read by the feed reader, not saved as a page.
        if ["<rss", "<feed", "<rdf:rdf"].contains(where: { lower.contains($0) }) && !lower.contains("<html") {
            return "a news feed, not a page"
        }
        return isPage ? nil : "markup that is not HTML"
    }

    /// The first 8 kB as text, a byte-order mark dropped and UTF-16
    /// reduced to its ASCII bytes (enough to find tags).
    private static func prefixText(_ data: Data) -> String {
        var bytes = Array(data.prefix(8192))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
