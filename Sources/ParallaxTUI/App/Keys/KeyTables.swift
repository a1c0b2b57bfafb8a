/// Every key of the reader, one table per context. Dispatch, the `?`
/// overlay, the hint bar and the README's key tables are all read from
/// these, so they cannot disagree (a test compares the README with
/// `KeyTables.markdown`).
public enum KeyTables {
    public static func table(_ context: KeyContext) -> KeyTable {
        switch context {
        case .list: return list
        case .reader: return reader
        case .sidePane: return sidePane
        case .browse: return browse
        case .compare: return compare
        case .outlets: return outlets
        case .working: return working
        case .picker: return picker
        case .help: return help
        case .search: return search
        case .filter: return filter
        case .global: return global
        }
    }

    /// The action `key` has in `context`: its own table first, then the
    /// ones it falls back to.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        lookup(key, in: context)?.action
    }

    /// The action of `key` in `context` and the table of the chain that has it.
    public static func lookup(_ key: Key, in context: KeyContext) -> (table: KeyContext, action: Action)? {
        for c in context.chain { if let action = table(c).action(for: key) { return (c, action) } }
        return nil
    }

    /// The hint bar of `context`: its hints, then the global ones, each
    /// with the key dispatch reads for it ("j/k" for two actions).
    public static func hints(_ context: KeyContext) -> [(keys: String, text: String)] {
        let tables = context.chain.map(table)
        // The global hints last, once (the global context is its own chain).
        let hints = context != .global && context.chain.contains(.global) ? table(context).hints + global.hints
            : table(context).hints
        return hints.map { hint in
            let keys = hint.actions.compactMap { action in tables.lazy.compactMap { $0.key(for: action) }.first?.label }
            return (keys.joined(separator: "/"), hint.text)
        }
    }

    // MARK: - The tables

    static let list = KeyTable(context: .list, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Next article (with both panes showing, the reader follows)"),
        KeyBinding([.char("k"), .up], .moveUp, "Previous article"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "A page of articles down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "A page of articles up"),
        KeyBinding([.char("g"), .home], .top, "First article"),
        KeyBinding([.char("G"), .end], .bottom, "Last article"),
        KeyBinding([.enter], .open, "Open the selected article in the reader"),
        KeyBinding([.char("m")], .mark, "Mark the article (✓) to compare with any other; again unmarks"),
        KeyBinding([.char("u")], .toggleRead, "Mark the article read or unread (• unread)"),
        KeyBinding([.char("v")], .grouping, "Group the list by event, outlet, date (newest first), or not at all"),
        KeyBinding([.char("/")], .filter, "Filter the list: words in title, outlet or text; outlet:X from:DATE to:DATE"),
    ], hints: [
        KeyHint([.switchPane], "pane"), KeyHint([.open], "open"), KeyHint([.filter], "filter"),
        KeyHint([.entities], "entities"), KeyHint([.speakers], "speakers"), KeyHint([.compare], "compare"),
        KeyHint([.outlets], "outlets"),
    ])

    static let reader = KeyTable(context: .reader, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Scroll down a line"),
        KeyBinding([.char("k"), .up], .moveUp, "Scroll up a line"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding([.char("g"), .home], .top, "Top of the article"),
        KeyBinding([.char("G"), .end], .bottom, "End of the article"),
        KeyBinding([.char("m")], .mark, "Mark the article (✓) to compare with any other; again unmarks"),
    ], hints: [
        KeyHint([.switchPane], "pane"), KeyHint([.search], "search"), KeyHint([.nextQuote], "quote"),
        KeyHint([.entities], "entities"), KeyHint([.speakers], "speakers"), KeyHint([.compare], "compare"),
        KeyHint([.outlets], "outlets"),
    ])

    static let sidePane = KeyTable(context: .sidePane, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Next row: follow that entity or speaker"),
        KeyBinding([.char("k"), .up], .moveUp, "Previous row"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "A page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "A page up"),
        KeyBinding([.char("g"), .home], .top, "First row"),
        KeyBinding([.char("G"), .end], .bottom, "Last row"),
        KeyBinding([.enter], .open, "Entity: the articles naming it; article: open at the first mention; speaker: first quote"),
        KeyBinding([.escape], .close, "Back: from an entity's articles to the entities, then to the article list"),
    ], hints: [
        KeyHint([.moveDown, .moveUp], "move"), KeyHint([.open], "open"), KeyHint([.entityScope], "article/corpus"),
        KeyHint([.close], "back"),
    ])

    static let browse = KeyTable(context: .browse, bindings: [
        KeyBinding([.tab, .backTab], .switchPane, "Switch between list and reader"),
        KeyBinding([.char("/")], .search, "Search the open article (case-insensitive); in the list, / filters the list"),
        KeyBinding([.char("n")], .nextMatch, "Next search match; with no search, next mention or quote of what is followed"),
        KeyBinding([.char("N")], .previousMatch, "Previous match / mention / quote"),
        KeyBinding([.char("]")], .nextQuote, "Next quotation after the one shown (or the reading place), across articles"),
        KeyBinding([.char("[")], .previousQuote, "Previous quotation"),
        KeyBinding([.char("}")], .nextSpeaker, "Next quotation by a different speaker"),
        KeyBinding([.char("{")], .previousSpeaker, "Previous quotation by a different speaker"),
        KeyBinding([.char("e")], .entities, "Entities pane: people, organisations, places (again closes it)"),
        KeyBinding([.char("s")], .speakers, "Speakers pane: who is quoted, how much (again closes it)"),
        KeyBinding([.char("c")], .compare, "Compare with another report of its event, or with the marked article"),
        KeyBinding([.char("o")], .outlets, "Outlets side by side: whom each quotes, what it stresses, whom it credits"),
        KeyBinding([.char("a")], .entityScope, "Entities or speakers pane: this article or the whole corpus"),
        KeyBinding([.escape], .close, "Clear the search, what is followed, the quotation, the filter; then go back"),
    ], hints: [])

    static let compare = KeyTable(context: .compare, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Scroll both reports a line down (the current row follows)"),
        KeyBinding([.char("k"), .up], .moveUp, "Scroll a line up"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding([.char("g"), .home], .top, "Top"),
        KeyBinding([.char("G"), .end], .bottom, "End"),
        KeyBinding([.char("]"), .char("}")], .nextQuote, "Next difference: a row one report lacks, or words that differ"),
        KeyBinding([.char("["), .char("{")], .previousQuote, "Previous difference"),
        KeyBinding([.tab, .backTab], .switchPane, "The report Enter opens: A or B"),
        KeyBinding([.enter], .open, "Open that report at the row's sentence, at the top and marked"),
        KeyBinding([.escape, .char("c")], .close, "Back to where c was pressed"),
    ], hints: [
        KeyHint([.nextQuote], "next difference"), KeyHint([.previousQuote], "previous"), KeyHint([.switchPane], "side"),
        KeyHint([.open], "open"), KeyHint([.close], "back"),
    ])

    static let outlets = KeyTable(context: .outlets, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Next speaker, name, credit or quotation down the outlet's column"),
        KeyBinding([.char("k"), .up], .moveUp, "Previous one up the column"),
        KeyBinding([.char("l"), .right, .tab], .right, "The outlet to the right, at the same height"),
        KeyBinding([.char("h"), .left, .backTab], .left, "The outlet to the left"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding([.char("g"), .home], .top, "Top"),
        KeyBinding([.char("G"), .end], .bottom, "End"),
        KeyBinding([.char("a")], .entityScope, "The whole corpus, or the event of the article it was opened on"),
        KeyBinding([.enter], .open, "Open the reader at that speaker, name, credit or quotation; on \"only here\", all of them"),
        KeyBinding([.escape, .char("o")], .close, "Back to where o was pressed"),
    ], hints: [
        KeyHint([.moveDown, .moveUp], "move"), KeyHint([.left, .right], "outlet"), KeyHint([.entityScope], "corpus/event"),
        KeyHint([.open], "open"), KeyHint([.close], "back"),
    ])

    static let working = KeyTable(context: .working, bindings: [
        KeyBinding([.escape], .close, "Back to where it was asked for; the result is dropped when it comes"),
    ], hints: [KeyHint([.close], "back")])

    static let picker = KeyTable(context: .picker, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Next report"),
        KeyBinding([.char("k"), .up], .moveUp, "Previous report"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding([.char("g"), .home], .top, "First report"),
        KeyBinding([.char("G"), .end], .bottom, "Last report"),
        KeyBinding([.enter], .open, "Compare with the selected report"),
        KeyBinding([.escape, .char("c")], .close, "Cancel"),
        KeyBinding([.char("q")], .quit, "Quit"),
    ], hints: [KeyHint([.open], "compare"), KeyHint([.close], "cancel")])

    static let help = KeyTable(context: .help, bindings: [
        KeyBinding([.char("j"), .down], .moveDown, "Scroll the keys down"),
        KeyBinding([.char("k"), .up], .moveUp, "Scroll the keys up"),
        KeyBinding([.char(" "), .pageDown], .pageDown, "Page down"),
        KeyBinding([.char("b"), .pageUp], .pageUp, "Page up"),
        KeyBinding([.char("g"), .home], .top, "Top"),
        KeyBinding([.char("G"), .end], .bottom, "End"),
        KeyBinding([.escape, .char("?"), .char("q")], .close, "Close help"),
    ], hints: [KeyHint([.moveDown, .moveUp], "scroll"), KeyHint([.close], "close")])

    /// The search prompt takes every printable key as text; these are the others.
    static let search = KeyTable(context: .search, bindings: [
        KeyBinding([.enter], .open, "Search: the first match at or below the top of the view"),
        KeyBinding([.backspace], .erase, "Delete the last character (on an empty prompt, close it)"),
        KeyBinding([.escape], .close, "Cancel the search"),
    ], hints: [KeyHint([.open], "search"), KeyHint([.close], "cancel")])

    /// The list's filter prompt takes every printable key as text too.
    static let filter = KeyTable(context: .filter, bindings: [
        KeyBinding([.enter], .open, "Filter the list (in the background; an empty prompt clears the filter)"),
        KeyBinding([.backspace], .erase, "Delete the last character (on an empty prompt, close it)"),
        KeyBinding([.escape], .close, "Cancel: the list stays as it was"),
    ], hints: [KeyHint([.open], "filter"), KeyHint([.close], "cancel")])

    static let global = KeyTable(context: .global, bindings: [
        KeyBinding([.char("?")], .help, "Help: the keys of where you are, then these"),
        KeyBinding([.ctrl("l")], .redraw, "Redraw the screen"),
        KeyBinding([.char("q")], .quit, "Quit"),
    ], hints: [KeyHint([.help], "help"), KeyHint([.quit], "quit")])
}
