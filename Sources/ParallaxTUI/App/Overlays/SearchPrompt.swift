/// The search prompt: the query being typed. Every printable key is text.
public struct SearchPrompt: Sendable, Hashable {
    /// What Enter does with the query.
    public enum Target: Sendable, Hashable {
        /// Searches the open article (`/` in the reader and side panes).
        case article
        /// Filters the article list (`/` in the list; its own key table, `.filter`).
        case list
    }

    public internal(set) var query = ""
    public internal(set) var target = Target.article
}

/// The prompt's update: typing, Backspace; Enter searches the open article
/// or filters the list; Esc cancels.
enum Search {
    /// Takes the key itself: the key table names only the keys that are not text.
    static func key(_ p: inout SearchPrompt, _ key: Key, _ browse: inout BrowseState, _ ctx: UpdateContext) -> [Request] {
        if case .char(let c) = key {
            p.query.append(c)
            return []
        }
        switch KeyTables.action(for: key, in: p.target == .list ? .filter : .search) {
        case .erase?:
            if p.query.isEmpty { return [.overlay(nil)] }
            p.query.removeLast()
        case .close?:
            // The list keeps its filter; the article's search was cleared when / opened the prompt.
            if p.target == .article { browse.reader.search = SearchState() }
            return [.overlay(nil)]
        case .open?:
            switch p.target {
            case .article: return [.overlay(nil)] + browse.search(for: p.query, ctx)
            case .list: return [.overlay(nil)] + browse.submitFilter(p.query, ctx)
            }
        default: break
        }
        return []
    }
}
