import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// Whole screens rendered into the cell buffer at fixed sizes, compared with
/// what a user should see. Trailing spaces are trimmed from each row.
final class ScreenTests: XCTestCase {
    func testListAt80x24() {
        // Under 90 columns one pane shows at a time: first the list.
        let (_, terminal) = TUIFixtures.run(Size(width: 80, height: 24))
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · by event
            Donald Trump, Vladimir Putin · Da Nang · 2017-11-11 – 2017-11-12
              4 reports
            ▶ Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'
            • RFE/RL · 2017-11-12
              Trump, Putin Say U.S.-Russia Agreement On Syria Will Save Many Lives, 'Extrao…
            • RFE/RL · 2017-11-11
              Trump "Chats Amicably" With Putin, Sides With Russia Over "Election Interfere…
            • ZeroHedge · 2017-11-11
              Is Trump Scared of Putin? President Says Russian Leader Is 'Insulted' by Accu…
            • Newsweek · 2017-11-11
            Donald Trump, Vladimir Putin · Helsinki · 2018-07-16
              1 report
              Trump, Putin Hail 'First Steps' Toward Mending U.S.-Russian Ties
            • RFE/RL · 2018-07-16








             Article 1/5 · [list]         s speakers  c compare  o outlets  ? help  q quit
            """)
    }

    func testBothPanesAt120x40() {
        let (_, terminal) = TUIFixtures.run(Size(width: 120, height: 40))
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · by event
            Donald Trump, Vladimir Putin · Da Nan…│ Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'
              4 reports                           │ RFE/RL · 2017-11-12 · 992 words
            ▶ Trump Hails Relations With Russia, …│ person  organisation  place  ┃ quote
            • RFE/RL · 2017-11-12                 │ ────────────────────────────────────────
              Trump, Putin Say U.S.-Russia Agreem…│
            • RFE/RL · 2017-11-11                 │ ▌ U.S. President Donald Trump (facing) greets Russian President Vladimir Putin
              Trump "Chats Amicably" With Putin, …│ ▌ in Danang, Vietnam, on November 11.
            • ZeroHedge · 2017-11-11              │
              Is Trump Scared of Putin? President…│ U.S. President Donald Trump, in a stream of Twitter postings, has said having
            • Newsweek · 2017-11-11               │ a positive relationship with Russia is "a good thing" and that Moscow can
            Donald Trump, Vladimir Putin · Helsin…│ "greatly help" solve crises in Ukraine, North Korea, and Syria, and with
              1 report                            │ global terrorism.
              Trump, Putin Hail 'First Steps' Tow…│
            • RFE/RL · 2018-07-16                 │ Trump, in Hanoi as part of a 13-day Asia trip, at a later news conference on
                                                  │ November 12 brought up sanctions against Russia, saying Moscow had been "very
                                                  │ heavily sanctioned" and that "it's now time to get back to healing a world
                                                  │ that is shattered and broken.”
                                                  │
                                                  │ The United States has placed sanctions on Russia for its alleged interference
                                                  │ in the 2016 U.S. presidential election and has joined with other Western
                                                  │ countries in imposing them against Moscow for its aggression in Ukraine.
                                                  │
                                                  │ He did not explain his sanctions comments further or specifically suggest any
                                                  │ easing of them.
                                                  │
                                                  │ He also attempted to clarify earlier statements he made about Russian
                                                  │ tampering in the U.S. election, saying he believed U.S. intelligence agencies’
                                                  │ assessment but that he also believed Russian President Vladimir Putin was
                                                  │ sincere in his denials about the meddling.
                                                  │
                                                  │ In his Twitter comments, Trump attacked "all the haters and fools" who have
                                                  │ criticized his attempt to improve relations with Russia and Putin in
                                                  │ particular.
                                                  │
                                                  │ "When will all the haters and fools out there realize that having a good
                                                  │ relationship with Russia is a good thing, not a bad thing," he wrote.
                                                  │
                                                  │ "There [sic] always playing politics -- bad for our country. I want to solve
             Article 1/5 · 26% · [list]         Enter open  / filter  e entities  s speakers  c compare  o outlets  ? help  q quit
            """)
    }

    func testReaderAt40x10() {
        let (_, terminal) = TUIFixtures.run(Size(width: 40, height: 10), [.key(.enter)])
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · by event
             Trump Hails Relations With Russia,
             Says Moscow 'Very Heavily Sanctioned'
             RFE/RL · 2017-11-12 · 992 words
             person  organisation  place  ┃ quote
             ──────────────────────────────────────

             ▌ U.S. President Donald Trump (facing)
             ▌ greets Russian President Vladimir
             Article 1/5 · 3% · [reader]    q quit
            """)
    }

    func testTooSmallAt1x1() {
        let (_, terminal) = TUIFixtures.run(Size(width: 1, height: 1))
        XCTAssertEqual(terminal.frame.dump, "…")
        let (_, wider) = TUIFixtures.run(Size(width: 19, height: 3))
        XCTAssertEqual(wider.frame.lines, ["Terminal too small…", "", ""])
    }

    func testWideCharactersKeepThePanesAligned() {
        let corpus = Corpus.from(texts: [
            ("cjk.txt", "---\noutlet: 人民日报\ndate: 2018-04-27\n---\n金正恩与文在寅在板门店会晤 “历史性” 😀 Summit\n\nKim Jong Un and Moon Jae-in met at Panmunjom on Friday; “a new history starts now,” Kim wrote — in the guest book 📖 of the Peace House, café-style.\n"),
            ("emoji.txt", "Café Owners Say “Thank You” 👍🏽 To Regulars\n\nThe owners of the café — a fixture since 1987 — said “merci” to regulars on Sunday.\n"),
        ])
        let (_, terminal) = TUIFixtures.run(Size(width: 90, height: 12), [], corpus: corpus)
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 2 articles · by event
            Kim Jong Un, Moon Jae-in · …│ 金正恩与文在寅在板门店会晤 “历史性” 😀 Summit
              1 report                  │ 人民日报 · 2018-04-27 · 30 words
            ▶ 金正恩与文在寅在板门店会… │ person  organisation  place  ┃ quote
            • 人民日报 · 2018-04-27     │ ────────────────────────────────────────
            Café Owners Say “Thank You”…│
              1 report                  │ Kim Jong Un and Moon Jae-in met at Panmunjom on Friday; “a
              Café Owners Say “Thank Yo…│ new history starts now,” Kim wrote — in the guest book 📖
            • unknown outlet · undated  │ of the Peace House, café-style.
                                        │
                                        │
             Article 1/2 · All · [list]             s speakers  c compare  o outlets  ? help  q quit
            """)
        // The divider is in the same display column on every row.
        for y in 1..<11 {
            let row = terminal.frame.line(y)
            XCTAssertEqual(DisplayWidth.of(row[..<row.firstIndex(of: "│")!]), 28, "row \(y)")
        }
    }

    func testMeaningDoesNotDependOnColour() {
        // Every style that carries meaning has an attribute besides its colour (NO_COLOR strips colours).
        let meaningful = [Theme.listSelectedFocused, Theme.listSelected, Theme.title, Theme.captionMarker,
                          Theme.searchMatch, Theme.currentMatch, Theme.header, Theme.status, Theme.warning,
                          EntityStyle.chosen, Theme.changedWords, Theme.paneHeading] + EntityType.allCases.map(EntityStyle.style(for:))
        for style in meaningful {
            let s = style.withoutColor
            XCTAssertTrue(s.bold || s.reverse || s.underline || s.italic, "\(style)")
        }
        XCTAssertNotEqual(Theme.searchMatch.withoutColor, Theme.currentMatch.withoutColor)
        // The three kinds of entity differ without colour.
        XCTAssertEqual(Set(EntityType.allCases.map { EntityStyle.style(for: $0).withoutColor }).count, 3)
        // Captions are marked by a bar, not only by colour.
        let (_, terminal) = TUIFixtures.run(Size(width: 120, height: 40))
        XCTAssertTrue(terminal.frame.lines[6].contains("│ ▌ U.S. President Donald Trump (facing)"))
        XCTAssertTrue(terminal.frame[0, 3].style.reverse, "the selected row of the focused list (under its event's heading) is in reverse video")
    }
}
