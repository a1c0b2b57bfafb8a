import Foundation

/// The articles Parallax reads, loaded from folders and files.
///
/// Loading never writes anything. Files that cannot be used (binary, empty,
/// unreadable) are skipped with a warning; mis-encoded files are read with
/// replacement characters and a warning.
public struct Corpus: Sendable {
    public let articles: [Article]
    /// Problems with individual files, in the order the files were found.
    public let warnings: [LoadWarning]
    /// What the index said while loading (rebuilt, could not be written):
    /// for the user, not about any file.
    public internal(set) var notes: [String] = []
    /// How an indexed load went; nil without an index.
    public internal(set) var indexUse: IndexUse?
    /// The state of the files an indexed load read, and the revision of the
    /// index's rows it left: what a snapshot of this corpus is kept under.
    var indexState: (key: UInt64, revision: Int)?
    /// Where each article's row is in the index (an indexed load).
    var indexLocations: [CorpusSnapshot.Location] = []
    /// The articles grouped by the happening they report, worked out on
    /// first use (`list` and `show` never need them).
    public var events: [NewsEvent] { eventCache.value }
    private let eventCache: EventCache

    public init(articles: [Article], warnings: [LoadWarning]) {
        self.init(articles: articles, warnings: warnings, eventTerms: nil)
    }

    /// A corpus whose articles' `eventTerms` and `credits` are known (an
    /// indexed load keeps them): its events are grouped from them.
    init(articles: [Article], warnings: [LoadWarning], eventTerms: [EventTerms]?, credits: [[Credit]]? = nil) {
        self.articles = articles
        self.warnings = warnings
        self.credits = credits
        eventCache = EventCache(articles, terms: eventTerms)
    }

    /// Each article's credits (`CreditFinder`), when an indexed load has
    /// them: the outlets report reads them rather than the text.
    let credits: [[Credit]]?

    /// The extensions read from folders.
    public static var extensions: Set<String> { Set(FileReader.formats.keys) }

    /// Loads every article file under `paths`: text, Markdown, web pages,
    /// feeds and JSON Lines (folders are read recursively, in name order;
    /// files named directly are read whatever their extension).
    public static func load(paths: [String]) throws -> Corpus {
        try load(paths: paths, progress: nil, cancellation: nil)
    }

    /// Throws `CorpusError.notFound` for the first of `paths` that does not
    /// exist: cheap, so the reader says it before it takes the terminal.
    public static func checkPaths(_ paths: [String]) throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) { throw CorpusError.notFound(path) }
    }

    /// `load(paths:)`, reporting each stage's progress to `progress` (from
    /// this thread, throttled) and stopping with `CancellationError` soon
    /// after `cancellation` is set: every file read and every article
    /// analysed polls it. Events are not grouped here (see `events`).
    ///
    /// With an `index`, files whose bytes it has seen are not analysed again
    /// (see `CorpusIndex`); the corpus is the same either way.
    public static func load(paths: [String], progress: ProgressHandler?,
                            cancellation: CancellationFlag?, index: CorpusIndex? = nil) throws -> Corpus {
        var reporter = ProgressReporter(progress, cancellation)
        try reporter.begin(.finding)
        return try load(findFiles(paths), paths: paths, reporter: &reporter, index: index)
    }

    /// `load` of the files `found` at `paths` (found once by whoever looked
    /// at them first: `CorpusState.now` finds them the same way).
    ///
    /// `alongside` is what the caller does next with the corpus (group its
    /// events, index its entities), run here while the index writes what
    /// changed: at 100,000 new files the writing takes half a minute on a
    /// thread of its own. Without an index it runs once the corpus is made.
    static func load(_ found: FoundFiles, paths: [String], reporter: inout ProgressReporter,
                     index: CorpusIndex?, alongside: ((Corpus) throws -> Void)? = nil) throws -> Corpus {
        if let index {
            return try loadIndexed(found, paths: paths, index: index, reporter: &reporter, alongside: alongside)
        }
        let corpus = try loadPlain(found, paths: paths, reporter: &reporter)
        try alongside?(corpus)
        return corpus
    }

    private static func loadPlain(_ found: FoundFiles, paths: [String], reporter: inout ProgressReporter) throws -> Corpus {
        Gazetteer.prepareInBackground()
        var warnings = found.warnings
        var documents: [LoadedDocument] = []
        for reading in try parallel(found.files, .reading, &reporter, FileReader.read) {
            documents += reading.documents
            warnings += reading.warnings
        }
        guard !documents.isEmpty else { throw CorpusError.noArticles(paths, warnings: warnings) }
        return try build(documents, warnings: warnings, reporter: &reporter)
    }

    /// Builds a corpus from texts already in memory (tests, benchmarks).
    public static func from(texts: [(path: String, text: String)]) -> Corpus {
        var quiet = ProgressReporter(nil, nil)
        // Without a cancellation flag nothing throws.
        return try! build(texts.map { LoadedDocument(path: $0.path, id: nil, content: .text(SourceText($0.text)), warnings: []) },
              warnings: [], reporter: &quiet)
    }

    /// Builds a corpus from documents already extracted (tests, benchmarks).
    public static func from(documents: [(path: String, format: SourceFormat, document: ExtractedDocument)]) -> Corpus {
        var quiet = ProgressReporter(nil, nil)
        return try! build(documents.map { LoadedDocument(path: $0.path, id: nil, content: .extracted($0.document, $0.format),
                                                         warnings: []) }, warnings: [], reporter: &quiet)
    }

    private static func build(_ documents: [LoadedDocument], warnings: [LoadWarning],
                              reporter: inout ProgressReporter) throws -> Corpus {
        // Corpus-wide furniture first: short lines that recur across text files.
        var furniture = CorpusFurniture()
        try reporter.begin(.cleaning)
        for keys in try ParallelMap.map(documents, cancellation: reporter.cancellation, furnitureKeys) {
            furniture.add(lineKeys: keys)
        }
        let builder = ArticleBuilder(furniture: furniture)
        let ids = uniqueIDs(documents.map(\.path), names: documents.map(\.id))
        let articles = try parallel(Array(zip(documents, ids)), .cleaning, &reporter) { doc, id in
            build(doc, id: id, builder)
        }
        return try finish(articles, warnings: warnings, reporter: &reporter).corpus
    }

    /// The corpus-wide steps after cleaning: outlet names, entities (the
    /// `stored` candidates of an article where given and still valid),
    /// linking and quotations (the `storedQuotes` of an article where given
    /// and made from the same entities and metadata, see `quoteKey`); the
    /// corpus groups its events from `eventTerms` when given. When
    /// `storedQuotes` is given (an indexed load, which stores them), the
    /// credits of each article are found or kept with its quotations (they
    /// read the same), and each article's `quoteKey` is returned with its
    /// candidates.
    static func finish(_ cleaned: [Article], warnings: [LoadWarning], reporter: inout ProgressReporter,
                       stored: [(outlet: String?, candidates: ArticleCandidates)?]? = nil,
                       storedQuotes: [StoredFile.Attributed?]? = nil,
                       outlets unified: [String?]? = nil, eventTerms: [EventTerms]? = nil) throws
        -> (corpus: Corpus, candidates: [ArticleCandidates], quoteKeys: [UInt64]) {
        var articles = cleaned
        // One name per outlet, however each file spells it (`unified`, when
        // the caller has worked them out already).
        let outlets = unified ?? OutletNames.unify(articles.map { ($0.metadata.outlet, $0.metadata.url) })
        for i in articles.indices where articles[i].metadata.outlet != outlets[i] {
            if articles[i].metadata.outlet == nil { articles[i].metadata.outletSource = .frontMatter }  // its url's site
            articles[i].metadata.outlet = outlets[i]
        }
        // Entities: candidates per article, then one linking pass over the corpus.
        let recognizer = EntityRecognizer()
        let named = articles
        let candidates = try parallel(Array(named.indices), .entities, &reporter) { i -> ArticleCandidates in
            if let kept = stored?[i], kept.outlet == named[i].metadata.outlet { return kept.candidates }
            return recognizer.candidates(in: named[i])
        }
        let linked = EntityLinker().link(candidates)
        for i in articles.indices { articles[i].entities = linked[i] }
        // Quotes last: speakers are the linked entities.
        let linkedArticles = articles
        // Each article's key is worked out here, on every core, once.
        let found = try parallel(Array(linkedArticles.indices), .quotes, &reporter) { i -> StoredFile.Attributed in
            let article = linkedArticles[i]
            guard let storedQuotes else { return StoredFile.Attributed(key: 0, quotes: QuoteExtractor.quotes(in: article), credits: []) }
            let key = quoteKey(article)
            if let kept = storedQuotes[i], kept.key == key { return kept }
            return StoredFile.Attributed(key: key, quotes: QuoteExtractor.quotes(in: article),
                                         credits: CreditFinder.credits(in: article))
        }
        for i in articles.indices { articles[i].quotes = found[i].quotes }
        let indexed = storedQuotes != nil
        return (Corpus(articles: articles, warnings: warnings + articles.flatMap(\.warnings), eventTerms: eventTerms,
                       credits: indexed ? found.map(\.credits) : nil),
                candidates, indexed ? found.map(\.key) : [])
    }

    /// `transform` of every item on every core (`ParallelMap`), reporting
    /// the stage's progress as items finish.
    ///
    /// With `each` and `total`, each item stands for `each` of `total`
    /// things done (runs of files, say) in the progress reported.
    static func parallel<T, R>(_ items: [T], _ stage: LoadProgress.Stage, _ reporter: inout ProgressReporter,
                               each: Int = 1, total: Int? = nil, _ transform: @escaping (T) -> R) throws -> [R] {
        let total = total ?? items.count
        try reporter.step(stage, 0, of: total)
        let lock = NSLock()
        nonisolated(unsafe) var shared = reporter  // stepped under the lock
        // Reading waits on the disk: more threads than cores (see `readingThreadCount`).
        let threads = stage == .reading ? ParallelMap.readingThreadCount : ParallelMap.threadCount
        let results = try ParallelMap.map(items, threads: threads, cancellation: reporter.cancellation, done: { finished in
            lock.lock()
            defer { lock.unlock() }
            try? shared.step(stage, min(finished * each, total), of: total)  // the map itself stops on cancellation
        }, transform)
        reporter = shared
        return results
    }

    /// The short lines of a text file that may be the site's furniture
    /// (lines of six words or fewer; long lines are skipped before their
    /// features are built).
    static func furnitureKeys(_ doc: LoadedDocument) -> Set<String> {
        guard case .text(let source) = doc.content else { return [] }
        let start = FrontMatter.range(in: source)?.end ?? 0
        let keys = source.lines(in: TextRange(start, source.count)).compactMap { line -> String? in
            guard !line.isBlank, line.content.length <= CorpusFurniture.maxLength else { return nil }
            let f = LineFeatures(source: source, range: line.content, indented: false)
            return CorpusFurniture.isCandidate(f) ? f.key : nil
        }
        return Set(keys)
    }

    static func build(_ doc: LoadedDocument, id: String, _ builder: ArticleBuilder) -> Article {
        switch doc.content {
        case .text(let source):
            return builder.build(id: id, path: doc.path, source: source, warnings: doc.warnings)
        case .extracted(let document, let format):
            return builder.build(id: id, path: doc.path, format: format, document: document, warnings: doc.warnings)
        }
    }

    /// The article with this id or path, or whose id is the only one that
    /// starts with `id`.
    public func article(id: String) -> Article? {
        Self.position(of: id, ids: articles.map(\.id), paths: articles.map(\.path)).map { articles[$0] }
    }

    /// Where the article `id` names is among articles known by their `ids`
    /// and `paths` (a corpus's, or its summaries'), as `article(id:)` finds it.
    public static func position(of id: String, ids: [String], paths: [String]) -> Int? {
        if let exact = ids.indices.first(where: { ids[$0] == id || paths[$0] == id }) { return exact }
        let matches = ids.indices.filter { ids[$0].hasPrefix(id) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// File names without extension (or the names given, for files that
    /// hold several articles); a name found twice gets its folder added.
    static func uniqueIDs(_ paths: [String], names given: [String?]? = nil) -> [String] {
        // 100,000 names are made on every core (`FileName`).
        let runs = ParallelMap.runs(paths.count, of: 4096)
        let names = ParallelMap.joined(runs.count) { r in
            runs[r].map { i in given?[i] ?? FileName.stem(of: paths[i]) }
        }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        var used: Set<String> = []
        return zip(paths, names).map { path, name in
            var id = name
            if counts[name]! > 1 {
                let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
                id = folder.isEmpty ? name : "\(folder)/\(name)"
            }
            var candidate = id
            var n = 2
            while used.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            used.insert(candidate)
            return candidate
        }
    }
}

/// Groups a corpus's articles into events once, when first asked.
private final class EventCache: @unchecked Sendable {
    private let articles: [Article]
    /// Each article's terms, when known; let go once the events are made.
    private var terms: [EventTerms]?
    private let lock = NSLock()
    private var events: [NewsEvent]?

    init(_ articles: [Article], terms: [EventTerms]?) {
        self.articles = articles
        self.terms = terms
    }

    /// Safe from any thread: the lock guards the one computation.
    var value: [NewsEvent] {
        lock.lock()
        defer { lock.unlock() }
        if let events { return events }
        let grouped = EventGrouper.group(articles, terms: terms)
        events = grouped
        terms = nil
        return grouped
    }
}
