/// Title, outlet, date and the rest, each from the front matter (or the
/// page's, feed's or record's own metadata) when it gives them, else
/// inferred from the text.
public struct ArticleMetadata: Sendable, Equatable {
    public enum Source: String, Sendable { case frontMatter = "front matter", text, none }

    public var title: String
    public var outlet: String?
    /// YYYY-MM-DD.
    public var date: String?
    public var url: String?
    /// Who wrote it, as the page or the front matter names them.
    public var authors: [String]
    public var titleSource: Source
    public var outletSource: Source
    public var dateSource: Source
}
