import Foundation

/// Something wrong with one input file. The file is skipped or read with
/// repairs; the rest of the corpus loads normally.
public struct LoadWarning: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Error, Sendable, Equatable {
        /// Not valid UTF-8: read with U+FFFD in place of `count` bad sequences.
        case invalidUTF8(count: Int)
        /// Holds NUL bytes: a binary file, skipped.
        case binary
        /// Empty or white space only, skipped.
        case empty
        /// Could not be read (permissions, I/O error), skipped.
        case unreadable(String)
        /// A front-matter value that does not parse; the value is ignored.
        case badFrontMatter(key: String, value: String)
        /// A web page in which no article text was found, skipped.
        case noArticleText
        /// A page or feed libxml2 could not read at all, skipped.
        case badMarkup(String)
        /// An XML file that is not an RSS or Atom feed (its root element is
        /// `root`), skipped.
        case notAFeed(root: String)
        /// A feed without items, skipped.
        case emptyFeed
        /// Feed items that carry a summary only: listed with the summary.
        case summaryOnly(items: Int)
        /// A JSON Lines record that is not an article, skipped (the file's
        /// other lines load).
        case badRecord(line: Int, reason: String)
    }

    public let path: String
    public let problem: Problem

    public var isSkipped: Bool {
        switch problem {
        case .binary, .empty, .unreadable, .noArticleText, .badMarkup, .notAFeed, .emptyFeed: return true
        case .invalidUTF8, .badFrontMatter, .summaryOnly, .badRecord: return false
        }
    }

    public var description: String {
        switch problem {
        case .invalidUTF8(let count):
            return "\(path): not valid UTF-8 (\(count) bad byte sequence\(count == 1 ? "" : "s") shown as \u{FFFD})"
        case .binary: return "\(path): binary file (contains NUL bytes), skipped"
        case .empty: return "\(path): empty file, skipped"
        case .unreadable(let reason): return "\(path): cannot be read (\(reason)), skipped"
        case .badFrontMatter(let key, let value):
            return "\(path): front matter \(key) \"\(value)\" is not understood, ignored"
        case .noArticleText: return "\(path): no article text found in the page, skipped"
        case .badMarkup(let reason): return "\(path): \(reason), skipped"
        case .notAFeed(let root): return "\(path): XML but not an RSS or Atom feed (<\(root)>), skipped"
        case .emptyFeed: return "\(path): the feed has no items, skipped"
        case .summaryOnly(let items):
            let count = items == 1 ? "1 item carries" : "\(items) items carry"
            return "\(path): \(count) only a summary (the full text is not in the feed)"
        case .badRecord(let line, let reason): return "\(path):\(line): \(reason), line skipped"
        }
    }
}

/// Why a corpus could not be loaded at all.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    /// No file under the paths held an article; `warnings` say why the
    /// files that were found were skipped.
    case noArticles([String], warnings: [LoadWarning] = [])

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .noArticles(let paths, _):
            return "no articles found in \(paths.joined(separator: ", ")) (looked for .txt, .md, .html, .rss, .atom, .xml and .jsonl files)"
        }
    }
}
