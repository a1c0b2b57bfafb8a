import Foundation
import XCTest

/// The binary on a folder of feeds, JSON Lines and Markdown files.
final class InputFormatsCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-inputs-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write("harbour.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbour Times</title>
            <item>
              <title>Dock Strike Enters Second Week</title>
              <link>https://harbour.example.org/strike</link>
              <pubDate>Mon, 06 May 2024 08:15:00 GMT</pubDate>
              <content:encoded><![CDATA[<p>Dock workers stayed off the job for a second week on Monday, union
              leaders said, as talks with the port authority stalled over pay and the new shift patterns.</p>
              <p>"We will not go back until the offer changes," said union chair Marta Reyes.</p>]]></content:encoded>
            </item>
            <item>
              <title>Ferry Times Change</title>
              <pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate>
              <description>The ferry company changed its timetable.</description>
            </item>
            </channel></rss>
            """)
        try write("city.jsonl", """
            {"title": "Council Approves Budget", "maintext": "The city council approved the budget on Tuesday.\\nSpending on roads will rise.", "date_publish": "2019-11-18 10:32:00", "outlet": "City Paper"}
            {"title": "Broken
            {"title": "Library Reopens", "text": "The library reopened on Friday.", "date": "2019-11-20", "outlet": "City Paper"}
            """)
        try write("bridge.md", "---\noutlet: Valley News\ndate: 2024-03-14\n---\n# Bridge *Reopens*\n\n"
            + "The **old bridge** reopened on [Thursday](https://valley.example.net/x), officials said.\n")
        try write("notes.xml", "<?xml version=\"1.0\"?><notes><note>Buy milk</note></notes>")
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func testListShowsFeedItemsRecordsAndMarkdownWithWarnings() throws {
        let result = try Binary.parallax("list", folder.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            bridge\tValley News\t2024-03-14\tBridge Reopens
            city-1\tCity Paper\t2019-11-18\tCouncil Approves Budget
            city-3\tCity Paper\t2019-11-20\tLibrary Reopens
            harbour-1\tHarbour Times\t2024-05-06\tDock Strike Enters Second Week
            harbour-2\tHarbour Times\t2024-05-07\tFerry Times Change

            """)
        XCTAssertTrue(result.stderr.contains("city.jsonl:2: not JSON, line skipped"), result.stderr)
        XCTAssertTrue(result.stderr.contains("harbour.rss: 1 item carries only a summary"), result.stderr)
        XCTAssertTrue(result.stderr.contains("notes.xml: XML but not an RSS or Atom feed (<notes>), skipped"),
                      result.stderr)
    }

    func testShowPrintsAFeedItemAndMarkdownWithoutMarkup() throws {
        let item = try Binary.parallax("show", "harbour-1", folder.path)
        XCTAssertEqual(item.status, 0, item.stderr)
        XCTAssertTrue(item.stdout.hasPrefix("Dock Strike Enters Second Week\n\nDock workers stayed off the job for a "
            + "second week on Monday, union leaders said, as talks with the port authority stalled over pay and the "
            + "new shift patterns.\n\n\"We will not go back"), item.stdout)
        XCTAssertFalse(item.stdout.contains("<p>"))
        let markdown = try Binary.parallax("show", "bridge", folder.path)
        XCTAssertEqual(markdown.stdout, """
            Bridge Reopens

            The old bridge reopened on Thursday, officials said.

            — Valley News, 2024-03-14

            """)
    }

    func testAnalyzeGivesEachArticlesSourceAndOffsetsIntoItsText() throws {
        let result = try Binary.parallax("analyze", "--format", "json", folder.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let articles = json["articles"] as! [[String: Any]]
        let sources = Dictionary(uniqueKeysWithValues: articles.map { ($0["id"] as! String, $0["source"] as! String) })
        XCTAssertEqual(sources, ["bridge": "markdown", "city-1": "jsonl", "city-3": "jsonl", "harbour-1": "feed",
                                 "harbour-2": "feed"])
        let budget = articles.first { $0["id"] as? String == "city-1" }!
        XCTAssertEqual((budget["path"] as? String).map { ($0 as NSString).lastPathComponent }, "city.jsonl")
        let paragraphs = budget["paragraphs"] as! [[String: Any]]
        XCTAssertEqual(paragraphs.map { $0["kind"] as? String }, ["title", "body", "body"])
    }

    func testAFolderOfOnlyBrokenFeedsIsAnError() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-broken-\(UUID())")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: broken) }
        try Data("<rss version=\"2.0\"><channel><title>Cut".utf8).write(to: broken.appendingPathComponent("cut.rss"))
        try Data([0x00, 0x01, 0x02]).write(to: broken.appendingPathComponent("blob.jsonl"))
        let result = try Binary.parallax("list", broken.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cut.rss: not well-formed XML"), result.stderr)
        XCTAssertTrue(result.stderr.contains("blob.jsonl: binary file"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no articles found"), result.stderr)
    }
}
