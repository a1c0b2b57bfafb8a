import Foundation

/// The outlets of a corpus side by side, over the whole corpus or over one
/// event: what the outlets view shows and `parallax outlets` prints.
public struct OutletReport: Sendable {
    /// The event the report covers, or nil for the whole corpus.
    public let event: NewsEvent?
    /// Most articles first; ties by name.
    public let profiles: [OutletProfile]
    /// Who quoted whom: each speaker any outlet quotes (most quoted first)
    /// with their quotations in each outlet, in the order of `profiles`.
    public let speakerMatrix: [(speaker: String, quotes: [Int])]
    /// The words, speaker and place of each quotation the report lists as
    /// carried by one outlet alone: the report is shown without reading the
    /// articles again (over 100,000 articles, from the index, that took
    /// seconds).
    public let quotations: [SpeakerIndex.QuoteRef: Quoted]

    public struct Quoted: Sendable, Hashable {
        public let speaker: String?
        public let text: String
        /// Where the quotation is in its article's text.
        public let range: TextRange
    }

    /// The name an article's outlet goes by when none is known.
    public static let unknownOutlet = "(outlet unknown)"

    public init(articles: some ArticleCollection, events: [NewsEvent], event: NewsEvent? = nil) {
        self.init(articles: articles, event: event, events: { events })
    }

    /// The report, the events asked for only once what needs none is made
    /// (each outlet's stressed names, quoted words, speakers and credits):
    /// a load starts its report while the events are still being grouped,
    /// whose steps on one thread would leave a core idle.
    ///
    /// With `kept`, each event's exclusive quotations are taken from it
    /// where it has them, and kept in it where found. With `credits`
    /// (each article's, as an indexed load keeps them), no article's
    /// credits are looked for in its text.
    init(articles: some ArticleCollection, event: NewsEvent? = nil, events: () -> [NewsEvent],
         kept: EventQuotesStore? = nil, credits: [[Credit]]? = nil) {
        self.event = event
        let scope = event?.articles ?? Array(articles.indices)
        var byOutlet: [String: [Int]] = [:]
        for index in scope { byOutlet[Self.outlet(of: articles[index]), default: []].append(index) }
        let outlets = byOutlet.keys.sorted {
            byOutlet[$0]!.count != byOutlet[$1]!.count ? byOutlet[$0]!.count > byOutlet[$1]!.count : $0 < $1
        }
        let stressed = Salience.stressed(articles: articles, groups: outlets.map { ($0, byOutlet[$0]!) })
        // What each outlet's profile needs no events for, on every core.
        let counted = ParallelMap.mapAll(outlets) { outlet in
            let own = byOutlet[outlet]!
            var quoted = 0
            let speakers = SpeakerIndex(articles: articles, among: Set(own), speechWords: &quoted)
            return (quoted: quoted, speakers: Self.speakers(speakers, quotedWords: quoted),
                    credits: Self.credits(articles, own, outlet: outlet, found: credits))
        }
        let scopeEvents = event.map { [$0] } ?? events()
        let exclusive = Self.exclusiveQuotes(articles: articles, events: scopeEvents, kept: kept)
        // Each outlet's profile on every core.
        let profiles = ParallelMap.mapAll(Array(outlets.enumerated())) { k, outlet in
            let own = byOutlet[outlet]!
            let ownSet = Set(own)
            let covered = scopeEvents.filter { $0.articles.contains(where: ownSet.contains) }
            return OutletProfile(
                outlet: outlet, articles: own, words: own.reduce(0) { $0 + articles[$1].wordCount },
                events: covered.map(\.id), quotedWords: counted[k].quoted,
                speakers: counted[k].speakers, stressed: stressed[k], credits: counted[k].credits,
                coverage: covered.map { e in
                    let mine = e.articles.filter(ownSet.contains)
                    return OutletProfile.Coverage(event: e.id, label: e.label, articles: mine,
                                                  headlines: mine.map { articles[$0].title },
                                                  exclusiveQuotes: mine.flatMap { exclusive[$0] ?? [] })
                })
        }
        self.profiles = profiles
        var quotations: [SpeakerIndex.QuoteRef: Quoted] = [:]
        for ref in profiles.lazy.flatMap(\.coverage).flatMap(\.exclusiveQuotes) where quotations[ref] == nil {
            let q = articles[ref.article].quotes[ref.quote]
            quotations[ref] = Quoted(speaker: q.speaker, text: articles[ref.article].text(q.range), range: q.range)
        }
        self.quotations = quotations
        var totals: [String: Int] = [:]
        for p in profiles { for s in p.speakers { totals[s.name, default: 0] += s.quoteCount } }
        let names = totals.keys.sorted { totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1 }
        // Each outlet's count by name, looked up rather than searched for (thousands of speakers).
        let counts = profiles.map { p in
            Dictionary(p.speakers.map { ($0.name, $0.quoteCount) }, uniquingKeysWith: { first, _ in first })
        }
        speakerMatrix = names.map { name in (name, counts.map { $0[name] ?? 0 }) }
    }

    /// A report as the index kept it.
    init(event: NewsEvent?, profiles: [OutletProfile], speakerMatrix: [(speaker: String, quotes: [Int])],
         quotations: [SpeakerIndex.QuoteRef: Quoted]) {
        self.event = event
        self.profiles = profiles
        self.speakerMatrix = speakerMatrix
        self.quotations = quotations
    }

    public static func outlet(of article: Article) -> String { article.metadata.outlet ?? unknownOutlet }

    /// The outlet's speakers, each with their share of its `quotedWords`
    /// (the words of all its speech quotations).
    private static func speakers(_ index: SpeakerIndex, quotedWords: Int) -> [OutletProfile.Speaker] {
        index.entries.map {
            OutletProfile.Speaker(name: $0.name, quotes: $0.quotes, words: $0.words,
                                  share: quotedWords > 0 ? Double($0.words) / Double(quotedWords) : 0)
        }
    }

    /// Whose reporting the outlet credits: never itself ("Fox News' Jane
    /// Doe contributed to this report" is its own staff) and never a photo
    /// agency (pictures are not reporting).
    private static func credits(_ articles: some ArticleCollection, _ own: [Int], outlet: String,
                                found: [[Credit]]?) -> [OutletProfile.CreditedSource] {
        var bySource: [String: (count: Int, articles: [Int], places: [EntityIndex.Mention], cues: [String: Int])] = [:]
        // Whether each source counts, decided once for it rather than at each credit.
        let outletKey = OutletNames.outletKey(outlet)
        var counts: [String: Bool] = [:]
        for a in own {
            for credit in found?[a] ?? CreditFinder.credits(in: articles[a]) {
                let counted = counts[credit.source] ?? {
                    let counted = OutletNames.outletKey(credit.source) != outletKey && !CreditFinder.isPhotoAgency(credit.source)
                    counts[credit.source] = counted
                    return counted
                }()
                guard counted else { continue }
                // In place: a copy of the entry taken out and put back copied its
                // places at each credit (thousands for a wire service).
                func add(_ entry: inout (count: Int, articles: [Int], places: [EntityIndex.Mention], cues: [String: Int])) {
                    entry.count += 1
                    if entry.articles.last != a { entry.articles.append(a) }
                    entry.places.append(EntityIndex.Mention(article: a, range: credit.range))
                    entry.cues[credit.cue, default: 0] += 1
                }
                add(&bySource[credit.source, default: (0, [], [], [:])])
            }
        }
        return bySource.map { source, e in
            OutletProfile.CreditedSource(
                source: source, count: e.count, articles: e.articles, places: e.places,
                cues: e.cues.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key))
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.source < $1.source }
    }

    /// For each article of the events, its speech quotations that no
    /// report of the event from another outlet carries (matched as the
    /// compare view matches shared quotations). Each article's quotations
    /// are read once, and the reports that share quotations are found
    /// through an index of their stems rather than pair by pair.
    static func exclusiveQuotes(articles: some ArticleCollection, events: [NewsEvent],
                                kept: EventQuotesStore? = nil) -> [Int: [SpeakerIndex.QuoteRef]] {
        guard let kept else { return matchedExclusiveQuotes(articles: articles, events: events) }
        // Events of one report read nothing of another: all of theirs are the article's speech.
        let shared = events.indices.filter { events[$0].articles.count > 1 }
        // Each event's key, and its reports' quotation kinds to check a kept
        // answer by: each report read once (from the index, a row each).
        let read = ParallelMap.mapAll(shared) { e -> (key: UInt64, kinds: [[Quotation.Kind]]) in
            let reports = events[e].articles.map { articles[$0] }
            return (eventKey(reports), reports.map { $0.quotes.map(\.kind) })
        }
        let keys = read.map(\.key)
        let known = kept.exclusiveQuotes(of: keys)
        var out: [Int: [SpeakerIndex.QuoteRef]] = [:]
        var todo = events.indices.filter { events[$0].articles.count == 1 }
        for (n, e) in shared.enumerated() {
            let event = events[e]
            guard let lists = known[keys[n]], lists.count == event.articles.count,
                  zip(read[n].kinds, lists).allSatisfy({ kinds, list in Self.isExclusiveList(list, kinds: kinds) })
            else {
                todo.append(e)
                continue
            }
            for (a, list) in zip(event.articles, lists) { out[a] = list.map { SpeakerIndex.QuoteRef(article: a, quote: $0) } }
        }
        todo.sort()
        let found = matchedExclusiveQuotes(articles: articles, events: todo.map { events[$0] })
        out.merge(found) { first, _ in first }
        // Those found now (missing, or kept damaged) are kept.
        let foundNow = Set(todo)
        var keep: [UInt64: [[Int]]] = [:]
        for (n, e) in shared.enumerated() where foundNow.contains(e) {
            keep[keys[n]] = events[e].articles.map { a in (found[a] ?? []).map(\.quote) }
        }
        if !keep.isEmpty { kept.keep(keep, used: Set(keys)) }
        return out
    }

    /// What finding an event's exclusive quotations reads, hashed: its
    /// reports' outlets and their quotations' kinds and words, in order,
    /// with the matcher's and analyser's versions. Not where the quotations
    /// stand (the answer names them by their order): an edit above them
    /// keeps the event's answer. Two events that hash alike (a chance of
    /// about one in 10^10 among 100,000 events) would share an answer.
    static func eventKey(_ reports: [Article]) -> UInt64 {
        var h = FNV1a()
        h.add("event quotes \(QuoteMatcher.version) \(CorpusIndex.analyserVersion)")
        for article in reports {
            h.add(outlet(of: article))
            h.add(UInt64(article.quotes.count))
            for q in article.quotes {
                h.add(q.kind.rawValue)
                h.add(UInt64(q.range.end - q.range.start))
                h.add(article.source, q.range)
            }
        }
        return h.value
    }

    /// Whether a kept answer can be that of an article whose quotations
    /// are of `kinds`: its speech quotations, each once, in order (anything
    /// else is damage, found again).
    private static func isExclusiveList(_ list: [Int], kinds: [Quotation.Kind]) -> Bool {
        zip(list, list.dropFirst()).allSatisfy { $0 < $1 }
            && list.allSatisfy { kinds.indices.contains($0) && kinds[$0] == .speech }
    }

    private static func matchedExclusiveQuotes(articles: some ArticleCollection,
                                               events: [NewsEvent]) -> [Int: [SpeakerIndex.QuoteRef]] {
        // Events in runs on every core: no event's answer depends on another's.
        // Each run reads its words through one numbering, which stems each
        // spelling once: four runs a thread keep the cores evenly busy, and
        // fewer, longer runs stem fewer spellings again (in runs of 256
        // events, stemming was most of reading the quotations).
        let size = max(256, events.count / (4 * ParallelMap.threadCount) + 1)
        let parts = ParallelMap.mapAll(ParallelMap.runs(events.count, of: size)) {
            exclusiveQuotes(articles: articles, run: events[$0])
        }
        var out: [Int: [SpeakerIndex.QuoteRef]] = [:]
        for part in parts {
            out.merge(part) { first, _ in first }
        }
        return out
    }

    private static func exclusiveQuotes(articles: some ArticleCollection,
                                        run: ArraySlice<NewsEvent>) -> [Int: [SpeakerIndex.QuoteRef]] {
        var numbering = QuoteMatcher.Numbering()
        var out: [Int: [SpeakerIndex.QuoteRef]] = [:]
        for event in run {
            // Quotations another outlet carries too, and repeats of a
            // quotation the same outlet already carried in an earlier report.
            var shared: [Int: Set<Int>] = [:]
            // A report alone in its event shares nothing: no need to read its quotations.
            let pairs: [QuoteMatcher.PairMatches]
            if event.articles.count > 1 {
                numbering.forgetLengths()
                let reports = event.articles.map { numbering.quotes(of: articles[$0]) }
                pairs = QuoteMatcher.matchAll(reports, numbering: &numbering)
            } else {
                pairs = []
            }
            let outlets = pairs.isEmpty ? [] : event.articles.map { outlet(of: articles[$0]) }
            for pair in pairs {
                let x = event.articles[pair.first], y = event.articles[pair.second]
                let sameOutlet = outlets[pair.first] == outlets[pair.second]
                for match in pair.matches {
                    if !sameOutlet { shared[x, default: []].insert(match.a) }
                    shared[y, default: []].insert(match.b)
                }
            }
            for x in event.articles {
                let quotes = articles[x].quotes, sharedOfX = shared[x] ?? []
                out[x] = quotes.indices
                    .filter { quotes[$0].kind == .speech && !sharedOfX.contains($0) }
                    .map { SpeakerIndex.QuoteRef(article: x, quote: $0) }
            }
        }
        return out
    }
}

/// Where the exclusive quotations of events found before are kept (the
/// index), under `OutletReport.eventKey`: for each report of the event in
/// order, the indices of its quotations no other outlet carries.
protocol EventQuotesStore: Sendable {
    func exclusiveQuotes(of keys: [UInt64]) -> [UInt64: [[Int]]]
    func keep(_ found: [UInt64: [[Int]]], used: Set<UInt64>)
}
