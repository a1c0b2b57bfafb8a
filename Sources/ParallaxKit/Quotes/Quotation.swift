/// One quotation in an article (../shared/gold/GUIDELINES.md §3).
public struct Quotation: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// Words someone said or wrote, whole or in part.
        case speech
        /// A quotation inside the title, a subhead or a headline-style caption.
        case headline
        /// Marks around a term that nobody is reported as saying.
        case scare
    }

    /// The quoted words, without the quotation marks.
    public let range: TextRange
    public let kind: Kind
    /// The canonical entity name of the speaker ("Donald Trump"), a short
    /// description of an unnamed source ("joint statement", "Reporter"), or
    /// nil when the article does not say.
    public let speaker: String?
    /// The attribution as written ("said", "told", "according to", ":" for a
    /// transcript turn), or nil.
    public let cue: String?
    /// Index of the paragraph (in `Article.paragraphs`) that holds it.
    public let paragraph: Int
    /// Words (and numbers) quoted, counted when it was found: speakers'
    /// shares of the quoted words are added up without the article's text.
    public let words: Int

    /// Speech or a headline's quotation: words someone is reported as
    /// using. A scare quote is nobody's words, so the reader does not style
    /// it, ]/[ skip it and comparisons do not match it.
    public var isSomeonesWords: Bool { kind != .scare }
}
