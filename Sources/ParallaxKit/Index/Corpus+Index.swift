import Foundation

extension Corpus {
    /// One article on its way through an indexed load: read from its file
    /// now (cold), or its stored results (warm).
    private struct Pending {
        enum Source {
            /// Read now, with its furniture keys (`furnitureKeys`, sorted),
            /// found on the reading threads.
            case cold(LoadedDocument, furnitureKeys: [String])
            case stored(StoredFile.Document)
        }
        let file: Int
        let path: String
        let givenID: String?
        let keys: [String]
        let source: Source
    }

    /// One file: its key, and what reading it or the index gave.
    private struct FileLoad {
        let path: String
        let key: String
        let size: Int
        let mtime: Double
        let hash: UInt64
        let stamp: FileStamp?
        var warnings: [LoadWarning] = []
        var documents: [Pending.Source] = []
        /// True when the index has it under this key, as it is.
        var stored = false
        /// True when the index has it under this key with these bytes,
        /// whatever its time (touched, or saved unchanged): its search rows
        /// stand.
        var sameBytes = false
        /// False for a file that could not be read: nothing to keep.
        var keep = true

        /// Changed so lately that a change to come may keep its stamp (file
        /// times move in steps of a clock tick): its row is kept without a
        /// time, so the next load reads it, and no snapshot is made.
        var isRacy: Bool { Date().timeIntervalSince1970 - mtime < FileStamp.trustedAfter }
    }

    /// `load` with the index: files are hashed, those the index knows
    /// (under their path or, renamed, under another) come from it, the
    /// others are read and cleaned as without it. Corpus-wide steps run on
    /// the per-file results either way; what changed is written back.
    static func loadIndexed(_ found: FoundFiles, paths: [String], index: CorpusIndex,
                            reporter: inout ProgressReporter, alongside: ((Corpus) throws -> Void)? = nil) throws -> Corpus {
        let keys = index.keys()
        // File `n` from its row's blob (`entry`, when trusted), else read.
        func load(_ n: Int, entry: Data?) -> FileLoad {
            // The key and stamp finding the files gave: a file changed since
            // has a newer time than its row then, and is read again next run.
            let path = found.files[n], key = found.keys[n], stamp = found.stamps[n]
            let mtime = stamp?.mtime ?? 0
            if let stamp, let entry, let row = keys.byPath[key], let stored = StoredFile.decoded(entry, as: path) {
                var load = FileLoad(path: path, key: key, size: row.size, mtime: mtime, hash: row.hash, stamp: stamp)
                load.warnings = stored.warnings
                load.documents = stored.documents.map { .stored($0) }
                load.stored = true
                load.sameBytes = true
                return load
            }
            let data: Data
            switch FileReader.contents(of: path) {
            case .failure(let warning):
                var load = FileLoad(path: path, key: key, size: 0, mtime: mtime, hash: 0, stamp: stamp, warnings: [warning])
                load.keep = false
                return load
            case .success(let bytes): data = bytes
            }
            let hash = FNV1a.hash(data)
            var load = FileLoad(path: path, key: key, size: data.count, mtime: mtime, hash: hash, stamp: stamp)
            // Under its own path first, else any file with the same bytes (renamed, copied).
            var known: String?
            if let row = keys.byPath[key], row.size == data.count, row.hash == hash { known = key }
            if known == nil, let other = keys.byHash[hash], keys.byPath[other]?.size == data.count { known = other }
            if let known, let stored = index.entry(known, as: path) {
                load.warnings = stored.warnings
                load.documents = stored.documents.map { .stored($0) }
                // A row under its own path stands; its time is written anew if it changed.
                load.sameBytes = known == key
                load.stored = load.sameBytes && keys.byPath[key]?.mtime == mtime
                return load
            }
            Gazetteer.prepareInBackground()  // a file to analyse
            let reading = FileReader.read(path, data: data)
            load.warnings = reading.warnings
            load.documents = reading.documents.map { .cold($0, furnitureKeys: furnitureKeys($0).sorted()) }
            return load
        }
        // Files trusted by size and time are not read at all: their rows
        // are read a run of files at a time, in one transaction (one each
        // cost GRDB more than decoding them), and decoded on the reading
        // threads. Runs are short enough to keep every thread busy.
        func trusted(_ n: Int) -> Bool {
            guard let stamp = found.stamps[n], let row = keys.byPath[found.keys[n]] else { return false }
            return row.size == stamp.size && row.mtime == stamp.mtime
        }
        let size = max(1, min(64, found.files.count / (4 * ParallelMap.readingThreadCount)))
        let loads = try parallel(ParallelMap.runs(found.files.count, of: size), .reading, &reporter, each: size,
                                 total: found.files.count) { run -> [FileLoad] in
            let entries = index.entries(run.filter(trusted).map { found.keys[$0] })
            return run.map { n in load(n, entry: entries[found.keys[n]]) }
        }.flatMap { $0 }
        var warnings = found.warnings
        var pending: [Pending] = []
        for (n, load) in loads.enumerated() {
            warnings += load.warnings
            for source in load.documents {
                switch source {
                case .cold(let doc, let keys):
                    pending.append(Pending(file: n, path: doc.path, givenID: doc.id, keys: keys, source: source))
                case .stored(let stored):
                    pending.append(Pending(file: n, path: load.path, givenID: stored.givenID,
                                           keys: stored.furnitureKeys, source: source))
                }
            }
        }
        guard !pending.isEmpty else { throw CorpusError.noArticles(paths, warnings: warnings) }

        var furniture = CorpusFurniture()
        try reporter.begin(.cleaning)
        for p in pending { furniture.add(lineKeys: Set(p.keys)) }
        let builder = ArticleBuilder(furniture: furniture)
        let ids = uniqueIDs(pending.map(\.path), names: pending.map(\.givenID))
        // Cleaning: a stored article stands while the furniture among its own
        // lines is the same; else it is cleaned again from its stored text.
        let cleaned = try parallel(Array(zip(pending, ids)), .cleaning, &reporter) { p, id
            -> (article: Article, hash: UInt64, fresh: Bool) in
            var h = FNV1a()
            for key in p.keys where furniture.isRepeated(key) { h.add(key) }
            switch p.source {
            case .cold(let doc, _):
                return (build(doc, id: id, builder), h.value, true)
            case .stored(let stored):
                if stored.furnitureHash == h.value || stored.article.format != .text {
                    var article = stored.article
                    article.id = id
                    if article.metadata.titleSource == .none { article.metadata.title = id }
                    return (article, h.value, false)
                }
                let again = builder.build(id: id, path: p.path, source: stored.article.source,
                                          warnings: stored.readWarnings)
                return (again, h.value, true)
            }
        }
        let articles = cleaned.map(\.article)
        // The search rows of the files read or cleaned again, written now on
        // a thread of their own (the outlet as `finish` will name it).
        let outlets = OutletNames.unify(articles.map { ($0.metadata.outlet, $0.metadata.url) })
        // Every article of such a file: its rows are replaced as a whole.
        let retext = Set(pending.indices.filter { cleaned[$0].fresh || !loads[pending[$0].file].sameBytes }.map { pending[$0].file })
        var searchable: [Int: [Int]] = [:]
        for (i, p) in pending.enumerated() where retext.contains(p.file) { searchable[p.file, default: []].append(i) }
        let searching = Background { [searchable] in
            Result {
                // Made a batch of files ahead of the writer, on every core.
                let files = searchable.keys.sorted()
                let batches = ParallelMap.runs(files.count, of: Self.rowsPerBatch)
                let prepared = BatchesAhead(count: batches.count) { b in
                    ParallelMap.mapAll(Array(files[batches[b]])) { n -> (key: String, documents: [CorpusSearch.Document]) in
                        (loads[n].key, searchable[n]!.map { i in
                            var document = CorpusSearch.Document(articles[i])
                            document.outlet = outlets[i] ?? ""
                            return document
                        })
                    }
                }
                try index.saveSearch(batches: batches.count) { _ in try prepared.take() }
            }
        }
        // The stored document of each article that stands as stored (not
        // read now, not cleaned again): what the next steps take from it.
        let standing: [StoredFile.Document?] = zip(pending, cleaned).map { p, c in
            guard !c.fresh, case .stored(let s) = p.source else { return nil }
            return s
        }
        let stored: [(outlet: String?, candidates: ArticleCandidates)?] = standing.map { s in
            s.flatMap { s in s.candidates.map { (s.candidatesOutlet, $0) } }
        }
        let storedQuotes = standing.map { $0?.quotes }
        // Each article's event terms: stored with it while it stands, else
        // counted now on every core, in runs (each stems a spelling once).
        var terms = standing.map { $0?.eventTerms }
        let recount = terms.indices.filter { terms[$0] == nil }
        if !recount.isEmpty {
            let perRun = EventTerms.articlesPerRun(recount.count)
            let counted = try parallel(ParallelMap.runs(recount.count, of: perRun), .grouping, &reporter, each: perRun,
                                       total: recount.count) { run in EventTerms.of(ArraySlice(recount[run].map { articles[$0] })) }
            for (i, counted) in zip(recount, counted.joined()) { terms[i] = counted }
        }
        let eventTerms = terms.map { $0! }
        let finished = try finish(articles, warnings: warnings, reporter: &reporter, stored: stored,
                                  storedQuotes: storedQuotes, outlets: outlets, eventTerms: eventTerms)
        var corpus = finished.corpus
        let candidates = finished.candidates

        // Write back every file that was read, cleaned again, renamed, or
        // whose candidates were found again; drop the rows of files gone
        // from the folders loaded.
        let quoteKeys = finished.quoteKeys
        var changed = Set(loads.indices.filter { loads[$0].keep && !loads[$0].stored })
        // Stored files whose search rows may no longer name their articles as
        // the corpus now does: the outlet, or an untitled article's id.
        var renamed: Set<Int> = []
        var documents: [StoredFile.Document] = []
        for (i, p) in pending.enumerated() {
            let outlet = corpus.articles[i].metadata.outlet
            let readWarnings: [LoadWarning]
            switch p.source {
            case .cold(let doc, _): readWarnings = doc.warnings
            case .stored(let s):
                readWarnings = s.readWarnings
                if cleaned[i].fresh || stored[i]?.outlet != outlet || storedQuotes[i]?.key != quoteKeys[i] {
                    changed.insert(p.file)
                }
                if !cleaned[i].fresh, stored[i]?.outlet != outlet || cleaned[i].article.metadata.titleSource == .none {
                    renamed.insert(p.file)
                }
            }
            documents.append(StoredFile.Document(
                givenID: p.givenID, readWarnings: readWarnings, furnitureKeys: p.keys, furnitureHash: cleaned[i].hash,
                article: cleaned[i].article, candidates: candidates[i], candidatesOutlet: outlet,
                quotes: StoredFile.Attributed(key: quoteKeys[i], quotes: corpus.articles[i].quotes,
                                              credits: corpus.credits?[i] ?? []),
                eventTerms: eventTerms[i]))
        }
        corpus.indexUse = IndexUse(
            filesRead: loads.filter { l in l.keep && l.documents.allSatisfy { if case .cold = $0 { true } else { false } } }.count,
            filesReused: loads.filter { l in l.documents.contains { if case .stored = $0 { true } else { false } } }.count,
            articlesCleanedAgain: zip(pending, cleaned).filter { p, c in
                if case .stored = p.source { c.fresh } else { false }
            }.count,
            filesDropped: 0)
        var docsSeen: [Int: Int] = [:]
        corpus.indexLocations = pending.map { p in
            defer { docsSeen[p.file, default: 0] += 1 }
            return CorpusSnapshot.Location(file: loads[p.file].key, doc: docsSeen[p.file, default: 0])
        }
        var articlesOf: [Int: [Int]] = [:]
        for (i, p) in pending.enumerated() where changed.contains(p.file) { articlesOf[p.file, default: []].append(i) }
        let present = Set(loads.map(\.key))
        let folders = paths.compactMap { path -> String? in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            return CorpusState.fileKey(path) + "/"
        }
        let removed = keys.byPath.keys.filter { key in !present.contains(key) && folders.contains { key.hasPrefix($0) } }
        corpus.indexUse?.filesDropped = removed.count
        // Each changed file's row encoded (on every core) and written on a
        // thread of its own while the caller's next steps run here, once the
        // search rows are (a failure there fails the load's writing as a
        // whole: the rows are not written without them). Rows are encoded a
        // batch at a time, the next while one is written: a cold build's
        // 700 MB of rows are not held at once.
        let (made, owned, cancellation) = (corpus, articlesOf, reporter.cancellation)
        let saving = Background { [changed, documents, searchable, renamed] in
            Result {
                let order = changed.sorted()
                let batches = ParallelMap.runs(order.count, of: Self.rowsPerBatch)
                let encoded = BatchesAhead(count: batches.count) { b in
                    try ParallelMap.map(Array(order[batches[b]]), cancellation: cancellation) { n in
                        let load = loads[n], mine = owned[n] ?? []
                        let entry = StoredFile(warnings: load.warnings, documents: mine.map { documents[$0] }).encode()
                        return CorpusIndex.FileRow(
                            path: load.key, size: load.size, mtime: load.isRacy ? 0 : load.mtime, hash: load.hash,
                            entry: entry,
                            search: searchable[n] == nil && renamed.contains(n)
                                ? mine.map { CorpusSearch.Document(made.articles[$0]) } : nil)
                    }
                }
                // The first batch is taken before the search rows are waited
                // for: a cancellation while it is encoded ends the load here,
                // and the second is encoded while the search rows are written.
                let first = batches.isEmpty ? [] : try encoded.take()
                try searching.value.get()
                return try index.save(batches: batches.count, { b in b == 0 ? first : try encoded.take() },
                                      removing: removed.sorted())
            }
        }
        try alongside?(corpus)
        switch saving.value {
        case .success(let written):
            if !loads.contains(where: \.isRacy) {
                corpus.indexState = (CorpusState.key(paths: paths, files: loads.map { ($0.key, $0.stamp) }),
                                     written ?? keys.revision)
            }
        case .failure(let error as CancellationError):
            throw error  // stopped while the rows were encoded
        case .failure(let error):
            corpus.notes.append("warning: cannot write the index \(index.path) (\(error)); the next run analyses again")
        }
        return corpus
    }
}

extension Corpus {
    /// Files whose rows (about 15 MB) or search documents an indexed load
    /// makes at a time.
    static let rowsPerBatch = 2048
}

/// What an indexed load took from the index and what it did again.
public struct IndexUse: Sendable, Equatable {
    /// Files read and analysed (new, changed, or not in the index).
    public var filesRead: Int
    /// Files whose articles came from the index (under their path or, renamed, another).
    public var filesReused: Int
    /// Stored articles cleaned again from their stored text because the
    /// corpus's furniture among their lines changed.
    public var articlesCleanedAgain: Int
    /// Rows of files gone from the folders loaded, dropped.
    public var filesDropped: Int
}

extension Corpus {
    /// What quotation finding reads of an article besides its text and
    /// paragraphs: its linked entities and metadata, hashed. Stored
    /// quotations stand while this (and the cleaned article) is the same.
    static func quoteKey(_ article: Article) -> UInt64 {
        var h = FNV1a()
        for e in article.entities {
            h.add(decimal: e.range.start)
            h.add(decimal: e.range.end)
            h.add(e.type.rawValue)
            h.add(e.entity)
        }
        let m = article.metadata
        for field in [m.title, m.outlet ?? "\u{0}", m.date ?? "\u{0}", m.url ?? "\u{0}", m.titleSource.rawValue,
                      m.outletSource.rawValue, m.dateSource.rawValue] + m.authors {
            h.add(field)
        }
        return h.value
    }
}
