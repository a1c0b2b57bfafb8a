import ParallaxKit

/// An article laid out for the reading view at one width: a list of lines,
/// each either text from the article (with its source range, so that search
/// matches and later highlights map exactly) or a line Parallax adds (the
/// metadata line, rules, blank lines).
public struct DocumentLayout: Sendable {
    public enum Kind: Sendable { case title, meta, legend, rule, body, subhead, blockquote, caption, blank }

    public struct Line: Sendable {
        public let kind: Kind
        /// The article text shown on this line, if it comes from the article.
        public let source: TextRange?
        /// Text Parallax adds (metadata, rules); empty for article lines.
        public let text: String
        /// Columns to indent this line by within the text column.
        public let indent: Int
        /// Index of the paragraph in `article.paragraphs`, if any.
        public let paragraph: Int?
    }

    public let width: Int
    /// The column width the text is set in (at most `maxTextWidth`).
    public let textWidth: Int
    /// Left margin that centres the text column in `width`.
    public let margin: Int
    public let lines: [Line]

    /// A comfortable measure: lines of at most this many columns.
    public static let maxTextWidth = 78
    static let captionIndent = 2
    static let blockquoteIndent = 2

    public init(article: Article, width: Int) {
        self.width = width
        let textWidth = max(1, min(Self.maxTextWidth, width - 2))
        self.textWidth = textWidth
        margin = max(0, (width - textWidth) / 2)
        var lines: [Line] = []
        func blank() { lines.append(Line(kind: .blank, source: nil, text: "", indent: 0, paragraph: nil)) }

        let titleIndex = article.paragraphs.firstIndex { $0.kind == .title }
        if let t = titleIndex {
            for r in TextWrap.wrap(article.source, article.paragraphs[t].range, width: textWidth) {
                lines.append(Line(kind: .title, source: r, text: "", indent: 0, paragraph: t))
            }
        } else {
            lines.append(Line(kind: .meta, source: nil, text: article.title, indent: 0, paragraph: nil))
        }
        let m = article.metadata
        let words = article.wordCount
        let meta = [m.outlet ?? "unknown outlet", m.date ?? "undated", "\(words) words"].joined(separator: " · ")
        lines.append(Line(kind: .meta, source: nil, text: meta, indent: 0, paragraph: nil))
        // Pages and feeds say who wrote them and where they live.
        if !m.authors.isEmpty {
            lines.append(Line(kind: .meta, source: nil, text: "By " + Self.list(m.authors), indent: 0, paragraph: nil))
        }
        if let url = m.url {
            lines.append(Line(kind: .meta, source: nil, text: url, indent: 0, paragraph: nil))
        }
        if !article.entities.isEmpty {
            lines.append(Line(kind: .legend, source: nil, text: "", indent: 0, paragraph: nil))
        }
        lines.append(Line(kind: .rule, source: nil, text: String(repeating: "─", count: min(textWidth, 40)),
                          indent: 0, paragraph: nil))
        for (i, paragraph) in article.paragraphs.enumerated() where i != titleIndex {
            blank()
            let kind: Kind
            var indent = 0
            switch (paragraph.kind, paragraph.style) {
            case (.caption, _):
                kind = .caption
                indent = textWidth > 10 ? Self.captionIndent : 0
            case (_, .subhead): kind = .subhead
            case (_, .blockquote):
                kind = .blockquote
                indent = textWidth > 10 ? Self.blockquoteIndent : 0
            default: kind = .body
            }
            for r in TextWrap.wrap(article.source, paragraph.range, width: textWidth - indent) {
                lines.append(Line(kind: kind, source: r, text: "", indent: indent, paragraph: i))
            }
        }
        self.lines = lines
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The first line showing `offset` of the source, or the nearest after it.
    public func line(containing offset: Int) -> Int? {
        var candidate: Int? = nil
        for (i, line) in lines.enumerated() {
            guard let r = line.source else { continue }
            if r.contains(offset) || r.end == offset { return i }
            if r.start > offset { return candidate ?? i }
            candidate = nil
        }
        return candidate
    }
}
