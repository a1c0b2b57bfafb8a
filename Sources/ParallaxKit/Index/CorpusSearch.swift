import Foundation
import GRDB

/// Full-text search over the articles' titles and text: SQLite FTS5, in the
/// index's database (a `search` table updated with each file's row), or,
/// without an index, in a database in memory made from the loaded corpus.
///
/// Matches are mapped back to the articles of the corpus loaded, so ids are
/// `list`'s, and only the files loaded are searched.
public enum CorpusSearch {
    /// One article as the search table holds it.
    public struct Document: Sendable {
        let title: String
        let body: String
        var outlet: String
        let date: String

        public init(title: String, body: String, outlet: String?, date: String?) {
            self.title = title
            self.body = body
            self.outlet = outlet ?? ""
            self.date = date ?? ""
        }

        public init(_ article: Article) {
            self.init(title: article.title,
                      body: article.bodyParagraphs.map { article.text($0.range) }.joined(separator: "\n"),
                      outlet: article.metadata.outlet, date: article.metadata.date)
        }
    }

    /// What a search needs of each article besides its text: the file it
    /// came from (how the index knows it) and the outlet and date the
    /// filters compare.
    public struct Entry: Sendable, Equatable {
        public let path: String
        public let outlet: String?
        public let date: String?
        /// The file's key in the index, when known (a snapshot keeps it);
        /// else it is worked out from `path`.
        public let key: String?

        public init(path: String, outlet: String?, date: String?, key: String? = nil) {
            self.path = path
            self.outlet = outlet
            self.date = date
            self.key = key
        }

        public init(_ article: ArticleSummary, key: String? = nil) {
            self.init(path: article.path, outlet: article.metadata.outlet, date: article.metadata.date, key: key)
        }
    }

    public struct Hit: Sendable, Equatable {
        /// The article's index in `corpus.articles` (in the entries searched).
        public let article: Int
        /// The best passage, the matched words between `marks`.
        public let snippet: String
    }

    /// The order matches are shown in.
    public enum Order: String, CaseIterable, Sendable {
        /// By date, the newest first (undated last; in corpus order within a day).
        case newest
        /// By FTS5's bm25: the words most often, in the shortest texts, first.
        case relevance
    }

    /// The markers around matched words in snippets.
    public static let marks = ("[", "]")

    /// A match's best passage, as both searches ask FTS5 for it.
    static let snippetColumn = "snippet(search, -1, '\(marks.0)', '\(marks.1)', '…', 16)"

    /// A snippet on one line (passages may cross paragraphs).
    static func oneLine(_ snippet: String) -> String { snippet.replacingOccurrences(of: "\n", with: " ") }

    /// The articles of each file, by the file's key as the index stores it.
    static func places(_ entries: [Entry]) -> [String: [Int]] {
        var places: [String: [Int]] = [:]
        places.reserveCapacity(entries.count)  // growing it a step at a time was a third of its cost
        let cwd = FileManager.default.currentDirectoryPath
        for (i, entry) in entries.enumerated() {
            places[entry.key ?? CorpusState.fileKey(entry.path, cwd: cwd), default: []].append(i)
        }
        return places
    }

    /// A count of the writes to the search table: a map of its rows to
    /// articles (`SearchRows`) stands while it is the one it was made at.
    static func revision(_ db: Database) throws -> Int { try CorpusIndex.count("search_revision", db) }

    /// Counts a write to the search table (once per transaction that writes it).
    static func countWrite(_ db: Database) throws { try CorpusIndex.countOneMore("search_revision", db) }

    static func createTable(_ db: Database) throws {
        // Which file (and which article in it) each row of the text table is,
        // in a plain table indexed by path: FTS5 cannot look its own
        // unindexed columns up, and a scan per file written would make
        // writing an index quadratic.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
                title, body, outlet, date, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TABLE IF NOT EXISTS search_docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, doc INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS search_docs_path ON search_docs(path);
            """)
        // FTS5 writes the terms it holds out as a new segment when they pass
        // its hash size (1 MB by default) and at each commit; segments are
        // then merged again and again as the table grows. A batch of 2,048
        // files is about 8 MB of text: with room for it, each transaction
        // writes one segment. Filling the table for 100,000 files took
        // 40 s of CPU with the default, 27-30 s with 16, 64 or 256 MB.
        // Kept in the table's own settings, so set once. (The table in
        // memory of a search without the index, one transaction, holds as
        // much before it writes a segment.)
        if try Int.fetchOne(db, sql: "SELECT 1 FROM search_config WHERE k = 'hashsize'") == nil {
            try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('hashsize', ?)", arguments: [pendingTerms])
        }
    }

    /// The bytes of terms the search table holds before it writes them
    /// out (FTS5's `hashsize`).
    static let pendingTerms = 64 << 20

    static func insert(_ documents: [Document], path: String, _ db: Database) throws {
        let doc = try db.cachedStatement(sql: "INSERT INTO search_docs (path, doc) VALUES (?, ?)")
        let text = try db.cachedStatement(sql: "INSERT INTO search (rowid, title, body, outlet, date) VALUES (?, ?, ?, ?, ?)")
        for (n, d) in documents.enumerated() {
            try doc.execute(arguments: [path, n])
            try text.execute(arguments: [db.lastInsertedRowID, d.title, d.body, d.outlet, d.date])
        }
    }

    /// Removes the rows of the file `path`, if it has any. Looked for
    /// first: a delete from an FTS5 table, even of nothing, writes out the
    /// terms it holds in memory, and a delete before each insert of a cold
    /// build made thousands of small segments to merge (half of writing
    /// 100,000 files).
    static func delete(path: String, _ db: Database) throws {
        let has = try db.cachedStatement(sql: "SELECT 1 FROM search_docs WHERE path = ? LIMIT 1")
        guard try Int.fetchOne(has, arguments: [path]) != nil else { return }
        try db.execute(sql: "DELETE FROM search WHERE rowid IN (SELECT id FROM search_docs WHERE path = ?)",
                       arguments: [path])
        try db.execute(sql: "DELETE FROM search_docs WHERE path = ?", arguments: [path])
    }

    /// The articles of `corpus` that match `query` (every word, in title or
    /// text; a word ending in `*` matches as a prefix), best first, within
    /// the outlet and dates given. Uses the index's table when `index` is
    /// given (the corpus must have been loaded through it), else one made
    /// in memory.
    public static func search(_ query: String, in corpus: Corpus, index: CorpusIndex?, outlet: String? = nil,
                              from: String? = nil, to: String? = nil) throws -> [Hit] {
        let entries = corpus.articles.map { Entry(path: $0.path, outlet: $0.metadata.outlet, date: $0.metadata.date) }
        return try search(query, entries: entries, index: index, outlet: outlet, from: from, to: to) {
            Document(corpus.articles[$0])
        }
    }

    /// The search over articles known by `entries` alone (a hit's `article`
    /// is an index into them): what a caller that does not hold every
    /// article's text needs. `document(i)` gives article `i` as the table
    /// holds it; it is asked only without an index, to build the table in
    /// memory. Without `snippets` the hits come in no particular order and
    /// with empty snippets: ranking and snippets read every hit's text,
    /// which a caller that wants only which articles match need not pay
    /// for. `cancellation` is polled while the table in memory is built.
    ///
    /// With a `limit`, only the best `limit` hits are read (ranking reads
    /// every match's size, but a snippet is made only for the hits kept).
    public static func search(_ query: String, entries: [Entry], index: CorpusIndex?, outlet: String? = nil,
                              from: String? = nil, to: String? = nil, snippets: Bool = true, limit: Int? = nil,
                              cancellation: CancellationFlag? = nil,
                              document: (Int) -> Document) throws -> [Hit] {
        try search(query, entries: entries, index: index, outlet: outlet, from: from, to: to, snippets: snippets,
                   limit: limit, counting: false, order: .relevance, cancellation: cancellation, document: document).hits
    }

    /// `search` in `order`, and how many articles match in all. Newest
    /// first, every match is read once without a rank and snippets are
    /// made for the hits kept alone; by relevance, when `limit` cut the
    /// hits short, the rest are counted in a second query without ranks or
    /// snippets (a word in most of 100,000 articles: tens of milliseconds).
    public static func counted(_ query: String, entries: [Entry], index: CorpusIndex?, outlet: String? = nil,
                               from: String? = nil, to: String? = nil, limit: Int?, order: Order = .newest,
                               document: (Int) -> Document) throws -> (hits: [Hit], total: Int) {
        try search(query, entries: entries, index: index, outlet: outlet, from: from, to: to, snippets: true,
                   limit: limit, counting: true, order: order, cancellation: nil, document: document)
    }

    private static func search(_ query: String, entries: [Entry], index: CorpusIndex?, outlet: String?,
                               from: String?, to: String?, snippets: Bool, limit: Int?, counting: Bool, order: Order,
                               cancellation: CancellationFlag?,
                               document: (Int) -> Document) throws -> (hits: [Hit], total: Int) {
        let match = matchExpression(query)
        guard !match.isEmpty else { return ([], 0) }
        let places = places(entries)
        let ranked = """
            SELECT d.path, d.doc, \(snippetColumn) AS snippet
            FROM search JOIN search_docs d ON d.id = search.rowid WHERE search MATCH ? ORDER BY rank
            """
        let plain = """
            SELECT d.path, d.doc, '' AS snippet, search.rowid AS row
            FROM search JOIN search_docs d ON d.id = search.rowid WHERE search MATCH ?
            """
        // The rows mapped to the articles searched and filtered, until
        // `limit` are kept: a cursor, so that rows past it (and their
        // snippets) are never made.
        func hits(_ db: Database, _ sql: String, limit: Int?) throws -> [Hit] {
            try rows(db, sql, limit: limit).map(\.hit)
        }
        func rows(_ db: Database, _ sql: String, limit: Int?) throws -> [(hit: Hit, row: Int)] {
            var seen: Set<Int> = [], hits: [(hit: Hit, row: Int)] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [match])
            while limit.map({ hits.count < $0 }) ?? true, let row = try rows.next() {
                let key: String = row["path"], doc: Int = row["doc"]
                guard let list = places[key], doc >= 0, doc < list.count else { continue }
                let i = list[doc]
                guard seen.insert(i).inserted,
                      admits(outlet: entries[i].outlet, date: entries[i].date, wanted: outlet, from: from, to: to)
                else { continue }
                hits.append((Hit(article: i, snippet: oneLine(row["snippet"])), row["row"] ?? -1))
            }
            return hits
        }
        // Every match read without a rank, the newest kept and their snippets made.
        func newest(_ db: Database) throws -> (hits: [Hit], total: Int) {
            let found = try rows(db, plain, limit: nil)
            let sorted = found.sorted { a, b in
                let (x, y) = (entries[a.hit.article].date ?? "", entries[b.hit.article].date ?? "")
                return x != y ? x > y : a.hit.article < b.hit.article
            }
            let shown = sorted.prefix(limit ?? sorted.count)
            let snippet = try CorpusSearch.snippets(match, rows: shown.map(\.row), db)
            return (shown.map { Hit(article: $0.hit.article, snippet: snippet[$0.row] ?? "") }, found.count)
        }
        func answer(_ db: Database) throws -> (hits: [Hit], total: Int) {
            if snippets, order == .newest { return try newest(db) }
            let found = try hits(db, snippets ? ranked : plain, limit: limit)
            guard counting, let limit, found.count == limit else { return (found, found.count) }
            return (found, try hits(db, plain, limit: nil).count)
        }
        if let index {
            return try index.pool.read(answer)
        }
        let memory = try DatabaseQueue()
        return try memory.write { db in
            try createTable(db)
            var written = 0
            for (key, articles) in places {
                try insert(articles.map(document), path: key, db)
                written += articles.count
                if written >= 1000 {
                    try cancellation?.check()
                    written = 0
                }
            }
            return try answer(db)
        }
    }

    /// The snippets of the search table's rows `rows` for `match`, by row,
    /// in one query: FTS5 expands a prefix (`elect*`) into every word it
    /// matches each time a query runs (twenty queries of one row each took
    /// 0.14 s here). The rows are given as a range, which FTS5 uses, and a
    /// list, which it is kept from using (`+rowid`: each item would run
    /// the query again), so a snippet is made for these rows alone.
    static func snippets(_ match: String, rows: [Int], _ db: Database) throws -> [Int: String] {
        guard let low = rows.min(), let high = rows.max() else { return [:] }
        var found: [Int: String] = [:]
        let list = rows.map(String.init).joined(separator: ",")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT rowid, \(snippetColumn) FROM search
            WHERE search MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (\(list))
            """, arguments: [match, low, high])
        while let row = try cursor.next() { found[row[0]] = oneLine(row[1]) }
        return found
    }

    /// Whether an article of `outlet` dated `date` is within the filters:
    /// the outlet `wanted` (its name, any case) and the days `from` to `to`
    /// (YYYY-MM-DD, inclusive, compared as text; an undated article is out
    /// when either is given). Nil filters admit everything.
    public static func admits(outlet: String?, date: String?, wanted: String?, from: String?, to: String?) -> Bool {
        if let wanted, outlet?.lowercased() != wanted.lowercased() { return false }
        if from != nil || to != nil {
            guard let date else { return false }
            if let from, date < from { return false }
            if let to, date > to { return false }
        }
        return true
    }

    /// Whether `text` is a day as `--from` and `--to` take it: YYYY-MM-DD.
    public static func isDay(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
    }

    /// The query as FTS5 reads it: each word quoted (so that punctuation
    /// such as "U.S." or a stray quote is text, not syntax), all required;
    /// a trailing `*` kept as a prefix match.
    public static func matchExpression(_ query: String) -> String {
        query.split(whereSeparator: { $0.isWhitespace }).compactMap { word -> String? in
            var word = String(word)
            let prefix = word.hasSuffix("*")
            if prefix { word = String(word.dropLast()) }
            guard word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return nil }
            return "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (prefix ? "*" : "")
        }.joined(separator: " ")
    }
}
