import Foundation
import GRDB

/// The corpus-wide results of one load, kept in the index under the
/// corpus's state (`CorpusState`): every article's summary and where its
/// row is, the events, the files' warnings, and, read when first asked
/// for, each article's linked entities and quotations and the corpus's
/// entity and speaker indexes. A later load of the same state starts from
/// it without reading any file or row.
///
/// Each article's linked entities and quotations are kept under the hash
/// of their bytes (`LinkedRow`), shared by every snapshot that has them:
/// after one file of 100,000 is edited, the new snapshot writes the few
/// that changed, not a hundred megabytes.
///
/// A snapshot stands only while no row of its files has been written
/// since it was made (another corpus sharing the index may have written
/// its own): then it would describe rows that are no longer there, and it
/// is made again on the next load.
struct CorpusSnapshot {
    /// Where an article's row is: its file's key and its place in the file.
    struct Location: Equatable {
        let file: String
        let doc: Int
    }

    var state: UInt64
    /// The paths the corpus was opened with (`CorpusState.pathsKey`).
    var paths: UInt64
    var summaries: [ArticleSummary]
    var locations: [Location]
    var events: [NewsEvent]
    var warnings: [LoadWarning]
    /// Each article's `LinkedRow` key: set by the load that saves the
    /// snapshot (the keys of the rows it saves), read back with it (it does
    /// not stand without them).
    var linked: [UInt64] = []
    /// The folders and named files of the listing the snapshot was found
    /// to stand for (`FoundFiles.watched`): set when it is opened or made,
    /// not stored in its blob; kept with its search part.
    var watched: [WatchedStamp] = []

    /// The snapshot's main blob, and where in it each article's summary
    /// begins, the last one's ends and the warnings begin (`SnapshotSearch`
    /// reads only what it shows).
    struct Encoded {
        let data: Data
        let summaryAt: [Int]
        let summariesEnd: Int
        let warningsAt: Int
    }

    func encode() -> Encoded {
        var w = ByteWriter()
        var summaryAt: [Int] = []
        summaryAt.reserveCapacity(summaries.count)
        w.int(summaries.count)
        for (s, l) in zip(summaries, locations) {
            summaryAt.append(w.count)
            w.summary(s)
            w.string(l.file)
            w.int(l.doc)
        }
        let summariesEnd = w.count
        w.events(events)
        let warningsAt = w.count
        w.warnings(ofFiles: warnings)
        return Encoded(data: w.data, summaryAt: summaryAt, summariesEnd: summariesEnd, warningsAt: warningsAt)
    }

    static func decode(_ data: Data, state: UInt64, paths: UInt64) throws -> CorpusSnapshot {
        var r = ByteReader(data)
        var summaries: [ArticleSummary] = [], locations: [Location] = []
        let n = try r.count()
        summaries.reserveCapacity(n)
        locations.reserveCapacity(n)
        for _ in 0..<n {
            summaries.append(try r.summary())
            locations.append(Location(file: try r.string(), doc: try r.int()))
        }
        let events = try r.events(articles: n)
        let warnings = try r.warningsOfFiles()
        guard r.isAtEnd else { throw ByteReader.Damaged() }
        return CorpusSnapshot(state: state, paths: paths, summaries: summaries, locations: locations, events: events,
                              warnings: warnings)
    }
}

extension CorpusIndex {
    /// How many snapshots are kept (the newest): a few corpora opened in turn.
    static let snapshotsKept = 4

    /// The layout of the snapshot tables: 2, the parts in a table of their
    /// own and the articles' linked rows shared.
    static let snapshotLayout = 2

    /// Makes the snapshot tables. Snapshots of an older layout (a column a
    /// part, each article's row under each snapshot) are dropped, once:
    /// each corpus's next load makes its own again. Returns a note then.
    /// (An older binary sharing the index afterwards cannot keep its
    /// snapshots in these tables, and says so; its tables are left alone.)
    static func createSnapshotTables(_ db: Database, path: String) throws -> String? {
        var note: String?
        if try count("snapshot layout", db) < snapshotLayout {
            let oldLayout = try db.tableExists("snapshot_articles")
                || db.tableExists("snapshots") && db.columns(in: "snapshots").contains(where: { $0.name == "entities" })
            if oldLayout {
                try db.execute(sql: """
                    DROP TABLE IF EXISTS snapshots; DROP TABLE IF EXISTS snapshot_parts; DROP TABLE IF EXISTS snapshot_articles;
                    DROP TABLE IF EXISTS snapshot_linked; DROP TABLE IF EXISTS snapshot_states;
                    DROP TABLE IF EXISTS snapshot_search;
                    """)
                note = "the index \(path) kept corpus snapshots of an older layout: dropped, each corpus's next load makes its own"
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshot layout', ?)",
                           arguments: [String(snapshotLayout)])
        }
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS snapshots (
                state INTEGER PRIMARY KEY, paths INTEGER NOT NULL, revision INTEGER NOT NULL, made REAL NOT NULL,
                main BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS snapshot_parts (
                state INTEGER NOT NULL, part TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (state, part));
            CREATE TABLE IF NOT EXISTS snapshot_linked (key INTEGER PRIMARY KEY, data BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS snapshot_states (state INTEGER PRIMARY KEY, snapshot INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS snapshot_search (state INTEGER PRIMARY KEY, checked INTEGER NOT NULL, data BLOB NOT NULL);
            """)
        return note
    }

    /// The parts of a snapshot read when first asked for, each a row of
    /// its own: the outlets report, kept after the rest, is written without
    /// rewriting them (tens of megabytes at 100,000 articles).
    enum SnapshotPart: String {
        case entities, speakers, walks
        /// Each article's `LinkedRow` key, in corpus order.
        case linked
        /// The outlets report over the whole corpus (made after the rest).
        case outlets
    }

    /// Keeps `data` as the snapshot's `part` (nothing if the snapshot is gone).
    func save(_ part: SnapshotPart, _ data: Data, state: UInt64) throws {
        try pool.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO snapshot_parts (state, part, data)
                SELECT state, ?, ? FROM snapshots WHERE state = ?
                """, arguments: [part.rawValue, data, Int64(bitPattern: state)])
        }
    }

    /// Keeps `snapshot` with its parts and its articles' `linked` rows (whose
    /// keys `snapshot.linked` lists, in corpus order), unless a row of its
    /// files has been written since `revision` (then it would describe rows
    /// that are no longer there). Older snapshots beyond
    /// `snapshotsKept` are dropped, with the linked rows no other snapshot
    /// holds. Returns whether it was kept.
    func save(_ snapshot: CorpusSnapshot, revision: Int, linked: [LinkedRow],
              entities: EntityIndex, speakers: SpeakerIndex, walks: [SpeakerIndex.QuoteRef]) throws -> Bool {
        // The parts encoded side by side.
        let main = Background { snapshot.encode() }
        let encoders: [(SnapshotPart, (inout ByteWriter) -> Void)] = [
            (.entities, { $0.entityIndex(entities) }), (.speakers, { $0.speakerIndex(speakers) }),
            (.walks, { $0.quoteRefs(walks) }), (.linked, { $0.linkedKeys(snapshot.linked) }),
        ]
        let parts = ParallelMap.mapAll(encoders) { part, encode -> (SnapshotPart, Data) in
            var w = ByteWriter()
            encode(&w)
            return (part, w.data)
        }
        let encoded = main.value
        let state = Int64(bitPattern: snapshot.state)
        return try pool.write { db -> Bool in
            guard try !Self.rowsWritten(of: snapshot.locations.map(\.file), since: revision, db) else { return false }
            // Hundreds of megabytes at 100,000 articles: in SQLite's default
            // cache (2 MB) the transaction's pages spilled to the WAL, and
            // each was looked up there and read back as the rows went in
            // (110 s of one core, against seconds).
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -\(Self.snapshotCacheKiB)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }  // the pages let go (at commit)
            // The snapshots that stay (the newest, this one aside) and the linked rows they hold.
            let others = try Int64.fetchAll(db, sql: "SELECT state FROM snapshots WHERE state != ? ORDER BY made DESC",
                                            arguments: [state])
            let staying = others.prefix(Self.snapshotsKept - 1), dropped = [state] + others.dropFirst(Self.snapshotsKept - 1)
            var held = Set<UInt64>(), gone = Set<UInt64>()
            for other in staying { held.formUnion(try Self.linkedKeys(of: other, db) ?? []) }
            for other in dropped { gone.formUnion(try Self.linkedKeys(of: other, db) ?? []) }
            try Self.dropSnapshots(dropped, db)
            try db.execute(sql: "DELETE FROM snapshot_states WHERE state = ?", arguments: [state])
            try db.execute(sql: """
                INSERT INTO snapshots (state, paths, revision, made, main) VALUES (?, ?, ?, ?, ?)
                """, arguments: [state, Int64(bitPattern: snapshot.paths), revision, Date().timeIntervalSince1970,
                                encoded.data])
            let part = try db.makeStatement(sql: "INSERT INTO snapshot_parts (state, part, data) VALUES (?, ?, ?)")
            for (name, data) in parts { try part.execute(arguments: [state, name.rawValue, data]) }
            try Self.keepSearch(snapshot, main: encoded, db)
            // Rows another snapshot holds are there already; each new one is
            // written once, in the table's order (hashes in article order
            // land all over the table and leave its pages half full).
            var fresh: [LinkedRow] = []
            for row in linked where !held.contains(row.key) {
                held.insert(row.key)
                fresh.append(row)
            }
            fresh.sort { Int64(bitPattern: $0.key) < Int64(bitPattern: $1.key) }
            let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO snapshot_linked (key, data) VALUES (?, ?)")
            for row in fresh { try insert.execute(arguments: [Int64(bitPattern: row.key), row.data]) }
            let delete = try db.makeStatement(sql: "DELETE FROM snapshot_linked WHERE key = ?")
            for key in gone where !held.contains(key) { try delete.execute(arguments: [Int64(bitPattern: key)]) }
            return true
        }
    }

    /// The linked rows' keys of the snapshot `state`, in corpus order; nil
    /// when it has none or they do not read back.
    static func linkedKeys(of state: Int64, _ db: Database) throws -> [UInt64]? {
        guard let data = try part(.linked, of: state, db) else { return nil }
        var r = ByteReader(data)
        guard let keys = try? r.linkedKeys(), r.isAtEnd else { return nil }
        return keys
    }

    /// A snapshot's page cache while it is written, in KiB.
    static let snapshotCacheKiB = 512 * 1024

    /// Deletes the snapshots `states` with their parts, other names and
    /// search part (not their linked rows: others may hold them).
    private static func dropSnapshots(_ states: [Int64], _ db: Database) throws {
        for state in states {
            try db.execute(sql: "DELETE FROM snapshots WHERE state = ?", arguments: [state])
            try db.execute(sql: "DELETE FROM snapshot_parts WHERE state = ?", arguments: [state])
            try db.execute(sql: "DELETE FROM snapshot_states WHERE snapshot = ?", arguments: [state])
            try db.execute(sql: "DELETE FROM snapshot_search WHERE state = ?", arguments: [state])
        }
    }

    /// The snapshot of the corpus in `state`, if one stands (no row of its
    /// files written since) and reads back whole.
    func snapshot(state: UInt64) -> CorpusSnapshot? {
        let state = Int64(bitPattern: state)
        return newest(where: "state = ?", state)
            ?? newest(where: "state = (SELECT snapshot FROM snapshot_states WHERE state = ?)", state)
    }

    /// The states a snapshot also stands for (`restamped`).
    static func otherStates(of state: Int64, _ db: Database) throws -> [UInt64] {
        try Int64.fetchAll(db, sql: "SELECT state FROM snapshot_states WHERE snapshot = ?", arguments: [state])
            .map { UInt64(bitPattern: $0) }
    }

    /// The newest standing snapshot of the corpus opened with `paths`
    /// (`CorpusState.pathsKey`), whatever the state of its files: read while
    /// the files are looked at, it is most often the one that stands.
    func snapshot(paths: UInt64) -> CorpusSnapshot? {
        newest(where: "paths = ?", Int64(bitPattern: paths))
    }

    private func newest(where condition: String, _ value: Int64) -> CorpusSnapshot? {
        try? pool.read { db -> CorpusSnapshot? in
            guard let newest = try Self.newestState(where: condition, value, db),
                  let row = try Row.fetchOne(db, sql: "SELECT state, paths, revision, main FROM snapshots WHERE state = ?",
                                             arguments: [newest]) else { return nil }
            let state = UInt64(bitPattern: row["state"] as Int64), paths = UInt64(bitPattern: row["paths"] as Int64)
            var snapshot = try CorpusSnapshot.decode(row["main"], state: state, paths: paths)
            // Without its articles' keys no article of it can be read: loaded again, not trusted.
            guard let linked = try Self.linkedKeys(of: newest, db), linked.count == snapshot.summaries.count else { return nil }
            snapshot.linked = linked
            return try Self.rowsWritten(of: snapshot.locations.map(\.file), since: row["revision"], db) ? nil : snapshot
        }
    }

    /// Keeps what a search of `snapshot` reads (`SnapshotSearch`), made in
    /// the transaction `db` is in, which has found the snapshot standing:
    /// it answers while no file row is written after this (any corpus's:
    /// which rows are the snapshot's is not known to a search without
    /// reading them all) and the search table is as now.
    static func keepSearch(_ snapshot: CorpusSnapshot, main: CorpusSnapshot.Encoded, _ db: Database) throws {
        let part = try SnapshotSearch(snapshot: snapshot, main: main, db)
        try db.execute(sql: "INSERT OR REPLACE INTO snapshot_search (state, checked, data) VALUES (?, ?, ?)",
                       arguments: [Int64(bitPattern: snapshot.state), try revision(db), part.encode()])
    }

    /// What a search of the snapshot `state` reads, if kept and whole.
    func keptSearch(state: UInt64) -> SnapshotSearch? {
        let data = try? pool.read { db in
            try Data.fetchOne(db, sql: "SELECT data FROM snapshot_search WHERE state = ?", arguments: [Int64(bitPattern: state)])
        }
        return data.flatMap { try? SnapshotSearch($0) }
    }

    /// `keepSearch` for a snapshot opened earlier, if it still stands: a
    /// search that could not answer from it (another corpus has written
    /// rows since, or the search table, or the files went back to an
    /// earlier state) makes the part again, so that the next one can. The
    /// snapshot becomes its paths' newest, which is the one a search reads
    /// (and the last of them to be dropped).
    func keepSearch(_ snapshot: CorpusSnapshot) throws {
        let main = snapshot.encode()  // the same bytes as the stored blob: where each summary begins
        try pool.write { db in
            let state = Int64(bitPattern: snapshot.state)
            guard try Self.stands(state, files: snapshot.locations.map(\.file), db) else { return }
            try Self.keepSearch(snapshot, main: main, db)
            try db.execute(sql: "UPDATE snapshots SET made = ? WHERE state = ?",
                           arguments: [Date().timeIntervalSince1970, state])
        }
    }

    /// `snapshot` standing for the files `now` found when they are its
    /// files with the same bytes and only their stamps moved (touched,
    /// saved unchanged, copied over themselves): they are in another state,
    /// but every per-file result and so every corpus-wide one is the same,
    /// and loading them again would only make the same snapshot (at 100,000
    /// articles, most of a minute). The rows take the files' new times (a
    /// write of no result: snapshots of these rows stand) and the new state
    /// is kept as another name of the snapshot (`snapshot_states`: moving
    /// the snapshot's rows would rewrite a hundred megabytes). Nil, and
    /// nothing written, unless every file is one of the snapshot's, in its
    /// order, and its size and hash are its row's (a file whose stamp moved
    /// is read and hashed as a load would), and no row of the files has
    /// been written since.
    ///
    /// A file changed a moment ago may change again within its clock tick
    /// and keep its stamp, so its stamp is not trusted: it is read and
    /// hashed even if its row has its time (rows written within a file's
    /// tick keep none: this guards what the rows promise), and while any
    /// file is that fresh the snapshot stands for this opening only.
    /// Nothing is written (no row's time, no other name), and the next
    /// opening reads those files again, until they settle and it restamps
    /// them. Loading them through their rows instead redid every
    /// corpus-wide step: at 10,000 articles all touched at once, 9.6-15.4 s
    /// against 0.4-1.0 s.
    func restamped(_ snapshot: CorpusSnapshot, as now: (key: UInt64, found: FoundFiles)) -> CorpusSnapshot? {
        var files: [String] = []
        for location in snapshot.locations where location.doc == 0 { files.append(location.file) }
        let found = now.found
        // A file with no article (unreadable, say) is not among the
        // locations: such a corpus is loaded again.
        guard files == found.keys, found.warnings.isEmpty else { return nil }
        let rows = keys().byPath, time = Date().timeIntervalSince1970
        var restamped: [(key: String, mtime: Double)] = []
        var settled = true
        for (n, key) in found.keys.enumerated() {
            guard let stamp = found.stamps[n], let row = rows[key], row.size == stamp.size else { return nil }
            let fresh = time - stamp.mtime < FileStamp.trustedAfter
            guard fresh || row.mtime != stamp.mtime else { continue }
            guard case .success(let bytes) = FileReader.contents(of: found.files[n]), bytes.count == row.size,
                  FNV1a.hash(bytes) == row.hash else { return nil }
            if fresh { settled = false } else { restamped.append((key, stamp.mtime)) }
        }
        guard settled else {
            let stands = try? pool.read { db in try Self.stands(Int64(bitPattern: snapshot.state), files: files, db) }
            return stands == true ? snapshot : nil
        }
        let kept = try? pool.write { db -> Bool in
            let state = Int64(bitPattern: snapshot.state)
            guard try Self.stands(state, files: files, db) else { return false }
            for (key, mtime) in restamped {
                try db.execute(sql: "UPDATE files SET mtime = ? WHERE path = ?", arguments: [mtime, key])
            }
            // The files' stamps only move on: the state they were in before is gone.
            try db.execute(sql: "DELETE FROM snapshot_states WHERE snapshot = ?", arguments: [state])
            try db.execute(sql: "INSERT OR REPLACE INTO snapshot_states (state, snapshot) VALUES (?, ?)",
                           arguments: [Int64(bitPattern: now.key), state])
            return true
        }
        return kept == true ? snapshot : nil
    }

    /// The state of the newest snapshot where `condition` holds. Found
    /// before its row is read: sorting whole rows would copy every
    /// matching snapshot's blobs (tens of megabytes at 100,000 articles)
    /// through a temporary file.
    static func newestState(where condition: String, _ value: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT state FROM snapshots WHERE \(condition) ORDER BY made DESC LIMIT 1",
                           arguments: [value])
    }

    /// Whether the snapshot `state` has kept its `part`.
    func hasSnapshotPart(_ part: SnapshotPart, state: UInt64) -> Bool {
        (try? pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM snapshot_parts WHERE state = ? AND part = ?)",
                              arguments: [Int64(bitPattern: state), part.rawValue])
        }) == true
    }

    func snapshotPart(_ part: SnapshotPart, state: UInt64) -> Data? {
        try? pool.read { db in try Self.part(part, of: Int64(bitPattern: state), db) }
    }

    /// The snapshot `state`'s `part`, if kept.
    static func part(_ part: SnapshotPart, of state: Int64, _ db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT data FROM snapshot_parts WHERE state = ? AND part = ?",
                          arguments: [state, part.rawValue])
    }

    /// Whether the snapshot `state` is kept and no row of its `files` has
    /// been written since it was made.
    static func stands(_ state: Int64, files: [String], _ db: Database) throws -> Bool {
        guard let revision = try Int.fetchOne(db, sql: "SELECT revision FROM snapshots WHERE state = ?", arguments: [state])
        else { return false }
        return try !rowsWritten(of: files, since: revision, db)
    }

    /// An article of a snapshot, made whole from its file's row (at
    /// `location`) and its linked entities and quotations (the
    /// `snapshot_linked` row under `linked`); nil when either is missing or
    /// damaged.
    func snapshotArticle(summary: ArticleSummary, at location: CorpusSnapshot.Location, linked: UInt64) -> Article? {
        guard let (entry, data) = try? pool.read({ db -> (Data?, Data?) in
            (try Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path = ?", arguments: [location.file]),
             try Data.fetchOne(db, sql: "SELECT data FROM snapshot_linked WHERE key = ?",
                               arguments: [Int64(bitPattern: linked)]))
        }), let entry, let data else { return nil }
        guard let file = StoredFile.decoded(entry, as: summary.path), file.documents.indices.contains(location.doc)
        else { return nil }
        var article = file.documents[location.doc].article
        var r = ByteReader(data)
        guard let mentions = try? r.mentions(limit: article.source.count),
              let quotes = try? r.quotations(limit: article.source.count), r.isAtEnd else { return nil }
        article.id = summary.id
        article.metadata = summary.metadata
        article.entities = mentions
        article.quotes = quotes
        return article
    }
}

/// An article's linked entities and quotations as snapshots keep them,
/// under the hash of their bytes.
struct LinkedRow {
    let key: UInt64
    let data: Data

    /// Each article's row, on every core.
    static func rows(_ articles: [(mentions: [EntityMention], quotes: [Quotation])]) -> [LinkedRow] {
        ParallelMap.mapAll(articles) { a in
            var w = ByteWriter()
            w.mentions(a.mentions)
            w.quotations(a.quotes)
            let data = w.data
            return LinkedRow(key: FNV1a.hash(data), data: data)
        }
    }
}

extension ByteWriter {
    mutating func linkedKeys(_ keys: [UInt64]) {
        int(keys.count)
        for key in keys { uint64(key) }
    }
}

extension ByteReader {
    mutating func linkedKeys() throws -> [UInt64] {
        try (0..<(try count())).map { _ in try uint64() }
    }
}
