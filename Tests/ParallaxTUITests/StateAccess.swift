import ParallaxKit
@testable import ParallaxTUI

/// Short names for what the tests look at in the state: the browse mode's
/// list and reader (from the mode on screen, or the one on the back stack
/// when a comparison or the outlets view is open), the mode and the overlay.
extension AppState {
    /// The list and reader: on screen, or the latest on the back stack.
    var browse: BrowseState? {
        for mode in [mode] + back.reversed() { if case .browse(let b) = mode { return b } }
        return nil
    }

    var selected: Int { browse?.list.selected ?? 0 }
    var openArticle: Int? {
        if case .browse(let b) = mode { return b.reader.article }
        return nil
    }
    var focus: Focus { browse?.focus ?? .reader }
    var readerTop: Int { browse?.reader.top ?? 0 }
    var search: SearchState { browse?.reader.search ?? SearchState() }
    var chosen: ChosenEntity? { browse?.reader.entity }
    var chosenSpeaker: ChosenSpeaker? { browse?.reader.speaker }
    var currentQuote: SpeakerIndex.QuoteRef? { browse?.reader.currentQuote }
    var marked: Int? { browse?.marked }
    var grouping: ListGrouping { browse?.list.grouping ?? .event }
    var listOrder: [Int] { browse?.list.order ?? [] }
    var events: [NewsEvent] { corpus.events }
    var corpusEntities: EntityIndex { corpus.entities }
    var corpusSpeakers: SpeakerIndex { corpus.speakers }
    func quote(_ ref: SpeakerIndex.QuoteRef) -> Quotation { corpus.quote(ref) }

    /// What the left pane lists.
    enum LeftPane { case articles, entities, entityArticles, speakers }
    var leftPane: LeftPane {
        switch browse?.side {
        case nil: return .articles
        case .entities?: return .entities
        case .entityArticles?: return .entityArticles
        case .speakers?: return .speakers
        }
    }

    var compare: CompareState? {
        if case .compare(let c) = mode { return c }
        return nil
    }
    var outlets: OutletsState? {
        if case .outlets(let o) = mode { return o }
        return nil
    }
    var picker: PickerState? {
        if case .picker(let p)? = overlay { return p }
        return nil
    }
    var help: HelpState? {
        if case .help(let h)? = overlay { return h }
        return nil
    }
    var showingHelp: Bool { help != nil }
    var searchPrompt: SearchPrompt? {
        if case .search(let p)? = overlay { return p }
        return nil
    }
}

extension OutletsState {
    /// The layout the view draws at `width`.
    func layout(width: Int) -> OutletsLayout {
        OutletsLayout(report, width: width, firstColumn: firstColumn, expanded: expanded)
    }
}
