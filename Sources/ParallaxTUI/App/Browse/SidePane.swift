import ParallaxKit

/// A list of the entities or speakers of the open article or the whole
/// corpus, with its selection.
public struct IndexPane<Entry: Sendable>: Sendable {
    /// The whole corpus (true) or the open article.
    public let ofCorpus: Bool
    /// The article listed (nil for the corpus): the pane is rebuilt when the reader opens another.
    public let article: Int?
    public let entries: [Entry]
    public internal(set) var list: ListViewport

    init(ofCorpus: Bool, article: Int?, entries: [Entry]) {
        self.ofCorpus = ofCorpus
        self.article = article
        self.entries = entries
        list = ListViewport(count: entries.count)
    }

    /// The highlighted entry, if the list has any.
    public var selected: Entry? { list.isEmpty ? nil : entries[list.selected] }
}

/// The articles that mention an entity: the entity is part of the pane, so
/// the pane cannot outlive it (Esc letting go of the followed entity leaves
/// the list as it was).
public struct EntityArticlesPane: Sendable {
    public let entry: EntityIndex.Entry
    public internal(set) var list: ListViewport
    /// The entities pane Enter came from; Esc goes back to it.
    let parent: IndexPane<EntityIndex.Entry>

    init(entry: EntityIndex.Entry, parent: IndexPane<EntityIndex.Entry>) {
        self.entry = entry
        self.parent = parent
        list = ListViewport(count: entry.articles.count)
    }
}

/// What the left pane shows instead of the article list.
public enum SidePane: Sendable {
    case entities(IndexPane<EntityIndex.Entry>)
    case speakers(IndexPane<SpeakerIndex.Entry>)
    case entityArticles(EntityArticlesPane)
}
