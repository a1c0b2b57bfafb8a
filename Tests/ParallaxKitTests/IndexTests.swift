import Foundation
import GRDB
import XCTest
@testable import ParallaxKit

/// The persistent index: what is reused, what is analysed again, and that
/// a corpus loaded through it is the corpus loaded without it. Every index
/// here lives in a temporary folder.
final class IndexTests: XCTestCase {
    private var folder: URL!
    private var cache: URL!
    private var dbPath: String { cache.appendingPathComponent("parallax/index.sqlite").path }

    override func setUp() {
        folder = Fixtures.temporaryFolder()
        cache = Fixtures.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: cache)
    }

    private func write(_ name: String, _ text: String) {
        try! Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func story(_ title: String, _ outlet: String, _ body: String) -> String {
        "\(title)\n\nBy \(outlet) staff\n\n\(body)\n\nSubscribe to our newsletter\n"
    }

    private func seed() {
        write("a.txt", story("Harbour Strike Enters Second Week", "Harbour Times",
                             "Dock workers in Port Avel stayed off the job on Monday, said union leader Maria Oduya."))
        write("b.txt", story("Strike At Port Avel Spreads", "Coast Post",
                             "\"We will not go back,\" said Maria Oduya, who leads the Avel Dockers Union."))
        write("c.txt", story("Ministers Meet Dockers", "Daily Ledger",
                             "Transport minister Tomas Revik met union leaders in Port Avel on Tuesday."))
    }

    /// Opens the index in the temporary cache folder and loads the folder through it.
    private func load(_ paths: [String]? = nil) throws -> Corpus {
        let opened = CorpusIndex.open(at: dbPath)
        let index = try XCTUnwrap(opened.index, "\(opened.notes)")
        return try Corpus.load(paths: paths ?? [folder.path], progress: nil, cancellation: nil, index: index)
    }

    private func json(_ corpus: Corpus) throws -> String {
        String(decoding: try AnalysisJSON.encode(corpus), as: UTF8.self)
    }

    private func assertSameAsWithoutIndex(_ corpus: Corpus, file: StaticString = #filePath, line: UInt = #line) throws {
        let plain = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(try json(corpus), try json(plain), file: file, line: line)
        XCTAssertEqual(corpus.warnings, plain.warnings, file: file, line: line)
    }

    func testSecondLoadReusesEveryFileAndGivesTheSameCorpus() throws {
        seed()
        let cold = try load()
        XCTAssertEqual(cold.indexUse, IndexUse(filesRead: 3, filesReused: 0, articlesCleanedAgain: 0, filesDropped: 0))
        let warm = try load()
        XCTAssertEqual(warm.indexUse, IndexUse(filesRead: 0, filesReused: 3, articlesCleanedAgain: 0, filesDropped: 0))
        try assertSameAsWithoutIndex(cold)
        try assertSameAsWithoutIndex(warm)
        XCTAssertEqual(CorpusIndex.open(at: dbPath).index?.info().files, 3)
    }

    /// More files than one batch of rows: every row written, in the load's
    /// one revision, every file searchable once, and the corpus the same
    /// when it comes back.
    func testRowsWrittenInBatchesComeBackTheSame() throws {
        let files = Corpus.rowsPerBatch + 5
        for n in 0..<files {
            write(String(format: "n%05d.txt", n), story("Harbour Report Number \(n)", "Harbour Times",
                                                          "Dock workers in Port Avel met \(n) times, said Maria Oduya."))
        }
        let cold = try load()
        XCTAssertEqual(cold.indexUse?.filesRead, files)
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        XCTAssertEqual(index.info().files, files)
        XCTAssertEqual(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT revision) FROM files") }, 1)
        // The search table, written a batch a transaction, holds every file once.
        XCTAssertEqual(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT path) FROM search_docs") }, files)
        XCTAssertEqual(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_docs") }, files)
        let warm = try load()
        XCTAssertEqual(warm.indexUse?.filesReused, files)
        XCTAssertEqual(try json(warm), try json(cold))
    }

    /// A stored file whose row is written again (its lone "Oduya" now
    /// links to a full name another file brings) keeps its search rows: its
    /// text, title, outlet and date are the same. Only the new file's rows
    /// count a write to the search table (a search's map of the table's
    /// rows, kept with a snapshot, is then made again).
    func testARowWrittenAgainKeepsItsSearchRows() throws {
        // No byline or footer the two share: no furniture, so a is not cleaned again.
        write("a.txt", "Harbour Strike Enters Second Week\n\nDock workers stayed off the job on Monday, Oduya said.\n")
        // Written an hour ago: a file changed within the last two seconds is read again next time.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)],
                                              ofItemAtPath: folder.appendingPathComponent("a.txt").path)
        _ = try load()
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        let before = try index.pool.read { db in try CorpusSearch.revision(db) }
        write("b.txt", "Strike At Port Avel Spreads\n\n\"We will not go back,\" said Maria Oduya, who leads the union.\n")
        let second = try load()
        XCTAssertEqual(second.indexUse, IndexUse(filesRead: 1, filesReused: 1, articlesCleanedAgain: 0, filesDropped: 0))
        XCTAssertEqual(second.articles[0].entities.filter { $0.type == .person }.map(\.entity), ["Maria Oduya"])
        XCTAssertEqual(try index.pool.read { db in try CorpusSearch.revision(db) }, before + 1, "b's search rows only")
        XCTAssertEqual(try index.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search WHERE search MATCH 'Oduya'")
        }, 2)
        try assertSameAsWithoutIndex(second)
    }

    /// Cancelled while its rows are encoded a batch at a time, a load
    /// throws the cancellation and writes no file row.
    func testACancelledLoadWritesNoFileRow() throws {
        for n in 0..<(Corpus.rowsPerBatch + 5) {
            write(String(format: "n%05d.txt", n), story("Harbour Report Number \(n)", "Harbour Times",
                                                          "Dock workers in Port Avel met \(n) times, said Maria Oduya."))
        }
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        let flag = CancellationFlag()
        var reporter = ProgressReporter(nil, flag)
        XCTAssertThrowsError(try Corpus.load(try Corpus.findFiles([folder.path]), paths: [folder.path], reporter: &reporter,
                                             index: index, alongside: { _ in flag.cancel() })) { error in
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        XCTAssertEqual(index.info().files, 0)
    }

    /// Rows given a batch at a time are written in one transaction: a
    /// batch that fails leaves none of them.
    func testAFailingBatchWritesNoRow() throws {
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        func row(_ n: Int) -> CorpusIndex.FileRow {
            CorpusIndex.FileRow(path: "/batch/\(n).txt", size: n, mtime: 1, hash: UInt64(n), entry: Data([1]), search: nil)
        }
        struct Failed: Error {}
        XCTAssertThrowsError(try index.save(batches: 3, { b in
            if b == 2 { throw Failed() }
            return [row(2 * b), row(2 * b + 1)]
        }, removing: []))
        XCTAssertEqual(index.info().files, 0)
        XCTAssertNotNil(try index.save(batches: 3, { b in [row(2 * b), row(2 * b + 1)] }, removing: []))
        XCTAssertEqual(index.info().files, 6)
    }

    func testEditedAddedRemovedAndRenamedFiles() throws {
        seed()
        _ = try load()
        // Edited: that file alone is read again, and its new text is what loads.
        write("a.txt", story("Harbour Strike Enters Third Week", "Harbour Times", "Dock workers stayed out again."))
        var corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 1)
        XCTAssertEqual(corpus.indexUse?.filesReused, 2)
        XCTAssertEqual(corpus.article(id: "a")?.title, "Harbour Strike Enters Third Week")
        try assertSameAsWithoutIndex(corpus)
        // Added.
        write("d.txt", story("Dockers Vote On Offer", "Coast Post", "Union members will vote on Friday, said Maria Oduya."))
        corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 1)
        XCTAssertEqual(corpus.indexUse?.filesReused, 3)
        try assertSameAsWithoutIndex(corpus)
        // Removed: its row goes too. "By Coast Post staff" no longer recurs,
        // so d, which has it, is cleaned again (from its stored text).
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        corpus = try load()
        XCTAssertEqual(corpus.indexUse, IndexUse(filesRead: 0, filesReused: 3, articlesCleanedAgain: 1, filesDropped: 1))
        XCTAssertEqual(corpus.articles.map(\.id), ["a", "c", "d"])
        XCTAssertEqual(CorpusIndex.open(at: dbPath).index?.info().files, 3)
        try assertSameAsWithoutIndex(corpus)
        // Renamed: same bytes, so nothing is read again; the path is the new one.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("c.txt"),
                                         to: folder.appendingPathComponent("e.txt"))
        corpus = try load()
        XCTAssertEqual(corpus.indexUse, IndexUse(filesRead: 0, filesReused: 3, articlesCleanedAgain: 0, filesDropped: 1))
        XCTAssertEqual(corpus.article(id: "e")?.path, folder.appendingPathComponent("e.txt").path)
        try assertSameAsWithoutIndex(corpus)
    }

    /// A line that becomes furniture (it now recurs in two files) changes
    /// how the first file is cleaned: its stored article is cleaned again.
    func testNewFurnitureCleansAStoredArticleAgain() throws {
        write("a.txt", "Bridge Reopens After Repairs\n\nListen to this story\n\nThe Kelm bridge reopened on Sunday after six months of repairs, the council said.\n")
        _ = try load()
        write("b.txt", "Council Approves Budget\n\nListen to this story\n\nThe council approved next year's budget on Monday after a long debate.\n")
        let corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 1)
        XCTAssertEqual(corpus.indexUse?.articlesCleanedAgain, 1)
        XCTAssertFalse(corpus.article(id: "a")!.plainText.contains("Listen to this story"))
        try assertSameAsWithoutIndex(corpus)
        // Its event terms are counted again from the article as cleaned now.
        let row = try XCTUnwrap(CorpusIndex.open(at: dbPath).index?.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/a.txt'")
        })
        let terms = try XCTUnwrap(StoredFile.decoded(row, as: "a.txt")?.documents[0].eventTerms)
        XCTAssertEqual(terms, EventTerms.of([corpus.article(id: "a")!])[0])
        var listen = false
        terms.forEach { stem, _, _ in listen = listen || String(decoding: stem, as: UTF8.self) == "listen" }
        XCTAssertFalse(listen)
        // The search table holds the text as cleaned again (its rows are
        // written as soon as the articles are cleaned).
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        XCTAssertEqual(try CorpusSearch.search("listen", in: corpus, index: index).count, 0)
        // And back: b goes, the line is a's own again.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        let again = try load()
        XCTAssertEqual(again.indexUse?.articlesCleanedAgain, 1)
        try assertSameAsWithoutIndex(again)
        XCTAssertEqual(try CorpusSearch.search("listen", in: again, index: index).map { again.articles[$0.article].id }, ["a"])
    }

    /// Events are grouped from each stored article's terms, not from its
    /// text: a row whose terms say nothing keeps its article out of the
    /// event its text would put it in.
    func testEventsAreGroupedFromTheStoredTerms() throws {
        seed()
        let first = try load()
        let (a, b) = (first.articles.firstIndex { $0.id == "a" }!, first.articles.firstIndex { $0.id == "b" }!)
        func together(_ corpus: Corpus) -> Bool { corpus.events.contains { $0.articles.contains(a) && $0.articles.contains(b) } }
        XCTAssertTrue(together(first))
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        try index.pool.write { db in
            let entry = try XCTUnwrap(Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/b.txt'"))
            var stored = try XCTUnwrap(StoredFile.decoded(entry, as: "b.txt"))
            XCTAssertEqual(stored.documents[0].eventTerms, EventTerms.of([first.articles[b]])[0])
            stored.documents[0].eventTerms = try XCTUnwrap(EventTerms(checking: []))
            try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/b.txt'", arguments: [stored.encode()])
        }
        let again = try load()
        XCTAssertEqual(again.indexUse?.filesReused, 3)
        XCTAssertFalse(together(again))
        // Damaged terms are a damaged row: the file is analysed again.
        try index.pool.write { db in
            let entry = try XCTUnwrap(Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/b.txt'"))
            let stored = try XCTUnwrap(StoredFile.decoded(entry, as: "b.txt"))
            var data = stored.encode()
            XCTAssertEqual(data.removeLast(), 0)  // the length of its terms, none
            // Terms of two bytes: a stem of two bytes with one left.
            data.append(contentsOf: [4, 4, 0x61])
            try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/b.txt'", arguments: [data])
        }
        let read = try load()
        XCTAssertEqual(read.indexUse?.filesRead, 1)
        XCTAssertTrue(together(read))
        try assertSameAsWithoutIndex(read)
    }

    /// Each article's credits are kept with its quotations, and the
    /// outlets report a load makes reads them, not the text: a row whose
    /// credits name another organisation shows that one.
    func testTheOutletsReportReadsTheStoredCredits() throws {
        seed()
        write("a.txt", story("Harbour Strike Enters Second Week", "Harbour Times",
                             "Dock workers in Port Avel stayed off the job on Monday, according to the Associated Press."))
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        let first = try Corpus.load(paths: [folder.path], progress: nil, cancellation: nil, index: index)
        let a = try XCTUnwrap(first.articles.firstIndex { $0.id == "a" })
        XCTAssertEqual(first.credits?[a].map(\.source), ["Associated Press"])
        XCTAssertEqual(first.credits?[a], CreditFinder.credits(in: first.articles[a]))
        let outlet = OutletReport.outlet(of: first.articles[a])
        func credited(_ opened: OpenedCorpus) -> [String] {
            opened.outletReport.profiles.first { $0.outlet == outlet }?.credits.map(\.source) ?? []
        }
        XCTAssertEqual(credited(try OpenedCorpus.open(paths: [folder.path], index: index)), ["Associated Press"])
        try index.pool.write { db in
            let entry = try XCTUnwrap(Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/a.txt'"))
            var stored = try XCTUnwrap(StoredFile.decoded(entry, as: "a.txt"))
            let credit = try XCTUnwrap(stored.documents[0].quotes?.credits.first)
            stored.documents[0].quotes?.credits = [Credit(source: "Reuters", range: credit.range, cue: credit.cue)]
            try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/a.txt'", arguments: [stored.encode()])
        }
        // Another file edited (no name changed): the corpus is loaded again, a's row trusted.
        write("c.txt", story("Ministers Meet Dockers", "Daily Ledger",
                             "Transport minister Tomas Revik met union leaders in Port Avel on Wednesday."))
        let opened = try OpenedCorpus.open(paths: [folder.path], index: index)
        XCTAssertFalse(opened.fromSnapshot)
        XCTAssertEqual(credited(opened), ["Reuters"])
    }

    /// Speakers' quoted words and each article's key (its text's hash) are
    /// taken from the row, not counted again from the text: a row that
    /// says otherwise is what a load after another file's edit shows.
    func testQuotedWordsAndTextHashAreReadFromTheRow() throws {
        seed()
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        let first = try OpenedCorpus.open(paths: [folder.path], index: index)
        let b = try XCTUnwrap(first.articles.summaries.firstIndex { $0.id == "b" })
        let article = first.articles[b]
        XCTAssertEqual(first.articles.summaries[b].textHash, ArticleKey.fnv1a(article.source))
        let quoted = try XCTUnwrap(article.quotes.first { $0.speaker == "Maria Oduya" })
        XCTAssertEqual(quoted.words, 5)  // "We will not go back"
        XCTAssertEqual(first.speakers.entry(matching: "Oduya")?.words, 5)
        try index.pool.write { db in
            let entry = try XCTUnwrap(Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/b.txt'"))
            var stored = try XCTUnwrap(StoredFile.decoded(entry, as: "b.txt"))
            let a = stored.documents[0].article
            stored.documents[0].article = Article(
                id: a.id, path: a.path, format: a.format, source: a.source, frontMatter: a.frontMatter, lines: a.lines,
                paragraphs: a.paragraphs, metadata: a.metadata, warnings: a.warnings, wordCount: a.wordCount,
                textHash: 42)
            let quotes = try XCTUnwrap(stored.documents[0].quotes?.quotes)
            stored.documents[0].quotes?.quotes = quotes.map { q in
                Quotation(range: q.range, kind: q.kind, speaker: q.speaker, cue: q.cue, paragraph: q.paragraph,
                          words: q.words * 10)
            }
            try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/b.txt'", arguments: [stored.encode()])
        }
        // Another file edited: the corpus is loaded again, b's row trusted.
        write("c.txt", story("Ministers Meet Dockers", "Daily Ledger",
                             "Transport minister Tomas Revik met union leaders in Port Avel on Wednesday."))
        let opened = try OpenedCorpus.open(paths: [folder.path], index: index)
        XCTAssertFalse(opened.fromSnapshot)
        XCTAssertEqual(opened.articles.summaries[b].textHash, 42)
        XCTAssertEqual(opened.speakers.entry(matching: "Oduya")?.words, 50)
    }

    func testAnotherVersionsIndexIsEmptiedWithANote() throws {
        seed()
        _ = try load()
        let opened = CorpusIndex.open(at: dbPath)
        try opened.index!.pool.write { db in try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'version'") }
        let reopened = CorpusIndex.open(at: dbPath)
        XCTAssertTrue(reopened.notes.contains { $0.contains("analyser version 0") && $0.contains("rebuilding") },
                      "\(reopened.notes)")
        XCTAssertEqual(reopened.index?.info().files, 0)
        // The search table made anew with room for a batch's terms.
        XCTAssertEqual(try reopened.index?.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT v FROM search_config WHERE k = 'hashsize'")
        }, CorpusSearch.pendingTerms)
        let corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 3)
        try assertSameAsWithoutIndex(corpus)
    }

    func testAnOlderLayoutIsMadeAnew() throws {
        seed()
        try FileManager.default.createDirectory(atPath: (dbPath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let old = try Fixtures.database(dbPath)
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('version', '1');
                CREATE TABLE files (path TEXT PRIMARY KEY, blob BLOB);
                INSERT INTO files VALUES ('/x/a.txt', x'00');
                """)
        }
        try old.close()
        let opened = CorpusIndex.open(at: dbPath)
        XCTAssertTrue(opened.notes.contains { $0.contains("analyser version 1") }, "\(opened.notes)")
        let corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 3)
        XCTAssertEqual(try load().indexUse?.filesReused, 3)
        try assertSameAsWithoutIndex(corpus)
    }

    func testACorruptedDatabaseFileIsRebuiltWithANote() throws {
        seed()
        _ = try load()
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: dbPath))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: dbPath + suffix) }
        let opened = CorpusIndex.open(at: dbPath)
        XCTAssertNotNil(opened.index)
        XCTAssertTrue(opened.notes.contains { $0.contains("damaged") && $0.contains("rebuilding") }, "\(opened.notes)")
        let corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 3)
        try assertSameAsWithoutIndex(corpus)
    }

    func testADamagedEntryIsAnalysedAgainNotTrusted() throws {
        seed()
        _ = try load()
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        try index.pool.write { db in
            try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/b.txt'", arguments: [Data([1, 2, 3, 200])])
        }
        let corpus = try load()
        XCTAssertEqual(corpus.indexUse?.filesRead, 1)
        XCTAssertEqual(corpus.indexUse?.filesReused, 2)
        try assertSameAsWithoutIndex(corpus)
    }

    /// A stored text, or string, whose bytes are not UTF-8 is damage: the
    /// file is read again, not shown with its bytes repaired.
    func testAStoredTextThatIsNotUTF8IsAnalysedAgain() throws {
        seed()
        _ = try load()
        let index = try XCTUnwrap(CorpusIndex.open(at: dbPath).index)
        // The text (the first "Dock workers" of the row), then the title as
        // its metadata keeps it (the last "Harbour Strike").
        for (words, last) in [("Dock workers", false), ("Harbour Strike", true)] {
            try index.pool.write { db in
                var entry = [UInt8](try XCTUnwrap(Data.fetchOne(db, sql: "SELECT entry FROM files WHERE path LIKE '%/a.txt'")))
                let bytes = Array(words.utf8)
                let starts = (0...(entry.count - bytes.count)).filter { entry[$0..<$0 + bytes.count].elementsEqual(bytes) }
                entry[try XCTUnwrap(last ? starts.last : starts.first)] = 0xFF
                try db.execute(sql: "UPDATE files SET entry = ? WHERE path LIKE '%/a.txt'", arguments: [Data(entry)])
            }
            let corpus = try load()
            XCTAssertEqual(corpus.indexUse?.filesRead, 1, words)
            XCTAssertEqual(corpus.indexUse?.filesReused, 2, words)
            try assertSameAsWithoutIndex(corpus)
        }
    }

    func testAnUnusableCacheFolderMeansNoIndexAndAWarning() throws {
        let blocker = cache.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let opened = CorpusIndex.open(at: blocker.appendingPathComponent("parallax/index.sqlite").path)
        XCTAssertNil(opened.index)
        XCTAssertTrue(opened.notes.contains { $0.hasPrefix("warning:") && $0.contains("without the index") }, "\(opened.notes)")
    }

    func testCacheFolderFollowsXDG() {
        XCTAssertEqual(CorpusIndex.directory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]), "/x/cache/parallax")
        XCTAssertEqual(CorpusIndex.directory(environment: ["HOME": "/home/u"]), "/home/u/.cache/parallax")
        // A relative XDG_CACHE_HOME is invalid by the specification: ignored.
        XCTAssertEqual(CorpusIndex.directory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/u"]), "/home/u/.cache/parallax")
    }

    func testFeedsAndPagesComeBackTheSame() throws {
        write("f.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Coast Post</title>
            <item><title>Ferry Service Resumes</title><link>https://coast.example/ferry</link>
            <pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate><description>The ferry to Kelm resumed on Monday after storms, operator Avel Lines said in a statement to passengers.</description></item>
            <item><title>Harbour Fees Rise</title><link>https://coast.example/fees</link>
            <description>Harbour fees will rise by four percent next year, the port authority said on Tuesday.</description></item>
            </channel></rss>
            """)
        write("p.html", "<html><head><title>Port News</title></head><body><article><h1>New Crane Arrives</h1><p>A new crane arrived at Port Avel on Wednesday, the port authority said, the first of three.</p></article></body></html>")
        seed()
        _ = try load()
        let warm = try load()
        XCTAssertEqual(warm.indexUse?.filesRead, 0)
        try assertSameAsWithoutIndex(warm)
    }
}

/// `CorpusSearch` on invented articles, through the index and without.
final class SearchTests: XCTestCase {
    private var folder: URL!
    private var cache: URL!

    override func setUp() {
        folder = Fixtures.temporaryFolder()
        cache = Fixtures.temporaryFolder()
        let articles = [
            ("a.txt", "Harbour Times", "2024-05-06", "Harbour Strike Enters Second Week",
             "Dock workers in Port Avel stayed off the job, said union leader Maria Oduya."),
            ("b.txt", "Coast Post", "2024-05-08", "Ferry Service Resumes",
             "The ferry to Kelm resumed after the strike by dock workers ended, the operator said."),
            ("c.txt", "Coast Post", "2024-06-01", "Café Reopens In Kelm",
             "A café on the Kelm waterfront reopened after repairs, its owner said on Saturday."),
            ("d.txt", "Daily Ledger", "2024-07-01", "Budget Approved",
             "The council approved the budget for next year after a long debate about the harbour."),
        ]
        for (name, outlet, date, title, body) in articles {
            let text = "---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\n\(title)\n\n\(body)\n"
            try! Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: cache)
    }

    /// The ids found, through the index and without it: the same either way.
    private func ids(_ query: String, outlet: String? = nil, from: String? = nil, to: String? = nil) throws -> [String] {
        let plain = try Corpus.load(paths: [folder.path])
        let without = try CorpusSearch.search(query, in: plain, index: nil, outlet: outlet, from: from, to: to)
        let index = try XCTUnwrap(CorpusIndex.open(at: cache.appendingPathComponent("index.sqlite").path).index)
        let indexed = try Corpus.load(paths: [folder.path], progress: nil, cancellation: nil, index: index)
        let with = try CorpusSearch.search(query, in: indexed, index: index, outlet: outlet, from: from, to: to)
        let a = without.map { plain.articles[$0.article].id }.sorted()
        XCTAssertEqual(with.map { indexed.articles[$0.article].id }.sorted(), a)
        return a
    }

    func testEveryWordMustMatchInTitleOrText() throws {
        XCTAssertEqual(try ids("dock workers"), ["a", "b"])
        XCTAssertEqual(try ids("strike"), ["a", "b"])  // a's title, b's text
        XCTAssertEqual(try ids("strike kelm"), ["b"])
        XCTAssertEqual(try ids("nothing-like-this"), [])
    }

    func testCaseAccentsPrefixesAndPunctuation() throws {
        XCTAssertEqual(try ids("CAFE"), ["c"])
        XCTAssertEqual(try ids("harb*"), ["a", "d"])
        XCTAssertEqual(try ids("\"ferry"), ["b"])  // a stray quote is no syntax error
        XCTAssertEqual(try ids("-"), [])
    }

    func testOutletAndDateFilters() throws {
        XCTAssertEqual(try ids("said", outlet: "coast post"), ["b", "c"])
        XCTAssertEqual(try ids("said", from: "2024-05-07"), ["b", "c"])
        XCTAssertEqual(try ids("said", to: "2024-05-08"), ["a", "b"])
        XCTAssertEqual(try ids("said", outlet: "Coast Post", from: "2024-05-09", to: "2024-06-30"), ["c"])
    }

    func testSnippetMarksTheMatch() throws {
        let corpus = try Corpus.load(paths: [folder.path])
        let hits = try CorpusSearch.search("ferry", in: corpus, index: nil)
        XCTAssertEqual(hits.count, 1)
        XCTAssertTrue(hits[0].snippet.contains("[ferry]") || hits[0].snippet.contains("[Ferry]"), hits[0].snippet)
    }

    /// The search over entries (path, outlet, date) and documents given one
    /// at a time, as the reader calls it: the same hits through the index
    /// and in memory, and the same as the search over the whole corpus.
    func testEntriesAndDocumentsFindWhatTheCorpusSearchFinds() throws {
        let plain = try Corpus.load(paths: [folder.path])
        let index = try XCTUnwrap(CorpusIndex.open(at: cache.appendingPathComponent("index.sqlite").path).index)
        let indexed = try Corpus.load(paths: [folder.path], progress: nil, cancellation: nil, index: index)
        func entries(_ corpus: Corpus) -> [CorpusSearch.Entry] {
            corpus.articles.map { CorpusSearch.Entry(path: $0.path, outlet: $0.metadata.outlet, date: $0.metadata.date) }
        }
        let cases: [(String, String?, String?, String?)] = [
            ("said", nil, nil, nil), ("dock workers", nil, nil, nil), ("harb*", nil, nil, nil), ("CAFE", nil, nil, nil),
            ("said", "coast post", "2024-05-07", nil), ("said", nil, nil, "2024-05-08"), ("nothing-like-this", nil, nil, nil),
        ]
        for (query, outlet, from, to) in cases {
            var asked = 0
            let memory = try CorpusSearch.search(query, entries: entries(plain), index: nil, outlet: outlet, from: from,
                                                 to: to, snippets: false) { i -> CorpusSearch.Document in
                asked += 1
                return CorpusSearch.Document(plain.articles[i])
            }
            XCTAssertEqual(asked, plain.articles.count, "\(query): without an index each document is asked for once")
            let fromIndex = try CorpusSearch.search(query, entries: entries(indexed), index: index, outlet: outlet,
                                                    from: from, to: to, snippets: false) { _ in
                XCTFail("the index holds the text")
                return CorpusSearch.Document(title: "", body: "", outlet: nil, date: nil)
            }
            let found = memory.map { plain.articles[$0.article].id }.sorted()
            XCTAssertEqual(fromIndex.map { indexed.articles[$0.article].id }.sorted(), found, query)
            XCTAssertEqual(found, try ids(query, outlet: outlet, from: from, to: to), query)
            XCTAssertTrue((memory + fromIndex).allSatisfy { $0.snippet.isEmpty }, "no snippets asked for")
        }
        // The table in memory holds the documents given, whatever the articles' text.
        let given = try CorpusSearch.search("lighthouse", entries: entries(plain), index: nil) { i in
            CorpusSearch.Document(title: "", body: i == 2 ? "a lighthouse keeper" : "", outlet: nil, date: nil)
        }
        XCTAssertEqual(given.map(\.article), [2])
        XCTAssertEqual(given.first?.snippet, "a [lighthouse] keeper")
    }

    /// The reader's filter through an opened corpus's map of the search
    /// rows finds what the search finds, in corpus order; after another
    /// corpus writes the search table (rows renumbered), the map is made
    /// again rather than trusted.
    func testTheSearchRowMapFindsWhatTheSearchFindsAndIsRemadeAfterAWrite() throws {
        // Files an hour old: a file changed a moment ago is not snapshotted.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)],
                                                  ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        let index = try XCTUnwrap(CorpusIndex.open(at: cache.appendingPathComponent("index.sqlite").path).index)
        _ = try OpenedCorpus.open(paths: [folder.path], index: index)
        let opened = try OpenedCorpus.open(paths: [folder.path], index: index)
        XCTAssertTrue(opened.fromSnapshot)
        func found(_ query: String, _ outlet: String? = nil, _ from: String? = nil, _ to: String? = nil) throws -> [String] {
            try XCTUnwrap(opened.searchMatches(query, outlet: outlet, from: from, to: to)).map { opened.articles.summaries[$0].id }
        }
        let cases: [(String, String?, String?, String?)] = [
            ("said", nil, nil, nil), ("dock workers", nil, nil, nil), ("harb*", nil, nil, nil), ("CAFE", nil, nil, nil),
            ("said", "coast post", "2024-05-07", nil), ("said", nil, nil, "2024-05-08"), ("nothing-like-this", nil, nil, nil),
        ]
        for (query, outlet, from, to) in cases {
            let ids = try found(query, outlet, from, to)
            XCTAssertEqual(ids, ids.sorted(), "\(query): corpus order")
            XCTAssertEqual(ids.sorted(), try self.ids(query, outlet: outlet, from: from, to: to), query)
        }
        // Another load writes a's search rows again (as one cleaning the file
        // otherwise would): they are renumbered, and a stale map would miss a.
        let a = try XCTUnwrap(opened.articles.summaries.firstIndex { $0.id == "a" })
        let key = try XCTUnwrap(opened.articles.fileKeys?[a])
        try index.saveSearch([(key, [CorpusSearch.Document(opened.articles[a])])])
        XCTAssertEqual(try found("harb*"), ["a", "d"])
        XCTAssertEqual(try found("said", "harbour times"), ["a"])
    }

    func testAdmitsAsTheCommandFilters() {
        XCTAssertTrue(CorpusSearch.admits(outlet: "Coast Post", date: nil, wanted: "COAST post", from: nil, to: nil))
        XCTAssertFalse(CorpusSearch.admits(outlet: nil, date: "2024-05-01", wanted: "Coast Post", from: nil, to: nil))
        XCTAssertTrue(CorpusSearch.admits(outlet: nil, date: "2024-05-01", wanted: nil, from: "2024-05-01", to: "2024-05-01"))
        XCTAssertFalse(CorpusSearch.admits(outlet: nil, date: nil, wanted: nil, from: nil, to: "2024-05-01"),
                       "undated articles are out of any range")
        XCTAssertFalse(CorpusSearch.admits(outlet: nil, date: "2024-05-02", wanted: nil, from: nil, to: "2024-05-01"))
        XCTAssertTrue(CorpusSearch.isDay("2024-05-01"))
        XCTAssertFalse(CorpusSearch.isDay("yesterday"))
    }

    func testAnEditedFileIsSearchedAsItIsNow() throws {
        let index = try XCTUnwrap(CorpusIndex.open(at: cache.appendingPathComponent("index.sqlite").path).index)
        _ = try Corpus.load(paths: [folder.path], progress: nil, cancellation: nil, index: index)
        let text = "---\ntitle: Budget Approved\noutlet: Daily Ledger\ndate: 2024-07-01\n---\n\nBudget Approved\n\nThe council approved a lighthouse fund for the coming year.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("d.txt"))
        let corpus = try Corpus.load(paths: [folder.path], progress: nil, cancellation: nil, index: index)
        XCTAssertEqual(try CorpusSearch.search("lighthouse", in: corpus, index: index).map { corpus.articles[$0.article].id }, ["d"])
        XCTAssertEqual(try CorpusSearch.search("debate", in: corpus, index: index).count, 0)
    }
}
