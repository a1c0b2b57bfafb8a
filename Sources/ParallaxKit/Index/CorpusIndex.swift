import Foundation
import GRDB

/// The persistent index: what loading found in each file, kept in SQLite
/// under the XDG cache directory so that the next run reads it instead of
/// analysing the text again.
///
/// One row a file, keyed by its absolute path, with its size, modification
/// time and content hash (FNV-1a 64 of the bytes); the row's blob holds the
/// file's per-file results (`StoredFile`). A file is reused when its bytes
/// hash the same as a row's, under its path or another (a renamed or copied
/// file). The corpus folder is never written.
///
/// Never trusted blindly: a database made by another `analyserVersion` is
/// emptied, a file that is not a database (or is damaged) is deleted and
/// made again, a blob that does not decode is analysed again; each says so
/// in `notes`. SQLite's WAL journal and a busy timeout let several
/// processes read and write one index at once.
public final class CorpusIndex: Sendable {
    /// The version of the analysis and of the stored format. Bump it whenever
    /// what loading produces per file changes (cleaning, sentences, metadata,
    /// entity candidates, quotations, credits, event terms: the tokenizer,
    /// `ContentWords`' forms, stems and function words, `EventTerms`'
    /// weights) or `ByteCoding.swift` changes: an index made by another
    /// version is emptied and rebuilt, never read.
    ///
    /// 1: the first index. 2: the search table. 3: search rows found by
    /// path. 4: quotations kept. 5: files trusted by size and time;
    /// corpus snapshots. 6: the outlets report keeps its quotations' words.
    /// 7: snapshots found by their paths. 8: each article's event terms
    /// and credits. 9: each quotation's words and each article's text hash.
    public static let analyserVersion = 9

    /// The version of what a snapshot holds (`SnapshotCoding.swift`,
    /// `ReportCoding.swift`). It is part of every corpus state, so a
    /// snapshot of another format is never found (and is dropped among the
    /// oldest); the file rows stand. 2: the outlets report keeps where its
    /// quotations are. 3: the parts in a table of their own (an older
    /// binary then finds none of these snapshots). 4: articles' linked
    /// rows shared between snapshots.
    static let snapshotFormat = 4

    /// The database file.
    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// `$XDG_CACHE_HOME/parallax`, else `~/.cache/parallax`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("parallax")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".cache/parallax")
    }

    /// The database file in `directory()`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (directory(environment: environment) as NSString).appendingPathComponent("index.sqlite")
    }

    /// Opens (or makes) the index at `path`. Nil, with a warning in `notes`,
    /// when it cannot be used: loading then goes on without it.
    public static func open(at path: String = defaultPath()) -> (index: CorpusIndex?, notes: [String]) {
        var notes: [String] = []
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return (nil, ["warning: cannot make the index folder \(folder) (\(reason(error))); going on without the index"])
        }
        // SQLite answers "database is locked" without waiting on its busy
        // handler while another process turns a new database to WAL: retry
        // then, as long as the busy timeout would have waited.
        let deadline = Date().addingTimeInterval(busyTimeout)
        var rebuilt = false
        while true {
            do {
                let pool = try openPool(path)
                let index = CorpusIndex(path: path, pool: pool)
                if let note = try index.prepare() { notes.append(note) }
                return (index, notes)
            } catch let error as DatabaseError where !rebuilt && isDamage(error) {
                notes.append("the index \(path) is damaged (\(error.message ?? "\(error.resultCode)")); rebuilding it")
                removeFiles(path)
                rebuilt = true
            } catch let error as DatabaseError where isBusy(error) && Date() < deadline {
                usleep(50_000)
            } catch {
                notes.append("warning: cannot use the index \(path) (\(reason(error))); going on without it")
                return (nil, notes)
            }
        }
    }

    /// How long a process waits for another one holding the index.
    static let busyTimeout: TimeInterval = 30

    private static func openPool(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = "parallax-index"
        config.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            // Debian's SQLite overwrites whatever is deleted with zeros
            // (built with SECURE_DELETE): dropping a snapshot of 100,000
            // articles wrote hundreds of megabytes of zeros. Nothing here
            // is secret that the corpus folder does not hold in the clear.
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            // A command ends without closing the index, which would delete
            // the WAL: after a snapshot of 100,000 articles it stayed at
            // 1.5 GB beside the database. Cut back when next reset.
            try db.execute(sql: "PRAGMA journal_size_limit = \(64 << 20)")
        }
        return try DatabasePool(path: path, configuration: config)
    }

    private static func isBusy(_ error: DatabaseError) -> Bool {
        [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
    }

    private static func isDamage(_ error: DatabaseError) -> Bool {
        [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT].contains(error.resultCode)
    }

    private static func reason(_ error: Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
        if let ns = error as NSError?, let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }

    static func removeFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Makes the tables; empties an index of another version. Returns a note
    /// when it did. Throws on a file that is not a database (its header is
    /// read first). Damage deeper in the file is not looked for up front (a
    /// check reads the whole file, too slow for every start): a row that
    /// cannot be read is analysed again, and a write that fails is a
    /// warning.
    private func prepare() throws -> String? {
        try pool.write { db -> String? in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'")
            let current = String(Self.analyserVersion)
            if version != current {
                // Another version's tables may be laid out otherwise: all made anew.
                try db.execute(sql: """
                    DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS search_docs;
                    DROP TABLE IF EXISTS snapshots; DROP TABLE IF EXISTS snapshot_parts; DROP TABLE IF EXISTS snapshot_linked;
                    DROP TABLE IF EXISTS snapshot_articles; DROP TABLE IF EXISTS snapshot_states;
                    DROP TABLE IF EXISTS snapshot_search; DROP TABLE IF EXISTS event_quotes;
                    DELETE FROM meta WHERE key IN ('revision', 'snapshot layout');
                    """)
            }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS files (
                    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime REAL NOT NULL,
                    hash INTEGER NOT NULL, entry BLOB NOT NULL, revision INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX IF NOT EXISTS files_hash ON files(hash);
                """)
            // An index from before rows kept the revision that wrote them: their 0 is older than any snapshot.
            if try !Row.fetchAll(db, sql: "PRAGMA table_info(files)").contains(where: { ($0["name"] as String) == "revision" }) {
                try db.execute(sql: "ALTER TABLE files ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
            }
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS files_revision ON files(revision)")
            // What `keys()` reads of every row, apart from the blobs: a scan
            // of the table reads the blobs' first pages too (most of a
            // gigabyte at 100,000 files, seconds when not in memory).
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS files_stamps ON files(path, size, mtime, hash)")
            try CorpusSearch.createTable(db)
            try Self.createEventQuotesTable(db)
            let layoutNote = try Self.createSnapshotTables(db, path: path)
            guard version != current else { return layoutNote }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?)", arguments: [current])
            return version.map { "the index \(path) was made by analyser version \($0), this is \(current); rebuilding it" }
        }
    }

    // MARK: - Rows

    /// What the index knows of each file, without the blobs, and the
    /// revision of the rows when they were read.
    struct Keys {
        var byPath: [String: (size: Int, mtime: Double, hash: UInt64)] = [:]
        var byHash: [UInt64: String] = [:]
        var revision = 0
    }

    func keys() -> Keys {
        var keys = Keys()
        let rows = (try? pool.read { db -> [Row] in
            keys.revision = try Self.revision(db)
            return try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM files")
        }) ?? []
        for row in rows {
            let path: String = row["path"], size: Int = row["size"], hash = UInt64(bitPattern: row["hash"] as Int64)
            keys.byPath[path] = (size, row["mtime"], hash)
            keys.byHash[hash] = path
        }
        return keys
    }

    /// A count of the writes to the file rows: each row keeps the revision
    /// that wrote it, a snapshot the revision it was made at, and it stands
    /// while no row of its files is newer (`rowsWritten`).
    static func revision(_ db: Database) throws -> Int { try count("revision", db) }

    /// A count kept in the `meta` table under `key`: 0 until first counted.
    static func count(_ key: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [key]) ?? 0
    }

    /// Counts one more under `key` (see `count`); returns the new count.
    @discardableResult
    static func countOneMore(_ key: String, _ db: Database) throws -> Int {
        let next = try count(key, db) + 1
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, String(next)])
        return next
    }

    /// Whether a row of one of `files` (keys) has been written since
    /// `revision`. Rows are read by the revision that wrote them (an
    /// index), so rows another corpus wrote since are passed over quickly.
    static func rowsWritten(of files: [String], since revision: Int, _ db: Database) throws -> Bool {
        let written = try String.fetchAll(db, sql: "SELECT path FROM files WHERE revision > ?", arguments: [revision])
        guard !written.isEmpty else { return false }
        let own = Set(files)
        return written.contains(where: own.contains)
    }

    /// The stored results of the file `key` names, read as the file `path`
    /// (its articles and warnings carry that path); nil when missing or
    /// damaged.
    func entry(_ key: String, as path: String) -> StoredFile? {
        guard let blob = try? pool.read({ db in
            try Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path = ?", arguments: [key])
        }) else { return nil }
        return StoredFile.decoded(blob, as: path)
    }

    /// The stored blobs of the files `keys` name, by key, read in one
    /// transaction (not decoded: that is for the caller's threads, not
    /// while a reader connection is held). Missing rows are left out.
    func entries(_ keys: [String]) -> [String: Data] {
        blobs("SELECT entry FROM files WHERE path = ?", keys)
    }

    /// The blob `sql` (one `?`, the key) gives for each of `keys` that has
    /// one, read in one transaction through one statement; none when the
    /// index cannot be read.
    func blobs<Key: DatabaseValueConvertible & Hashable>(_ sql: String, _ keys: [Key]) -> [Key: Data] {
        guard !keys.isEmpty else { return [:] }
        return (try? pool.read { db -> [Key: Data] in
            let statement = try db.cachedStatement(sql: sql)
            var found: [Key: Data] = [:]
            for key in keys {
                if let blob = try Data.fetchOne(statement, arguments: [key]) { found[key] = blob }
            }
            return found
        }) ?? [:]
    }

    struct FileRow {
        let path: String
        let size: Int
        let mtime: Double
        let hash: UInt64
        let entry: Data
        /// The file's articles as search finds them; nil when `saveSearch`
        /// has written them already.
        let search: [CorpusSearch.Document]?
    }

    /// Writes the search table's rows of the files `key` names, in one
    /// transaction of its own. A load writes them as soon as the articles
    /// are cleaned (all the table needs), on a thread of its own while the
    /// names and quotations are found: for 100,000 new files the table
    /// takes SQLite twenty to thirty seconds on one core.
    func saveSearch(_ files: [(key: String, documents: [CorpusSearch.Document])]) throws {
        try saveSearch(batches: files.isEmpty ? 0 : 1) { _ in files }
    }

    /// `saveSearch` of the files `batch` gives for `0..<batches`, asked
    /// for in order (a cold build's text is not held twice over), each
    /// batch in a transaction of its own: filling the table for 100,000
    /// files in one held the index's write lock 30 s, as long as another
    /// writer waits. A file's rows are replaced within one transaction; a
    /// load that stops between two leaves files with new search rows and
    /// old (or no) file rows, which the next load reads and writes again.
    func saveSearch(batches: Int, _ batch: (Int) throws -> [(key: String, documents: [CorpusSearch.Document])]) throws {
        for b in 0..<batches {
            let files = try batch(b)
            try pool.write { db in
                for file in files {
                    try CorpusSearch.delete(path: file.key, db)
                    try CorpusSearch.insert(file.documents, path: file.key, db)
                }
                try CorpusSearch.countWrite(db)
            }
        }
    }

    /// Writes `rows` and drops the rows of `removed`, in one transaction.
    /// Returns the rows' revision after it (nil when nothing was written).
    @discardableResult
    func save(_ rows: [FileRow], removing removed: [String]) throws -> Int? {
        try save(batches: rows.isEmpty ? 0 : 1, { _ in rows }, removing: removed)
    }

    /// `save` of the rows `batch` gives for `0..<batches`, asked for in
    /// order as the transaction writes them: rows are made a batch at a
    /// time (a cold build's 100,000 encoded rows are not all held at once).
    func save(batches: Int, _ batch: (Int) throws -> [FileRow], removing removed: [String]) throws -> Int? {
        guard batches > 0 || !removed.isEmpty else { return nil }
        return try pool.write { db -> Int in
            let revision = try Self.countOneMore("revision", db)
            for path in removed {
                try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path])
                try CorpusSearch.delete(path: path, db)
            }
            var searched = false
            for b in 0..<batches {
                for row in try batch(b) {
                    if let search = row.search {
                        searched = true
                        try CorpusSearch.delete(path: row.path, db)
                        try CorpusSearch.insert(search, path: row.path, db)
                    }
                    try db.cachedStatement(sql: """
                        INSERT OR REPLACE INTO files (path, size, mtime, hash, entry, revision) VALUES (?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [row.path, row.size, row.mtime, Int64(bitPattern: row.hash), row.entry, revision])
                }
            }
            if !removed.isEmpty || searched { try CorpusSearch.countWrite(db) }
            return revision
        }
    }

    // MARK: - cache info, cache clear

    public struct Info: Sendable {
        public let path: String
        /// The database with its journal files.
        public let bytes: Int
        public let files: Int
        public let version: Int?
    }

    public func info() -> Info {
        let (files, version) = (try? pool.read { db -> (Int, Int?) in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0,
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'").flatMap { Int($0) })
        }) ?? (0, nil)
        let bytes = ["", "-wal", "-shm"].reduce(0) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
        return Info(path: path, bytes: bytes, files: files, version: version)
    }

    /// Deletes the index at `path` (and its journal files).
    public static func clear(at path: String = defaultPath()) {
        removeFiles(path)
    }
}

/// What the index keeps of one file: the warnings about the file as a
/// whole and, for each article in it, its per-file results.
struct StoredFile {
    struct Document {
        /// The id the file gave (feed items, records), else nil.
        var givenID: String?
        /// The warnings reading gave this article, before cleaning added any.
        var readWarnings: [LoadWarning]
        /// Its short lines that may be corpus furniture (`Corpus.furnitureKeys`), sorted.
        var furnitureKeys: [String]
        /// The hash of those of `furnitureKeys` that recurred in the corpus
        /// when `article` was cleaned: cleaning depends on nothing else
        /// outside the file, so the article stands while this matches.
        var furnitureHash: UInt64
        /// The cleaned article, before the corpus unified its outlet.
        var article: Article
        /// Entity candidates, found with `candidatesOutlet` as its outlet.
        var candidates: ArticleCandidates?
        var candidatesOutlet: String?
        /// Quotations and credits, found from the linked entities and
        /// metadata whose `Corpus.quoteKey` is `key`.
        var quotes: Attributed?
        /// What event grouping reads of the cleaned article.
        var eventTerms: EventTerms
    }

    /// What an article's linked entities and metadata give (with its
    /// cleaned text): its quotations and whose reporting it credits.
    struct Attributed {
        /// `Corpus.quoteKey` of what they were found from.
        var key: UInt64
        var quotes: [Quotation]
        var credits: [Credit]
    }

    var warnings: [LoadWarning]
    var documents: [Document]

    func encode() -> Data {
        var w = ByteWriter()
        w.warnings(warnings)
        w.int(documents.count)
        for d in documents {
            w.optional(d.givenID)
            w.warnings(d.readWarnings)
            w.strings(d.furnitureKeys)
            w.uint64(d.furnitureHash)
            w.article(d.article)
            w.bool(d.candidates != nil)
            if let c = d.candidates {
                w.optional(d.candidatesOutlet)
                w.candidates(c)
            }
            w.bool(d.quotes != nil)
            if let q = d.quotes {
                w.uint64(q.key)
                w.quotations(q.quotes)
                w.credits(q.credits)
            }
            w.lengthPrefixed(d.eventTerms.bytes)
        }
        return w.data
    }

    /// A stored blob decoded as the file `path`; nil when it is damaged.
    static func decoded(_ blob: Data, as path: String) -> StoredFile? {
        var reader = ByteReader(blob)
        return try? decode(&reader, path: path)
    }

    static func decode(_ r: inout ByteReader, path: String) throws -> StoredFile {
        let warnings = try r.warnings(path: path)
        var documents: [Document] = []
        for _ in 0..<(try r.count()) {
            let givenID = try r.optional()
            let readWarnings = try r.warnings(path: path)
            let keys = try r.strings()
            let hash = try r.uint64()
            let article = try r.article(id: givenID ?? "", path: path)
            var candidates: ArticleCandidates?, outlet: String?
            if try r.bool() {
                outlet = try r.optional()
                candidates = try r.candidates(limit: article.source.count)
            }
            var quotes: Attributed?
            if try r.bool() {
                let limit = article.source.count
                quotes = Attributed(key: try r.uint64(), quotes: try r.quotations(limit: limit), credits: try r.credits(limit: limit))
            }
            guard let terms = EventTerms(checking: try r.lengthPrefixed()) else { throw ByteReader.Damaged() }
            documents.append(Document(givenID: givenID, readWarnings: readWarnings, furnitureKeys: keys,
                                      furnitureHash: hash, article: article, candidates: candidates,
                                      candidatesOutlet: outlet, quotes: quotes, eventTerms: terms))
        }
        guard r.isAtEnd else { throw ByteReader.Damaged() }
        return StoredFile(warnings: warnings, documents: documents)
    }
}
