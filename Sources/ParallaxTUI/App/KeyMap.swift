/// What a key asks the reader to do.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case switchPane, open, search, nextMatch, previousMatch, entities, entityScope
    case speakers, nextQuote, previousQuote, nextSpeaker, previousSpeaker
    case compare, mark, grouping, outlets, left, right
    case help, close, quit
}

/// One row of the key table: the keys, the action, and how help and the
/// hint bar describe it.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String
    /// Short text for the hint bar, or nil to leave it out of the bar.
    public let hint: String?
}

/// The key table. Dispatch, the `?` overlay and the hint bar are all read
/// from it, so they cannot disagree.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down], action: .moveDown, help: "Next article / scroll down", hint: nil),
        KeyBinding(keys: [.char("k"), .up], action: .moveUp, help: "Previous article / scroll up", hint: nil),
        KeyBinding(keys: [.char(" "), .pageDown], action: .pageDown, help: "Page down", hint: nil),
        KeyBinding(keys: [.char("b"), .pageUp], action: .pageUp, help: "Page up", hint: nil),
        KeyBinding(keys: [.char("g"), .home], action: .top, help: "Go to the top", hint: nil),
        KeyBinding(keys: [.char("G"), .end], action: .bottom, help: "Go to the end", hint: nil),
        KeyBinding(keys: [.tab, .backTab], action: .switchPane, help: "Switch between list and reader / between the two reports", hint: "pane"),
        KeyBinding(keys: [.enter], action: .open, help: "Open the selected article / the report at this sentence", hint: "open"),
        KeyBinding(keys: [.char("/")], action: .search, help: "Search the open article", hint: "search"),
        KeyBinding(keys: [.char("n")], action: .nextMatch, help: "Next search match / quote of the speaker / mention of the entity", hint: nil),
        KeyBinding(keys: [.char("N")], action: .previousMatch, help: "Previous search match / quote / mention", hint: nil),
        KeyBinding(keys: [.char("]")], action: .nextQuote, help: "Next quote (across articles) / next difference when comparing", hint: nil),
        KeyBinding(keys: [.char("[")], action: .previousQuote, help: "Previous quote / previous difference when comparing", hint: nil),
        KeyBinding(keys: [.char("}")], action: .nextSpeaker, help: "Next quote by a different speaker", hint: nil),
        KeyBinding(keys: [.char("{")], action: .previousSpeaker, help: "Previous quote by a different speaker", hint: nil),
        KeyBinding(keys: [.char("e")], action: .entities, help: "Entities pane: people, organisations, places", hint: "entities"),
        KeyBinding(keys: [.char("s")], action: .speakers, help: "Speakers pane: who is quoted, how much", hint: "speakers"),
        KeyBinding(keys: [.char("c")], action: .compare, help: "Compare with another report of its event (or the marked article)", hint: "compare"),
        KeyBinding(keys: [.char("m")], action: .mark, help: "Mark this article to compare with any other", hint: nil),
        KeyBinding(keys: [.char("v")], action: .grouping, help: "Group the list by event, outlet, date, or not at all", hint: nil),
        KeyBinding(keys: [.char("o")], action: .outlets, help: "Outlets side by side: whom each quotes, what it stresses, whom it credits", hint: "outlets"),
        KeyBinding(keys: [.char("h"), .left], action: .left, help: "Outlets view: the outlet to the left", hint: nil),
        KeyBinding(keys: [.char("l"), .right], action: .right, help: "Outlets view: the outlet to the right", hint: nil),
        KeyBinding(keys: [.char("a")], action: .entityScope, help: "Entities / speakers / outlets of this article (its event) or of the corpus", hint: nil),
        KeyBinding(keys: [.char("?")], action: .help, help: "Show or hide this help", hint: "help"),
        KeyBinding(keys: [.escape], action: .close, help: "Close help / clear search or entity / go back", hint: nil),
        KeyBinding(keys: [.char("q")], action: .quit, help: "Quit", hint: "quit"),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }()

    public static func action(for key: Key) -> Action? { table[key] }

    /// The hint bar of the compare view (the keys mean other things there):
    /// actions and what they do there; the keys come from the table.
    public static let compareHints = hints([
        ([.nextQuote], "next difference"), ([.previousQuote], "previous"), ([.switchPane], "side"), ([.open], "open"),
        ([.close], "back"), ([.help], "help"), ([.quit], "quit"),
    ])

    /// The hint bar of the outlets view.
    public static let outletsHints = hints([
        ([.moveDown, .moveUp], "move"), ([.left, .right], "outlet"), ([.entityScope], "corpus/event"),
        ([.open], "open"), ([.close], "back"), ([.help], "help"), ([.quit], "quit"),
    ])

    /// The hint bar while the compare picker is open.
    public static let pickerHints = hints([([.open], "compare"), ([.close], "cancel")])

    /// Hints for actions: each action's first key ("j/k" for two), so a
    /// hint always names the key that dispatch reads.
    static func hints(_ items: [(actions: [Action], text: String)]) -> [(keys: String, text: String)] {
        items.map { item in
            let keys = item.actions.compactMap { action in bindings.first { $0.action == action }?.keys.first?.label }
            return (keys.joined(separator: "/"), item.text)
        }
    }

    /// "Tab pane  Enter open  / search  ? help  q quit".
    public static var hints: [(keys: String, text: String)] {
        bindings.compactMap { b in b.hint.map { (b.keys.first!.label, $0) } }
    }
}
