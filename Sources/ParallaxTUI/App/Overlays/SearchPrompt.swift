/// The search prompt: the query being typed. Every printable key is text.
public struct SearchPrompt: Sendable, Hashable {
    public internal(set) var query = ""
}

/// The prompt's update: typing, Backspace, Enter searches the open article, Esc cancels.
enum Search {
    /// Takes the key itself: the key table names only the keys that are not text.
    static func key(_ p: inout SearchPrompt, _ key: Key, _ browse: inout BrowseState, _ ctx: UpdateContext) -> [Request] {
        if case .char(let c) = key {
            p.query.append(c)
            return []
        }
        switch KeyTables.action(for: key, in: .search) {
        case .erase?:
            if p.query.isEmpty { return [.overlay(nil)] }
            p.query.removeLast()
        case .close?:
            browse.reader.search = SearchState()
            return [.overlay(nil)]
        case .open?:
            return [.overlay(nil)] + browse.search(for: p.query, ctx)
        default: break
        }
        return []
    }
}
