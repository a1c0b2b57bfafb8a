import XCTest
@testable import ParallaxKit

/// Front matter and bad input, with files made in a temporary folder.
final class CorpusLoadingTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ data: Data) {
        let url = folder.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    private let story = "Harbour Strike Enters Second Week\n\nDock workers stayed off the job for a second week on Monday, union leaders said.\n"

    func testFrontMatterWinsOverInferenceAndOffsetsIncludeIt() throws {
        let text = "---\ntitle: Strike Goes On\noutlet: Harbour Times\ndate: 2024-05-06\nurl: https://example.org/a\nauthor: A. Writer\n---\n" + story
        write("a.txt", Data(text.utf8))
        let article = try Corpus.load(paths: [folder.path]).articles[0]
        XCTAssertEqual(article.metadata.title, "Strike Goes On")
        XCTAssertEqual(article.metadata.outlet, "Harbour Times")
        XCTAssertEqual(article.metadata.date, "2024-05-06")
        XCTAssertEqual(article.metadata.url, "https://example.org/a")
        XCTAssertEqual(article.metadata.authors, ["A. Writer"])
        XCTAssertEqual(article.metadata.outletSource, .frontMatter)
        let body = article.paragraphs.first { $0.kind == .body }!
        XCTAssertEqual(body.range.start, Array(text.unicodeScalars).count - story.unicodeScalars.count + "Harbour Strike Enters Second Week\n\n".unicodeScalars.count)
        // The headline in the text is still the title line when the given title differs.
        XCTAssertEqual(article.paragraphs.first?.kind, .title)
    }

    func testBadFrontMatterDateIsReportedAndIgnored() throws {
        write("a.txt", Data(("---\ndate: 11/12/2017\n---\n" + story).utf8))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertNil(corpus.articles[0].metadata.date)
        XCTAssertEqual(corpus.warnings.map(\.problem), [.badFrontMatter(key: "date", value: "11/12/2017")])
    }

    func testUnclosedFrontMatterIsText() {
        let article = Fixtures.article(text: "---\ntitle: x\n" + story)
        XCTAssertNil(article.frontMatter)
    }

    func testBinaryEmptyUnreadableAndMisencodedFiles() throws {
        write("good.txt", Data(story.utf8))
        write("binary.txt", Data([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]))
        write("empty.txt", Data())
        write("blank.md", Data("  \n\n".utf8))
        var latin1 = Data("Caf".utf8)
        latin1.append(0xE9)  // "é" in Latin-1: not UTF-8
        latin1.append(Data(" Talks Resume In Capital\n\nTalks resumed in the capital on Tuesday after a pause of two weeks.\n".utf8))
        write("latin1.txt", latin1)
        write("notes.json", Data("{}".utf8))  // not an article extension: ignored
        // A file that exists but cannot be read, even by root.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("unreadable.txt").path,
                                                   withDestinationPath: "/proc/self/mem")

        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id).sorted(), ["good", "latin1"])
        let problems = Dictionary(uniqueKeysWithValues: corpus.warnings.map { (($0.path as NSString).lastPathComponent, $0) })
        XCTAssertEqual(problems["binary.txt"]?.problem, .binary)
        XCTAssertEqual(problems["empty.txt"]?.problem, .empty)
        XCTAssertEqual(problems["blank.md"]?.problem, .empty)
        XCTAssertEqual(problems["latin1.txt"]?.problem, .invalidUTF8(count: 1))
        XCTAssertFalse(problems["latin1.txt"]!.isSkipped)
        if case .unreadable = problems["unreadable.txt"]?.problem {} else {
            XCTFail("unreadable file not reported: \(String(describing: problems["unreadable.txt"]))")
        }
        XCTAssertNil(problems["notes.json"])
        let latin = corpus.articles.first { $0.id == "latin1" }!
        XCTAssertEqual(latin.title, "Caf\u{FFFD} Talks Resume In Capital")
        XCTAssertTrue(problems["binary.txt"]!.description.contains("binary"))
    }

    func testMissingPathAndEmptyFolder() {
        XCTAssertThrowsError(try Corpus.load(paths: [folder.appendingPathComponent("nope").path])) { error in
            XCTAssertEqual(error as? CorpusError, .notFound(folder.appendingPathComponent("nope").path))
        }
        XCTAssertThrowsError(try Corpus.load(paths: [folder.path])) { error in
            XCTAssertEqual(error as? CorpusError, .noArticles([folder.path]))
        }
    }

    func testFoldersAreReadRecursivelyInNameOrderAndDuplicateNamesStayApart() throws {
        write("b/story.txt", Data(story.utf8))
        write("a/story.md", Data(story.utf8))
        write(".hidden/secret.txt", Data(story.utf8))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["a/story", "b/story"])
    }

    func testLoadingNeverWritesToTheCorpus() throws {
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpusPath) {
                let path = Fixtures.corpusPath + "/" + name
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
            return files
        }
        let before = try snapshot()
        let attributes = try FileManager.default.attributesOfItem(atPath: Fixtures.corpusPath)
        _ = try Corpus.load(paths: [Fixtures.corpusPath])
        XCTAssertEqual(try snapshot(), before)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: Fixtures.corpusPath)[.modificationDate] as? Date,
                       attributes[.modificationDate] as? Date)
    }

    /// An article's name from its file is the one Foundation's path
    /// functions give, whether the path is cut by its bytes or not.
    func testFileNamesAreFoundationsNames() {
        let paths = ["/corpus/a000500.txt", "a.txt", "/x/a.b.c", "/x/.hidden", "/x/a.", "/x/..", "/x/.", "/x/dir/",
                     "/x//a.txt", "/x/noext", "/x.y/z", "/", "", "rel/dir/file.html", "/x/é.txt", "/x/Zu\u{308}rich.md",
                     "/x/a..txt", "/x/.a.txt", "/x/a.\u{301}b", "/x/a.txt\u{301}", "/x/a b.json", "/x/日本.txt", "/x/a.tar.gz", "./a.txt", "../b.txt"]
        for path in paths {
            XCTAssertEqual(FileName.stem(of: path), ((path as NSString).lastPathComponent as NSString).deletingPathExtension,
                           path)
        }
    }
}

final class ArticleLookupTests: XCTestCase {
    func testIdsPathsAndUniquePrefixes() {
        let corpus = Fixtures.corpus
        XCTAssertEqual(corpus.article(id: "003")?.id, "003_e416bfcf59845068")
        XCTAssertEqual(corpus.article(id: "003_e416bfcf59845068")?.id, "003_e416bfcf59845068")
        XCTAssertEqual(corpus.article(id: corpus.articles[1].path)?.id, "001_9d03374667c5d45e")
        XCTAssertNil(corpus.article(id: "00"), "a prefix of several ids names none")
        XCTAssertNil(corpus.article(id: "999"))
    }
}
