/// A paragraph the reader shows: the title, a body paragraph or a caption.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case title, body, caption }
    /// How a body paragraph stood in its page: plain text, a subhead or a
    /// block quotation (only pages and Markdown say; text files are plain).
    public enum Style: String, Sendable, Codable { case plain, subhead, blockquote }

    public let range: TextRange
    public let kind: Kind
    /// 1-based line number in the source (the extracted text for pages).
    public let line: Int
    public let sentences: [Sentence]
    public var style: Style = .plain
}
