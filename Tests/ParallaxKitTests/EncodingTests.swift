import XCTest
@testable import ParallaxKit

/// UTF-16 and byte-order marks.
final class EncodingTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private let story = "Café Owners Meet The Mayor\n\nOwners of the cafés on the square met the mayor on Monday, “to talk rents”. 🙂\n"

    private func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    func testUTF16FilesWithAByteOrderMarkAreRead() throws {
        try utf16(story, bigEndian: false).write(to: folder.appendingPathComponent("le.txt"))
        try utf16(story, bigEndian: true).write(to: folder.appendingPathComponent("be.txt"))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.warnings, [])
        XCTAssertEqual(corpus.articles.map(\.id), ["be", "le"])
        for article in corpus.articles {
            XCTAssertEqual(article.title, "Café Owners Meet The Mayor")
            XCTAssertEqual(article.source[TextRange(0, article.source.count)], story)
        }
    }

    func testAUTF8ByteOrderMarkIsDropped() throws {
        try (Data([0xEF, 0xBB, 0xBF]) + Data(story.utf8)).write(to: folder.appendingPathComponent("bom.txt"))
        let article = try Corpus.load(paths: [folder.path]).articles[0]
        XCTAssertEqual(article.source[0], "C", "offsets count from the first character, not the mark")
        XCTAssertEqual(article.title, "Café Owners Meet The Mayor")
    }

    func testDecodingEdgeCases() {
        guard case .text(let text, 0) = Decoding.decode(utf16("---\ntitle: A\n---\nB", bigEndian: false)) else {
            return XCTFail("UTF-16 not decoded")
        }
        XCTAssertEqual(text, "---\ntitle: A\n---\nB")
        // A lone surrogate and an odd last byte are bad sequences, replaced.
        var broken = utf16("Ab", bigEndian: true)
        broken.append(contentsOf: [0xD8, 0x00, 0x00, 0x43, 0x44])
        guard case .text(let repaired, let invalid) = Decoding.decode(broken) else { return XCTFail("not decoded") }
        XCTAssertEqual(repaired, "Ab\u{FFFD}C\u{FFFD}")
        XCTAssertEqual(invalid, 2)
        if case .empty = Decoding.decode(utf16(" \n\t", bigEndian: false)) {} else { XCTFail("blank UTF-16 is empty") }
        if case .binary = Decoding.decode(Data([0x41, 0x00, 0x42])) {} else { XCTFail("NUL bytes without a BOM") }
        if case .binary = Decoding.decode(utf16("A\u{0}B", bigEndian: false)) {} else { XCTFail("NUL in UTF-16") }
    }

    /// A file's text read straight into scalars is what its String reads
    /// as: valid and broken UTF-8, with and without a byte-order mark,
    /// UTF-16, NUL bytes, blank files, and random bytes.
    func testSourceIsTheDecodedText() {
        var random = SplitMix64(seed: 7)
        var inputs = [Data(story.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(story.utf8), Data(),
                      Data(" \n\t".utf8), Data([0xEF, 0xBB, 0xBF]), Data([0x41, 0x00, 0x42]), Data([0x41, 0xFF, 0x42]),
                      Data([0xE2, 0x80]), Data([0xED, 0xA0, 0x80]), Data([0xC0, 0xAF]),
                      utf16(story, bigEndian: false), utf16(story, bigEndian: true), utf16(" ", bigEndian: true)]
        let pieces: [[UInt8]] = [Array("Café ".utf8), Array("“to” ".utf8), Array("🙂".utf8), [0x0A], [0x20], [0x00],
                                 [0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF]]
        for _ in 0..<3000 {
            inputs.append(Data((0..<(random.next() % 6)).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }))
        }
        for data in inputs {
            switch (Decoding.source(data), Decoding.decode(data)) {
            case let (.text(source, invalid), .text(text, expected)):
                XCTAssertEqual(source.scalars, Array(text.unicodeScalars), "\(Array(data))")
                XCTAssertEqual(invalid, expected, "\(Array(data))")
            case (.binary, .binary), (.empty, .empty): break
            default: XCTFail("read otherwise: \(Array(data))")
            }
        }
    }

    func testUTF16FeedAndMarkdownAreRead() throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-16"?>
            <rss version="2.0"><channel><title>Café Press</title>
            <item><title>Square Reopens</title><description>The square reopened.</description></item>
            </channel></rss>
            """
        try utf16(feed, bigEndian: false).write(to: folder.appendingPathComponent("press.rss"))
        try utf16("# Market *Day*\n\nStalls opened at dawn.\n", bigEndian: true)
            .write(to: folder.appendingPathComponent("market.md"))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.title), ["Market Day", "Square Reopens"])
        XCTAssertEqual(corpus.articles[1].metadata.outlet, "Café Press")
    }
}
