import Foundation
import GRDB

/// What a snapshot keeps so that `parallax search` can answer without
/// opening the corpus: which article each row of the search table is
/// (`SearchRows`), each article's outlet and date (what the filters
/// compare), and where in the snapshot's main blob each article's summary
/// and the files' warnings begin.
///
/// Opening 100,000 articles from their snapshot decodes every summary and
/// maps every file's key to its articles, about a third of a second; a
/// search shows twenty of them (the main blob is read whole, but only
/// their summaries are decoded).
struct SnapshotSearch {
    let rows: SearchRows
    let outlets: [String?]
    let dates: [String?]
    /// Offsets into the snapshot's main blob (`CorpusSnapshot.encode`).
    let summaryAt: [Int]
    let warningsAt: Int

    /// The part of `snapshot`, whose main blob is `main`, made in the
    /// transaction that saves it (the search table's rows of its files are
    /// written by then).
    init(snapshot: CorpusSnapshot, main: (data: Data, summaryAt: [Int], warningsAt: Int), _ db: Database) throws {
        let entries = zip(snapshot.summaries, snapshot.locations).map { CorpusSearch.Entry($0, key: $1.file) }
        rows = try SearchRows(places: CorpusSearch.places(entries), db)
        outlets = entries.map(\.outlet)
        dates = entries.map(\.date)
        summaryAt = main.summaryAt
        warningsAt = main.warningsAt
    }

    func encode() -> Data {
        var w = ByteWriter()
        w.int(outlets.count)
        for (outlet, date) in zip(outlets, dates) {
            w.optional(outlet)
            w.optional(date)
        }
        w.ints(summaryAt)
        w.int(warningsAt)
        rows.encode(&w)
        return w.data
    }

    init(_ data: Data) throws {
        var r = ByteReader(data)
        let n = try r.count()
        var outlets: [String?] = [], dates: [String?] = []
        outlets.reserveCapacity(n)
        dates.reserveCapacity(n)
        for _ in 0..<n {
            outlets.append(try r.optional())
            dates.append(try r.optional())
        }
        (self.outlets, self.dates) = (outlets, dates)
        summaryAt = try r.ints()
        warningsAt = try r.int()
        rows = try SearchRows(&r, articles: n)
        guard summaryAt.count == n, r.isAtEnd else { throw ByteReader.Damaged() }
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
    /// newest snapshot and that snapshot's `SnapshotSearch` when the
    /// snapshot stands for the files as they are now; nil otherwise (the
    /// corpus is then opened as for any command, and loaded if it changed).
    ///
    /// The files are looked at as for any load, so an edit is seen; the
    /// table is searched on another thread meanwhile. A file row written
    /// since the part was made, of any corpus, or a write to the search
    /// table sends the search the long way (whose rows they are is not
    /// known here without reading every file's key), which makes the part
    /// again (`CorpusIndex.keepSearch`).
    public static func fromSnapshot(_ query: String, paths: [String], index: CorpusIndex, outlet: String?,
                                    from: String?, to: String?, limit: Int?) -> SnapshotAnswer? {
        let match = matchExpression(query)
        guard !match.isEmpty else { return nil }
        let pathsKey = Int64(bitPattern: CorpusState.pathsKey(paths))
        let answering = Background { () -> (states: [UInt64], answer: SnapshotAnswer)? in
            try? index.pool.read { db -> (states: [UInt64], answer: SnapshotAnswer)? in
                guard let state = try CorpusIndex.newestState(where: "paths = ?", pathsKey, db),
                      let part = try Row.fetchOne(db, sql: "SELECT checked, data FROM snapshot_search WHERE state = ?",
                                                  arguments: [state]),
                      try Int.fetchOne(db, sql: "SELECT 1 FROM files WHERE revision > ? LIMIT 1",
                                       arguments: [part["checked"] as Int]) == nil,
                      let main = try Data.fetchOne(db, sql: "SELECT main FROM snapshots WHERE state = ?", arguments: [state])
                else { return nil }
                let kept = try SnapshotSearch(part["data"])
                guard kept.rows.revision == (try revision(db)) else { return nil }
                // Every match counted (an article once), then the best read
                // in rank order with their snippets until `limit` are kept.
                var matched = [Bool](repeating: false, count: kept.outlets.count)
                var total = 0
                let all = try Int.fetchCursor(db, sql: "SELECT rowid FROM search WHERE search MATCH ?", arguments: [match])
                while let id = try all.next() {
                    guard let i = kept.rows.article(ofRow: id), !matched[i],
                          admits(outlet: kept.outlets[i], date: kept.dates[i], wanted: outlet, from: from, to: to)
                    else { continue }
                    matched[i] = true
                    total += 1
                }
                var best: [(row: Int, article: Int, snippet: String)] = []
                var shown = Set<Int>()
                let ranked = try Row.fetchCursor(db, sql: "SELECT rowid, \(snippetColumn) FROM search WHERE search MATCH ? ORDER BY rank",
                                                 arguments: [match])
                while best.count < min(limit ?? total, total), let hit = try ranked.next() {
                    guard let i = kept.rows.article(ofRow: hit[0]), matched[i], shown.insert(i).inserted else { continue }
                    best.append((hit[0], i, oneLine(hit[1])))
                }
                // Each hit's summary, and the check that the file and place
                // written after it are its search row's (a damaged part
                // would otherwise show another article).
                var reader = ByteReader(main)
                let place = try db.cachedStatement(sql: "SELECT path, doc FROM search_docs WHERE id = ?")
                let hits = try best.map { row, i, snippet -> (summary: ArticleSummary, snippet: String) in
                    try reader.seek(to: kept.summaryAt[i])
                    let summary = try reader.summary(), file = try reader.string(), doc = try reader.int()
                    guard let found = try Row.fetchOne(place, arguments: [row]), found[0] == file, found[1] == doc
                    else { throw ByteReader.Damaged() }
                    return (summary, snippet)
                }
                try reader.seek(to: kept.warningsAt)
                let answer = SnapshotAnswer(hits: hits, total: total, warnings: try reader.warningsOfFiles())
                // The states it stands for: its own, and any its files were restamped to.
                return ([UInt64(bitPattern: state)] + (try CorpusIndex.otherStates(of: state, db)), answer)
            }
        }
        guard let now = try? CorpusState.now(paths: paths), let (states, answer) = answering.value,
              states.contains(now.key) else { return nil }
        return answer
    }
}
