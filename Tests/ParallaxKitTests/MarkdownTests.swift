import XCTest
@testable import ParallaxKit

/// Markdown files converted to blocks, with no markup left for the reader.
final class MarkdownTests: XCTestCase {
    private var folder: URL!

    override func setUp() { folder = Fixtures.temporaryFolder() }
    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func load(_ name: String, _ text: String) throws -> (Article, [LoadWarning]) {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        let path = folder.appendingPathComponent(name).path
        let corpus = try Corpus.load(paths: [path])
        return (corpus.articles[0], corpus.warnings)
    }

    private func blocks(_ markdown: String) -> [String] {
        MarkdownConverter.convert(markdown).blocks.map { "\($0.kind.rawValue): \($0.text)" }
    }

    static let article = """
        ---
        outlet: "Valley News"
        date: March 14, 2024
        author: [Ana Lima, Joe Brant]
        ---
        # Bridge *Reopens* After Repairs

        <!-- editor: check the figures
             before Friday -->
        The **old bridge** reopened on [Thursday](https://valley.example.net/a "day") after `six` months
        of repairs, officials said.

        ![A view of the bridge at dusk](bridge.jpg)

        ## What __changed__

        > "It is safer now," said engineer Tom Ruiz.<br>
        > He smiled.

        - New railings
        - Wider lanes, with a ![bike](bike.png) lane
        1. Lights

        Setext Heading
        --------------

        ***

        ![](decoration.png)
        """

    func testAMarkdownArticleBecomesBlocksWithoutMarkup() throws {
        let (article, warnings) = try load("bridge.md", Self.article)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(article.id, "bridge")
        XCTAssertEqual(article.format, .markdown)
        XCTAssertEqual(article.title, "Bridge Reopens After Repairs")
        XCTAssertEqual(article.metadata.outlet, "Valley News")
        XCTAssertEqual(article.metadata.date, "2024-03-14")
        XCTAssertEqual(article.metadata.authors, ["Ana Lima", "Joe Brant"])
        XCTAssertEqual(article.plainText, """
            Bridge Reopens After Repairs

            The old bridge reopened on Thursday after six months of repairs, officials said.

            [Caption] A view of the bridge at dusk

            ## What changed

            > "It is safer now," said engineer Tom Ruiz. He smiled.

            New railings

            Wider lanes, with a bike lane

            1. Lights

            ## Setext Heading
            """)
        let styles = article.bodyParagraphs.map { "\($0.kind)/\($0.style)" }
        XCTAssertEqual(styles, ["body/plain", "caption/plain", "body/subhead", "body/blockquote", "body/plain",
                                "body/plain", "body/plain", "body/subhead"])
        // Offsets count into the extracted text.
        for paragraph in article.paragraphs {
            XCTAssertFalse(article.text(paragraph.range).contains(where: { "*_#`<>[]".contains($0) }))
        }
    }

    func testInlineMarkup() {
        XCTAssertEqual(blocks("***Both*** and ~~gone~~ and _under_ but snake_case_name and 2 * 3 stay."),
                       ["body: Both and gone and under but snake_case_name and 2 * 3 stay."])
        XCTAssertEqual(blocks("Code `a *b* c` and \\*escaped\\* stars and [link [nested]](http://x.example/(y))."),
                       ["body: Code a *b* c and *escaped* stars and link [nested]."])
        XCTAssertEqual(blocks("See [the report][r1] and [r1], <https://example.org/x> &amp; &#8220;more&#x201D;.\n\n[r1]: https://example.org/report"),
                       ["body: See the report and r1, https://example.org/x & “more”."])
        XCTAssertEqual(blocks("A footnote[^1] and [sic] stays.\n\n[^1]: The note itself."),
                       ["body: A footnote and [sic] stays.", "body: The note itself."])
        XCTAssertEqual(blocks("Line one\\\nline two  \nline <span class=\"x\">three</span>."),
                       ["body: Line one line two line three."])
    }

    func testBlocks() {
        XCTAssertEqual(blocks("> # Quoted heading\n> quoted text\n>\n> > nested"),
                       ["blockquote: Quoted heading", "blockquote: quoted text", "blockquote: nested"])
        XCTAssertEqual(blocks("Intro line\n* first\n  continued\n+ [x] done\n\n2019. A year to forget."),
                       ["body: Intro line", "body: first continued", "body: done", "body: 2019. A year to forget."])
        XCTAssertEqual(blocks("The plan:\n1. Close the valve.\n2) Call the crew.\nIn 2019. the plan changed."),
                       ["body: The plan:", "body: 1. Close the valve.", "body: 2) Call the crew. In 2019. the plan changed."])
        XCTAssertEqual(blocks("```swift\nlet x = 1\n```\n\nAfter code."), ["body: let x = 1", "body: After code."])
        XCTAssertEqual(blocks("| City | Rain |\n|------|-----:|\n| Oslo | 12 mm |"),
                       ["body: City, Rain", "body: Oslo, 12 mm"])
        XCTAssertEqual(blocks("[![Flood map](map.png)](https://example.org/map)\n<img src=\"x.png\" alt=\"Rescue boat\">"),
                       ["caption: Flood map", "caption: Rescue boat"])
        XCTAssertEqual(blocks("Title\n=====\n\nText."), ["body: Text."])
        XCTAssertEqual(MarkdownConverter.convert("Title\n=====\n\nText.").title, "Title")
    }

    func testUnpairedMarkupStaysText() {
        // Thousands of openers that never close: one paragraph of their text. (Each once
        // took tens of seconds, every opener scanning to the end; `make bench` times it.)
        for piece in ["*a ", "_a ", "[a ", "![a](", "`a ``"] {
            let converted = MarkdownConverter.convert(String(repeating: piece, count: 5_000))
            XCTAssertEqual(converted.blocks.count, 1, piece)
            XCTAssertGreaterThanOrEqual(converted.blocks[0].text.filter { $0 == "a" }.count, 5_000, piece)
        }
    }

    func testFrontMatterTitleWinsAndADifferentHeadingStays() throws {
        let (article, _) = try load("a.md", "---\ntitle: Given Title\n---\n# Other Heading\n\nSome *text* here.\n")
        XCTAssertEqual(article.title, "Given Title")
        XCTAssertEqual(article.plainText, "Given Title\n\n## Other Heading\n\nSome text here.")
        let (same, _) = try load("b.md", "---\ntitle: Same Title\n---\n# Same title\n\nSome *text* here.\n")
        XCTAssertEqual(same.title, "Same Title")
        XCTAssertFalse(same.plainText.contains("Same title"))
    }

    func testAHeadlineWithoutHashIsTheTitle() throws {
        let (article, _) = try load("plainhead.md", "Harbour Strike Goes On\n\nDock workers stayed **off** the job.\n")
        XCTAssertEqual(article.title, "Harbour Strike Goes On")
        XCTAssertEqual(article.bodyParagraphs.count, 1)
    }

    func testPlainTextInAMarkdownFileReadsAsText() throws {
        let story = "Harbour Strike Enters Second Week\n\nDock workers stayed off the job for a second week on Monday, union leaders said.\n"
        let (article, _) = try load("story.md", story)
        XCTAssertEqual(article.format, .text)
        XCTAssertEqual(article.title, "Harbour Strike Enters Second Week")
        // Offsets count into the file.
        let body = article.paragraphs.first { $0.kind == .body }!
        XCTAssertEqual(body.range.start, "Harbour Strike Enters Second Week\n\n".unicodeScalars.count)
    }

    func testBadFrontMatterDateInMarkdownIsReported() throws {
        let (article, warnings) = try load("d.md", "---\ndate: someday\n---\n# Heading\n\nText.\n")
        XCTAssertNil(article.metadata.date)
        XCTAssertEqual(warnings.map(\.problem), [.badFrontMatter(key: "date", value: "someday")])
    }
}
