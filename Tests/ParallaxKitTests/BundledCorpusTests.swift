import XCTest
@testable import ParallaxKit

/// Cleaning and metadata on the five bundled articles, as a reader meets them.
final class BundledCorpusTests: XCTestCase {
    func testAllArticlesLoadWithFrontMatterMetadata() {
        let corpus = Fixtures.corpus
        XCTAssertEqual(corpus.articles.count, 5)
        XCTAssertTrue(corpus.warnings.isEmpty, "\(corpus.warnings)")
        let meta = corpus.articles.map { [$0.metadata.outlet ?? "-", $0.metadata.date ?? "-"] }
        XCTAssertEqual(meta, [["RFE/RL", "2017-11-12"], ["RFE/RL", "2017-11-11"], ["ZeroHedge", "2017-11-11"],
                              ["RFE/RL", "2018-07-16"], ["Newsweek", "2017-11-11"]])
        XCTAssertEqual(Fixtures.article("003").title, "Trump, Putin Hail 'First Steps' Toward Mending U.S.-Russian Ties")
    }

    func testFurnitureOfTheRFEPageIsRemoved() {
        let a = Fixtures.article("001")
        XCTAssertEqual(a.lineClass(of: "Accessibility links"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "With reporting by Reuters and AFP"), .body)
        XCTAssertEqual(a.lineClass(of: "RFE/RL"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "To find out more, click here."), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "LG"), .boilerplate)
        // The last paragraph the reader sees is the credit line.
        XCTAssertEqual(a.text(a.paragraphs.last!.range), "With reporting by Reuters and AFP")
    }

    func testNewsweekFooterAndPhotoCaption() {
        let a = Fixtures.article("004")
        XCTAssertEqual(a.paragraphs.first?.kind, .title)
        XCTAssertEqual(a.paragraphs[1].kind, .caption)
        XCTAssertTrue(a.text(a.paragraphs[1].range).hasSuffix("MIKHAIL KLIMENTYEV/AFP/Getty Images"))
        XCTAssertTrue(a.text(a.paragraphs.last!.range).hasPrefix("Trump's entourage made no comment"))
        XCTAssertEqual(a.lineClass(of: "Uncommon Knowledge"), .boilerplate)
    }

    func testVideoBlocksAndSubheadsOfTheHelsinkiReport() {
        let a = Fixtures.article("003")
        XCTAssertEqual(a.lineClass(of: "Man Bundled Away From Trump-Putin Briefing"), .caption)
        XCTAssertEqual(a.lineClass(of: "'Malign' Activity"), .body)
        XCTAssertEqual(a.paragraphs.filter { $0.kind == .caption }.count, 6)
        XCTAssertEqual(a.text(a.paragraphs.last!.range), "With reporting by AP, Reuters, AFP, Rossia-24, and Sky News")
    }

    func testRawSeedsWithoutFrontMatterInferTitleOutletAndDate() throws {
        let seeds = Fixtures.sharedPath + "/seeds"
        guard FileManager.default.fileExists(atPath: seeds) else { throw XCTSkip("../shared/seeds not present") }
        let corpus = try Corpus.load(paths: [seeds])
        let byID = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        XCTAssertEqual(byID["001_9d03374667c5d45e"]?.metadata.outlet, "RFE/RL")
        XCTAssertEqual(byID["004_1154cdf38bc965ca"]?.metadata.outlet, "Newsweek")
        XCTAssertEqual(byID["004_1154cdf38bc965ca"]?.metadata.date, "2017-11-11")
        XCTAssertNil(byID["000_26996167448753e8"]?.metadata.outlet, "no furniture names the outlet")
        XCTAssertNil(byID["000_26996167448753e8"]?.metadata.date, "the text gives no year")
        // Same titles as the front matter gives.
        for article in corpus.articles {
            XCTAssertEqual(article.title, Fixtures.article(article.id).title)
            XCTAssertEqual(article.metadata.titleSource, .text)
        }
    }

    func testEveryRangeSlicesTheFileExactly() throws {
        for article in Fixtures.corpus.articles {
            let raw = try String(contentsOfFile: article.path, encoding: .utf8)
            let scalars = Array(raw.unicodeScalars)
            for p in article.paragraphs {
                let slice = String(String.UnicodeScalarView(scalars[p.range.start..<p.range.end]))
                XCTAssertEqual(slice, article.text(p.range))
                XCTAssertFalse(slice.first!.isWhitespace || slice.last!.isWhitespace)
                for s in p.sentences { XCTAssertTrue(p.range.contains(s.range)) }
            }
        }
    }

    /// What the index keeps so that a load need not read the text again:
    /// each article's hash is its source's (FNV-1a 64, worked out here on
    /// the file's bytes: the bundled files are UTF-8 without a byte-order
    /// mark), each quotation's words are its range's.
    func testTextHashesAndQuotedWordsAreTheTexts() throws {
        var quoted = 0
        for article in Fixtures.corpus.articles {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in try Data(contentsOf: URL(fileURLWithPath: article.path)) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            XCTAssertEqual(article.textHash, hash, article.id)
            for quote in article.quotes {
                XCTAssertEqual(quote.words, Tokenizer.wordCount(in: article.source, range: quote.range))
                if quote.kind == .speech { quoted += quote.words }
            }
        }
        XCTAssertGreaterThan(quoted, 500)
        // An article from extracted blocks (a page, a feed item) is keyed by the text made of them.
        let document = ExtractedDocument(title: "Port Strike Ends", blocks: [.init(.body, "\"We are going back,\" said Maria Oduya.")])
        let page = Corpus.from(documents: [("page.html", .html, document)])
        XCTAssertEqual(page.articles[0].textHash, ArticleKey.fnv1a(page.articles[0].source))
        XCTAssertEqual(page.articles[0].quotes.map(\.words), [4])
    }
}
