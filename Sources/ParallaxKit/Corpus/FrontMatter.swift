/// Optional metadata at the top of an article file:
///
///     ---
///     title: Trump Hails Relations With Russia
///     outlet: RFE/RL
///     date: 2017-11-12
///     ---
///
/// Each line between the two `---` lines is `key: value`; the value is the
/// rest of the line, taken as written (no quoting rules). Keys are
/// case-insensitive. Values given here win over anything inferred.
public struct FrontMatter: Sendable, Equatable {
    public static let knownKeys: Set<String> = ["title", "outlet", "date", "url", "author"]

    public var fields: [String: String]
    /// The whole block, both `---` lines and the line break after the last.
    public let range: TextRange

    /// The most lines a front-matter block may have before it is taken for text.
    static let maxLines = 40

    /// Parses a block at the very start of `text` (after an optional BOM).
    public static func parse(_ text: SourceText) -> FrontMatter? {
        // Only the first lines can hold it: do not split the whole file.
        guard text.count >= 3, text[0] == "-" || text[0] == "\u{FEFF}" else { return nil }
        var end = 0, newlines = 0
        while end < text.count, newlines <= maxLines + 1 {
            if text[end] == "\n" { newlines += 1 }
            end += 1
        }
        let lines = text.lines(in: TextRange(0, end))
        guard let first = lines.first, isFence(text, first) else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst().prefix(maxLines) {
            if isFence(text, line) {
                var end = line.range.end
                if end < text.count, text[end] == "\r" { end += 1 }
                if end < text.count, text[end] == "\n" { end += 1 }
                return FrontMatter(fields: fields, range: TextRange(0, end))
            }
            if line.isBlank { continue }
            let content = text[line.content]
            guard let colon = content.firstIndex(of: ":") else { return nil }
            let key = content[..<colon].trimmingSpaces().lowercased()
            guard !key.isEmpty, !key.contains(" ") else { return nil }
            fields[key] = String(content[content.index(after: colon)...]).trimmingSpaces()
        }
        return nil
    }

    private static func isFence(_ text: SourceText, _ line: SourceLine) -> Bool {
        var content = text[line.content]
        if content.unicodeScalars.first == "\u{FEFF}" { content.unicodeScalars.removeFirst() }
        return content == "---"
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
