import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// A saved web page in the reader: the header names its outlet, date,
/// author and URL from the page's metadata, and the article shows without
/// the page's navigation, share bar, related links, comments or footer.
final class WebArticleViewTests: XCTestCase {
    static let pages = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Pages").path

    func testPageInTheReaderAt120x30() throws {
        let corpus = try Corpus.load(paths: [Self.pages])
        let (_, terminal) = TUIFixtures.run(Size(width: 120, height: 30), corpus: corpus)
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 1 article · by event
            Maria Okafor, Tomas Lindqvist · Port …│ Harbour Strike Enters Second Week
              1 report                            │ The Harbour Times · 2024-05-06 · 135 words
            ▶ Harbour Strike Enters Second Week   │ By Jane Rowe
            • The Harbour Times · 2024-05-06      │ https://harbourtimes.example/2024/05/06/harbour-strike-second-week
                                                  │ person  organisation  place  ┃ quote
                                                  │ ────────────────────────────────────────
                                                  │
                                                  │ Dock workers in Port Alden stayed off the job on Monday as talks between their
                                                  │ union and the port authority stalled for a second week, leaving dozens of
                                                  │ ships waiting at anchor.
                                                  │
                                                  │ "We will stay out until the offer changes," said Maria Okafor, who leads the
                                                  │ dockers' union, outside the north gate.
                                                  │
                                                  │ Talks stall over pay
                                                  │
                                                  │ The authority has offered a rise of three percent a year, which the union says
                                                  │ falls well short of the cost of living in the town.
                                                  │
                                                  │ │ Nobody wants a long strike, but nobody here will accept this offer either.
                                                  │
                                                  │ ▌ Pickets at the north gate of Port Alden on Monday.
                                                  │
                                                  │ Tomas Lindqvist, a spokesman for the port authority, said it would meet the
                                                  │ union again on Thursday and hoped for an agreement before the weekend.
                                                  │
                                                  │
                                                  │
             Article 1/1 · All · [list]         Enter open  / filter  e entities  s speakers  c compare  o outlets  ? help  q quit
            """)
        // The subhead is set bold like a heading; body text is not.
        let frame = terminal.frame
        let subhead = try XCTUnwrap((0..<30).first { frame.dump.split(separator: "\n", omittingEmptySubsequences: false)[$0]
            .hasSuffix("Talks stall over pay") })
        XCTAssertTrue(frame[40, subhead].style.bold)
        XCTAssertFalse(frame[40, subhead + 2].style.bold)
    }

    func testPageMetadataReachesTheList() throws {
        let corpus = try Corpus.load(paths: [Self.pages])
        // Narrow: the list alone, with the page's outlet and date as front matter would give them.
        let (_, terminal) = TUIFixtures.run(Size(width: 60, height: 8), corpus: corpus)
        XCTAssertTrue(terminal.frame.dump.contains("• The Harbour Times · 2024-05-06"), terminal.frame.dump)
    }
}
