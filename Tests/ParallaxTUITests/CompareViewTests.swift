import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The compare view, its picker, marking, and the list's grouping.
final class CompareViewTests: XCTestCase {
    private let wide = Size(width: 160, height: 40)
    private let narrow = Size(width: 80, height: 24)
    /// `c` on the first APEC report, then Enter on the picker's first row (001).
    private let compareFirstTwo: [Event] = [.key(.char("c")), .key(.enter)]

    private func id(_ state: AppState, _ index: Int?) -> String? { index.map { String(state.articles[$0].id.prefix(3)) } }

    func testPickerListsTheOtherReportsOfTheEvent() {
        let (app, terminal) = TUIFixtures.run(wide, [.key(.char("c"))])
        XCTAssertEqual(app.state.picker?.candidates.map { id(app.state, $0)! }, ["001", "002", "004"])
        let lines = terminal.frame.lines
        XCTAssertTrue(lines.contains { $0.contains("▶ RFE/RL · 2017-11-11 · Trump, Putin Say U.S.-Russia Agreement") })
        XCTAssertFalse(lines.contains { $0.contains("Helsinki") && $0.contains("│   RFE/RL") }, "another event's report is not offered")
        // Esc cancels; j then Enter picks the second.
        XCTAssertNil(TUIFixtures.run(wide, [.key(.char("c")), .key(.escape)]).0.state.picker)
        let (picked, _) = TUIFixtures.run(wide, [.key(.char("c")), .key(.char("j")), .key(.enter)])
        XCTAssertEqual(id(picked.state, picked.state.compare?.b), "002")
    }

    func testCompareViewAt160x40() {
        let (_, terminal) = TUIFixtures.run(wide, compareFirstTwo)
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · comparing two reports
            ▶A RFE/RL · 2017-11-12 · Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'
             B RFE/RL · 2017-11-11 · Trump, Putin Say U.S.-Russia Agreement On Syria Will Save Many Lives, 'Extraordinarily Important'
               Shared: 40% of A is in B, 54% of B is in A (17 same, 4 near, 2 paraphrase); quotes in common: 8
               Only A quotes: John McCain, Kim Jong Un · only B quotes: none
               Only A names: Moscow, Kim Jong Un, Twitter, Ukraine · only B names: Geneva, White House, Maryland, Rex Tillerson
               = same  ≈ near  ~ paraphrase  < only A  > only B  changed words
            ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
            < Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'      │ — not in B —

            ~ U.S. President Donald Trump, in a stream of Twitter postings, has said having │ Trump said a good relationship with Russia was important.
              a positive relationship with Russia is "a good thing" and that Moscow can     │
              "greatly help" solve crises in Ukraine, North Korea, and Syria, and with      │
              global terrorism.                                                             │

            > — not in A —                                                                  │ "In fact it would be a great thing...because he could really help us in North
                                                                                            │ Korea.

            > — not in A —                                                                  │ We have a big problem with North Korea and China is helping us," Trump said.

            > — not in A —                                                                  │ "If Russia helped us in addition to China that problem would go away a lot
                                                                                            │ faster."

            > — not in A —                                                                  │ Trump said Chinese President Xi Jinping was a good man who "wants to do
                                                                                            │ right," but he wanted Xi to ratchet up more pressure on North Korea.

            > — not in A —                                                                  │ After emphasizing during last year's U.S. presidential campaign that it would
                                                                                            │ be positive if the United States and Russia could work together on world
                                                                                            │ problems, Trump has had limited contact with Putin since taking office.

            < Trump, in Hanoi as part of a 13-day Asia trip, at a later news conference on  │ — not in B —
              November 12 brought up sanctions against Russia, saying Moscow had been "very │
              heavily sanctioned" and that "it's now time to get back to healing a world    │
              that is shattered and broken.”                                                │

            < The United States has placed sanctions on Russia for its alleged interference │ — not in B —
              in the 2016 U.S. presidential election and has joined with other Western      │
              countries in imposing them against Moscow for its aggression in Ukraine.      │

             Row 1/68 · difference 1/58 · only in A · Enter opens A                          ] next difference  [ previous  Tab side  Enter open  Esc back  ? help  q quit
            """)
    }

    func testCompareViewStacksAt80x24() {
        let (_, terminal) = TUIFixtures.run(narrow, compareFirstTwo)
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · comparing two reports
            ▶A RFE/RL · 2017-11-12 · Trump Hails Relations With Russia, Says Moscow 'Very H…
             B RFE/RL · 2017-11-11 · Trump, Putin Say U.S.-Russia Agreement On Syria Will S…
               Shared: 40% of A is in B, 54% of B is in A (17 same, 4 near, 2 paraphrase); …
               Only A quotes: John McCain, Kim Jong Un · only B quotes: none
               Only A names: Moscow, Kim Jong Un, Twitter, Ukraine · only B names: Geneva, …
               = same  ≈ near  ~ paraphrase  < only A  > only B  changed words
            ────────────────────────────────────────────────────────────────────────────────
            < A Trump Hails Relations With Russia, Says Moscow 'Very Heavily Sanctioned'

            ~ A U.S. President Donald Trump, in a stream of Twitter postings, has said
                having a positive relationship with Russia is "a good thing" and that Moscow
                can "greatly help" solve crises in Ukraine, North Korea, and Syria, and with
                global terrorism.
              B Trump said a good relationship with Russia was important.

            > B "In fact it would be a great thing...because he could really help us in
                North Korea.

            > B We have a big problem with North Korea and China is helping us," Trump said.

            > B "If Russia helped us in addition to China that problem would go away a lot
                faster."
             Row 1/68 · difference 1/58 · only in A · Enter opens A         ? help  q quit
            """)
    }

    func testChangedWordsEntitiesAndQuotesKeepTheirStyles() {
        // ] as many times as it takes to reach the near pair "We agreed very quickly".
        let compare = TUIFixtures.run(wide, compareFirstTwo).0.state.compare!
        let c = compare.comparison
        let row = c.rows.firstIndex { row in
            guard case .pair(let k) = row else { return false }
            return c.a.text(c.sentencesA[c.pairs[k].a[0]].range).hasPrefix("\"We agreed very quickly")
        }!
        let presses = compare.differences.firstIndex(of: row)!
        let (_, terminal) = TUIFixtures.run(wide, compareFirstTwo + Array(repeating: .key(.char("]")), count: presses))
        let frame = terminal.frame
        guard let y = frame.lines.firstIndex(where: { $0.contains("\"We agreed very quickly,\" Trump told") }) else {
            return XCTFail("the near pair is on screen:\n\(frame.dump)")
        }
        let line = frame.lines[y]
        func style(_ text: String, from: String.Index? = nil) -> Style {
            let r = line.range(of: text, range: (from ?? line.startIndex)..<line.endIndex)!
            return frame[DisplayWidth.of(line[..<r.lowerBound]), y].style
        }
        XCTAssertEqual(style("Trump").foreground, .magenta, "a person keeps the entity style")
        XCTAssertEqual(style("We agreed").foreground, .yellow, "quoted words keep the quote style")
        // B adds "the Asia-Pacific Economic Cooperation (APEC) summit in the resort city of": marked; "Hanoi" is in both.
        let resortLine = frame.lines[y...].firstIndex { $0.contains("resort") }!
        let resort = frame.lines[resortLine]
        let x = DisplayWidth.of(resort[..<resort.range(of: "resort")!.lowerBound])
        XCTAssertTrue(frame[x, resortLine].style.reverse, "a word only one side has is marked")
        let hanoiLine = frame.lines[y...].firstIndex { $0.contains("Hanoi") }!
        let hanoi = frame.lines[hanoiLine]
        let h = DisplayWidth.of(hanoi[..<hanoi.range(of: "Hanoi")!.lowerBound])
        XCTAssertFalse(frame[h, hanoiLine].style.reverse, "a word both sides have is not")
    }

    func testBothColumnsScrollTogetherAndBracketsWalkDifferences() {
        let (start, _) = TUIFixtures.run(wide, compareFirstTwo)
        XCTAssertEqual(start.state.compare?.row, 0)
        let (moved, terminal) = TUIFixtures.run(wide, compareFirstTwo + [.key(.char("]")), .key(.char("]"))])
        let compare = moved.state.compare!
        XCTAssertEqual(compare.differences.prefix(3).last, compare.row, "] twice from the first row (a difference) lands on the third")
        XCTAssertTrue(terminal.frame.lines.last!.contains("difference 3/"), terminal.frame.lines.last!)
        let (back, _) = TUIFixtures.run(wide, compareFirstTwo + [.key(.char("]")), .key(.char("]")), .key(.char("["))])
        XCTAssertEqual(back.state.compare?.row, compare.differences[1])
        // j scrolls both columns: the second body line becomes the first.
        let (_, before) = TUIFixtures.run(wide, compareFirstTwo)
        let (_, after) = TUIFixtures.run(wide, compareFirstTwo + [.key(.char("j"))])
        let top = 1 + CompareView.headerHeight
        XCTAssertEqual(after.frame.lines[top], before.frame.lines[top + 1])
    }

    func testTabChoosesTheSideEnterOpensAndEscComesBack() {
        let (app, terminal) = TUIFixtures.run(wide, compareFirstTwo + [.key(.tab)])
        XCTAssertEqual(app.state.compare?.side, .b)
        XCTAssertTrue(terminal.frame.lines[2].hasPrefix("▶B"), terminal.frame.lines[2])
        // The first row is A's title, only in A: Enter on side B opens A there.
        let keys = compareFirstTwo + [.key(.char("]")), .key(.char("]")), .key(.char("]")), .key(.tab), .key(.enter)]
        let (opened, reader) = TUIFixtures.run(wide, keys)
        XCTAssertNil(opened.state.compare)
        XCTAssertEqual(opened.state.focus, .reader)
        let was = TUIFixtures.run(wide, Array(keys.dropLast())).0.state.compare!
        let (ra, rb) = ComparisonLayout.ranges(was.comparison.rows[was.row], was.comparison)
        let expected = rb != nil ? (was.b, rb!) : (was.a, ra!)
        XCTAssertEqual(opened.state.openArticle, expected.0)
        let sentence = opened.state.articles[expected.0].text(expected.1)
        XCTAssertTrue(reader.frame.dump.contains(String(sentence.prefix(30))), "the reader shows the sentence")
        let (returned, _) = TUIFixtures.run(wide, keys + [.key(.escape)])
        XCTAssertEqual(returned.state.compare?.row, was.row, "Esc goes back to the same row")
    }

    func testMarkComparesAcrossEventsAndALoneReportSaysHow() {
        // The Helsinki report is last in the list and alone in its event.
        let (alone, terminal) = TUIFixtures.run(wide, [.key(.char("G")), .key(.char("c"))])
        XCTAssertNil(alone.state.compare)
        XCTAssertTrue(terminal.frame.lines.last!.contains("m marks an article"), terminal.frame.lines.last!)
        let (marked, _) = TUIFixtures.run(wide, [.key(.char("m")), .key(.char("G")), .key(.char("c"))])
        XCTAssertEqual(id(marked.state, marked.state.compare?.a), "000")
        XCTAssertEqual(id(marked.state, marked.state.compare?.b), "003")
        XCTAssertNil(marked.state.marked, "the mark is used up")
    }

    func testGroupingCyclesEventOutletDateNone() {
        let (byOutlet, outlet) = TUIFixtures.run(wide, [.key(.char("v"))])
        XCTAssertEqual(byOutlet.state.grouping, .outlet)
        XCTAssertEqual(outlet.frame.lines[1].trimmingCharacters(in: .whitespaces).prefix(8), "Newsweek")
        let (byDate, date) = TUIFixtures.run(wide, [.key(.char("v")), .key(.char("v"))])
        XCTAssertEqual(byDate.state.grouping, .date)
        XCTAssertTrue(date.frame.lines[1].hasPrefix("2018-07-16"), "newest first")
        let (none, plain) = TUIFixtures.run(wide, Array(repeating: .key(.char("v")), count: 3))
        XCTAssertEqual(none.state.listOrder, [0, 1, 2, 3, 4])
        XCTAssertTrue(plain.frame.lines[1].hasPrefix("▶ Trump Hails"))
        XCTAssertEqual(TUIFixtures.run(wide, Array(repeating: .key(.char("v")), count: 4)).0.state.grouping, .event)
    }
}
