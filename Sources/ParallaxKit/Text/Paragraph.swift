/// A paragraph the reader shows: the title, a body paragraph or a caption.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable { case title, body, caption }

    public let range: TextRange
    public let kind: Kind
    /// 1-based line number in the source file.
    public let line: Int
    public let sentences: [Sentence]
}
