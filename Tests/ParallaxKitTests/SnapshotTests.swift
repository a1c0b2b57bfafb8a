import Foundation
import GRDB
import XCTest
@testable import ParallaxKit

/// A corpus opened through the index: the second start of an unchanged
/// corpus comes from the snapshot the first left (no file read), gives the
/// same articles, events and indexes, and any change to the files — or to
/// the rows the snapshot points at — makes it stale. Every index lives in a
/// temporary folder; the files are dated an hour back, as a snapshot is not
/// made of files changed a moment ago.
final class SnapshotTests: XCTestCase {
    private var folder: URL!
    private var cache: URL!
    private var dbPath: String { cache.appendingPathComponent("parallax/index.sqlite").path }

    override func setUp() {
        folder = Fixtures.temporaryFolder()
        cache = Fixtures.temporaryFolder()
        FoundFiles.settled = 0  // the folder is written a moment before each search
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: cache)
        FoundFiles.settled = 2
    }

    private func write(_ name: String, _ text: String, in place: URL? = nil, age: TimeInterval = 3600) {
        let url = (place ?? folder).appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        try! FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: url.path)
    }

    private func seed(age: TimeInterval = 3600) {
        write("a.txt", """
            ---
            outlet: Harbour Times
            date: 2024-05-06
            ---
            Harbour Strike Enters Second Week

            Dock workers in Port Avel stayed off the job on Monday. "We will hold the line," said union leader Maria Oduya.
            """, age: age)
        write("b.txt", """
            ---
            outlet: Coast Post
            date: 2024-05-06
            ---
            Strike At Port Avel Spreads

            "We will not go back," said Maria Oduya, who leads the Avel Dockers Union, as the strike in Port Avel spread.
            """, age: age)
        write("c.txt", """
            ---
            outlet: Daily Ledger
            date: 2024-05-07
            ---
            Ministers Meet Dockers In Port Avel

            Transport minister Tomas Revik met union leaders in Port Avel on Tuesday. "Talks went well," Revik said.
            """, age: age)
    }

    private func index() throws -> CorpusIndex {
        let opened = CorpusIndex.open(at: dbPath)
        return try XCTUnwrap(opened.index, "\(opened.notes)")
    }

    private func open(_ paths: [String]? = nil) throws -> OpenedCorpus {
        try OpenedCorpus.open(paths: paths ?? [folder.path], index: try index())
    }

    func testTheSecondStartComesFromTheSnapshotAndIsTheSameCorpus() throws {
        seed()
        let first = try open()
        XCTAssertFalse(first.fromSnapshot)
        XCTAssertTrue(first.articles.isStored, "after a load the articles are read from the index")
        let second = try open()
        XCTAssertTrue(second.fromSnapshot)

        let plain = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(second.articles.summaries, plain.articles.map(ArticleSummary.init))
        XCTAssertEqual(second.events, plain.events)
        for (i, expected) in plain.articles.enumerated() {
            let article = second.articles[i]
            XCTAssertEqual(article.id, expected.id)
            XCTAssertEqual(article.source.string, expected.source.string)
            XCTAssertEqual(article.paragraphs, expected.paragraphs)
            XCTAssertEqual(article.metadata, expected.metadata)
            XCTAssertEqual(article.entities, expected.entities)
            XCTAssertEqual(article.quotes, expected.quotes)
        }
        XCTAssertFalse(plain.articles.flatMap(\.quotes).isEmpty, "the corpus has quotations to keep")
        XCTAssertEqual(second.entities.entries, EntityIndex(articles: plain.articles).entries)
        XCTAssertEqual(second.speakers.entries, SpeakerIndex(articles: plain.articles).entries)
        XCTAssertEqual(second.walkableQuotes, OpenedCorpus.walkable(plain.articles))
    }

    /// A reader closed before the report the load started was kept keeps
    /// it on the way out (`keepReportBeingMade`); one opened from a
    /// snapshot has none being made.
    func testTheReportALoadStartedIsKeptOnTheWayOut() throws {
        seed()
        let first = try open()
        let state = try CorpusState.now(paths: [folder.path]).key
        XCTAssertTrue(first.isMakingReport)
        XCTAssertNil(try index().snapshotPart(.outlets, state: state), "not kept until taken")
        first.keepReportBeingMade()
        XCTAssertFalse(first.isMakingReport)
        XCTAssertNotNil(try index().snapshotPart(.outlets, state: state))
        let second = try open()
        XCTAssertTrue(second.fromSnapshot)
        XCTAssertFalse(second.isMakingReport)
        XCTAssertEqual(second.outletReport.profiles.map(\.outlet), first.outletReport.profiles.map(\.outlet))
    }

    func testTheOutletsReportIsMadeOnceAndKeptWithTheSnapshot() throws {
        seed()
        let first = try open()
        first.prepare()  // as the reader does behind its first frame
        let stored = try index().snapshotPart(.outlets, state: try CorpusState.now(paths: [folder.path]).key)
        XCTAssertNotNil(stored, "kept in the snapshot")
        let second = try open()
        XCTAssertTrue(second.fromSnapshot)
        let plain = try Corpus.load(paths: [folder.path])
        let ids = plain.articles.map(\.id)
        let expected = try OutletsJSON.encode(OutletReport(articles: plain.articles, events: plain.events), ids: ids)
        XCTAssertEqual(String(decoding: try OutletsJSON.encode(second.outletReport, ids: ids), as: UTF8.self),
                       String(decoding: expected, as: UTF8.self))
        XCTAssertGreaterThan(second.outletReport.profiles.count, 1)
        // The kept quotations say where they are, as the articles do.
        XCTAssertFalse(second.outletReport.quotations.isEmpty)
        for (ref, quoted) in second.outletReport.quotations {
            let quote = plain.articles[ref.article].quotes[ref.quote]
            XCTAssertEqual(quoted.range, quote.range)
            XCTAssertEqual(quoted.text, plain.articles[ref.article].text(quote.range))
        }
    }

    func testSnapshotsBeyondTheNewestFewAreDroppedWithEveryPart() throws {
        seed()
        _ = try open()
        try open().prepare()  // the outlets report kept too
        let first = try CorpusState.now(paths: [folder.path]).key
        // Corpora of one file each, opened in turn: the first snapshot is the oldest.
        for n in 0..<CorpusIndex.snapshotsKept {
            let other = Fixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: other) }
            write("x\(n).txt", "Ferry Timetable Changes\n\nThe island ferry will sail twice a day from June.\n", in: other)
            Thread.sleep(forTimeInterval: 0.01)  // `made` orders them
            _ = try open([other.path])
        }
        let queue = try Fixtures.database(dbPath)
        let counts = try queue.read { db in
            try ["snapshots", "snapshot_parts", "snapshot_search"].map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE state = ?", arguments: [Int64(bitPattern: first)])!
            }
        }
        XCTAssertEqual(counts, [0, 0, 0], "the oldest snapshot and all it kept are gone")
        let kept = try queue.read { db in try Int64.fetchAll(db, sql: "SELECT state FROM snapshots") }
        XCTAssertEqual(kept.count, CorpusIndex.snapshotsKept)
        // The linked rows are exactly those the kept snapshots hold: the
        // first corpus's went with it, the ferry's (one row, the same in
        // every other corpus) stayed.
        let (rows, held) = try queue.read { db in
            (Set(try Int64.fetchAll(db, sql: "SELECT key FROM snapshot_linked").map { UInt64(bitPattern: $0) }),
             Set(try kept.flatMap { try XCTUnwrap(CorpusIndex.linkedKeys(of: $0, db)) }))
        }
        XCTAssertEqual(rows, held)
        XCTAssertEqual(rows.count, 1)
    }

    func testSnapshotsShareTheRowsOfArticlesLinkedAlike() throws {
        seed()
        _ = try open()
        let rowsAfter = { try Fixtures.database(self.dbPath).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM snapshot_linked")!
        } }
        XCTAssertEqual(try rowsAfter(), 3)
        // One file edited: a snapshot of its own, the other two articles' rows shared.
        write("c.txt", "Ferry Strike Called Off\n\nFerry crews in Port Avel returned on Wednesday.\n", age: 1800)
        let edited = try open()
        XCTAssertFalse(edited.fromSnapshot)
        XCTAssertEqual(try rowsAfter(), 4)
        let again = try open()
        XCTAssertTrue(again.fromSnapshot)
        let plain = try Corpus.load(paths: [folder.path])
        for (i, expected) in plain.articles.enumerated() {
            XCTAssertEqual(again.articles[i].source.string, expected.source.string)
            XCTAssertEqual(again.articles[i].entities, expected.entities)
            XCTAssertEqual(again.articles[i].quotes, expected.quotes)
        }
    }

    func testSnapshotsOfTheOldLayoutAreDroppedOnceAndMadeAgain() throws {
        seed()
        _ = try index()
        // An index from before: a column a part, each article's row under
        // each snapshot, and no layout noted.
        let queue = try Fixtures.database(dbPath)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE snapshots; DROP TABLE snapshot_parts;
                CREATE TABLE snapshots (
                    state INTEGER PRIMARY KEY, paths INTEGER NOT NULL, revision INTEGER NOT NULL, made REAL NOT NULL,
                    main BLOB NOT NULL, entities BLOB NOT NULL, speakers BLOB NOT NULL, walks BLOB NOT NULL, outlets BLOB);
                INSERT INTO snapshots VALUES (1, 2, 3, 4.0, x'00', x'00', x'00', x'00', NULL);
                CREATE TABLE snapshot_articles (state INTEGER, n INTEGER, data BLOB, PRIMARY KEY (state, n)) WITHOUT ROWID;
                DELETE FROM meta WHERE key = 'snapshot layout';
                """)
        }
        try queue.close()
        XCTAssertTrue(CorpusIndex.open(at: dbPath).notes.contains { $0.contains("older layout") })
        XCTAssertFalse(try open().fromSnapshot)
        let second = try open()
        XCTAssertTrue(second.fromSnapshot, "a snapshot made in the new layout")
        XCTAssertEqual(second.articles.count, 3)
        let columns = try Fixtures.database(dbPath).read { db in try db.columns(in: "snapshots").map(\.name) }
        XCTAssertFalse(columns.contains("entities"))
        // An older binary making its table again is left alone: nothing dropped twice.
        try Fixtures.database(dbPath).write { db in
            try db.execute(sql: "CREATE TABLE snapshot_articles (state INTEGER, n INTEGER, data BLOB, PRIMARY KEY (state, n))")
        }
        XCTAssertEqual(CorpusIndex.open(at: dbPath).notes, [])
        XCTAssertTrue(try open().fromSnapshot)
    }

    func testTheIndexWriterNeitherZeroesWhatItDeletesNorKeepsAHugeLog() throws {
        // Debian's SQLite is built to zero deleted content: a dropped
        // snapshot of 100,000 articles wrote hundreds of megabytes. And a
        // command ends without closing the index: its WAL stayed at 1.5 GB.
        let (secure, limit) = try index().pool.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA secure_delete"), try Int.fetchOne(db, sql: "PRAGMA journal_size_limit"))
        }
        XCTAssertEqual(secure, 0)
        XCTAssertEqual(limit, 64 << 20)
    }

    /// A report lost (a process killed before it was kept) is made again
    /// from the index's rows, each article read once with only its
    /// quotations' text (`QuotedArticles`): the report of the corpus loaded
    /// in memory, its quotations placed in their articles' texts.
    func testTheOutletsReportMadeFromTheIndexRowsIsTheLoadedCorpussReport() throws {
        let paths = [Fixtures.corpusPath]
        try open(paths).keepReportBeingMade()
        try Fixtures.database(dbPath).write { db in
            try db.execute(sql: "DELETE FROM snapshot_parts WHERE part = 'outlets'")
            try db.execute(sql: "DELETE FROM event_quotes")
        }
        let stored = try open(paths)
        XCTAssertTrue(stored.fromSnapshot)
        XCTAssertNil(stored.preparedOutletReport, "no report kept or being made")
        let plain = Fixtures.corpus
        let ids = plain.articles.map(\.id)
        let expected = OutletReport(articles: plain.articles, events: plain.events)
        let made = stored.outletReport
        XCTAssertEqual(String(decoding: try OutletsJSON.encode(made, ids: ids), as: UTF8.self),
                       String(decoding: try OutletsJSON.encode(expected, ids: ids), as: UTF8.self))
        XCTAssertGreaterThan(made.quotations.count, 2, "quotations one outlet alone carries")
        for (ref, quoted) in made.quotations {
            let quote = plain.articles[ref.article].quotes[ref.quote]
            XCTAssertEqual(quoted.range, quote.range)
            XCTAssertEqual(quoted.text, plain.articles[ref.article].text(quote.range))
        }
    }

    func testAfterAnEditTheOutletsReportTakesUnchangedEventsFromTheIndex() throws {
        seed()
        try open().prepare()
        let ids = ["a", "b", "c"]
        let exclusive = { (report: OutletReport) in
            report.profiles.flatMap(\.coverage).flatMap(\.exclusiveQuotes).map(\.article).sorted()
        }
        // The third report edited (still alone in its event): the report is the plain corpus's.
        write("c.txt", "Ministers Meet Dockers\n\nTransport minister Tomas Revik met union leaders on Tuesday.\n", age: 1800)
        var opened = try open()
        opened.prepare()
        let plain = try Corpus.load(paths: [folder.path])
        let expected = OutletReport(articles: plain.articles, events: plain.events)
        XCTAssertEqual(String(decoding: try OutletsJSON.encode(opened.outletReport, ids: ids), as: UTF8.self),
                       String(decoding: try OutletsJSON.encode(expected, ids: ids), as: UTF8.self))
        XCTAssertEqual(exclusive(expected), [0, 1], "each strike report carries its own words")
        // The strike's event as kept says no quotation is its reports' own;
        // after another edit of the third report that is what the report
        // says: the unchanged event was not matched again.
        try Fixtures.database(dbPath).write { db in try db.execute(sql: "UPDATE event_quotes SET data = x'040000'") }
        write("c.txt", "Ministers Meet Dockers Again\n\nTransport minister Tomas Revik met union leaders on Tuesday.\n",
              age: 1200)
        opened = try open()
        XCTAssertFalse(opened.fromSnapshot)
        opened.prepare()
        XCTAssertEqual(exclusive(opened.outletReport), [])
    }

    func testAnEditedAddedOrRemovedFileMakesTheSnapshotStale() throws {
        seed()
        _ = try open()
        XCTAssertTrue(try open().fromSnapshot)
        // Edited (and dated back, as a clock could leave it): a new load, the new text.
        write("a.txt", "Harbour Strike Ends\n\nDock workers in Port Avel went back to work on Friday.\n", age: 1800)
        var opened = try open()
        XCTAssertFalse(opened.fromSnapshot)
        XCTAssertEqual(opened.articles.summaries.first?.title, "Harbour Strike Ends")
        XCTAssertTrue(opened.articles[0].source.string.contains("went back to work"))
        XCTAssertTrue(try open().fromSnapshot)
        // Added.
        write("d.txt", "Dockers Vote On Offer\n\nUnion members in Port Avel will vote on Friday.\n")
        opened = try open()
        XCTAssertFalse(opened.fromSnapshot)
        XCTAssertEqual(opened.articles.count, 4)
        // Removed.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        opened = try open()
        XCTAssertFalse(opened.fromSnapshot)
        XCTAssertEqual(opened.articles.summaries.map(\.id), ["a", "c", "d"])
    }

    /// `search` answered from the snapshot: the same hits, snippets and
    /// count as a search of the corpus opened, and the files' warnings it
    /// would print.
    func testASearchFromTheSnapshotIsTheSearchOfTheOpenedCorpus() throws {
        seed()
        write("bad.txt", "not text \u{0}\u{1}\u{2}")  // a warning the snapshot keeps
        _ = try open()
        let opened = try open()
        XCTAssertTrue(opened.fromSnapshot)
        XCTAssertFalse(opened.warnings.isEmpty)
        let index = try index()
        let cases: [(String, String?, String?, String?, Int?)] = [
            ("Port Avel", nil, nil, nil, nil), ("said", nil, nil, nil, 2), ("said", nil, nil, nil, 1),
            ("dock*", nil, nil, nil, nil), ("said", "COAST POST", nil, nil, nil), ("said", nil, "2024-05-07", nil, nil),
            ("said", nil, nil, "2024-05-06", 1), ("nothing-like-this", nil, nil, nil, nil),
        ]
        for (query, outlet, from, to, limit) in cases {
          for order in CorpusSearch.Order.allCases {
            let answer = try XCTUnwrap(CorpusSearch.fromSnapshot(query, paths: [folder.path], index: index, outlet: outlet,
                                                                 from: from, to: to, limit: limit, order: order), query)
            let expected = try CorpusSearch.counted(query, entries: opened.searchEntries, index: index, outlet: outlet,
                                                    from: from, to: to, limit: limit, order: order) { _ in
                XCTFail(); fatalError()
            }
            XCTAssertEqual(answer.total, expected.total, query)
            XCTAssertEqual(answer.hits.map(\.summary), expected.hits.map { opened.articles.summaries[$0.article] }, query)
            XCTAssertEqual(answer.hits.map(\.snippet), expected.hits.map(\.snippet), query)
            XCTAssertEqual(answer.warnings, opened.warnings, query)
          }
        }
        // Newest first: c.txt (7 May), then a.txt and b.txt (6 May) in corpus order.
        XCTAssertEqual(CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil,
                                                 limit: nil)?.hits.map(\.summary.id), ["c", "a", "b"])
        XCTAssertEqual(CorpusSearch.fromSnapshot("said", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil,
                                                 limit: nil)?.total, 3)
    }

    /// Whatever a snapshot no longer stands for sends the search the long
    /// way: the files changed, a row written since, the table written since.
    func testASearchFromTheSnapshotStepsAsideWhenAnythingChanged() throws {
        seed()
        let index = try index()
        func fromSnapshot() -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil, limit: nil)
        }
        XCTAssertNil(fromSnapshot(), "no snapshot yet")
        _ = try open()
        XCTAssertEqual(fromSnapshot()?.total, 3)
        write("a.txt", "Harbour Strike Ends\n\nDock workers went back to work on Friday.\n", age: 1800)
        XCTAssertNil(fromSnapshot(), "a.txt edited")
        XCTAssertEqual(try open().articles.count, 3)
        XCTAssertEqual(fromSnapshot()?.total, 2, "the new snapshot: a.txt no longer names Avel")
        // A row written since (of any corpus), then the search table written since.
        let (key, row) = try XCTUnwrap(index.keys().byPath.first)
        let entry = try XCTUnwrap(try index.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path = ?", arguments: [key])
        })
        try index.save([CorpusIndex.FileRow(path: key, size: row.size, mtime: row.mtime, hash: row.hash, entry: entry,
                                            search: nil)], removing: [])
        XCTAssertNil(fromSnapshot(), "a row written since")
        _ = try open()
        XCTAssertNotNil(fromSnapshot())
        try index.saveSearch([("/elsewhere/x.txt", [CorpusSearch.Document(title: "Avel", body: "Avel", outlet: nil, date: nil)])])
        XCTAssertNil(fromSnapshot(), "the search table written since: its rows may be numbered otherwise")
    }

    /// Which files there are is trusted while the folder has not moved: a
    /// file added is seen; an edit in place of a file shown is seen, of one
    /// not shown only with `rescan` (or by the next command that looks at
    /// every file).
    func testASearchFromTheSnapshotTrustsTheFilesWhileTheirFolderStands() throws {
        seed()
        let index = try index()
        func fromSnapshot(limit: Int? = nil, rescan: Bool = false) -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil,
                                      limit: limit, rescan: rescan)
        }
        _ = try open()
        XCTAssertEqual(fromSnapshot()?.total, 3)
        write("d.txt", "---\ndate: 2024-05-08\n---\nFerry Strike\n\nFerries to Port Avel stopped on Wednesday.\n")
        XCTAssertNil(fromSnapshot(), "a file added moves its folder")
        XCTAssertEqual(try open().articles.count, 4)
        XCTAssertEqual(fromSnapshot(limit: 1)?.hits.map(\.summary.id), ["d"])
        // b.txt rewritten in place, Avel gone: its folder does not move.
        let b = folder.appendingPathComponent("b.txt")
        let handle = try FileHandle(forWritingTo: b)
        try handle.write(contentsOf: Data("---\ndate: 2024-05-06\n---\nStrike Spreads\n\nThe strike spread to the ferries.\n".utf8))
        try handle.truncate(atOffset: try handle.offset())
        try handle.close()
        try touch("b.txt", age: 1800)  // settled, so that the next load makes a snapshot
        XCTAssertEqual(fromSnapshot(limit: 1)?.total, 4, "b.txt not shown: the index as it was")
        XCTAssertNil(fromSnapshot(limit: 1, rescan: true), "every file looked at")
        XCTAssertNil(fromSnapshot(), "b.txt shown, and not as its row has it")
        XCTAssertEqual(try open().articles.count, 4)
        XCTAssertEqual(fromSnapshot()?.total, 3)
    }

    /// Files named (not a folder) are each watched: an edit in place of one
    /// that a search does not show is seen without `rescan`, and so is one
    /// removed; the other names' folder is not looked at.
    func testASearchOfNamedFilesWatchesEachOfThem() throws {
        seed()
        let index = try index()
        let named = ["a.txt", "b.txt"].map { folder.appendingPathComponent($0).path }
        func fromSnapshot() -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("strike", paths: named, index: index, outlet: nil, from: nil, to: nil, limit: 1)
        }
        XCTAssertNil(fromSnapshot(), "no snapshot of these two files yet")
        XCTAssertEqual(try open(named).articles.count, 2)
        XCTAssertEqual(fromSnapshot()?.total, 2)
        XCTAssertEqual(fromSnapshot()?.hits.map(\.summary.id), ["a"])
        // A file added beside them is not theirs: the answer stands.
        write("d.txt", "---\ndate: 2024-05-08\n---\nFerry Strike\n\nFerries to Port Avel stopped on Wednesday.\n")
        XCTAssertEqual(fromSnapshot()?.total, 2)
        // b.txt (not shown) rewritten in place, "strike" gone.
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("b.txt"))
        try handle.write(contentsOf: Data("---\ndate: 2024-05-06\n---\nDockers Hold Out\n\nNo one went back.\n".utf8))
        try handle.truncate(atOffset: try handle.offset())
        try handle.close()
        try touch("b.txt", age: 1800)
        XCTAssertNil(fromSnapshot(), "b.txt is named: its own stamp moved")
        XCTAssertEqual(try open(named).articles.count, 2)
        XCTAssertEqual(fromSnapshot()?.total, 1)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        XCTAssertNil(fromSnapshot(), "b.txt removed")
    }

    /// Every folder of the tree is watched: a file added to or removed
    /// from a subfolder moves that subfolder (not its parent).
    func testAFileAddedOrRemovedInASubfolderIsSeen() throws {
        seed()
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        write("e.txt", "---\ndate: 2024-05-01\n---\nQuiet Day\n\nNothing happened at the port on Wednesday.\n", in: sub)
        let index = try index()
        func fromSnapshot() -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil, limit: nil)
        }
        XCTAssertEqual(try open().articles.count, 4)
        XCTAssertEqual(fromSnapshot()?.total, 3)
        write("f.txt", "---\ndate: 2024-05-09\n---\nFerry Strike\n\nFerries to Port Avel stopped on Thursday.\n", in: sub)
        XCTAssertNil(fromSnapshot(), "a file added in the subfolder")
        XCTAssertEqual(try open().articles.count, 5)
        XCTAssertEqual(fromSnapshot()?.total, 4)
        try FileManager.default.removeItem(at: sub.appendingPathComponent("f.txt"))
        XCTAssertNil(fromSnapshot(), "a file removed from the subfolder")
        // Back to the first state: its snapshot is opened again, and the
        // long way (as `parallax search` takes it) makes it the one read.
        let opened = try open()
        XCTAssertTrue(opened.fromSnapshot)
        XCTAssertEqual(opened.articles.count, 4)
        opened.keepSearch()
        XCTAssertEqual(fromSnapshot()?.total, 3)
    }

    /// A folder changed a moment before it was listed may change again
    /// without moving its stamp: a search does not trust it until a later
    /// listing finds it settled.
    func testAFolderChangedAMomentAgoIsNotTrusted() throws {
        seed()
        let index = try index()
        FoundFiles.settled = 60
        // Its time set back an hour: the change time, which no one can set, still says now.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: folder.path)
        _ = try open()
        func fromSnapshot(rescan: Bool = false) -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil, limit: nil,
                                      rescan: rescan)
        }
        XCTAssertNil(fromSnapshot())
        XCTAssertEqual(fromSnapshot(rescan: true)?.total, 3, "looking at every file, the snapshot stands")
        FoundFiles.settled = 0
        let opened = try open()
        XCTAssertTrue(opened.fromSnapshot)
        opened.keepSearch()
        XCTAssertEqual(fromSnapshot()?.total, 3)
    }

    /// Another corpus writing the index sends a search of this one the
    /// long way once: that opens this one from its snapshot (it stands)
    /// and keeps its search part anew, and the next search reads it.
    func testASearchStepsAsideOnceForAnotherCorpusWritingTheIndex() throws {
        seed()
        let index = try index()
        func fromSnapshot() -> CorpusSearch.SnapshotAnswer? {
            CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil, limit: nil)
        }
        _ = try open()
        XCTAssertEqual(fromSnapshot()?.total, 3)
        let other = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        write("x.txt", "Ferry Service Resumes\n\nThe ferry to Avel Island ran again on Sunday.\n", in: other)
        _ = try open([other.path])
        XCTAssertNil(fromSnapshot(), "rows and search rows written since")
        let opened = try open()
        XCTAssertTrue(opened.fromSnapshot)
        opened.keepSearch()
        XCTAssertEqual(fromSnapshot()?.total, 3)
        XCTAssertEqual(fromSnapshot()?.hits.map(\.summary.id).sorted(), ["a", "b", "c"])
    }

    /// A damaged search part is a long way round, never a crash or another
    /// article: offsets past any number, and two articles' offsets swapped
    /// (each hit's summary is checked against its search row).
    func testADamagedSearchPartIsNotTrusted() throws {
        seed()
        let index = try index()
        _ = try open()
        let state = try XCTUnwrap(try index.pool.read { db in try Int64.fetchOne(db, sql: "SELECT state FROM snapshot_search") })
        let part = try XCTUnwrap(index.keptSearch(state: UInt64(bitPattern: state)))
        func damaged(_ offsets: [Int], warningsAt: Int? = nil) throws -> CorpusSearch.SnapshotAnswer? {
            var changed = part
            changed.summaryAt = offsets
            changed.warningsAt = warningsAt ?? part.warningsAt
            try index.pool.write { db in
                try db.execute(sql: "UPDATE snapshot_search SET data = ?", arguments: [changed.encode()])
            }
            return CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil,
                                             limit: nil)
        }
        let at = part.summaryAt
        XCTAssertEqual(try damaged(at)?.total, 3, "written back as it was, it answers")
        XCTAssertNil(try damaged([Int.max, Int.max, 0]), "past any blob, and out of order")
        XCTAssertNil(try damaged([at[1], at[0], at[2]]), "two articles' summaries swapped")
        XCTAssertNil(try damaged([at[0], at[1] + 1, at[2]]), "a summary read from its second byte")
        XCTAssertNil(try damaged(at, warningsAt: Int.max), "warnings past the blob's end")
        try index.pool.write { db in
            try db.execute(sql: "UPDATE snapshot_search SET data = ?", arguments: [Data("parallax search part 1".utf8)])
        }
        XCTAssertNil(CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil, to: nil,
                                               limit: nil), "a part of another layout")
    }

    private func touch(_ name: String, age: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)],
                                              ofItemAtPath: folder.appendingPathComponent(name).path)
    }

    /// Files touched (or saved unchanged): the same bytes, so the same
    /// snapshot, under the files' new state, with nothing loaded again.
    func testFilesTouchedWithTheirBytesUnchangedKeepTheSnapshot() throws {
        seed()
        let first = try open()
        XCTAssertFalse(first.fromSnapshot)
        try touch("a.txt", age: 1800)
        try touch("c.txt", age: 1200)
        let touched = try open()
        XCTAssertTrue(touched.fromSnapshot, "restamped, not loaded")
        let plain = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(touched.articles.summaries, plain.articles.map(ArticleSummary.init))
        XCTAssertEqual(touched.events, plain.events)
        for (i, expected) in plain.articles.enumerated() {
            XCTAssertEqual(touched.articles[i].entities, expected.entities)
            XCTAssertEqual(touched.articles[i].quotes, expected.quotes)
        }
        // The snapshot is the new state's, the rows carry the new times.
        let index = try index()
        XCTAssertNotNil(index.snapshot(state: try CorpusState.now(paths: [folder.path]).key))
        let a = try XCTUnwrap(index.keys().byPath.first { $0.key.hasSuffix("/a.txt") }?.value)
        let stamp = try XCTUnwrap(FileStamp.of(folder.appendingPathComponent("a.txt").path))
        XCTAssertEqual(a.mtime, stamp.mtime)
        XCTAssertEqual(CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil,
                                                 to: nil, limit: nil)?.total, 3)
        XCTAssertTrue(try open().fromSnapshot)
        // Touched again: the snapshot stands for the newest state.
        try touch("a.txt", age: 600)
        XCTAssertTrue(try open().fromSnapshot)
        XCTAssertEqual(try open().events, plain.events)
        XCTAssertNotNil(CorpusSearch.fromSnapshot("Avel", paths: [folder.path], index: index, outlet: nil, from: nil,
                                                  to: nil, limit: nil))
    }

    /// New bytes of the same size: loaded, whether written long ago or a
    /// moment ago.
    func testNewBytesOfTheSameSizeAreLoaded() throws {
        seed()
        _ = try open()
        let text = try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8)
        write("a.txt", text.replacingOccurrences(of: "Monday", with: "Friday"), age: 1800)
        let edited = try open()
        XCTAssertFalse(edited.fromSnapshot)
        XCTAssertTrue(edited.articles[0].source.string.contains("Friday"))
        write("a.txt", text.replacingOccurrences(of: "Monday", with: "Sunday"), age: 0)
        let fresh = try open()
        XCTAssertFalse(fresh.fromSnapshot)
        XCTAssertTrue(fresh.articles[0].source.string.contains("Sunday"))
    }

    /// A file touched a moment ago, its bytes its row's: the snapshot
    /// stands for this opening, but nothing is written (its time may still
    /// move within a clock tick, its bytes with it) until it settles.
    func testAFreshTouchKeepsTheSnapshotForThatOpeningOnly() throws {
        seed()
        _ = try open()
        let index = try index()
        func rowTime(_ name: String) throws -> Double {
            try XCTUnwrap(index.keys().byPath.first { $0.key.hasSuffix("/\(name)") }?.value).mtime
        }
        let before = try rowTime("b.txt")
        try touch("b.txt", age: 0)
        let touched = try open()
        XCTAssertTrue(touched.fromSnapshot, "the same bytes: the same corpus")
        XCTAssertEqual(touched.events, try Corpus.load(paths: [folder.path]).events)
        XCTAssertEqual(try rowTime("b.txt"), before, "a fresh time is not kept")
        XCTAssertNil(index.snapshot(state: try CorpusState.now(paths: [folder.path]).key), "nor its state")
        try touch("b.txt", age: 600)
        XCTAssertTrue(try open().fromSnapshot)
        XCTAssertEqual(try rowTime("b.txt"), try XCTUnwrap(FileStamp.of(folder.appendingPathComponent("b.txt").path)).mtime,
                       "settled: restamped")
        XCTAssertNotNil(index.snapshot(state: try CorpusState.now(paths: [folder.path]).key))
    }

    /// Files touched a moment ago beside one edited: loaded again through
    /// their rows, but their bytes are their rows', so their search rows
    /// stand, not written again (at 100,000 touched files that was most of
    /// such a load), and search still finds them. The edited file's are
    /// written.
    func testAFreshTouchLeavesTheSearchRowsStanding() throws {
        seed()
        _ = try open()
        let index = try index()
        func searchRows() throws -> [String: [Int64]] {
            try index.pool.read { db in
                var rows: [String: [Int64]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, path FROM search_docs ORDER BY id") {
                    rows[(row["path"] as String as NSString).lastPathComponent, default: []].append(row["id"])
                }
                return rows
            }
        }
        let before = try searchRows()
        XCTAssertEqual(before.count, 3)
        try touch("b.txt", age: 0)
        try touch("c.txt", age: 0)
        let text = try String(contentsOf: folder.appendingPathComponent("a.txt"), encoding: .utf8)
        write("a.txt", text.replacingOccurrences(of: "Monday", with: "Friday"), age: 1800)
        XCTAssertFalse(try open().fromSnapshot)
        let after = try searchRows()
        XCTAssertEqual(after["b.txt"], before["b.txt"], "no search row written for the same bytes")
        XCTAssertEqual(after["c.txt"], before["c.txt"])
        XCTAssertNotEqual(after["a.txt"], before["a.txt"], "new bytes: their search rows written")
        func matches(_ word: String) throws -> Int {
            try index.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: [word]) ?? 0 }
        }
        XCTAssertEqual(try matches("Friday"), 1)
        XCTAssertEqual(try matches("Avel"), 3)
    }

    func testFilesChangedAMomentAgoAreNotSnapshotted() throws {
        // Within a clock tick a file can change again and keep its time: such
        // a corpus is loaded every time (from the rows) until its files settle.
        seed(age: 0)
        _ = try open()
        let again = try open()
        XCTAssertFalse(again.fromSnapshot)
        XCTAssertEqual(again.articles.count, 3)
    }

    func testAnotherCorpusWritingItsOwnRowsLeavesTheSnapshotStanding() throws {
        seed()
        _ = try open()
        XCTAssertTrue(try open().fromSnapshot)
        let other = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        write("x.txt", "Ferry Service Resumes\n\nThe ferry to Avel Island ran again on Sunday.\n", in: other)
        XCTAssertFalse(try open([other.path]).fromSnapshot)
        // The rows written since are the other corpus's: this one's still stand.
        let again = try open()
        XCTAssertTrue(again.fromSnapshot)
        XCTAssertEqual(again.articles.count, 3)
        XCTAssertTrue(try open([other.path]).fromSnapshot)
    }

    func testARowOfItsFilesWrittenSinceMakesTheSnapshotStale() throws {
        seed()
        _ = try open()
        XCTAssertTrue(try open().fromSnapshot)
        // Another load rewrites one of this corpus's rows (as one cleaning it
        // with other furniture would): the snapshot no longer describes it.
        let index = try index()
        let (key, row) = try XCTUnwrap(index.keys().byPath.first)
        let entry = try XCTUnwrap(try index.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path = ?", arguments: [key])
        })
        try index.save([CorpusIndex.FileRow(path: key, size: row.size, mtime: row.mtime, hash: row.hash, entry: entry,
                                            search: nil)], removing: [])
        let again = try open()
        XCTAssertFalse(again.fromSnapshot)
        XCTAssertEqual(again.articles.count, 3)
        // Saved again under the same state: the rows of the one it replaced
        // that it holds too are kept, and its articles read whole.
        let third = try open()
        XCTAssertTrue(third.fromSnapshot)
        let plain = try Corpus.load(paths: [folder.path])
        for i in plain.articles.indices {
            XCTAssertEqual(third.articles[i].entities, plain.articles[i].entities)
            XCTAssertEqual(third.articles[i].quotes, plain.articles[i].quotes)
        }
    }

    func testASnapshotWhoseArticlesCannotBeFoundIsLoadedAgain() throws {
        seed()
        _ = try open()
        XCTAssertTrue(try open().fromSnapshot)
        try Fixtures.database(dbPath).write { db in
            try db.execute(sql: "UPDATE snapshot_parts SET data = substr(data, 1, length(data) - 3) WHERE part = 'linked'")
        }
        let again = try open()
        XCTAssertFalse(again.fromSnapshot, "its linked part is damaged: not trusted")
        XCTAssertEqual(again.articles[0].entities, try Corpus.load(paths: [folder.path]).articles[0].entities)
        XCTAssertTrue(try open().fromSnapshot)
    }

    func testADamagedSnapshotIsLoadedAgainNotTrusted() throws {
        seed()
        _ = try open()
        let queue = try Fixtures.database(dbPath)
        try queue.write { db in try db.execute(sql: "UPDATE snapshots SET main = x'0501'") }
        try queue.close()
        let again = try open()
        XCTAssertFalse(again.fromSnapshot)
        XCTAssertEqual(again.articles.summaries.map(\.id), ["a", "b", "c"])
    }

    func testARowGoneUnderAnOpenCorpusGivesAnArticleThatSaysSo() throws {
        seed()
        _ = try open()
        let opened = try open()
        XCTAssertTrue(opened.fromSnapshot)
        let queue = try Fixtures.database(dbPath)
        try queue.write { db in try db.execute(sql: "DELETE FROM files") }
        try queue.close()
        let article = opened.articles[1]
        XCTAssertEqual(article.title, "Strike At Port Avel Spreads")
        XCTAssertTrue(article.source.string.contains("could not be read from the index"), article.source.string)
    }

    func testTheStateKeyIsTheFileItselfNotHowItIsNamed() throws {
        seed()
        let cwd = FileManager.default.currentDirectoryPath
        for path in ["corpus/a.txt", "./corpus/../corpus/a.txt", "/tmp//x/./y.txt", "../up.txt", "/"] {
            XCTAssertEqual(CorpusState.fileKey(path, cwd: cwd), URL(fileURLWithPath: path).standardizedFileURL.path, path)
        }
        // The same folder named two ways is two states: the articles' paths
        // are kept as written, and each start shows its own.
        let named = try CorpusState.now(paths: [folder.path]).key
        let dotted = try CorpusState.now(paths: [folder.path + "/./"]).key
        XCTAssertNotEqual(named, dotted)
        _ = try open([folder.path])
        _ = try open([folder.path + "/./"])
        let again = try open([folder.path + "/./"])
        XCTAssertTrue(again.fromSnapshot)
        XCTAssertEqual(again.articles.summaries.first?.path, folder.path + "/./a.txt")
        XCTAssertEqual(try open([folder.path]).articles.summaries.first?.path, folder.path + "/a.txt")
        // Keys made from the folder's key are the files' own.
        for way in [folder.path, folder.path + "/./", folder.path + "/../" + folder.lastPathComponent] {
            let found = try Corpus.findFiles([way])
            XCTAssertEqual(found.files.count, 3)
            XCTAssertEqual(found.keys, found.files.map { CorpusState.fileKey($0) }, way)
        }
    }

    func testFoldersAreListedInNameOrderSkippingHiddenFilesAndFolderLinks() throws {
        seed()
        let sub = folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        write("e.md", "# Dockers Return\n\nWork resumed.\n", in: sub)
        write(".hidden.txt", "Not an article\n\nHidden files are skipped.\n")
        write("notes.pdf", "not an article file\n")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path,
                                                   withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("c.txt").path)
        let found = try Corpus.findFiles([folder.path + "/"]).files
        let root = folder.path
        // link.txt is c.txt: one article, listed where c.txt is.
        XCTAssertEqual(found, ["\(root)/a.txt", "\(root)/b.txt", "\(root)/c.txt", "\(root)/more/e.md"])
    }
}
