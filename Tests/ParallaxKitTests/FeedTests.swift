import XCTest
@testable import ParallaxKit

/// RSS 2.0, RSS 1.0 and Atom feeds read as one article per item.
final class FeedTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    private func write(_ name: String, _ text: String) -> String {
        write(name, Data(text.utf8))
    }

    @discardableResult
    private func write(_ name: String, _ data: Data) -> String {
        let url = folder.appendingPathComponent(name)
        try! data.write(to: url)
        return url.path
    }

    /// A paragraph long enough to be an item's full text.
    static let strikeParagraph = "Dock workers stayed off the job for a second week on Monday, union leaders said, as talks "
        + "with the port authority stalled over pay, overtime and the new shift patterns at the container terminal."
    static let quoteParagraph = "\"We will not go back until the offer changes,\" said union chair Marta Reyes, speaking "
        + "outside the gates on Monday morning."

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Times</title>
          <link>https://harbour.example.org/</link>
          <item>
            <title>Dock Strike Enters Second Week</title>
            <link>https://harbour.example.org/2024/05/06/strike</link>
            <pubDate>Mon, 06 May 2024 08:15:00 +0200</pubDate>
            <dc:creator>Ana Lima</dc:creator>
            <description>Dock workers stayed out.</description>
            <content:encoded><![CDATA[<p>\(strikeParagraph)</p>
              <h2>Talks stall</h2>
              <p>\(quoteParagraph)</p>
              <blockquote><p>The port loses money every day.</p></blockquote>]]></content:encoded>
          </item>
          <item>
            <title>Ferry Timetable Changes &amp;amp; Delays</title>
            <link>https://harbour.example.org/ferry</link>
            <pubDate>Tue, 07 May 24 09:00:00 GMT</pubDate>
            <author>desk@harbour.example.org (Joe Brant)</author>
            <description>&lt;p&gt;The ferry company changed its &lt;b&gt;timetable&lt;/b&gt;.&lt;/p&gt;</description>
          </item>
        </channel>
        </rss>
        """

    func testRSSItemsAreArticlesWithTheirMetadataAndFullText() throws {
        write("harbour.rss", Self.rss)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["harbour-1", "harbour-2"])
        let strike = corpus.articles[0]
        XCTAssertEqual(strike.format, .feed)
        XCTAssertEqual(strike.path, folder.appendingPathComponent("harbour.rss").path)
        XCTAssertEqual(strike.title, "Dock Strike Enters Second Week")
        XCTAssertEqual(strike.metadata.outlet, "Harbour Times")
        XCTAssertEqual(strike.metadata.date, "2024-05-06")
        XCTAssertEqual(strike.metadata.url, "https://harbour.example.org/2024/05/06/strike")
        XCTAssertEqual(strike.metadata.authors, ["Ana Lima"])
        let body = strike.bodyParagraphs
        XCTAssertEqual(body.map { strike.text($0.range) },
                       [Self.strikeParagraph, "Talks stall", Self.quoteParagraph, "The port loses money every day."])
        XCTAssertEqual(body.map(\.style), [.plain, .subhead, .plain, .blockquote])
        XCTAssertFalse(strike.plainText.contains("Dock workers stayed out."), "the summary is not the text")

        let ferry = corpus.articles[1]
        XCTAssertEqual(ferry.title, "Ferry Timetable Changes & Delays")
        XCTAssertEqual(ferry.metadata.date, "2024-05-07", "a two-digit year")
        XCTAssertEqual(ferry.metadata.authors, ["Joe Brant"], "the name, not the address")
        XCTAssertEqual(ferry.bodyParagraphs.map { ferry.text($0.range) }, ["The ferry company changed its timetable."])
        // One warning for the feed, counting the items without their full text.
        XCTAssertEqual(corpus.warnings, [LoadWarning(path: ferry.path, problem: .summaryOnly(items: 1))])
        XCTAssertFalse(corpus.warnings[0].isSkipped)
        XCTAssertTrue(corpus.warnings[0].description.contains("1 item carries only a summary"))
    }

    func testAtomEntriesWithHTMLXHTMLAndTextContent() throws {
        write("valley.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Valley News</title>
              <author><name>Newsroom Desk</name></author>
              <entry>
                <title type="html">Bridge &lt;em&gt;Reopens&lt;/em&gt; After Repairs</title>
                <link rel="alternate" type="text/html" href="https://valley.example.net/bridge"/>
                <link rel="enclosure" href="https://valley.example.net/bridge.jpg"/>
                <published>2024-03-14T09:30:00Z</published>
                <updated>2024-03-15T10:00:00Z</updated>
                <author><name>Tom Ruiz</name></author>
                <author><name>Eva Stone</name></author>
                <summary>The bridge is open.</summary>
                <content type="html">&lt;p&gt;\(Self.strikeParagraph)&lt;/p&gt;&lt;figure&gt;&lt;figcaption&gt;The bridge at dusk.&lt;/figcaption&gt;&lt;/figure&gt;</content>
              </entry>
              <entry>
                <title>School Year Starts Early</title>
                <link href="https://valley.example.net/school"/>
                <updated>2024-08-20T07:00:00+02:00</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><h1>School Year Starts Early</h1><p>\(Self.strikeParagraph)</p><h3>Buses</h3><p>New bus routes start on Monday.</p></div></content>
              </entry>
              <entry>
                <title>Market Prices Hold</title>
                <id>urn:uuid:1</id>
                <content type="text">\(Self.strikeParagraph)
            Traders expect calm weeks ahead, with steady prices for grain and fruit across the region.</content>
              </entry>
            </feed>
            """)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["valley-1", "valley-2", "valley-3"])
        XCTAssertEqual(corpus.warnings, [])
        let bridge = corpus.articles[0]
        XCTAssertEqual(bridge.title, "Bridge Reopens After Repairs")
        XCTAssertEqual(bridge.metadata.outlet, "Valley News")
        XCTAssertEqual(bridge.metadata.date, "2024-03-14", "published before updated")
        XCTAssertEqual(bridge.metadata.url, "https://valley.example.net/bridge")
        XCTAssertEqual(bridge.metadata.authors, ["Tom Ruiz", "Eva Stone"])
        XCTAssertEqual(bridge.paragraphs.map(\.kind), [.title, .body, .caption])
        XCTAssertEqual(bridge.text(bridge.paragraphs[2].range), "The bridge at dusk.")

        let school = corpus.articles[1]
        XCTAssertEqual(school.metadata.date, "2024-08-20")
        XCTAssertEqual(school.metadata.url, "https://valley.example.net/school")
        XCTAssertEqual(school.metadata.authors, ["Newsroom Desk"], "the feed's author stands for the entry's")
        XCTAssertEqual(school.bodyParagraphs.map { school.text($0.range) },
                       [Self.strikeParagraph, "Buses", "New bus routes start on Monday."])
        XCTAssertEqual(school.bodyParagraphs.map(\.style), [.plain, .subhead, .plain])

        let market = corpus.articles[2]
        XCTAssertNil(market.metadata.url)
        XCTAssertEqual(market.bodyParagraphs.count, 2, "plain text: one paragraph a line")
    }

    func testRDFFeedWithDublinCoreDates() throws {
        write("wire.xml", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel rdf:about="https://wire.example.com/"><title>Example Wire</title></channel>
              <item rdf:about="https://wire.example.com/rain">
                <title>Heavy Rain Floods Low Streets</title>
                <dc:date>2023-10-02T18:00:00+01:00</dc:date>
                <dc:creator>Ina Moss and Paul Vey</dc:creator>
                <content:encoded>&lt;p&gt;\(Self.strikeParagraph)&lt;/p&gt;</content:encoded>
              </item>
            </rdf:RDF>
            """)
        let article = try XCTUnwrap(Corpus.load(paths: [folder.path]).articles.first)
        XCTAssertEqual(article.id, "wire-1")
        XCTAssertEqual(article.title, "Heavy Rain Floods Low Streets")
        XCTAssertEqual(article.metadata.outlet, "Example Wire")
        XCTAssertEqual(article.metadata.date, "2023-10-02")
        XCTAssertEqual(article.metadata.url, "https://wire.example.com/rain", "RSS 1.0's rdf:about")
        XCTAssertEqual(article.metadata.authors, ["Ina Moss", "Paul Vey"])
    }

    func testShortContentIsASummaryAndTheFeedGetsOneWarning() throws {
        write("briefs.rss", """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Briefs</title>
            <item><title>One</title><description>Prices rose in May.</description></item>
            <item><title>Two</title><content:encoded>&lt;p&gt;Read the full story on our site.&lt;/p&gt;</content:encoded>
              <description>Rents fell slightly in the north of the city over the spring, agents said.</description></item>
            <item><title>Three</title></item>
            </channel></rss>
            """)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.title), ["One", "Two", "Three"])
        XCTAssertEqual(corpus.articles[0].plainText, "One\n\nPrices rose in May.")
        XCTAssertEqual(corpus.articles[1].plainText,
                       "Two\n\nRents fell slightly in the north of the city over the spring, agents said.",
                       "the longer of teaser and summary")
        XCTAssertEqual(corpus.warnings.map(\.problem), [.summaryOnly(items: 3)])
    }

    func testALongDescriptionIsTheFullText() throws {
        let paragraphs = (1...4).map { "<p>Paragraph \($0): \(Self.strikeParagraph)</p>" }.joined()
        write("full.rss", """
            <rss version="2.0"><channel><title>Full Text Daily</title>
            <item><title>Whole Story</title><description><![CDATA[\(paragraphs)]]></description></item>
            </channel></rss>
            """)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles[0].bodyParagraphs.count, 4)
        XCTAssertEqual(corpus.warnings, [])
    }

    func testBrokenEmptyAndForeignFeedsAreSkippedWithWarnings() throws {
        write("good.rss", Self.rss)
        let truncated = String(Self.rss.prefix(Self.rss.count * 2 / 3))
        write("truncated.rss", truncated)
        write("empty.rss", "<rss version=\"2.0\"><channel><title>Quiet Feed</title></channel></rss>")
        write("binary.rss", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A, 0x1A, 0x00, 0x00]))
        write("notes.xml", "<?xml version=\"1.0\"?><notes><note>Buy milk</note></notes>")
        write("blank.atom", "\n  \n")
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["good-1", "good-2"])
        let problems = Dictionary(corpus.warnings.map { (($0.path as NSString).lastPathComponent, $0.problem) },
                                  uniquingKeysWith: { a, _ in a })
        guard case .badMarkup(let reason) = problems["truncated.rss"] else {
            return XCTFail("truncated feed not reported: \(String(describing: problems["truncated.rss"]))")
        }
        XCTAssertTrue(reason.contains("not well-formed XML"), reason)
        XCTAssertEqual(problems["empty.rss"], .emptyFeed)
        XCTAssertEqual(problems["binary.rss"], .binary)
        XCTAssertEqual(problems["notes.xml"], .notAFeed(root: "notes"))
        XCTAssertEqual(problems["blank.atom"], .empty)
        XCTAssertTrue(corpus.warnings.filter { $0.problem != .summaryOnly(items: 1) }.allSatisfy(\.isSkipped))
        let notes = corpus.warnings.first { $0.problem == .notAFeed(root: "notes") }!
        XCTAssertTrue(notes.description.hasSuffix("notes.xml: XML but not an RSS or Atom feed (<notes>), skipped"))
    }

    func testUndefinedHTMLEntitiesAreForgiven() throws {
        write("loose.rss", """
            <rss version="2.0"><channel><title>Loose&nbsp;Feed</title>
            <item><title>Caf&eacute; Owners Meet</title><description>Owners met on Monday.</description></item>
            </channel></rss>
            """)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, 1)
        XCTAssertEqual(corpus.articles[0].plainText, "Café Owners Meet\n\nOwners met on Monday.")
        XCTAssertEqual(corpus.articles[0].metadata.outlet, "Loose Feed")
    }

    func testAFeedNamedAsTextIsStillAFeed() throws {
        write("saved.txt", Self.rss)
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["saved-1", "saved-2"])
    }

    func testRFC822Dates() {
        XCTAssertEqual(FeedReader.rfc822Date("Tue, 10 Jun 2003 04:00:00 GMT"), "2003-06-10")
        XCTAssertEqual(FeedReader.rfc822Date("10 Jun 2003 04:00 EST"), "2003-06-10")
        XCTAssertEqual(FeedReader.rfc822Date("Wed, 02 Oct 02 13:00:00 GMT"), "2002-10-02")
        XCTAssertEqual(FeedReader.rfc822Date("2019-10-15T12:00:00Z"), "2019-10-15")
        XCTAssertNil(FeedReader.rfc822Date("Tue, 31 Jun 2003 04:00:00 GMT"))
        XCTAssertNil(FeedReader.rfc822Date("soon"))
    }
}
