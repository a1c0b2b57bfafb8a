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
    /// The plain reading, wherever it reads a block, reads it as Yams does:
    /// random blocks of `key: value` lines made of pieces YAML treats
    /// specially (indicators, comments, nulls, white space YAML does or does
    /// not trim, line separators, scalars it does not print).
    func testPlainReadingAgreesWithYAML() {
        var random = SplitMix64(seed: 16)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let keys = ["title", "Title", "outlet", "date", "url", "author", "x-ref", "a_b", "k2"]
        let oddKeys = ["2day", "ti tle", "", "tïtle", "#k", "-k", "a:b"]
        let pieces = ["Harbour", "strike", "Talks", " ", "  ", ":", ": ", " #", "#", "'", "\"", "-", "- ", "[", "]",
                      "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "?", ",", "~", "null", "NULL", "yes",
                      "2017-11-12", "1e3", "\t", "\u{00A0}", "\u{2003}", "\u{2028}", "\u{FEFF}", "\u{85}", "\u{7F}",
                      "é", "e\u{301}", "😀", "...", "---", "\r", "\\", "http://x.com/a?b=c#d"]
        let words = ["Harbour", " strike", " Talks", " in", "Zürich", " 😀", "e\u{301}", "2017", "-11-12"]
        var read = 0
        for _ in 0..<20000 {
            var lines: [String] = []
            for _ in 0..<(1 + random.next() % 4) {
                let key = random.next() % 8 == 0 ? pick(oddKeys) : pick(keys)
                let value = (0..<(1 + random.next() % 4)).map { _ in random.next() % 3 == 0 ? pick(pieces) : pick(words) }
                    .joined()
                switch random.next() % 12 {
                case 0: lines.append(pick(["", " ", "\t"]))
                case 1: lines.append(" " + key + ": " + value)
                case 2: lines.append(key + ":" + value)
                default: lines.append(key + pick([": ", ":  "]) + value)
                }
            }
            guard let plain = FrontMatter.plainFields(lines) else { continue }
            read += 1
            let composed = FrontMatter.composedFields(lines)
            XCTAssertEqual(composed?.fields, plain, lines.debugDescription)
            XCTAssertEqual(composed?.lists, [:], lines.debugDescription)
        }
        XCTAssertGreaterThan(read, 3000, "the plain reading reads most made-up blocks")
        // libyaml takes no key of over 1,024 characters.
        let longKey = String(repeating: "k", count: 1025) + ": v"
        XCTAssertNil(FrontMatter.composedFields([longKey]))
        XCTAssertNil(FrontMatter.plainFields([longKey]))
        // Front matter as written reads without the parser.
        XCTAssertEqual(FrontMatter.plainFields(["title: Harbour Strike Enters Second Week", "outlet: RFE/RL",
                                                "date: 2017-11-12", "url: https://example.com/a?b=1#c"]),
                       ["title": "Harbour Strike Enters Second Week", "outlet": "RFE/RL", "date": "2017-11-12",
                        "url": "https://example.com/a?b=1#c"])
    }
    /// The closing fence is looked for in the block's first lines only, as
    /// many as `maxLines`, however many lines are split to find it.
    func testClosingFenceWithinTheFirstLines() {
        for inner in [0, 1, 6, 7, 8, 30, 31, 32, FrontMatter.maxLines - 1, FrontMatter.maxLines, FrontMatter.maxLines + 3] {
            for lineBreak in ["\n", "\r\n"] {
                let block = (["---"] + (0..<inner).map { "k\($0): value \($0)" } + ["---", ""]).joined(separator: lineBreak)
                let frontMatter = parse(block)
                if inner + 1 <= FrontMatter.maxLines {
                    XCTAssertEqual(frontMatter?.range, TextRange(0, block.unicodeScalars.count), "\(inner) lines")
                    XCTAssertEqual(frontMatter?.fields.count, inner, "\(inner) lines")
                    XCTAssertEqual(frontMatter?.fields["k\(max(0, inner - 1))"], inner > 0 ? "value \(inner - 1)" : nil)
                } else {
                    XCTAssertNil(frontMatter, "\(inner) lines")
                }
            }
        }
        XCTAssertNil(parse("---\n" + String(repeating: "k: v\n", count: 12)), "no closing fence")
    }
}
