/// What a key asks for. The key tables map keys to actions per context; the
/// component that has the keyboard acts on them.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case switchPane, open, search, filter, nextMatch, previousMatch, entities, entityScope
    case speakers, nextQuote, previousQuote, nextSpeaker, previousSpeaker
    case compare, mark, toggleRead, grouping, outlets, left, right
    case help, close, quit, redraw
    /// Backspace at the search prompt.
    case erase
}

/// Where the keyboard is: one key table each. `Route.context(of:)` decides
/// it from the state; dispatch, the `?` overlay and the hint bar all ask it.
public enum KeyContext: String, Sendable, CaseIterable {
    /// The article list (browse mode, list focused).
    case list
    /// The reading view (browse mode, reader focused).
    case reader
    /// The entities, speakers or entity's-articles pane, focused.
    case sidePane
    /// Keys the list, the reading view and the side panes share.
    case browse
    case compare
    case outlets
    /// A comparison or an outlets report being made ("working…").
    case working
    /// The overlays: they take every key. `search` is the prompt of `/` in
    /// the reader, `filter` the one of `/` in the list.
    case picker, help, search, filter
    /// Keys that work wherever no overlay is open.
    case global

    /// The tables a key is looked up in, in order: the first that has it wins.
    public var chain: [KeyContext] {
        switch self {
        case .list, .reader, .sidePane: return [self, .browse, .global]
        case .browse, .compare, .outlets, .working: return [self, .global]
        case .picker, .help, .search, .filter, .global: return [self]
        }
    }

    /// How help and the README name the context.
    public var title: String {
        switch self {
        case .list: return "in the article list"
        case .reader: return "in the reading view"
        case .sidePane: return "in the entities and speakers panes"
        case .browse: return "in the list, the reading view and the side panes"
        case .compare: return "in the compare view"
        case .outlets: return "in the outlets view"
        case .working: return "while a comparison or the outlets report is being made"
        case .picker: return "in the compare picker"
        case .help: return "in the help overlay"
        case .search: return "at the search prompt"
        case .filter: return "at the list's filter prompt"
        case .global: return "everywhere (but in an overlay)"
        }
    }
}
