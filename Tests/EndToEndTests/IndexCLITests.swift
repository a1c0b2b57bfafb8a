import Foundation
import XCTest

/// The index as the command line uses it: `--no-cache`, `cache info|clear`,
/// a damaged or unusable cache, two processes at once. Each test has its
/// own XDG_CACHE_HOME.
final class IndexCLITests: XCTestCase {
    private var cacheHome: URL!
    private var corpus: URL!

    override func setUpWithError() throws {
        let temp = FileManager.default.temporaryDirectory
        cacheHome = temp.appendingPathComponent("parallax-cache-\(UUID().uuidString)")
        corpus = temp.appendingPathComponent("parallax-index-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let stories = [
            ("harbour.txt", "Harbour Strike Enters Second Week\n\nHarbour Times\n\nDock workers in Port Avel stayed off the job on Monday, said union leader Maria Oduya.\n\n\"We will not go back until the port listens,\" Oduya said.\n"),
            ("coast.md", "---\ntitle: Strike At Port Avel Spreads\noutlet: Coast Post\ndate: 2024-05-07\n---\n\nCrane drivers joined the dock workers on Tuesday, the Avel Dockers Union said.\n\n\"This is about safety,\" said Maria Oduya.\n"),
            ("ledger.txt", "Ministers Meet Dockers\n\nDaily Ledger\n\nTransport minister Tomas Revik met union leaders in Port Avel on Wednesday.\n"),
        ]
        for (name, text) in stories { try Data(text.utf8).write(to: corpus.appendingPathComponent(name)) }
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: cacheHome)
        try? FileManager.default.removeItem(at: corpus)
    }

    private func parallax(_ arguments: [String], cache: String? = nil) throws -> Binary.Result {
        try Binary.run(Binary.parallax, arguments, environment: ["XDG_CACHE_HOME": cache ?? cacheHome.path])
    }

    private var indexPath: String { cacheHome.appendingPathComponent("parallax/index.sqlite").path }

    func testWarmOutputIsByteIdenticalToNoCache() throws {
        for path in ["corpus", corpus.path] {
            let plain = try parallax(["analyze", "--format", "json", "--no-cache", path])
            XCTAssertEqual(plain.status, 0, plain.stderr)
            if path == "corpus" { XCTAssertFalse(FileManager.default.fileExists(atPath: indexPath), "--no-cache writes none") }
            let cold = try parallax(["analyze", "--format", "json", path])
            let warm = try parallax(["analyze", "--format", "json", path])
            XCTAssertEqual(cold.stdout, plain.stdout, path)
            XCTAssertEqual(warm.stdout, plain.stdout, path)
            XCTAssertEqual(warm.stderr, plain.stderr, path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: indexPath))
        }
    }

    func testCommandsFromTheSnapshotPrintWhatALoadPrints() throws {
        // Files dated back, as a snapshot is not made of files changed a moment ago.
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)],
                                                  ofItemAtPath: corpus.appendingPathComponent(name).path)
        }
        let commands = [["list"], ["list", "--format", "json"], ["events"], ["events", "--format", "json"],
                        ["search", "Oduya"], ["search", "port", "--format", "json"],
                        ["outlets"], ["outlets", "--format", "json"], ["outlets", "--event", "e1", "--format", "json"],
                        ["entities"], ["entities", "--format", "json"],
                        ["quotes"], ["quotes", "--format", "json"]]
        for command in commands {
            for path in ["corpus", corpus.path] {
                let plain = try parallax(command + ["--no-cache", path])
                XCTAssertEqual(plain.status, 0, plain.stderr)
                let cold = try parallax(command + [path])
                let warm = try parallax(command + [path])
                // Search ranks by bm25 over all the index holds (both corpora
                // here): the same hits, in an order that may differ.
                let same: (String) -> [Substring] = { command[0] == "search" ? $0.split(separator: "\n").sorted() : [$0[...]] }
                XCTAssertEqual(same(cold.stdout), same(plain.stdout), "\(command) \(path)")
                XCTAssertEqual(same(warm.stdout), same(plain.stdout), "\(command) \(path)")
                XCTAssertEqual(warm.stderr, plain.stderr, "\(command) \(path)")
            }
        }
        XCTAssertTrue(try parallax(["search", "Oduya", corpus.path]).stdout.contains("Harbour Strike"))
        // One article's entities, and an id that names none, the same through the snapshot.
        // And the commands that read an article or two: the same through the snapshot.
        let one = [["entities", "--article", "harbour"], ["entities", "--article", "harb"],
                   ["entities", "--article", "nothing"], ["show", "coast"], ["show", "co", "--format", "json"],
                   ["show", "ledger", "--explain"], ["show", "nothing"], ["compare", "harbour", "coast"],
                   ["compare", "harbour", "coast", "--format", "json"], ["compare", "harbour", "nothing"],
                   ["quotes", "--article", "coast"], ["quotes", "--article", "harbour", "--speaker", "Oduya"],
                   ["quotes", "--speaker", "Oduya"], ["quotes", "--speaker", "Nobody"]]
        for command in one {
            let plain = try parallax(command + ["--no-cache", corpus.path])
            let warm = try parallax(command + [corpus.path])
            XCTAssertEqual(warm.stdout, plain.stdout, "\(command)")
            XCTAssertEqual(warm.stderr, plain.stderr, "\(command)")
            XCTAssertEqual(warm.status, plain.status, "\(command)")
        }
        let built = try parallax(["cache", "build", corpus.path])
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(built.stdout.hasPrefix("3 articles"), built.stdout)
        XCTAssertTrue(built.stdout.contains("unchanged since the last run"), built.stdout)
    }

    func testTwoProcessesAtOnce() throws {
        let expected = try parallax(["list", "--no-cache", "corpus", corpus.path]).stdout
        for _ in 0..<2 {
            let results = UnsafeSendableBox<[Binary.Result?]>([nil, nil])
            let lock = NSLock()
            let corpusPath = corpus.path, cache = cacheHome.path
            DispatchQueue.concurrentPerform(iterations: 2) { n in
                let result = try? Binary.run(Binary.parallax, ["list", "corpus", corpusPath],
                                             environment: ["XDG_CACHE_HOME": cache])
                lock.lock()
                results.value[n] = result
                lock.unlock()
            }
            for result in results.value {
                XCTAssertEqual(result?.status, 0, result?.stderr ?? "")
                XCTAssertEqual(result?.stderr, "")
                XCTAssertEqual(result?.stdout, expected)
            }
        }
        let info = try parallax(["cache", "info"])
        XCTAssertTrue(info.stdout.contains("files: 8"), info.stdout)
    }

    func testCacheInfoAndClear() throws {
        var info = try parallax(["cache", "info"])
        XCTAssertTrue(info.stdout.contains("\(indexPath) (none yet)"), info.stdout)
        _ = try parallax(["list", corpus.path])
        info = try parallax(["cache", "info"])
        XCTAssertEqual(info.status, 0)
        XCTAssertTrue(info.stdout.contains("index: \(indexPath)"), info.stdout)
        XCTAssertTrue(info.stdout.contains("files: 3"), info.stdout)
        XCTAssertTrue(info.stdout.contains("version: "), info.stdout)
        XCTAssertTrue(info.stdout.contains("size: "), info.stdout)
        let clear = try parallax(["cache", "clear"])
        XCTAssertEqual(clear.stdout, "removed \(indexPath)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: indexPath))
    }

    func testADamagedIndexIsRebuiltWithAMessage() throws {
        let expected = try parallax(["list", corpus.path]).stdout
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: indexPath))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) }
        let damaged = try parallax(["list", corpus.path])
        XCTAssertEqual(damaged.status, 0)
        XCTAssertEqual(damaged.stdout, expected)
        XCTAssertTrue(damaged.stderr.contains("damaged") && damaged.stderr.contains("rebuilding"), damaged.stderr)
        let again = try parallax(["list", corpus.path])
        XCTAssertEqual(again.stderr, "")
        XCTAssertEqual(again.stdout, expected)
    }

    func testAnUnwritableCacheFolderFallsBackWithAWarning() throws {
        try FileManager.default.createDirectory(at: cacheHome, withIntermediateDirectories: true)
        let blocker = cacheHome.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let expected = try parallax(["list", "--no-cache", corpus.path]).stdout
        let result = try parallax(["list", corpus.path], cache: blocker.path)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, expected)
        XCTAssertTrue(result.stderr.contains("warning") && result.stderr.contains("without the index"), result.stderr)
    }

    func testTheCorpusFolderIsNeverWritten() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        _ = try parallax(["list", corpus.path])
        _ = try parallax(["list", corpus.path])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted(), before)
    }
}

/// A value several threads write under a lock.
final class UnsafeSendableBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// `parallax search` as a user runs it.
final class SearchCLITests: XCTestCase {
    private let cache = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-search-\(UUID().uuidString)")

    override func tearDown() { try? FileManager.default.removeItem(at: cache) }

    private func parallax(_ arguments: String...) throws -> Binary.Result {
        try parallax(arguments)
    }

    private func parallax(_ arguments: [String]) throws -> Binary.Result {
        try Binary.run(Binary.parallax, arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    func testSearchListsMatchesWithASnippetAndFilters() throws {
        let all = try parallax("search", "putin", "corpus")
        XCTAssertEqual(all.status, 0, all.stderr)
        let lines = all.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 5)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(fields.count, 5, String(line))
            XCTAssertTrue(fields[4].lowercased().contains("[putin]"), String(line))
        }
        let filtered = try parallax("search", "putin", "corpus", "--outlet", "rfe/rl", "--from", "2017-11-12")
        XCTAssertEqual(filtered.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }.sorted(),
                       ["000_26996167448753e8", "003_e416bfcf59845068"])
        XCTAssertTrue(filtered.stdout.contains("003_e416bfcf59845068"))
        XCTAssertTrue(filtered.stdout.contains("000_26996167448753e8"))
        XCTAssertFalse(filtered.stdout.contains("001_"))
        let json = try parallax("search", "putin", "corpus", "--to", "2017-11-11", "--format", "json", "--no-cache")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = try XCTUnwrap(decoded?["articles"] as? [[String: Any]])
        XCTAssertEqual(Set(rows.compactMap { $0["id"] as? String }),
                       ["001_9d03374667c5d45e", "002_e73a9bcd7b15cf8c", "004_1154cdf38bc965ca"])
        XCTAssertEqual(decoded?["query"] as? String, "putin")
        // Nothing found: nothing listed, and standard error says so (with the filters).
        for (args, said) in [(["zzzqqq"], "no article matches \"zzzqqq\""),
                             (["putin", "--outlet", "Fox News", "--from", "2017-11-12"],
                              "no article matches \"putin\" (outlet Fox News, from 2017-11-12)")] {
            let none = try parallax(["search"] + args + ["corpus"])
            XCTAssertEqual(none.status, 0, none.stderr)
            XCTAssertEqual(none.stdout, "")
            XCTAssertTrue(none.stderr.contains(said), none.stderr)
        }
    }

    /// The first `--limit` hits, the rest counted: on standard error in
    /// text (standard output stays the hits), as `total` in JSON; the same
    /// with and without the index, newest first or by relevance. `--limit
    /// 0` prints every match.
    func testSearchShowsTheFirstHitsAndCountsTheRest() throws {
        for (sort, which) in [("newest", "newest"), ("relevance", "best")] {
            let every = try parallax("search", "putin", "corpus", "--limit", "0", "--sort", sort)
            let all = every.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
            XCTAssertEqual(all.count, 5, every.stderr)
            XCTAssertFalse(every.stderr.contains("--limit"), every.stderr)
            if sort == "newest" {
                let dates = all.map { $0[2] }
                XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
                XCTAssertNotEqual(Set(dates).count, 1, "the corpus's reports of Putin span days")
            }
            for extra in [[], ["--no-cache"]] {
                let two = try parallax(["search", "putin", "corpus", "--limit", "2", "--sort", sort] + extra)
                XCTAssertEqual(two.status, 0, two.stderr)
                // The first two are where every match begins.
                XCTAssertEqual(two.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) },
                               all.prefix(2).map { $0[0] }, "\(sort) \(extra)")
                XCTAssertTrue(two.stderr.contains("the \(which) 2 of 5 articles"), two.stderr)
                let json = try parallax(["search", "putin", "corpus", "--limit", "2", "--format", "json", "--sort", sort] + extra)
                let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
                XCTAssertEqual(decoded?["total"] as? Int, 5)
                XCTAssertEqual((decoded?["articles"] as? [[String: Any]])?.count, 2)
            }
        }
        let refused = try parallax("search", "putin", "corpus", "--limit", "-1")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("--limit"), refused.stderr)
    }

    /// Through the index a search takes the files on trust while their
    /// folder stands: an edit in place of a file not shown is seen with
    /// `--rescan` (or by any command that looks at every file).
    func testAnEditInPlaceOfAFileNotShownIsSeenWithRescan() throws {
        let corpus = cache.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            let url = corpus.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: url.path) { FileManager.default.createFile(atPath: url.path, contents: nil) }
            let handle = try FileHandle(forWritingTo: url)  // in place: the folder does not move
            try handle.write(contentsOf: Data(text.utf8))
            try handle.truncate(atOffset: try handle.offset())
            try handle.close()
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: url.path)
        }
        try write("a.txt", "---\ndate: 2024-05-01\n---\nDock Talks\n\nDock workers met the port on Monday.\n")
        try write("b.txt", "---\ndate: 2024-05-02\n---\nFerry Strike\n\nThe ferry crews stopped work on Tuesday.\n")
        Thread.sleep(forTimeInterval: 2.2)  // the folder settled (`FoundFiles.settled`)
        XCTAssertEqual(try parallax("list", corpus.path).status, 0)
        let first = try parallax("search", "ferry", corpus.path, "--limit", "1")
        XCTAssertTrue(first.stdout.hasPrefix("b\t"), first.stdout)
        XCTAssertFalse(first.stderr.contains("of 2"), first.stderr)
        try write("a.txt", "---\ndate: 2024-05-01\n---\nDock Talks\n\nDock workers met the ferry crews on Monday.\n")
        let trusted = try parallax("search", "ferry", corpus.path, "--limit", "1")
        XCTAssertEqual(trusted.stdout, first.stdout)
        XCTAssertFalse(trusted.stderr.contains("of 2"), "a.txt is not shown, its folder has not moved: " + trusted.stderr)
        let rescanned = try parallax("search", "ferry", corpus.path, "--limit", "1", "--rescan")
        XCTAssertEqual(rescanned.status, 0, rescanned.stderr)
        XCTAssertTrue(rescanned.stderr.contains("the newest 1 of 2 articles"), rescanned.stderr)
        XCTAssertTrue(rescanned.stdout.hasPrefix("b\t"), rescanned.stdout)
    }

    func testABadDateIsRefused() throws {
        let result = try parallax("search", "putin", "corpus", "--from", "last week")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("YYYY-MM-DD"), result.stderr)
    }
}
