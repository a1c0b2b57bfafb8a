/// An article that did not come as plain text: a web page, a feed item, a
/// scraped record or a Markdown file, already cut into blocks and with the
/// metadata its container states. `ArticleBuilder` lays the blocks out as
/// the article's text, one paragraph each, so offsets count into that text.
public struct ExtractedDocument: Sendable, Equatable {
    /// One block of the article as a reader sees it.
    public struct Block: Sendable, Equatable {
        public enum Kind: String, Sendable { case body, subhead, blockquote, caption }
        public var kind: Kind
        /// The block's text on one line (white space folded).
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var title: String?
    public var outlet: String?
    /// YYYY-MM-DD.
    public var date: String?
    public var url: String?
    public var authors: [String]
    public var blocks: [Block]

    public init(title: String? = nil, outlet: String? = nil, date: String? = nil, url: String? = nil,
                authors: [String] = [], blocks: [Block] = []) {
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.authors = authors
        self.blocks = blocks
    }
}

extension ExtractedDocument {
    /// Body blocks from plain text whose paragraphs are its lines (a JSON
    /// Lines record's text, an Atom text construct); blank lines are skipped.
    static func lineBlocks(_ text: String) -> [Block] {
        text.split(whereSeparator: \.isNewline).map { LineClassifier.fold(String($0)) }.filter { !$0.isEmpty }
            .map { Block(.body, $0) }
    }
}

/// What kind of file an article was read from; for every kind but `.text`
/// the article's offsets count into its extracted text, not into the file.
public enum SourceFormat: String, Sendable {
    case text, markdown, html, feed, jsonl
}
