import XCTest
@testable import ParallaxKit

/// Front matter read as YAML, with the line-by-line reading as fallback.
final class FrontMatterTests: XCTestCase {
    private let story = "Harbour Strike Enters Second Week\n\nDock workers stayed off the job for a second week on Monday, union leaders said.\n"

    private func parse(_ block: String) -> FrontMatter? {
        FrontMatter.parse(SourceText(block + story))
    }

    func testQuotedValuesAreUnquotedAndListsAreAuthors() throws {
        let block = """
            ---
            title: "Trump: 'No deal'"
            outlet: 'Harbour Times'
            author:
              - Ana Lima
              - "Joe Brant"
            tags: [port, strike]
            ---

            """
        let frontMatter = try XCTUnwrap(parse(block))
        XCTAssertEqual(frontMatter.fields["title"], "Trump: 'No deal'")
        XCTAssertEqual(frontMatter.fields["outlet"], "Harbour Times")
        XCTAssertEqual(frontMatter.authors, ["Ana Lima", "Joe Brant"])
        XCTAssertEqual(frontMatter.lists["tags"], ["port", "strike"])
        XCTAssertEqual(frontMatter.range, TextRange(0, block.unicodeScalars.count))

        let article = Fixtures.article(text: block + story)
        XCTAssertEqual(article.metadata.title, "Trump: 'No deal'")
        XCTAssertEqual(article.metadata.authors, ["Ana Lima", "Joe Brant"])
        XCTAssertEqual(article.paragraphs.first.map { article.text($0.range) }, "Harbour Strike Enters Second Week")
    }

    func testInlineListAndTextAuthors() {
        XCTAssertEqual(parse("---\nauthor: [Ana Lima, Joe Brant]\n---\n")?.authors, ["Ana Lima", "Joe Brant"])
        XCTAssertEqual(parse("---\nauthor: Ana Lima and Joe Brant\n---\n")?.authors, ["Ana Lima", "Joe Brant"])
        XCTAssertEqual(parse("---\nauthors: [Ana Lima]\n---\n")?.authors, ["Ana Lima"])
    }

    func testHashtagsInHeadlinesAreNotComments() {
        let frontMatter = parse("---\ntitle: Rally for #MeToo draws crowds\noutlet: #1 Daily\ndate: 2024-03-14 # approximate\n---\n")
        XCTAssertEqual(frontMatter?.fields["title"], "Rally for #MeToo draws crowds")
        XCTAssertEqual(frontMatter?.fields["outlet"], "#1 Daily")
        XCTAssertEqual(frontMatter?.fields["date"], "2024-03-14")
    }

    func testInvalidYAMLFallsBackToLineByLine() throws {
        // "Trump: No deal" unquoted is not YAML (a second ": " in a plain value).
        let block = "---\ntitle: Trump: No deal\noutlet: RFE/RL\n---\r\n"
        let frontMatter = try XCTUnwrap(parse(block))
        XCTAssertEqual(frontMatter.fields["title"], "Trump: No deal")
        XCTAssertEqual(frontMatter.fields["outlet"], "RFE/RL")
        XCTAssertEqual(frontMatter.range.end, block.unicodeScalars.count)
        // Neither YAML nor key: value lines: not front matter at all.
        XCTAssertNil(parse("---\njust some words\n---\n"))
        XCTAssertNil(parse("---\ntitle: x\n"), "unclosed")
        // Empty values stay empty.
        XCTAssertEqual(parse("---\ntitle:\nurl: ~\n---\n")?.fields, ["title": "", "url": ""])
    }

    /// `range(in:)` (furniture keys start after it) finds the block `parse`
    /// reads, and no block where `parse` finds none, without parsing YAML
    /// for plain lines.
    func testRangeIsWhereParseReads() {
        for block in [
            "---\ntitle: Harbour strike\noutlet: Harbour Times\n---\n",
            "---\ntitle: Trump: No deal\noutlet: RFE/RL\n---\r\n",
            "---\nauthor:\n  - Ana Lima\n  - \"Joe Brant\"\n---\n",
            "---\ntitle: \"Quoted: on two\n  lines\"\n---\n",
            "---\njust some words\n---\n", "---\ntitle: x\n", "no front matter\n",
        ] {
            let text = SourceText(block + story)
            XCTAssertEqual(FrontMatter.range(in: text), FrontMatter.parse(text)?.range, block)
        }
        XCTAssertNotNil(FrontMatter.range(in: SourceText("---\nauthor:\n  - Ana Lima\n---\n" + story)), "YAML only")
        XCTAssertNil(FrontMatter.range(in: SourceText("---\njust some words\n---\n" + story)))
    }

    func testDatesInFrontMatter() {
        for (given, expected) in [
            ("2024-03-14", "2024-03-14"), ("2024-03-14T09:30:00Z", "2024-03-14"), ("2024-03-14 09:30", "2024-03-14"),
            ("\"2024-03-14T09:30:00+01:00\"", "2024-03-14"), ("March 14, 2024", "2024-03-14"),
            ("14 March 2024", "2024-03-14"),
        ] {
            let article = Fixtures.article(text: "---\ndate: \(given)\n---\n" + story)
            XCTAssertEqual(article.metadata.date, expected, given)
            XCTAssertEqual(article.metadata.dateSource, .frontMatter, given)
            XCTAssertEqual(article.warnings, [], given)
        }
        for bad in ["11/12/2017", "2024-02-30", "2024-03-14x", "soon"] {
            let article = Fixtures.article(text: "---\ndate: \(bad)\n---\n" + story)
            XCTAssertEqual(article.warnings.map(\.problem), [.badFrontMatter(key: "date", value: bad)], bad)
        }
    }
}
