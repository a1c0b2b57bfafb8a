import Foundation
import GRDB

/// What a snapshot keeps so that `parallax search` can answer without
/// opening the corpus: which article each row of the search table is
/// (`SearchRows`), each article's outlet and date (what the filters
/// compare and the newest first are sorted by), where in the snapshot's
/// main blob each article's summary and the files' warnings begin, and the
/// stamps of the folders listed (`FoundFiles.watched`).
///
/// Opening 100,000 articles from their snapshot decodes every summary and
/// maps every file's key to its articles, about a third of a second; a
/// search shows twenty of them, and reads only their bytes of the blob.
/// Outlets and dates are kept as numbers into tables of the names (a
/// string each for 100,000 articles took 15 ms to decode).
struct SnapshotSearch {
    let rows: SearchRows
    /// The outlets' names, and each article's (an index into them, -1 for none).
    let outletNames: [String]
    let outlets: [Int32]
    /// The dates in ascending order, and each article's (-1 for none): a
    /// later date has a greater number.
    let dateNames: [String]
    let dates: [Int32]
    /// Offsets into the snapshot's main blob (`CorpusSnapshot.encode`):
    /// each summary, the end of the last one's, the warnings.
    var summaryAt: [Int]
    let summariesEnd: Int
    var warningsAt: Int
    let watched: [WatchedStamp]

    /// What the encoding starts with: a part of another layout does not
    /// decode, and the search goes the long way (which makes it again).
    private static let format = "parallax search part 2"

    /// The part of `snapshot`, whose main blob is `main`, made in the
    /// transaction that saves it (the search table's rows of its files are
    /// written by then).
    init(snapshot: CorpusSnapshot, main: CorpusSnapshot.Encoded, _ db: Database) throws {
        let entries = zip(snapshot.summaries, snapshot.locations).map { CorpusSearch.Entry($0, key: $1.file) }
        rows = try SearchRows(places: CorpusSearch.places(entries), db)
        (outletNames, outlets) = Self.numbered(entries.map(\.outlet))
        (dateNames, dates) = Self.numbered(entries.map(\.date))
        summaryAt = main.summaryAt
        summariesEnd = main.summariesEnd
        warningsAt = main.warningsAt
        watched = snapshot.watched
    }

    /// The distinct values in ascending order, and each value's number among them.
    private static func numbered(_ values: [String?]) -> (names: [String], numbers: [Int32]) {
        let names = Set(values.compactMap { $0 }).sorted()
        let number = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        return (names, values.map { $0.flatMap { number[$0] } ?? -1 })
    }

    func encode() -> Data {
        var w = ByteWriter()
        w.string(Self.format)
        w.strings(outletNames)
        w.strings(dateNames)
        w.int(outlets.count)
        for (outlet, date) in zip(outlets, dates) {
            w.int(Int(outlet))
            w.int(Int(date))
        }
        w.ints(summaryAt)
        w.int(summariesEnd)
        w.int(warningsAt)
        w.int(watched.count)
        for each in watched {
            w.string(each.key)
            w.bool(each.stamp != nil)
            if let s = each.stamp {
                w.uint64(s.identity.device); w.uint64(s.identity.inode); w.int(s.size)
                w.uint64(s.mtime.bitPattern); w.uint64(s.ctime.bitPattern)
            }
        }
        rows.encode(&w)
        return w.data
    }

    init(_ data: Data) throws {
        var r = ByteReader(data)
        guard try r.string() == Self.format else { throw ByteReader.Damaged() }
        outletNames = try r.strings()
        dateNames = try r.strings()
        let n = try r.count()
        var outlets: [Int32] = [], dates: [Int32] = []
        outlets.reserveCapacity(n)
        dates.reserveCapacity(n)
        for _ in 0..<n {
            let outlet = try r.int(), date = try r.int()
            guard outlet >= -1, outlet < outletNames.count, date >= -1, date < dateNames.count else {
                throw ByteReader.Damaged()
            }
            outlets.append(Int32(outlet))
            dates.append(Int32(date))
        }
        (self.outlets, self.dates) = (outlets, dates)
        summaryAt = try r.ints()
        summariesEnd = try r.int()
        warningsAt = try r.int()
        watched = try (0..<(try r.count())).map { _ in
            let key = try r.string()
            guard try r.bool() else { return WatchedStamp(key: key, stamp: nil) }
            let identity = FileStamp.Identity(device: try r.uint64(), inode: try r.uint64())
            return WatchedStamp(key: key, stamp: FileStamp(identity: identity, size: try r.int(),
                                                           mtime: Double(bitPattern: try r.uint64()),
                                                           ctime: Double(bitPattern: try r.uint64())))
        }
        rows = try SearchRows(&r, articles: n)
        guard summaryAt.count == n, zip(summaryAt, summaryAt.dropFirst()).allSatisfy({ $0 < $1 }),
              (summaryAt.last ?? 0) < summariesEnd, summariesEnd <= warningsAt, r.isAtEnd
        else { throw ByteReader.Damaged() }
    }

    /// The first `limit` of `articles` by date, newest first (undated
    /// last; in corpus order within a day): the days counted down from the
    /// newest until `limit` are reached, and only the articles of those
    /// days sorted.
    func newestFirst(_ articles: [Int], limit: Int?) -> [Int] {
        var from: Int32 = -1
        if let limit, articles.count > limit {
            var perDay = [Int](repeating: 0, count: dateNames.count + 1)  // undated at 0
            for i in articles { perDay[Int(dates[i]) + 1] += 1 }
            var kept = 0
            for day in perDay.indices.reversed() {
                kept += perDay[day]
                if kept >= limit { from = Int32(day - 1); break }
            }
        }
        let wanted = from < 0 ? articles : articles.filter { dates[$0] >= from }
        let sorted = wanted.sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : $0 < $1 }
        return limit.map { Array(sorted.prefix($0)) } ?? sorted
    }

    /// Which outlets and dates (by number) the filters admit
    /// (`CorpusSearch.admits`, asked once per name, not per article).
    func admitted(outlet wanted: String?, from: String?, to: String?) -> (outlets: [Bool], dates: [Bool], none: (outlet: Bool, date: Bool)) {
        (outletNames.map { CorpusSearch.admits(outlet: $0, date: nil, wanted: wanted, from: nil, to: nil) },
         dateNames.map { CorpusSearch.admits(outlet: nil, date: $0, wanted: nil, from: from, to: to) },
         (CorpusSearch.admits(outlet: nil, date: nil, wanted: wanted, from: nil, to: nil),
          CorpusSearch.admits(outlet: nil, date: nil, wanted: nil, from: from, to: to)))
    }
}

extension CorpusSearch {
    /// What `counted` finds, with each hit's summary and the files'
    /// warnings (what opening the corpus would report).
    public struct SnapshotAnswer {
        public let hits: [(summary: ArticleSummary, snippet: String)]
        public let total: Int
        public let warnings: [LoadWarning]
    }

    /// `counted` for the corpus opened with `paths`, answered from its
    /// newest snapshot and that snapshot's `SnapshotSearch`; nil when the
    /// snapshot may not stand for the files as they are (the corpus is
    /// then opened as for any command, and loaded if it changed).
    ///
    /// Which files there are is taken on trust while no folder listed (and
    /// no file named) has moved: a file added, removed or renamed moves its
    /// folder. The files shown are looked at, so an edit of one of them is
    /// seen; an edit in place of another is not, until a command looks at
    /// every file (as `rescan` does here, on another thread meanwhile; at
    /// 100,000 files that alone is a quarter of a second).
    ///
    /// A file row written since the part was made, of any corpus, or a
    /// write to the search table sends the search the long way (whose rows
    /// they are is not known here without reading every file's key), which
    /// makes the part again (`CorpusIndex.keepSearch`).
    public static func fromSnapshot(_ query: String, paths: [String], index: CorpusIndex, outlet: String?,
                                    from: String?, to: String?, limit: Int?, order: Order = .newest,
                                    rescan: Bool = false) -> SnapshotAnswer? {
        let match = matchExpression(query)
        guard !match.isEmpty else { return nil }
        let pathsKey = Int64(bitPattern: CorpusState.pathsKey(paths))
        let looking = rescan ? Background { try? CorpusState.now(paths: paths).key } : nil
        let answered = try? index.pool.read { db -> (states: [UInt64], answer: SnapshotAnswer)? in
            guard let state = try CorpusIndex.newestState(where: "paths = ?", pathsKey, db),
                  let part = try Row.fetchOne(db, sql: "SELECT checked, data FROM snapshot_search WHERE state = ?",
                                              arguments: [state]),
                  try Int.fetchOne(db, sql: "SELECT 1 FROM files WHERE revision > ? LIMIT 1",
                                   arguments: [part["checked"] as Int]) == nil
            else { return nil }
            let kept = try SnapshotSearch(part["data"])
            guard kept.rows.revision == (try revision(db)),
                  rescan || !kept.watched.isEmpty && kept.watched.allSatisfy(\.stands)
            else { return nil }
            let (best, total) = try order == .newest
                ? newest(match, kept, outlet: outlet, from: from, to: to, limit: limit, db)
                : ranked(match, kept, outlet: outlet, from: from, to: to, limit: limit, db)
            // Each hit's summary, and the check that the file and place
            // written after it are its search row's (a damaged part would
            // otherwise show another article).
            let main = try BlobReader(db, table: "snapshots", column: "main", row: state)
            let place = try db.cachedStatement(sql: "SELECT path, doc FROM search_docs WHERE id = ?")
            let stamped = try db.cachedStatement(sql: "SELECT size, mtime FROM files WHERE path = ?")
            let hits = try best.map { row, i, snippet -> (summary: ArticleSummary, snippet: String)? in
                let end = i + 1 < kept.summaryAt.count ? kept.summaryAt[i + 1] : kept.summariesEnd
                var reader = ByteReader(try main.bytes(from: kept.summaryAt[i], to: end))
                let summary = try reader.summary(), file = try reader.string(), doc = try reader.int()
                guard let found = try Row.fetchOne(place, arguments: [row]), found[0] == file, found[1] == doc
                else { throw ByteReader.Damaged() }
                // A file shown that is not as its row has it was edited in place.
                if !rescan {
                    let stored = try Row.fetchOne(stamped, arguments: [file]), now = FileStamp.of(file)
                    guard let stored, let now, now.size == stored[0], now.mtime == stored[1] else { return nil }
                }
                return (summary, snippet)
            }
            guard hits.allSatisfy({ $0 != nil }) else { return nil }
            var reader = ByteReader(try main.bytes(from: kept.warningsAt, to: main.count))
            let answer = SnapshotAnswer(hits: hits.compactMap { $0 }, total: total, warnings: try reader.warningsOfFiles())
            // The states it stands for: its own, and any its files were restamped to.
            return ([UInt64(bitPattern: state)] + (try CorpusIndex.otherStates(of: state, db)), answer)
        }
        guard let (states, answer) = answered ?? nil else { return nil }
        if let looking {
            guard let now = looking.value, states.contains(now) else { return nil }
        }
        return answer
    }

    /// Every article of `kept` that `match` finds within the filters, in
    /// the order the table gives them, each with its first matching row:
    /// the rows' numbers alone are read (no rank, no snippet).
    private static func matches(_ match: String, _ kept: SnapshotSearch, outlet: String?, from: String?, to: String?,
                                _ db: Database) throws -> (articles: [Int], rowOf: [Int]) {
        let admitted = kept.admitted(outlet: outlet, from: from, to: to)
        var rowOf = [Int](repeating: -1, count: kept.outlets.count)
        var articles: [Int] = []
        let all = try Int.fetchCursor(db, sql: "SELECT rowid FROM search WHERE search MATCH ?", arguments: [match])
        while let id = try all.next() {
            guard let i = kept.rows.article(ofRow: id), rowOf[i] < 0 else { continue }
            let o = Int(kept.outlets[i]), d = Int(kept.dates[i])
            guard o < 0 ? admitted.none.outlet : admitted.outlets[o], d < 0 ? admitted.none.date : admitted.dates[d]
            else { continue }
            rowOf[i] = id
            articles.append(i)
        }
        return (articles, rowOf)
    }

    /// The `limit` newest matches (by date, undated last; in corpus order
    /// within a day), each with its row and snippet, and how many match:
    /// a snippet is made for the hits shown alone (ranking a word found in
    /// 68,814 of 100,000 articles by bm25 took 0.15–0.2 s here).
    private static func newest(_ match: String, _ kept: SnapshotSearch, outlet: String?, from: String?, to: String?,
                               limit: Int?, _ db: Database) throws
        -> (best: [(row: Int, article: Int, snippet: String)], total: Int) {
        let (matched, rowOf) = try matches(match, kept, outlet: outlet, from: from, to: to, db)
        let best = kept.newestFirst(matched, limit: limit)
        let snippet = try snippets(match, rows: best.map { rowOf[$0] }, db)
        return (best.map { i in (rowOf[i], i, snippet[rowOf[i]] ?? "") }, matched.count)
    }

    /// The best `limit` matches by FTS5's bm25 with their snippets, and how
    /// many match: every match counted (an article once), then the best
    /// read in rank order until `limit` are kept.
    private static func ranked(_ match: String, _ kept: SnapshotSearch, outlet: String?, from: String?, to: String?,
                               limit: Int?, _ db: Database) throws
        -> (best: [(row: Int, article: Int, snippet: String)], total: Int) {
        let (matched, rowOf) = try matches(match, kept, outlet: outlet, from: from, to: to, db)
        var best: [(row: Int, article: Int, snippet: String)] = []
        var shown = Set<Int>()
        let ranked = try Row.fetchCursor(db, sql: "SELECT rowid, \(snippetColumn) FROM search WHERE search MATCH ? ORDER BY rank",
                                         arguments: [match])
        while best.count < min(limit ?? matched.count, matched.count), let hit = try ranked.next() {
            guard let i = kept.rows.article(ofRow: hit[0]), rowOf[i] >= 0, shown.insert(i).inserted else { continue }
            best.append((hit[0], i, oneLine(hit[1])))
        }
        return (best, matched.count)
    }
}
