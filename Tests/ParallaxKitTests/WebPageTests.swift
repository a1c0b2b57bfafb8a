import XCTest
@testable import ParallaxKit

/// Reading saved web pages: which blocks are the article, their kinds, the
/// page's metadata, charsets and bad input. Every page here is written for
/// the tests, its text invented.
final class WebPageTests: XCTestCase {
    // Paragraphs of an invented story, long enough to read as running text.
    let p1 = "Dock workers stayed off the job for a second week on Monday, union leaders said, as talks over pay and shift patterns stalled again."
    let p2 = "The port authority said container traffic had fallen by half since the strike began, and that ships were being diverted to harbours along the coast."
    let p3 = "Negotiators for both sides are expected to meet again on Thursday, according to a spokesperson for the union, who declined to give details."

    private func page(head: String = "", _ body: String) -> Data {
        Data("<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    private func document(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> ExtractedDocument? {
        switch WebPage.read(data) {
        case .success(let document): return document
        case .failure(let problem):
            XCTFail("page not read: \(problem)", file: file, line: line)
            return nil
        }
    }

    /// The texts of the article's body blocks (subheads and quotations included), in order.
    private func bodyTexts(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        document(data, file: file, line: line)?.blocks.filter { $0.kind != .caption }.map(\.text) ?? []
    }

    private func problem(_ data: Data) -> LoadWarning.Problem? {
        if case .failure(let problem) = WebPage.read(data) { return problem }
        return nil
    }

    private let menu = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>"

    // MARK: - Which blocks are the article

    func testNavigationHeaderAndFooterAroundTheArticleAreLeftOut() {
        let html = page("""
            <header><p>Your trusted source for news from the harbour district and beyond, every single day of the year.</p>\(menu)</header>
            <main><article><h1>Harbour Strike Enters Second Week</h1><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
            <footer><p>The Harbour Times is published by a cooperative of readers and has reported on the port since the year it opened.</p></footer>
            </article></main>
            <footer><p>Copyright 2024 Harbour Times.</p><a href="/privacy">Privacy</a></footer>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testARelatedLinksBoxInsideTheArticleIsLeftOut() {
        let html = page("""
            <article><p>\(p1)</p>
            <div class="related-stories"><h3>More on the strike</h3>
              <p>Union members backed the walkout by a large margin after months of talks with the port authority.</p>
              <ul><li><a href="/a">Port workers vote to strike over pay</a></li><li><a href="/b">Ferry fares rise again</a></li></ul></div>
            <p>\(p2)</p>
            <ul><li><a href="/c">Winter timetable changes announced for the island ferries</a></li>
                <li><a href="/d">A new crane arrives at the eastern terminal after delays</a></li></ul>
            <p>\(p3)</p></article>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testTheCommentsSectionIsLeftOut() {
        let html = page("""
            <div class="main"><article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
            <section id="comments"><h2>Comments</h2>
              <div><p>Reader One</p><p>I have worked on those docks for twenty years and I have never seen the yard this quiet, it is eerie to walk past it now.</p></div>
              <div><p>Reader Two</p><p>The authority should have settled in the spring when the union first asked, now everybody in the town is paying for the delay.</p></div>
              <div><p>Reader Three</p><p>My brother drives a lorry to the terminal and he has been sent home every day this week without any pay at all, which is hard.</p></div>
            </section></div>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testShareBarAndCookieNoticeAreLeftOut() {
        let html = page("""
            \(menu)<div class="wrap"><article>
            <div class="share-tools"><a href="/fb">Facebook</a> <span>Pass this story on to friends and neighbours who care about the harbour.</span></div>
            <p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
            <div id="cookie-consent"><p>We use cookies to make this site work and to understand how it is used, and you can change your settings at any time.</p><button>Accept</button></div></div>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testFurnitureLinesInsideTheArticleAreLeftOut() {
        let html = page("""
            <article><p>Advertisement</p><p>\(p1)</p><p>Sign up for our newsletter to get the latest from the port in your inbox.</p>
            <p>______</p><p>Don't miss</p><p>\(p2)</p><p>\(p3)</p><p>Ada Writer contributed to this report.</p>
            <p>Reporting by Ada Writer; editing by Ben Reporter.</p><p>Read more</p></article>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testPictureCreditsMakeCaptions() {
        let html = page("""
            <article><p>\(p1)</p><div class="pic"><img src="/a.jpg"><span>Cranes stand idle at the terminal (Image: Getty Images)</span></div>
            <p>\(p2)</p></article>
            """)
        XCTAssertEqual(document(html)?.blocks.map(\.kind), [.body, .caption, .body])
    }

    func testTheArticleSpreadOverSiblingContainersIsReadWhole() {
        // Paragraphs in several column blocks with an advertisement between them.
        let html = page("""
            \(menu)<article><div class="col"><p>\(p1)</p></div>
            <div class="ad-slot"><a href="/ad">Buy a boat today from the best dealer on the coast</a></div>
            <div class="col"><p>\(p2)</p></div><div class="col"><p>\(p3)</p></div></article>
            <aside><h2>Most read</h2><ul><li><a href="/x">Ferry fares rise again</a></li></ul></aside>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testThePageMarkingItsArticleBodyWinsOverTeasersBelowIt() {
        let teaser = "<li><h3><a href=\"/t\">Another story from the coast</a></h3><div>A long summary of another story from the coast that runs over more than a single line of text on the page.</div></li>"
        let html = page("""
            <div itemprop="articleBody"><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></div>
            <div class="below"><ul>\(String(repeating: teaser, count: 8))</ul></div>
            """)
        XCTAssertEqual(bodyTexts(html), [p1, p2, p3])
    }

    func testAHomePageOfLinksHasNoArticle() {
        let items = (1...30).map { "<li><a href=\"/story/\($0)\">Harbour story number \($0) about the port and the town</a></li>" }
        let html = page("\(menu)<h1>Harbour Times</h1><ul>\(items.joined())</ul><footer><a href=\"/about\">About us</a></footer>")
        XCTAssertEqual(problem(html), .noArticleText)
    }

    func testTheHeadlineIsNotAlsoBodyText() {
        let html = page(head: "<meta property=\"og:title\" content=\"Harbour Strike Enters Second Week\">", """
            <article><h2>Harbour Strike Enters Second Week</h2><h1>Harbour Strike Enters Second Week</h1><p>\(p1)</p><p>\(p2)</p></article>
            """)
        let document = document(html)
        XCTAssertEqual(document?.title, "Harbour Strike Enters Second Week")
        XCTAssertEqual(document?.blocks.map(\.text), [p1, p2])
    }

    // MARK: - Kinds of block

    func testSubheadsQuotationsCaptionsAndListItemsInReadingOrder() {
        let html = page("""
            <article><p>\(p1)</p><h2>What happens next</h2><p>\(p2)</p>
            <blockquote><p>We will not go back until the offer is fair.</p></blockquote>
            <figure><img src="/crane.jpg"><figcaption>Cranes stand idle at the eastern terminal.</figcaption></figure>
            <ul><li>Pay rise of five per cent</li><li>No new night shifts</li></ul><p>\(p3)</p></article>
            """)
        let blocks = document(html)?.blocks ?? []
        XCTAssertEqual(blocks.map(\.kind), [.body, .subhead, .body, .blockquote, .caption, .body, .body, .body])
        XCTAssertEqual(blocks.map(\.text), [p1, "What happens next", p2, "We will not go back until the offer is fair.",
                                            "Cranes stand idle at the eastern terminal.", "Pay rise of five per cent",
                                            "No new night shifts", p3])
    }

    func testAFragmentIsAllArticle() {
        let fragment = HTMLParser.parse(Data("<div><p>Short.</p><ul><li><a href=\"/\">A link</a></li></ul><h3>Sub</h3></div>".utf8),
                                        encoding: "UTF-8")!
        let blocks = BodyExtractor.contentBlocks(in: fragment)
        XCTAssertEqual(blocks.map(\.text), ["Short.", "A link", "Sub"])
        XCTAssertEqual(blocks.map(\.kind), [.body, .body, .subhead])
    }

    // MARK: - Metadata

    func testJSONLDAndOpenGraphMetadata() {
        let head = """
            <title>Ignored Title | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times">
            <link rel="canonical" href="https://harbour.example/2024/05/06/strike">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
              {"@type": "NewsArticle", "headline": "Strike Goes On", "datePublished": "2024-05-06T08:00:00Z",
               "author": [{"@type": "Person", "name": "Ada Writer"}, {"@type": "Person", "name": "Ben Reporter"}],
               "publisher": {"@type": "Organization", "name": "Harbour Times Ltd"}}]}</script>
            """
        let document = document(page(head: head, "<article><p>\(p1)</p></article>"))
        XCTAssertEqual(document?.title, "Strike Goes On")
        XCTAssertEqual(document?.outlet, "Harbour Times")
        XCTAssertEqual(document?.date, "2024-05-06")
        XCTAssertEqual(document?.authors, ["Ada Writer", "Ben Reporter"])
        XCTAssertEqual(document?.url, "https://harbour.example/2024/05/06/strike")
    }

    func testOpenGraphAndMetaTagsWithoutJSONLD() {
        let head = """
            <meta property="og:title" content="Ferry Fares Rise Again">
            <meta property="og:url" content="https://harbour.example/ferry-fares">
            <meta property="article:published_time" content="2024-03-02T10:00:00+01:00">
            <meta name="author" content="Ada Writer and Ben Reporter">
            """
        let document = document(page(head: head, "<article><p>\(p1)</p></article>"))
        XCTAssertEqual(document?.title, "Ferry Fares Rise Again")
        XCTAssertEqual(document?.url, "https://harbour.example/ferry-fares")
        XCTAssertEqual(document?.date, "2024-03-02")
        XCTAssertEqual(document?.authors, ["Ada Writer", "Ben Reporter"])
    }

    func testTheTitleTagLosesTheSiteName() {
        let document = document(page(head: "<title>Ferry Fares Rise Again | Harbour Times</title>", "<div><p>\(p1)</p></div>"))
        XCTAssertEqual(document?.title, "Ferry Fares Rise Again")
    }

    func testJSONLDArticleBodyChoosesTheArticle() {
        // Two equally weighty runs of text; the page's articleBody names the second.
        let other = "A different story altogether about the lighthouse keepers, who have been asked to stay on for another winter at the point."
        let head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"\(p2) \(p3)\"}</script>"
        let html = page(head: head, "<div class=\"a\"><p>\(other)</p><p>\(other)</p><p>\(other)</p></div><div class=\"b\"><p>\(p2)</p><p>\(p3)</p></div>")
        XCTAssertEqual(bodyTexts(html), [p2, p3])
    }

    // MARK: - Charsets

    private let latinText = "Le café du port a rouvert mardi, après trois semaines de grève des employés, a annoncé la mairie."

    private func latin1(_ html: String) -> Data { html.data(using: .isoLatin1)! }

    func testLatin1PagesWithAndWithoutADeclaration() {
        let declared = latin1("<html><head><meta charset=\"iso-8859-1\"></head><body><p>\(latinText)</p></body></html>")
        let undeclared = latin1("<html><body><p>\(latinText)</p></body></html>")
        let httpEquiv = latin1("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>\(latinText)</p></body></html>")
        for data in [declared, undeclared, httpEquiv] {
            XCTAssertEqual(bodyTexts(data), [latinText])
        }
    }

    func testAPageThatSaysUTF8ButIsNot() {
        let data = latin1("<html><head><meta charset=\"utf-8\"></head><body><p>\(latinText)</p></body></html>")
        XCTAssertEqual(bodyTexts(data), [latinText])
    }

    func testWindows1252QuotesAndAByteOrderMark() {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        bytes += [0x93] + Array("Not yet,".utf8) + [0x94] + Array(" said the harbour master, who has run the port for eleven years.".utf8)
        bytes += Array("</p></body></html>".utf8)
        XCTAssertEqual(bodyTexts(Data(bytes)), ["\u{201C}Not yet,\u{201D} said the harbour master, who has run the port for eleven years."])

        let bom = Data([0xEF, 0xBB, 0xBF]) + page("<p>\(latinText)</p>")
        XCTAssertEqual(bodyTexts(bom), [latinText])
    }

    // MARK: - Bad input

    func testBinaryEmptyAndScriptOnlyFiles() {
        XCTAssertEqual(problem(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])), .binary)
        XCTAssertEqual(problem(Data()), .empty)
        XCTAssertEqual(problem(Data(" \n\t ".utf8)), .empty)
        let scripts = page(head: "<script>var config = { site: 'harbour', sections: ['news', 'sport'] };</script>",
                           "<script>document.write('A long line of text written by a script into the page at load time, not article text.');</script><noscript>Please turn on JavaScript to read this page properly.</noscript>")
        XCTAssertEqual(problem(scripts), .noArticleText)
    }

    func testTagSoupIsReadAsFarAsItGoes() {
        let words = p3.split(separator: " ")
        let soup = "<html><body><div><p>\(p1)<p>\(p2)<div><b>\(words.prefix(8).joined(separator: " ")) <i>\(words.dropFirst(8).joined(separator: " "))</b></i><p><table><tr><td>"
        let texts = bodyTexts(Data(soup.utf8))
        XCTAssertEqual(texts, [p1, p2, p3])
        XCTAssertEqual(problem(Data("<<<>>><p <div =\"\"><//p></a></b><".utf8)), .noArticleText)
    }

    func testDeeplyNestedDivsNeitherCrashNorHang() {
        let deep = String(repeating: "<div>", count: 100_000) + "<p>\(p1)</p>" + String(repeating: "</div>", count: 100_000)
        let start = Date()
        let result = WebPage.read(Data(deep.utf8))
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        // libxml2 gives up below its depth limit; whatever it kept is read without recursion trouble.
        switch result {
        case .success(let document): XCTAssertTrue(document.blocks.allSatisfy { $0.text == p1 })
        case .failure(let problem): XCTAssertTrue([.noArticleText, .badMarkup("not a web page that can be read")].contains(problem))
        }
    }

    func testATwentyMegabytePage() {
        let paragraph = "<p>\(p1)</p><p>\(p2)</p><div class=\"share\"><a href=\"/s\">Share</a></div>"
        let count = 20_000_000 / paragraph.utf8.count + 1
        let html = page("<article>" + String(repeating: paragraph, count: count) + "</article>")
        XCTAssertGreaterThanOrEqual(html.count, 20_000_000)
        let blocks = document(html)?.blocks ?? []
        XCTAssertEqual(blocks.count, 2 * count)
        XCTAssertEqual(blocks.last?.text, p2)
    }

    // MARK: - Through the corpus loader

    func testAFolderWithAWebPageLoadsIt() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = page(head: "<title>Harbour Strike Enters Second Week | Harbour Times</title>",
                        "\(menu)<article><h1>Harbour Strike Enters Second Week</h1><p>\(p1)</p><p>\(p2)</p></article>")
        try html.write(to: folder.appendingPathComponent("strike.html"))
        try Data("<html><body><script>x()</script></body></html>".utf8).write(to: folder.appendingPathComponent("empty.html"))
        let corpus = try Corpus.load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, 1)
        let article = corpus.articles[0]
        XCTAssertEqual(article.format, .html)
        XCTAssertEqual(article.metadata.title, "Harbour Strike Enters Second Week")
        XCTAssertEqual(article.paragraphs.filter { $0.kind == .body }.map { article.text($0.range) }, [p1, p2])
        XCTAssertEqual(corpus.warnings.map(\.problem), [.noArticleText])
    }
}
