import Foundation

/// A corpus as the reader holds it: every article's summary and the
/// events, and the rest when first asked for — each article (an
/// `ArticleShelf`), the entity and speaker indexes, the quotations `]`/`[`
/// walk. Opened through the index, a corpus whose files have not changed
/// since the last load starts from that load's snapshot without reading a
/// file; otherwise it is loaded (through the index, files it has seen are
/// not analysed again) and a snapshot made for the next start.
public final class OpenedCorpus: @unchecked Sendable {
    public let articles: ArticleShelf
    public let events: [NewsEvent]
    /// Problems with individual files, in the order the files were found.
    public let warnings: [LoadWarning]
    /// What the index said (rebuilt, could not be written).
    public private(set) var notes: [String]
    /// Whether this start came from a snapshot (no file was read).
    public let fromSnapshot: Bool

    private let stored: (index: CorpusIndex, state: UInt64)?
    private let lock = NSLock()
    private var entityIndex: EntityIndex?
    private var speakerIndex: SpeakerIndex?
    private var walks: [SpeakerIndex.QuoteRef]?
    /// The map of the index's search rows to these articles, and what it
    /// was made for (under its own lock).
    private let searchLock = NSLock()
    private var searchRows: (entries: [CorpusSearch.Entry], rows: SearchRows)?
    /// The outlets report (under its own lock: it takes long), and the one
    /// a load started making from the articles it had in memory.
    private let reportLock = NSLock()
    private var report: OutletReport?
    private var making: Background<OutletReport>?

    /// A corpus loaded in memory, with its events.
    public convenience init(articles: [Article], events: [NewsEvent], warnings: [LoadWarning] = [], notes: [String] = []) {
        self.init(shelf: ArticleShelf(articles), events: events, warnings: warnings, notes: notes, stored: nil,
                  fromSnapshot: false)
    }

    private init(shelf: ArticleShelf, events: [NewsEvent], warnings: [LoadWarning], notes: [String],
                 stored: (CorpusIndex, UInt64)?, fromSnapshot: Bool) {
        articles = shelf
        self.events = events
        self.warnings = warnings
        self.notes = notes
        self.stored = stored
        self.fromSnapshot = fromSnapshot
    }

    private convenience init(snapshot: CorpusSnapshot, index: CorpusIndex, notes: [String], fromSnapshot: Bool) {
        self.init(shelf: ArticleShelf(snapshot: snapshot, index: index), events: snapshot.events,
                  warnings: snapshot.warnings, notes: notes, stored: (index, snapshot.state), fromSnapshot: fromSnapshot)
    }

    /// Every entity of the corpus (decoded from the snapshot, or indexed,
    /// on first use; safe from any thread).
    public var entities: EntityIndex {
        cached(\.entityIndex, part: .entities, decode: { r, n in try r.entityIndex(articles: n) },
               make: { EntityIndex(articles: $0) })
    }

    /// Every speaker of the corpus.
    public var speakers: SpeakerIndex {
        cached(\.speakerIndex, part: .speakers, decode: { r, n in try r.speakerIndex(articles: n) },
               make: { SpeakerIndex(articles: $0) })
    }

    /// The quotations `]`/`[` walk, in corpus order: speech and headlines
    /// (scare quotes are nobody's words).
    public var walkableQuotes: [SpeakerIndex.QuoteRef] {
        cached(\.walks, part: .walks, decode: { r, n in try r.quoteRefs(articles: n) }, make: Self.walkable)
    }

    static func walkable(_ articles: some ArticleCollection) -> [SpeakerIndex.QuoteRef] {
        articles.indices.flatMap { a in
            articles[a].quotes.indices.filter { articles[a].quotes[$0].isSomeonesWords }
                .map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
        }
    }

    private func cached<T>(_ slot: ReferenceWritableKeyPath<OpenedCorpus, T?>, part: CorpusIndex.SnapshotPart,
                           decode: (inout ByteReader, Int) throws -> T, make: (ArticleShelf) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: slot] { return value }
        var value: T?
        if let (index, state) = stored, let data = index.snapshotPart(part, state: state) {
            var reader = ByteReader(data)
            if let decoded = try? decode(&reader, articles.count), reader.isAtEnd { value = decoded }
        }
        let made = value ?? make(articles)
        self[keyPath: slot] = made
        return made
    }

    /// The outlets report over the whole corpus: the snapshot's, else made
    /// (from the articles a load left in memory, else read from the index,
    /// each once: `QuotedArticles`) and kept in the snapshot, once per
    /// corpus state.
    public var outletReport: OutletReport {
        reportLock.lock()
        defer { reportLock.unlock() }
        if let report { return report }
        if let (index, state) = stored, let data = index.snapshotPart(.outlets, state: state) {
            var reader = ByteReader(data)
            if let kept = try? reader.outletReport(articles: articles.count), reader.isAtEnd {
                report = kept
                making = nil
                return kept
            }
        }
        let made = making?.value ?? (articles.isStored
            ? QuotedArticles(articles).report(events: events, kept: stored?.index)
            : OutletReport(articles: articles, events: { events }, kept: stored?.index))
        making = nil
        report = made
        if let (index, state) = stored {
            var w = ByteWriter()
            w.outletReport(made)
            try? index.save(.outlets, w.data, state: state)  // not kept: made again next time
        }
        return made
    }

    /// Reads the entity and speaker indexes, the walk and the outlets
    /// report now, on this thread (a background one) and one more, so that
    /// the first `e`, `s`, `]` or `o` does not wait for them; after a load,
    /// the report the load started is waited for and kept. Without a report
    /// kept or being made it is left for `o` to make.
    ///
    /// The report is read beside the indexes, not after them: at 100,000
    /// articles each takes a few tenths of a second, and an `o` pressed
    /// soon after the first frame waits for the report alone.
    public func prepare() {
        let reading = Background { [self] in _ = preparedOutletReport }
        _ = entities
        _ = speakers
        _ = walkableQuotes
        reading.value
    }

    /// The articles matching `query` (words; the outlet and days given),
    /// in corpus order, through the index's search table and a map of its
    /// rows to these articles made on first use (`SearchRows`), and made
    /// again when another load has written the table since. Nil for a
    /// corpus not opened through the index.
    public func searchMatches(_ query: String, outlet: String?, from: String?, to: String?) throws -> [Int]? {
        guard let (index, _) = stored else { return nil }
        searchLock.lock()
        defer { searchLock.unlock() }
        for attempt in 0..<2 {
            let (entries, rows) = try searchRows ?? madeSearchRows(index, kept: attempt == 0)
            searchRows = (entries, rows)
            if let found = try rows.matches(query, entries: entries, index: index, outlet: outlet, from: from, to: to) {
                return found
            }
            searchRows = nil  // the table was written since: made again
        }
        return nil
    }

    /// Makes the search map now (the reader, behind its first frame), so
    /// that the first `/` filter does not wait for it.
    public func prepareSearch() {
        guard let (index, _) = stored else { return }
        searchLock.lock()
        defer { searchLock.unlock() }
        if searchRows == nil { searchRows = try? madeSearchRows(index, kept: true) }
    }

    /// The map the snapshot keeps, if `kept` and it has one; else made
    /// from the table (it stands while the table is not written).
    private func madeSearchRows(_ index: CorpusIndex, kept: Bool) throws
        -> (entries: [CorpusSearch.Entry], rows: SearchRows) {
        let entries = searchEntries
        if kept, let (index, state) = stored, let part = index.keptSearch(state: state), part.outlets.count == entries.count {
            return (entries, part.rows)
        }
        return (entries, try SearchRows(entries: entries, index: index))
    }

    /// Makes again what a search of this corpus's snapshot reads
    /// (`CorpusIndex.keepSearch`), when it was opened from one that stands:
    /// for `parallax search` after it could not answer from the snapshot.
    public func keepSearch() {
        guard fromSnapshot, let (index, _) = stored, let snapshot = articles.snapshot else { return }
        try? index.keepSearch(snapshot)
    }

    /// What a search needs of each article (`CorpusSearch.Entry`): from its
    /// summary, and its file's key from the snapshot when there is one (no
    /// path worked out again).
    public var searchEntries: [CorpusSearch.Entry] {
        let summaries = articles.summaries, keys = articles.fileKeys
        return summaries.indices.map { CorpusSearch.Entry(summaries[$0], key: keys?[$0]) }
    }

    /// Whether the outlets report a load started is still being made, or
    /// made and not yet kept in the index: not taken yet, or being taken
    /// (its lock held, by `prepare` waiting for it, say).
    public var isMakingReport: Bool {
        guard !fromSnapshot else { return false }
        guard reportLock.try() else { return true }
        defer { reportLock.unlock() }
        return report == nil && making != nil
    }

    /// Waits for the outlets report a load started, and keeps it in the
    /// index. A reader closed soon after a load would otherwise end with it
    /// unmade, and the next start's `o` would make it again from the
    /// index's rows (`QuotedArticles`: 23 s at 100,000 articles), where the
    /// load's own is ready a few seconds after the first frame.
    public func keepReportBeingMade() {
        if isMakingReport { _ = outletReport }
    }

    /// The outlets report when it is at hand: made, kept in the snapshot
    /// (then read), or being made by the load (then waited for). Nil when
    /// `outletReport` would have to make it from the articles.
    public var preparedOutletReport: OutletReport? {
        reportLock.lock()
        let due = report != nil || making != nil
            || stored.map { $0.index.hasSnapshotPart(.outlets, state: $0.state) } == true
        reportLock.unlock()
        return due ? outletReport : nil
    }

    /// Opens the corpus at `paths`. With an `index`: from the snapshot of
    /// the files as they are, if the index has one; else loaded through the
    /// index, its events grouped, and a snapshot made (the articles are then
    /// read from the index like a snapshot's, so memory stays near the
    /// summaries). Without one, loaded in memory.
    public static func open(paths: [String], index: CorpusIndex?, progress: ProgressHandler? = nil,
                            cancellation: CancellationFlag? = nil) throws -> OpenedCorpus {
        // What follows a load: the events grouped, the entity and speaker
        // indexes and the walk made, and the outlets report started on a
        // thread of its own (`prepare`, behind the reader's first frame,
        // waits for it). Through the index it runs while the rows are
        // written. The indexes need no events, nor do most parts of the
        // report: they are made on threads of their own while the events are
        // grouped, whose steps on one thread would leave a core idle.
        var held: OpenedCorpus?
        let follow: (Corpus) throws -> Void = { loaded in
            let indexing = Background {
                (EntityIndex(articles: loaded.articles), SpeakerIndex(articles: loaded.articles), walkable(loaded.articles))
            }
            // The outlets report too: what it needs no events for is made
            // while they are grouped (it then waits for them).
            // Each event's answers from the index when the load took files
            // from it (after an edit, nearly all stand). Not into an empty
            // index: there is nothing to take, and keeping 30,000 answers
            // while the rows are written made the cold 100,000-article build
            // 15-30 s slower; the first load after it keeps them.
            let kept = (loaded.indexUse?.filesReused ?? 0) > 0 ? index : nil
            let reporting = Background {
                OutletReport(articles: loaded.articles, events: { loaded.events }, kept: kept, credits: loaded.credits)
            }
            progress?(LoadProgress(.grouping, total: loaded.articles.count))
            let events = loaded.events
            try cancellation?.check()
            progress?(LoadProgress(.indexing))
            let made = OpenedCorpus(articles: loaded.articles, events: events, warnings: loaded.warnings, notes: loaded.notes)
            made.making = reporting
            (made.entityIndex, made.speakerIndex, made.walks) = indexing.value
            held = made
        }
        let loaded: Corpus
        var watched: [WatchedStamp] = []
        if let index {
            var reporter = ProgressReporter(progress, cancellation)
            try reporter.begin(.finding)
            // The last snapshot of these paths is read on another thread while
            // the files are looked at; it stands if they have not changed.
            let guess = Background { index.snapshot(paths: CorpusState.pathsKey(paths)) }
            let now = try CorpusState.now(paths: paths)
            watched = now.found.watched
            if var snapshot = guess.value.flatMap({ $0.state == now.key ? $0 : nil }) ?? index.snapshot(state: now.key) {
                snapshot.watched = watched
                return OpenedCorpus(snapshot: snapshot, index: index, notes: [], fromSnapshot: true)
            }
            // The same files with the same bytes, their stamps moved: the same snapshot.
            if let snapshot = guess.value, var restamped = index.restamped(snapshot, as: now) {
                restamped.watched = watched
                return OpenedCorpus(snapshot: restamped, index: index, notes: [], fromSnapshot: true)
            }
            // Else loaded from the files just found, not found again.
            loaded = try Corpus.load(now.found, paths: paths, reporter: &reporter, index: index, alongside: follow)
        } else {
            loaded = try Corpus.load(paths: paths, progress: progress, cancellation: cancellation)
            try follow(loaded)
        }
        try cancellation?.check()
        guard let held else { throw CancellationError() }
        held.notes = loaded.notes  // the load's (the index could not be written) came after `follow` made it
        let events = held.events
        guard let index, let (state, revision) = loaded.indexState else { return held }
        let linked = LinkedRow.rows(loaded.articles.map { ($0.entities, $0.quotes) })
        let snapshot = CorpusSnapshot(
            state: state, paths: CorpusState.pathsKey(paths), summaries: held.articles.summaries,
            locations: loaded.indexLocations,
            events: events, warnings: loaded.warnings, linked: linked.map(\.key), watched: watched)
        do {
            guard try index.save(snapshot, revision: revision, linked: linked,
                                 entities: held.entities, speakers: held.speakers, walks: held.walkableQuotes)
            else { return held }
        } catch {
            held.notes.append("warning: cannot keep the corpus in the index \(index.path) (\(error))")
            return held
        }
        let opened = OpenedCorpus(snapshot: snapshot, index: index, notes: loaded.notes, fromSnapshot: false)
        return opened.withIndexes(of: held)
    }

    /// Takes the indexes `other` has already made, and the outlets report
    /// it is making.
    private func withIndexes(of other: OpenedCorpus) -> OpenedCorpus {
        entityIndex = other.entityIndex
        speakerIndex = other.speakerIndex
        walks = other.walks
        making = other.making
        return self
    }
}
