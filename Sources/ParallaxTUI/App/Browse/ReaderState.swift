import ParallaxKit

/// The search in the open article.
public struct SearchState: Sendable, Hashable {
    /// The query last searched for.
    public var query = ""
    /// Matches in the open article, in reading order.
    public var matches: [TextRange] = []
    /// Index into `matches` of the current one.
    public var current: Int? = nil
    /// The list filter's words, set on opening an article from the filtered
    /// list: each word is found on its own (not the phrase), and the search
    /// goes when the filter does.
    public var fromFilter = false

    public init(query: String = "", matches: [TextRange] = [], current: Int? = nil, fromFilter: Bool = false) {
        self.query = query
        self.matches = matches
        self.current = current
        self.fromFilter = fromFilter
    }
}

/// The entity the reader follows: its mentions are highlighted and n/N walk them.
public struct ChosenEntity: Sendable, Hashable {
    public let entry: EntityIndex.Entry
    /// Index into `entry.mentions` of the mention last jumped to.
    public var current: Int? = nil
}

/// The speaker the reader follows: their quotations are highlighted and n/N walk them.
public struct ChosenSpeaker: Sendable, Hashable {
    public let entry: SpeakerIndex.Entry
    /// Index into `entry.quotes` of the quotation last jumped to.
    public var current: Int? = nil
}

/// What n/N walk when there is no search: one thing is followed at a time.
public enum Followed: Sendable, Hashable {
    case entity(ChosenEntity)
    case speaker(ChosenSpeaker)
}

/// The reading view: the open article, how far down it is scrolled, the
/// search, what is followed and the quotation or sentence shown.
public struct ReaderState: Sendable {
    /// The article in the reading view.
    public internal(set) var article: Int?
    /// The article's layout lines shown.
    public internal(set) var scroll = ScrollState()
    public internal(set) var search = SearchState()
    public internal(set) var followed: Followed? = nil
    /// The quotation ]/[ and }/{ last moved to; the status bar names its speaker.
    public internal(set) var currentQuote: SpeakerIndex.QuoteRef? = nil
    /// The sentence Enter in the compare view opened, marked.
    public internal(set) var markedSentence: (article: Int, range: TextRange)? = nil

    /// First layout line shown.
    public var top: Int { scroll.top }

    public var entity: ChosenEntity? {
        if case .entity(let e) = followed { return e } else { return nil }
    }

    public var speaker: ChosenSpeaker? {
        if case .speaker(let s) = followed { return s } else { return nil }
    }
}
