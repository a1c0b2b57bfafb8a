import Yams

/// Optional metadata at the top of an article file:
///
///     ---
///     title: "Trump: 'No Deal' With Russia"
///     outlet: RFE/RL
///     date: 2017-11-12
///     author: [A. Writer, B. Reporter]
///     ---
///
/// The block between the two `---` lines is read as YAML (quoted values
/// unquoted, lists as lists). A block that is not valid YAML, such as
/// `title: Trump: No deal`, is read line by line instead: each line is
/// `key: value`, the value the rest of the line as written. Keys are
/// case-insensitive. Values given here win over anything inferred.
public struct FrontMatter: Sendable, Equatable {
    public static let knownKeys: Set<String> = ["title", "outlet", "date", "url", "author"]

    /// Each key's value as text; a list's items joined by ", ".
    public var fields: [String: String]
    /// The values that were YAML lists (`author: [A, B]`), item by item.
    public var lists: [String: [String]]
    /// The whole block, both `---` lines and the line break after the last.
    public let range: TextRange

    /// Keys whose values are free text, in which " #" is more likely a
    /// hashtag than a YAML comment.
    static let freeTextKeys: Set<String> = ["title", "outlet", "author", "authors"]

    /// The most lines a front-matter block may have before it is taken for text.
    static let maxLines = 40

    public init(fields: [String: String], lists: [String: [String]] = [:], range: TextRange) {
        self.fields = fields
        self.lists = lists
        self.range = range
    }

    /// The authors named by `author` (or `authors`): a list's items, or a
    /// text such as "A, B and C".
    public var authors: [String] {
        for key in ["author", "authors"] {
            if let list = lists[key] { return list.map { $0.trimmingSpaces() }.filter { !$0.isEmpty } }
            if let field = fields[key], !field.isEmpty { return ArticleBuilder.authors(in: field) }
        }
        return []
    }

    /// Parses a block at the very start of `text` (after an optional BOM).
    public static func parse(_ text: SourceText) -> FrontMatter? {
        guard let (range, inner) = block(text) else { return nil }
        if let yaml = yamlFields(text, inner) {
            return FrontMatter(fields: yaml.fields, lists: yaml.lists, range: range)
        }
        return lineFields(text, inner).map { FrontMatter(fields: $0, range: range) }
    }

    /// Where the front matter `parse` reads is, without parsing YAML when
    /// its lines are plain "key: value" lines (either reading then
    /// succeeds). Furniture keys need only where it ends: parsing the YAML
    /// of every file twice was a percent of a cold build.
    static func range(in text: SourceText) -> TextRange? {
        guard let (range, inner) = block(text) else { return nil }
        return lineFields(text, inner) != nil || yamlFields(text, inner) != nil ? range : nil
    }

    /// The block between "---" fences at the start of `text`, and its lines.
    private static func block(_ text: SourceText) -> (range: TextRange, inner: [SourceLine])? {
        // Only the first lines can hold it: do not split the whole file. The
        // closing fence is mostly a few lines down, and an article's first
        // lines may be most of it: a few lines are split first, then more.
        guard text.count >= 3, text[0] == "-" || text[0] == "\u{FEFF}" else { return nil }
        var wanted = 8
        while true {
            // The lines up to the `wanted`-th line break: all whole but the last.
            var end = 0, newlines = 0
            while end < text.count, newlines < wanted {
                if text[end] == "\n" { newlines += 1 }
                end += 1
            }
            let lines = text.lines(in: TextRange(0, end))
            guard let first = lines.first, isFence(text, first) else { return nil }
            if let close = lines.dropFirst().prefix(maxLines).firstIndex(where: { isFence(text, $0) }) {
                var blockEnd = lines[close].range.end
                if blockEnd < text.count, text[blockEnd] == "\r" { blockEnd += 1 }
                if blockEnd < text.count, text[blockEnd] == "\n" { blockEnd += 1 }
                return (TextRange(0, blockEnd), Array(lines[1..<close]))
            }
            // The last line split is empty (the text goes on after the
            // `wanted`-th line break), and no fence: none is missed.
            guard end < text.count, wanted < maxLines + 2 else { return nil }
            wanted = min(wanted * 4, maxLines + 2)
        }
    }

    /// The block read as a YAML mapping whose keys are single words; nil
    /// when it is not one.
    private static func yamlFields(_ text: SourceText, _ lines: [SourceLine])
        -> (fields: [String: String], lists: [String: [String]])? {
        let rawLines = lines.map { text[$0.range] }
        if let plain = plainFields(rawLines) { return (plain, [:]) }
        return composedFields(rawLines)
    }

    /// The block as `composedFields` reads it, when every line is a plain
    /// `key: value` pair that YAML reads as written: nil when a line needs
    /// the parser. Most front matter is such lines, and composing it with
    /// Yams was about 1% of a cold build's instructions.
    ///
    /// A line qualifies when its key is a word of ASCII letters, digits,
    /// "_" and "-" that starts with a letter and is short (libyaml takes
    /// no key of over 1,024 characters), then ": ", then a value that YAML
    /// takes as a plain scalar of one line: it does not start with an
    /// indicator (quotes, brackets, "-", "#", "&", "|"...), holds no ": "
    /// and no " #", does not end in ":", is no null ("~", "null", "Null",
    /// "NULL"), and has only scalars YAML prints and no line break of its
    /// own (U+2028, U+2029). Blank lines are spaces only; a line that
    /// starts with a space (which would continue the one before) and a key
    /// given twice need the parser.
    static func plainFields(_ lines: [String]) -> [String: String]? {
        var fields: [String: String] = [:]
        for line in lines {
            let s = line.unicodeScalars
            if s.allSatisfy({ $0 == " " }) { continue }
            guard let colon = s.firstIndex(of: ":"), colon > s.startIndex,
                  s[s.startIndex].isASCIILetter, s.distance(from: s.startIndex, to: colon) <= maxPlainKey,
                  s[..<colon].allSatisfy(\.isPlainKeyScalar)
            else { return nil }
            var start = s.index(after: colon)
            guard start < s.endIndex, s[start] == " " else { return nil }
            while start < s.endIndex, s[start] == " " { start = s.index(after: start) }
            let value = s[start...]
            guard let first = value.first, !plainIndicators.contains(first) else { return nil }
            var previous = first
            for c in value.dropFirst() {
                if c == " " && previous == ":" { return nil }
                if c == "#" && previous == " " { return nil }
                previous = c
            }
            guard previous != ":", value.allSatisfy(\.isPlainValueScalar) else { return nil }
            // A null reads as an empty value, and "null" with white space
            // YAML keeps (U+00A0) as no null: both are left to the parser.
            let written = String(value).trimmingSpaces()
            let key = String(s[..<colon]).lowercased()
            guard !yamlNulls.contains(written), fields[key] == nil else { return nil }
            fields[key] = written
        }
        return fields
    }

    /// Scalars that open something other than a plain scalar in YAML.
    private static let plainIndicators: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    /// The longest key read without the parser.
    private static let maxPlainKey = 64
    /// What YAML reads as null: `composedFields` makes each an empty value.
    private static let yamlNulls: Set<String> = ["~", "null", "Null", "NULL"]

    /// The block composed by Yams as a YAML mapping whose keys are single
    /// words; nil when it is not one.
    static func composedFields(_ rawLines: [String])
        -> (fields: [String: String], lists: [String: [String]])? {
        let yaml = rawLines.joined(separator: "\n")
        if yaml.trimmingSpaces().isEmpty { return ([:], [:]) }
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return nil }
        var fields: [String: String] = [:]
        var lists: [String: [String]] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string.trimmingSpaces().lowercased(), !key.isEmpty,
                  !(key.utf8.contains(0x20) && key.contains(" "))
            else { return nil }
            if let scalar = value.scalar {
                var text = scalar.style == .plain && value.null != nil ? "" : scalar.string.trimmingSpaces()
                // YAML ends a plain value at " #" (a comment); a hashtag in a headline is not one.
                if scalar.style == .plain, freeTextKeys.contains(key), let written = writtenValue(of: key, rawLines),
                   written.hasPrefix(text + " #") || (text.isEmpty && written.hasPrefix("#")) {
                    text = written
                }
                fields[key] = text
            } else if let sequence = value.sequence {
                let items = sequence.compactMap { $0.scalar?.string.trimmingSpaces() }.filter { !$0.isEmpty }
                lists[key] = items
                fields[key] = items.joined(separator: ", ")
            }
            // Nested mappings say nothing Parallax reads: left out.
        }
        return (fields, lists)
    }

    /// The rest of the line that starts with `key:`, as written.
    private static func writtenValue(of key: String, _ lines: [String]) -> String? {
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].lowercased() == key else { continue }
            return line[line.index(after: colon)...].trimmingSpaces()
        }
        return nil
    }

    /// The block read line by line as `key: value`; nil when a line is not one.
    private static func lineFields(_ text: SourceText, _ lines: [SourceLine]) -> [String: String]? {
        var fields: [String: String] = [:]
        for line in lines where !line.isBlank {
            let content = text[line.content]
            guard let colon = content.firstIndex(of: ":") else { return nil }
            let key = content[..<colon].trimmingSpaces().lowercased()
            guard !key.isEmpty, !(key.utf8.contains(0x20) && key.contains(" ")) else { return nil }
            fields[key] = String(content[content.index(after: colon)...]).trimmingSpaces()
        }
        return fields
    }

    /// A line of "---" alone (a byte-order mark before it is white space,
    /// trimmed off the content already).
    private static func isFence(_ text: SourceText, _ line: SourceLine) -> Bool {
        let start = line.content.start
        return line.content.length == 3 && text[start] == "-" && text[start + 1] == "-" && text[start + 2] == "-"
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    var isPlainKeyScalar: Bool {
        isASCIILetter || (value >= 0x30 && value <= 0x39) || value == 0x5F || value == 0x2D
    }

    /// Printable as YAML defines it (no controls, no tab, no BOM), and no
    /// line separator.
    var isPlainValueScalar: Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space.
    func trimmingSpaces() -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
