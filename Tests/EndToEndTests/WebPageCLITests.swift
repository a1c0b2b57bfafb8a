import Foundation
import XCTest

/// A saved web page through the CLI: its metadata, its article text, and
/// offsets that count into that text (there is no plain-text file to count in).
final class WebPageCLITests: XCTestCase {
    let pages = Binary.packageRoot.appendingPathComponent("Tests/Pages").path

    func testListAndShowUseThePagesMetadata() throws {
        let list = try Binary.parallax("list", pages)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout, "harbour-strike\tThe Harbour Times\t2024-05-06\tHarbour Strike Enters Second Week\n")
        let show = try Binary.parallax("show", "harbour-strike", pages)
        XCTAssertTrue(show.stdout.hasPrefix("Harbour Strike Enters Second Week\n\nDock workers in Port Alden"), show.stdout)
        XCTAssertTrue(show.stdout.contains("\n\n## Talks stall over pay\n\n"))
        XCTAssertTrue(show.stdout.contains("\n\n> Nobody wants a long strike"))
        XCTAssertTrue(show.stdout.contains("\n\n[Caption] Pickets at the north gate"))
        XCTAssertTrue(show.stdout.hasSuffix("— The Harbour Times, 2024-05-06, by Jane Rowe\n"
            + "  https://harbourtimes.example/2024/05/06/harbour-strike-second-week\n"), show.stdout)
        for furniture in ["Share on", "cookies", "Ferry fares", "About time", "All rights reserved", "dataLayer"] {
            XCTAssertFalse(show.stdout.contains(furniture), furniture)
        }
    }

    func testAnalyzeJSONCountsIntoTheExtractedText() throws {
        let result = try Binary.parallax("analyze", "--format", "json", pages)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let article = (json["articles"] as! [[String: Any]])[0]
        XCTAssertEqual(article["source"] as? String, "html")
        XCTAssertEqual(article["url"] as? String, "https://harbourtimes.example/2024/05/06/harbour-strike-second-week")
        XCTAssertEqual(article["authors"] as? [String], ["Jane Rowe"])
        let paragraphs = article["paragraphs"] as! [[String: Any]]
        XCTAssertEqual(paragraphs.map { $0["kind"] as! String },
                       ["title", "body", "body", "body", "body", "body", "caption", "body"])
        XCTAssertEqual(paragraphs[3]["style"] as? String, "subhead")
        XCTAssertEqual(paragraphs[5]["style"] as? String, "blockquote")
        // Each paragraph is one line of the extracted text, a blank line between.
        var offset = 0
        for p in paragraphs {
            let text = p["text"] as! String
            XCTAssertEqual(p["start"] as? Int, offset)
            XCTAssertEqual(p["end"] as? Int, offset + text.unicodeScalars.count)
            offset += text.unicodeScalars.count + 2
        }
        // Entities and quotations slice that text exactly.
        func slice(_ start: Int, _ end: Int) -> String? {
            guard let p = paragraphs.first(where: { ($0["start"] as! Int) <= start && end <= ($0["end"] as! Int) })
            else { return nil }
            let scalars = Array((p["text"] as! String).unicodeScalars)
            let from = start - (p["start"] as! Int)
            return String(String.UnicodeScalarView(scalars[from..<(from + end - start)]))
        }
        let entities = article["entities"] as! [[String: Any]]
        XCTAssertTrue(entities.contains { $0["text"] as? String == "Maria Okafor" && $0["type"] as? String == "PERSON" })
        for record in entities + (article["quotes"] as! [[String: Any]]) {
            XCTAssertEqual(slice(record["start"] as! Int, record["end"] as! Int), record["text"] as? String)
        }
        let quotes = article["quotes"] as! [[String: Any]]
        XCTAssertEqual(quotes.first?["speaker"] as? String, "Maria Okafor")
    }

    func testTextArticlesSayTheirOffsetsCountIntoTheFile() throws {
        let result = try Binary.parallax("analyze", "--format", "json", "corpus/003_e416bfcf59845068.txt")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let article = (json["articles"] as! [[String: Any]])[0]
        XCTAssertEqual(article["source"] as? String, "text")
        let file = Array(try String(contentsOf: Binary.packageRoot.appendingPathComponent("corpus/003_e416bfcf59845068.txt"),
                                    encoding: .utf8).unicodeScalars)
        for p in article["paragraphs"] as! [[String: Any]] {
            let range = (p["start"] as! Int)..<(p["end"] as! Int)
            XCTAssertEqual(String(String.UnicodeScalarView(file[range])), p["text"] as? String)
        }
    }
}
