import Foundation

/// Turns Markdown into the blocks a reader sees, with every bit of markup
/// gone: headings become the title or subheads, `>` quotations block
/// quotations, list items (bullets dropped, numbers kept) and paragraphs
/// body blocks, an image alone on a
/// line the caption its alt text gives; emphasis, code, links, images in
/// text, HTML tags and comments leave only their text.
///
/// This is not a full CommonMark parser (no nested list structure, no
/// HTML blocks, tables read row by row): news articles written in Markdown
/// use little of it, and the reader shows paragraphs, not layout.
struct MarkdownConverter {
    typealias Block = ExtractedDocument.Block

    /// The first level-one heading, unless the converter was told that the
    /// article has a title already.
    private(set) var title: String?
    private(set) var blocks: [Block] = []
    /// False when the text would read the same without conversion: it is
    /// plain text that happens to be in a Markdown file.
    private(set) var sawMarkup = false
    /// How many lines the first block came from when it is a paragraph, else
    /// 0 (a one-line first paragraph may be a headline without `#`).
    private(set) var firstBlockLines = 0

    private let wantsTitle: Bool
    /// Link reference labels, lower-cased: `[text][label]`, `[label]`.
    private var references: Set<String> = []
    private var paragraph: [String] = []

    init(wantsTitle: Bool = true) {
        self.wantsTitle = wantsTitle
    }

    /// Converts `markdown` (the file's text after any front matter).
    static func convert(_ markdown: String, wantsTitle: Bool = true) -> MarkdownConverter {
        var converter = MarkdownConverter(wantsTitle: wantsTitle)
        converter.convert(markdown)
        return converter
    }

    // MARK: - Blocks

    private mutating func convert(_ markdown: String) {
        var text = markdown
        if text.contains("<!--") {
            text = text.replacingOccurrences(of: "<!--[\\s\\S]*?(-->|$)", with: "", options: .regularExpression)
            sawMarkup = true
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        lines = lines.compactMap { line in
            if let match = Self.firstMatch(Self.referenceDefinition, line) {
                references.insert(match[1].lowercased())
                sawMarkup = true
                return nil
            }
            if let footnote = line.range(of: "^ {0,3}\\[\\^[^\\]]+\\]:[ \\t]*", options: .regularExpression) {
                sawMarkup = true
                return String(line[footnote.upperBound...])  // the note's text, as a paragraph
            }
            return line
        }
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingSpaces()
            i += 1
            if trimmed.isEmpty {
                flushParagraph()
            } else if let fence = Self.fence(line) {
                flushParagraph()
                var code: [String] = []
                while i < lines.count, !lines[i].trimmingSpaces().hasPrefix(fence) {
                    code.append(lines[i])
                    i += 1
                }
                i += 1  // the closing fence
                add(.body, LineClassifier.fold(code.joined(separator: " ")))
                sawMarkup = true
            } else if let heading = Self.firstMatch(Self.atxHeading, line) {
                flushParagraph()
                addHeading(level: heading[1].count, inline(heading[2]))
            } else if !paragraph.isEmpty, let underline = Self.firstMatch(Self.setextUnderline, line) {
                let text = inline(paragraph.joined(separator: "\n"))
                paragraph = []
                addHeading(level: underline[1].hasPrefix("=") ? 1 : 2, text)
            } else if Self.firstMatch(Self.thematicBreak, line) != nil {
                flushParagraph()
                sawMarkup = true
            } else if Self.firstMatch(Self.quoteMarker, line) != nil {
                flushParagraph()
                var quoted: [String] = []
                // A quotation runs to a blank line; lines without ">" continue it.
                i -= 1
                while i < lines.count, !lines[i].trimmingSpaces().isEmpty {
                    quoted.append(lines[i].replacingOccurrences(of: "^ {0,3}> ?", with: "", options: .regularExpression))
                    i += 1
                }
                var inner = MarkdownConverter(wantsTitle: false)
                inner.references = references
                inner.convert(quoted.joined(separator: "\n"))
                for block in inner.blocks { add(.blockquote, block.text) }
                sawMarkup = true
            } else if let item = Self.firstMatch(Self.listItem, line),
                      paragraph.isEmpty || item[1] == "1." || item[1] == "1)" || Int(item[1].dropLast()) == nil {
                // (Of numbered items, only "1." starts a list inside a paragraph: "2019. The year" is text.)
                flushParagraph()
                // A bullet is markup; a number is part of what the item says ("2. Close the valve").
                let isNumbered = item[1].first?.isNumber ?? false
                var text = [isNumbered ? item[1] + " " + item[2] : item[2]]
                // Lines that follow without a blank line continue the item.
                while i < lines.count, !lines[i].trimmingSpaces().isEmpty, Self.startsBlock(lines[i]) == false {
                    text.append(lines[i])
                    i += 1
                }
                var content = text.joined(separator: "\n")
                if let task = content.range(of: "^\\[[ xX]\\] ", options: .regularExpression) {
                    content.removeSubrange(task)
                }
                add(.body, inline(content))
                sawMarkup = true
            } else if let alt = soleImage(trimmed) {
                flushParagraph()
                if !alt.isEmpty { add(.caption, alt) }
                sawMarkup = true
            } else if trimmed.hasPrefix("|"), i < lines.count, Self.firstMatch(Self.tableRule, lines[i]) != nil {
                flushParagraph()
                i += 1  // the rule under the header row
                addTableRow(trimmed)
                while i < lines.count, lines[i].trimmingSpaces().hasPrefix("|") {
                    addTableRow(lines[i].trimmingSpaces())
                    i += 1
                }
                sawMarkup = true
            } else {
                paragraph.append(line)
            }
        }
        flushParagraph()
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        let lines = paragraph.count
        add(.body, inline(paragraph.joined(separator: "\n")), lines: lines)
        paragraph = []
    }

    private mutating func addHeading(level: Int, _ text: String) {
        sawMarkup = true
        if level == 1, wantsTitle, title == nil, !text.isEmpty {
            title = text
        } else {
            add(.subhead, text)
        }
    }

    private mutating func addTableRow(_ row: String) {
        let cells = row.trimmingCharacters(in: "|").components(separatedBy: "|").map { inline($0) }
        add(.body, cells.filter { !$0.isEmpty }.joined(separator: ", "))
    }

    private mutating func add(_ kind: Block.Kind, _ text: String, lines: Int = 0) {
        guard !text.isEmpty else { return }
        if blocks.isEmpty { firstBlockLines = lines }
        blocks.append(Block(kind, text))
    }

    /// Whether a line opens a block of its own rather than continuing a list item.
    private static func startsBlock(_ line: String) -> Bool {
        fence(line) != nil || firstMatch(atxHeading, line) != nil || firstMatch(quoteMarker, line) != nil
            || firstMatch(listItem, line) != nil || firstMatch(thematicBreak, line) != nil
    }

    /// The fence that opens a code block ("```", "~~~"), or nil.
    private static func fence(_ line: String) -> String? {
        let trimmed = line.trimmingSpaces()
        for fence in ["```", "~~~"] where trimmed.hasPrefix(fence) && !line.hasPrefix("    ") { return fence }
        return nil
    }

    /// The alt text of an image that stands alone on a line (perhaps as a
    /// link), as `![alt](src)` or `<img alt="...">`; nil when the line is
    /// anything else.
    private mutating func soleImage(_ line: String) -> String? {
        if let match = Self.firstMatch(Self.markdownImageLine, line) {
            return inline(match[1].isEmpty ? match[2] : match[1])
        }
        if Self.firstMatch(Self.htmlImageLine, line) != nil {
            return Self.firstMatch(Self.altAttribute, line).map { LineClassifier.fold(Self.decodeEntities($0[2])) } ?? ""
        }
        return nil
    }

    // MARK: - Inline

    /// A paragraph's text on one line with its inline markup gone.
    private mutating func inline(_ markdown: String) -> String {
        var text = markdown
        // Hard line breaks: two spaces or a backslash at the end of a line.
        text = text.replacingOccurrences(of: "\\\n", with: " \n")
        var protected: [String] = []
        text = protect(text, into: &protected)
        text = text.replacingOccurrences(of: "<((?:https?|ftp)://[^<>\\s]+)>", with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: "<(?:mailto:)?([^<>\\s@]+@[^<>\\s@]+)>", with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: "<(?:br|hr)\\s*/?>", with: " ", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>", with: "",
                                         options: .regularExpression)
        text = links(text)
        for delimiter in ["**", "__", "~~", "*", "_"] { text = Self.stripEmphasis(text, delimiter) }
        text = Self.decodeEntities(text)
        text = restore(text, protected)
        let folded = LineClassifier.fold(text)
        if folded != LineClassifier.fold(markdown) { sawMarkup = true }
        return folded
    }

    /// Code spans and backslash escapes, swapped for private-use characters
    /// so that nothing else reads them as markup.
    private func protect(_ text: String, into protected: inout [String]) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "\\", let next = text.index(i, offsetBy: 1, limitedBy: text.endIndex), next < text.endIndex,
               text[next].isASCII, text[next].isPunctuation || text[next].isSymbol {
                out.append(placeholder(for: String(text[next]), in: &protected))
                i = text.index(after: next)
                continue
            }
            if c == "`" {
                let run = text[i...].prefix { $0 == "`" }
                let after = run.endIndex
                if let close = closingRun(of: run.count, in: text, from: after) {
                    var code = String(text[after..<close.lowerBound]).replacingOccurrences(of: "\n", with: " ")
                    if code.hasPrefix(" "), code.hasSuffix(" "), code.count > 2 { code = String(code.dropFirst().dropLast()) }
                    out.append(placeholder(for: code, in: &protected))
                    i = close.upperBound
                    continue
                }
                out += run
                i = after
                continue
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }

    private func closingRun(of count: Int, in text: String, from start: String.Index) -> Range<String.Index>? {
        var i = start
        while i < text.endIndex {
            if text[i] == "`" {
                let run = text[i...].prefix { $0 == "`" }
                if run.count == count { return i..<run.endIndex }
                i = run.endIndex
            } else {
                i = text.index(after: i)
            }
        }
        return nil
    }

    /// Placeholders are characters of plane 15's private use area.
    private func placeholder(for text: String, in protected: inout [String]) -> Character {
        protected.append(text)
        return Character(Unicode.Scalar(0xF0000 + protected.count - 1)!)
    }

    private func restore(_ text: String, _ protected: [String]) -> String {
        guard !protected.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let index = Int(scalar.value) - 0xF0000
            if protected.indices.contains(index) { out.append(contentsOf: protected[index].unicodeScalars) } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Links and images as their text: `[text](url)`, `[text][ref]`,
    /// `[ref]`, `![alt](src)`; footnote marks `[^1]` dropped.
    private func links(_ text: String) -> String {
        guard text.contains("[") else { return text }
        let chars = Array(text)
        let closing = Self.closingBrackets(chars)
        var out = ""
        var i = 0
        while i < chars.count {
            let isImage = chars[i] == "!" && i + 1 < chars.count && chars[i + 1] == "["
            let open = isImage ? i + 1 : i
            guard chars[open] == "[", let close = closing[open] else {
                out.append(chars[i])
                i += 1
                continue
            }
            let label = String(chars[(open + 1)..<close])
            let after = close + 1
            if after < chars.count, chars[after] == "(", let end = closing[after] {
                out += links(label)
                i = end + 1
            } else if after < chars.count, chars[after] == "[", let end = closing[after] {
                out += links(label)
                i = end + 1
            } else if label.hasPrefix("^"), !isImage {
                i = after
            } else if references.contains(label.lowercased()) {
                out += links(label)
                i = after
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// For each `[` and `(` that is closed, the index of its `]` or `)`:
    /// found in one pass, so that unclosed brackets cost no rescans.
    private static func closingBrackets(_ chars: [Character]) -> [Int: Int] {
        var closing: [Int: Int] = [:]
        var squares: [Int] = [], rounds: [Int] = []
        for (j, c) in chars.enumerated() {
            switch c {
            case "[": squares.append(j)
            case "]": if let open = squares.popLast() { closing[open] = j }
            case "(": rounds.append(j)
            case ")": if let open = rounds.popLast() { closing[open] = j }
            default: break
            }
        }
        return closing
    }

    /// Removes pairs of an emphasis delimiter: an opening one followed by a
    /// non-space, a closing one preceded by one, paired innermost first;
    /// `_` only at word edges (snake_case stays). One pass, so that a line
    /// of unpaired stars costs no more than any other.
    static func stripEmphasis(_ text: String, _ delimiter: String) -> String {
        guard text.contains(delimiter) else { return text }
        let chars = Array(text)
        let d = Array(delimiter), n = d.count
        let wordEdgesOnly = delimiter.first == "_"
        func isWord(_ i: Int) -> Bool { i >= 0 && i < chars.count && (chars[i].isLetter || chars[i].isNumber) }
        func isSpace(_ i: Int) -> Bool { i < 0 || i >= chars.count || chars[i].isWhitespace }
        var openers: [Int] = []
        var removed = [Bool](repeating: false, count: chars.count)
        var i = 0
        while i + n <= chars.count {
            guard chars[i..<(i + n)].elementsEqual(d) else {
                i += 1
                continue
            }
            let canClose = !isSpace(i - 1) && !(wordEdgesOnly && isWord(i + n))
            let canOpen = !isSpace(i + n) && !(wordEdgesOnly && isWord(i - 1))
            if canClose, let open = openers.last, i >= open + n + 1 {
                openers.removeLast()
                for k in open..<(open + n) { removed[k] = true }
                for k in i..<(i + n) { removed[k] = true }
            } else if canOpen {
                openers.append(i)
            }
            i += n
        }
        return String(chars.indices.lazy.filter { !removed[$0] }.map { chars[$0] })
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "copy": "©", "shy": "",
    ]

    /// `&amp;`, `&#8217;`, `&#x2019;` and the other common named entities.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for match in entity.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let whole = Range(match.range, in: text), let nameRange = Range(match.range(at: 1), in: text)
            else { continue }
            let name = String(text[nameRange])
            var replacement: String?
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16)
                    : UInt32(digits)
                replacement = value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = entities[name]
            }
            if let replacement { out.replaceSubrange(whole, with: replacement) }
        }
        return out
    }

    // MARK: - Patterns

    private static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern)
    }

    static let entity = regex("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);")
    static let atxHeading = regex("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*$")
    static let setextUnderline = regex("^ {0,3}(=+|-+)[ \\t]*$")
    static let thematicBreak = regex("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$")
    static let quoteMarker = regex("^ {0,3}>")
    static let listItem = regex("^[ \\t]*([-*+]|[0-9]{1,9}[.)])[ \\t]+(.*)$")
    static let referenceDefinition = regex("^ {0,3}\\[([^\\]^][^\\]]*)\\]:[ \\t]*\\S+.*$")
    static let tableRule = regex("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$")
    private static let destination = "\\((?:[^()]|\\([^()]*\\))*\\)"
    private static let image = "!\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\](?:\(destination)|\\[[^\\]]*\\])"
    /// `![alt](src)`, or the same inside a link: `[![alt](src)](href)`.
    static let markdownImageLine =
        regex("^(?:\(image)|\\[(?:!\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\](?:\(destination)|\\[[^\\]]*\\]))\\](?:\(destination)|\\[[^\\]]*\\]))$")
    static let htmlImageLine = regex("^(?:<a\\b[^>]*>)?<img\\b[^>]*>(?:</a>)?$")
    static let altAttribute = regex("\\balt=([\"'])(.*?)\\1")

    /// The groups of the pattern's first match in `text` ("" for a group that did not take part).
    static func firstMatch(_ pattern: NSRegularExpression, _ text: String) -> [String]? {
        guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
