/// What a line of an article file is, as the reader sees it.
public enum LineClass: String, Sendable, Codable, CaseIterable {
    /// The article's headline.
    case title
    /// Article text: paragraphs, subheads, transcript turns, credit lines.
    case body
    /// A photo or video caption (its first occurrence).
    case caption
    /// Site furniture, removed from the reading view.
    case boilerplate
}

/// A non-blank line of an article with its class and the rule that gave it,
/// so that `parallax show --explain` style tooling and tests can say why.
public struct ClassifiedLine: Sendable, Hashable {
    public let line: SourceLine
    public let lineClass: LineClass
    public let reason: String
}
