import XCTest
@testable import ParallaxKit

/// JSON Lines files read as one article per line.
final class JSONLinesTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    private func write(_ name: String, _ data: Data) -> String {
        let url = folder.appendingPathComponent(name)
        try! data.write(to: url)
        return url.path
    }

    static func line(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    func testRecordsAreArticlesAndBadLinesAreReportedByNumber() throws {
        let lines = [
            Self.line(["title": "Council Approves Budget",
                       "maintext": "The city council approved the budget on Tuesday.\n\nSpending on roads will rise by a tenth.\n",
                       "date_publish": "2019-11-18 10:32:00", "source_domain": "citypaper.example.com",
                       "url": "https://citypaper.example.com/budget", "authors": ["Lena Park", "Omar Said"]]),
            "this is not json",
            Self.line(["title": "Headline Only", "maintext": NSNull()]),
            "[1, 2, 3]",
            "",
            Self.line(["title": "Library Reopens", "text": "The library reopened on Friday after repairs.",
                       "date": "2019-11-20T08:00:00Z", "outlet": "City Paper", "authors": "Ada Quinn and Bo Diaz"]),
        ]
        let path = write("news.jsonl", Data(lines.joined(separator: "\n").utf8))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["news-1", "news-6"], "numbered by line")
        let budget = corpus.articles[0]
        XCTAssertEqual(budget.format, .jsonl)
        XCTAssertEqual(budget.path, path)
        XCTAssertEqual(budget.title, "Council Approves Budget")
        XCTAssertEqual(budget.metadata.date, "2019-11-18")
        XCTAssertEqual(budget.metadata.url, "https://citypaper.example.com/budget")
        XCTAssertEqual(budget.metadata.authors, ["Lena Park", "Omar Said"])
        XCTAssertNotNil(budget.metadata.outlet, "named after the URL's site")
        XCTAssertEqual(budget.bodyParagraphs.map { budget.text($0.range) },
                       ["The city council approved the budget on Tuesday.", "Spending on roads will rise by a tenth."])
        let library = corpus.articles[1]
        XCTAssertEqual(library.metadata.outlet, "City Paper")
        XCTAssertEqual(library.metadata.date, "2019-11-20")
        XCTAssertEqual(library.metadata.authors, ["Ada Quinn", "Bo Diaz"])

        XCTAssertEqual(corpus.warnings.map(\.problem), [
            .badRecord(line: 2, reason: "not JSON"),
            .badRecord(line: 3, reason: "no article text (no \"text\" or \"maintext\")"),
            .badRecord(line: 4, reason: "not a JSON object"),
        ])
        XCTAssertEqual(corpus.warnings[0].description, "\(path):2: not JSON, line skipped")
        XCTAssertFalse(corpus.warnings[0].isSkipped, "the file's other lines load")
    }

    func testADomainAloneNamesTheOutlet() throws {
        let record = Self.line(["title": "Rain Expected", "text": "Rain is expected on Sunday.",
                                "source_domain": "www.valleypost.example"])
        write("feed.ndjson", Data(record.utf8))
        let article = try XCTUnwrap(Corpus.load(paths: [folder.path]).articles.first)
        XCTAssertEqual(article.id, "feed-1")
        XCTAssertEqual(article.metadata.outlet, "valleypost.example")
    }

    func testTenThousandLinesWithOneBadLine() {
        var lines: [String] = []
        for n in 1...10_000 {
            lines.append(n == 7_531 ? "{\"title\": \"Cut off" :
                Self.line(["title": "Brief \(n)", "text": "Item \(n) happened today.\nIt was brief."]))
        }
        let path = write("big.jsonl", Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let reading = JSONLinesReader.read(try! Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        XCTAssertEqual(reading.documents.count, 9_999)
        XCTAssertEqual(reading.warnings, [LoadWarning(path: path, problem: .badRecord(line: 7_531, reason: "not JSON"))])
        XCTAssertEqual(reading.documents.last?.id, "big-10000")
        guard case .extracted(let last, .jsonl) = reading.documents.last!.content else { return XCTFail("not extracted") }
        XCTAssertEqual(last.title, "Brief 10000")
        XCTAssertEqual(last.blocks.map(\.text), ["Item 10000 happened today.", "It was brief."])
    }

    func testBinaryEmptyAndAllBadFiles() throws {
        write("photo.jsonl", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]))
        write("empty.jsonl", Data("\n\n".utf8))
        write("bad.jsonl", Data("{oops}\n42\n".utf8))
        XCTAssertThrowsError(try Corpus.load(paths: [folder.path])) { error in
            guard case .noArticles(let paths, let warnings) = error as? CorpusError else { return XCTFail("\(error)") }
            XCTAssertEqual(paths, [folder.path])
            XCTAssertEqual(warnings.count, 4, "why each file gave nothing")
        }
        write("good.jsonl", Data(Self.line(["title": "Fine", "text": "All is well."]).utf8))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["good-1"])
        let problems = corpus.warnings.map { (($0.path as NSString).lastPathComponent, $0.problem) }
        XCTAssertEqual(problems.map(\.0), ["bad.jsonl", "bad.jsonl", "empty.jsonl", "photo.jsonl"])
        XCTAssertEqual(problems.map(\.1), [.badRecord(line: 1, reason: "not JSON"),
                                           .badRecord(line: 2, reason: "not a JSON object"), .empty, .binary])
    }
}
