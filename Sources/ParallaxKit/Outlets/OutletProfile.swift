/// How one outlet covers the corpus (or one event): how much it wrote, whom
/// it lets speak, which names it stresses, whose reporting it credits, and
/// what it alone carries in each event.
public struct OutletProfile: Sendable {
    /// Someone the outlet quotes.
    public struct Speaker: Sendable, Hashable {
        public let name: String
        public let quotes: [SpeakerIndex.QuoteRef]
        /// Words of their quotations.
        public let words: Int
        /// Their words over all the words the outlet quotes (speech,
        /// attributed or not), 0...1.
        public let share: Double
        public var quoteCount: Int { quotes.count }
    }

    /// An entity the outlet names more than the other outlets do.
    public struct StressedEntity: Sendable, Hashable {
        public let name: String
        public let type: EntityType
        /// Mentions in this outlet's articles, and in the other outlets'.
        public let mentions: Int
        public let mentionsElsewhere: Int
        /// The mentions' share of all the outlet's entity mentions, 0...1.
        public let share: Double
        /// How much more this outlet names it than the others, as a z-score
        /// of the log-odds ratio (informative Dirichlet prior): above 2 is
        /// unlikely to be chance.
        public let score: Double
    }

    /// A news organisation whose reporting the outlet credits.
    public struct CreditedSource: Sendable, Hashable {
        public let source: String
        /// Credits, over all articles.
        public let count: Int
        /// The articles that credit it, in corpus order.
        public let articles: [Int]
        /// Where it is credited: article index and the name's range.
        public let places: [EntityIndex.Mention]
        /// How it is credited ("with reporting by", "as cited by", "byline"),
        /// most used first.
        public let cues: [String]
    }

    /// The outlet's reports of one event.
    public struct Coverage: Sendable, Hashable {
        public let event: String
        public let label: String
        /// This outlet's articles in the event and their headlines.
        public let articles: [Int]
        public let headlines: [String]
        /// Speech quotations it carries that no other outlet in the event does.
        public let exclusiveQuotes: [SpeakerIndex.QuoteRef]
    }

    public let outlet: String
    /// Its articles in the scope, in corpus order.
    public let articles: [Int]
    public let words: Int
    /// The events it reports, by id.
    public let events: [String]
    /// Words of all its speech quotations (the speakers' shares' whole).
    public let quotedWords: Int
    /// Most quoted first.
    public let speakers: [Speaker]
    /// Most stressed first; only entities it names more than the rest do.
    public let stressed: [StressedEntity]
    /// Most credited first.
    public let credits: [CreditedSource]
    /// One entry an event, in event order.
    public let coverage: [Coverage]
}
