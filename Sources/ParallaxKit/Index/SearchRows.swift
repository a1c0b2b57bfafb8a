import GRDB

/// Which article of an open corpus each row of the index's search table
/// is: made once, so that the reader's list filter reads only the numbers
/// of the matching rows, not each match's path looked up among every
/// article's (at 100,000 articles, a word in 68,814 of them took a quarter
/// of a second that way).
///
/// The table's rows are numbered by SQLite and renumbered when a file's
/// rows are written again: the map holds the search revision it was made
/// at (`CorpusSearch.revision`, counted up by every write to the table),
/// and a search with a map made before a write says so instead of
/// answering.
struct SearchRows {
    /// By row number: the article's index, or -1 for a row of a file not
    /// in the corpus.
    private let articles: [Int32]
    /// The search revision the map was made at.
    let revision: Int

    /// The map for the articles `entries` (in corpus order).
    init(entries: [CorpusSearch.Entry], index: CorpusIndex) throws {
        let places = CorpusSearch.places(entries)
        self = try index.pool.read { db in try SearchRows(places: places, db) }
    }

    /// The map for the articles of each file, by the file's key (`places`),
    /// read in the transaction `db` is in.
    init(places: [String: [Int]], _ db: Database) throws {
        revision = try CorpusSearch.revision(db)
        let newest = try Int.fetchOne(db, sql: "SELECT max(id) FROM search_docs") ?? 0
        var articles = [Int32](repeating: -1, count: newest + 1)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, doc FROM search_docs")
        while let row = try rows.next() {
            let id: Int = row[0], path: String = row[1], doc: Int = row[2]
            if let list = places[path], doc >= 0, doc < list.count, id >= 0, id < articles.count {
                articles[id] = Int32(list[doc])
            }
        }
        self.articles = articles
    }

    /// The article of the table's row `id`, if one of the corpus's.
    func article(ofRow id: Int) -> Int? {
        guard id >= 0, id < articles.count, articles[id] >= 0 else { return nil }
        return Int(articles[id])
    }

    /// The articles that match `query` (as `CorpusSearch.search` reads
    /// it) within the outlet and dates given, in corpus order; nil when the
    /// table has been written since the map was made.
    func matches(_ query: String, entries: [CorpusSearch.Entry], index: CorpusIndex, outlet: String?,
                 from: String?, to: String?) throws -> [Int]? {
        let match = CorpusSearch.matchExpression(query)
        guard !match.isEmpty else { return [] }
        return try index.pool.read { db -> [Int]? in
            guard try CorpusSearch.revision(db) == revision else { return nil }
            var found = [Bool](repeating: false, count: entries.count)
            let rows = try Int.fetchCursor(db, sql: "SELECT rowid FROM search WHERE search MATCH ?", arguments: [match])
            while let id = try rows.next() {
                guard let i = article(ofRow: id), i < entries.count else { continue }
                found[i] = CorpusSearch.admits(outlet: entries[i].outlet, date: entries[i].date, wanted: outlet,
                                               from: from, to: to)
            }
            return found.indices.filter { found[$0] }
        }
    }

    /// Kept in a snapshot (`SnapshotSearch`): the revision, then the row
    /// numbers' articles.
    func encode(_ w: inout ByteWriter) {
        w.int(revision)
        w.int(articles.count)
        for a in articles { w.int(Int(a)) }
    }

    init(_ r: inout ByteReader, articles count: Int) throws {
        revision = try r.int()
        articles = try (0..<(try r.count())).map { _ in
            let a = try r.int()
            guard a >= -1, a < count else { throw ByteReader.Damaged() }
            return Int32(a)
        }
    }
}
