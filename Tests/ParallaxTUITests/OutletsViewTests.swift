import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The outlets view: the outlets side by side, moving between their
/// speakers and entities, the event scope, and Enter to the reader.
final class OutletsViewTests: XCTestCase {
    private let wide = Size(width: 160, height: 40)
    private let narrow = Size(width: 80, height: 24)

    func testOutletsViewAt160x40() {
        let (_, terminal) = TUIFixtures.run(wide, [.key(.char("o"))])
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · outlets, whole corpus
                              RFE/RL                                         Newsweek                                       ZeroHedge
            ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
            Articles          3                                              1                                              1
            Words             3,451                                          736                                            1,515
            Events            2                                              1                                              1
            Quoted words      815                                            157                                            845

            Speakers          Donald Trump                    ███▊   61% 48q Donald Trump                    █████▌  92% 6q Donald Trump                    ████▊  78% 17q
            % of quoted       Vladimir Putin                  ▍        6% 7q joint statement                 ▌        8% 1q Vladimir Putin                  ▉       14% 7q
            words, quotes     Dmitry Peskov                   ▋       10% 5q                                                Reporter                        ▎        3% 4q
                              Ben Cardin                      ▎        5% 4q                                                Rex Tillerson                   ▏        3% 1q
                              Alexander Vershbow              ▌        8% 2q                                                joint statement                 ▏        1% 1q
                              joint statement                 ▎        3% 2q
                              Gregory Meeks                   ▏        2% 1q
                              John McCain                     ▏        2% 1q

            Stresses          United States                      ▊       1.6 Kremlin                            ▌       2.9 Asia-Pacific Economic Cooperation  ▌       2.7
            vs the other      Helsinki                           ▏       1.5 Da Nang                            ▍       1.7 North Korea                        ▍       2.0
            outlets (z)       NATO                               ▏       1.3 Asia-Pacific Economic Cooperation  ▌       1.7 China                              ▏       1.2
                              Crimea                             ▏       1.2 Bashar al-Assad                    ▏       1.2 Russia                             ▉       1.2
                              Ben Cardin                                 1.1 G20                                ▏       1.2 Rex Tillerson                      ▏       1.2
                              KGB                                        1.1 Hamburg                            ▏       1.2 Ukraine                            ▎       1.1
                              Twitter                                    1.1 Iraq                               ▏       1.2 Axios                                      1.1
                              Brussels                                   0.9 Mikhail Klimentyev                 ▏       1.2 Beijing                                    1.1

            Credits           Agence France-Presse ×3 · with reporting by    Associated Press ×1 · as cited by              Axios ×1 · courtesy of
            reporting it      Reuters ×3 · with reporting by                 Reuters ×1 · byline
            relies on         Associated Press ×1 · with reporting by
                              CNN ×1 · told
                              RT ×1 · told
                              Rossia-24 ×1 · with reporting by
                              Sky News ×1 · with reporting by

            Events            e1 · Donald Trump, Vladimir Putin · Da Nang ·… e1 · Donald Trump, Vladimir Putin · Da Nang ·… e1 · Donald Trump, Vladimir Putin · Da Nang ·…
            and quotes no     Trump Hails Relations With Russia, Says Moscow Is Trump Scared of Putin? President Says       Trump "Chats Amicably" With Putin, Sides With
            other carries     'Very Heavily Sanctioned'                      Russian Leader Is 'Insulted' by Accusations o… Russia Over "Election Interference" At APEC …
                              Trump, Putin Say U.S.-Russia Agreement On      only here: 3 quotes                            only here: 19 quotes (Enter: all)
                              Syria Will Save Many Lives, 'Extraordinarily … Donald Trump: “insulted”                       Donald Trump: “gets in the way and that’s a s…
             3 outlets · whole corpus · Donald Trump: 48 quotes in RFE/RL                       j/k move  h/l outlet  a corpus/event  Enter open  Esc back  ? help  q quit
            """)
    }

    func testOutletsViewAt80x24ShowsTwoOutletsAndScrollsSideways() {
        let (app, terminal) = TUIFixtures.run(narrow, [.key(.char("o"))])
        XCTAssertEqual(terminal.frame.dump, """
             Parallax · 5 articles · outlets, whole corpus
                              RFE/RL                         Newsweek
            ───────────────────────────────────────────────────────────────────────────────
            Articles          3                              1
            Words             3,451                          736
            Events            2                              1
            Quoted words      815                            157

            Speakers          Donald Trump    ███▊   61% 48q Donald Trump    █████▌  92% 6q
            % of quoted       Vladimir Putin  ▍        6% 7q joint statement ▌        8% 1q
            words, quotes     Dmitry Peskov   ▋       10% 5q
                              Ben Cardin      ▎        5% 4q
                              Alexander Vers… ▌        8% 2q
                              joint statement ▎        3% 2q
                              Gregory Meeks   ▏        2% 1q
                              John McCain     ▏        2% 1q

            Stresses          United States      ▊       1.6 Kremlin            ▌       2.9
            vs the other      Helsinki           ▏       1.5 Da Nang            ▍       1.7
            outlets (z)       NATO               ▏       1.3 Asia-Pacific Econ… ▌       1.7
                              Crimea             ▏       1.2 Bashar al-Assad    ▏       1.2
                              Ben Cardin                 1.1 G20                ▏       1.2
                              KGB                        1.1 Hamburg            ▏       1.2
             outlets 1–2 of 3 (h/l for more) · whole corpus · Donald Trump: 48 quotes in RF…
            """)
        // l twice: the third outlet comes into view, the first goes.
        let (moved, movedTerminal) = TUIFixtures.run(narrow, [.key(.char("o")), .key(.char("l")), .key(.char("l"))])
        XCTAssertEqual(moved.state.outlets?.firstColumn, 1)
        XCTAssertTrue(movedTerminal.frame.lines[1].contains("ZeroHedge"), movedTerminal.frame.lines[1])
        XCTAssertFalse(movedTerminal.frame.lines[1].contains("RFE/RL"))
        XCTAssertEqual(app.state.outlets?.firstColumn, 0)
    }

    func testEnterOnASpeakerOpensTheirFirstQuoteInThatOutletAndEscComesBack() {
        // o, then l: Newsweek's first speaker; j: its second.
        let keys: [Event] = [.key(.char("o")), .key(.char("l")), .key(.char("j"))]
        let (app, terminal) = TUIFixtures.run(wide, keys)
        let outlets = app.state.outlets!
        let newsweek = outlets.report.profiles[outlets.selection!.outlet]
        XCTAssertEqual(newsweek.outlet, "Newsweek")
        guard case .speaker(let name) = outlets.selection!.target else { return XCTFail("a speaker is selected") }
        XCTAssertEqual(name, newsweek.speakers[1].name)
        XCTAssertTrue(terminal.frame.lines.last!.contains("\(name): 1 quote in Newsweek"), terminal.frame.lines.last!)

        let (opened, _) = TUIFixtures.run(wide, keys + [.key(.enter)])
        XCTAssertNil(opened.state.outlets)
        XCTAssertEqual(opened.state.chosenSpeaker?.entry.name, name)
        let quote = opened.state.chosenSpeaker!.entry.quotes[opened.state.chosenSpeaker!.current!]
        XCTAssertEqual(opened.state.openArticle, quote.article)
        XCTAssertEqual(opened.state.articles[quote.article].metadata.outlet, "Newsweek")
        // Esc goes back to the outlets in one step (what Enter followed goes with the reader it opened).
        let (back, _) = TUIFixtures.run(wide, keys + [.key(.enter), .key(.escape)])
        XCTAssertEqual(back.state.outlets?.selection, outlets.selection)
    }

    func testEnterOnAStressedEntityOpensItsFirstMentionInThatOutlet() {
        // Down RFE/RL's column past its eight speakers to its first stressed entity.
        let keys: [Event] = [.key(.char("o"))] + Array(repeating: .key(.char("j")), count: 8) + [.key(.enter)]
        let (app, _) = TUIFixtures.run(wide, keys)
        let chosen = try! XCTUnwrap(app.state.chosen)
        let rferl = OutletReport(articles: app.state.articles, events: app.state.events).profiles[0]
        XCTAssertEqual(chosen.entry.name, rferl.stressed[0].name)
        XCTAssertTrue(rferl.articles.contains(chosen.entry.mentions[chosen.current!].article))
    }

    func testEnterOnACreditShowsWhereTheOutletCreditsIt() {
        // ZeroHedge's column (third), down past its speakers and stressed names to its one credit.
        let zerohedge = OutletReport(articles: TUIFixtures.corpus.articles, events: TUIFixtures.corpus.events).profiles[2]
        XCTAssertEqual(zerohedge.outlet, "ZeroHedge")
        let down = min(OutletsLayout.entries, zerohedge.speakers.count) + min(OutletsLayout.entries, zerohedge.stressed.count)
        let keys: [Event] = [.key(.char("o")), .key(.char("l")), .key(.char("l"))] + Array(repeating: .key(.char("j")), count: down)
        let (app, terminal) = TUIFixtures.run(wide, keys)
        XCTAssertEqual(app.state.outlets?.selection?.target, .credit("Axios"))
        XCTAssertTrue(terminal.frame.lines.last!.contains("Axios: credited 1 time by ZeroHedge"), terminal.frame.lines.last!)
        let (opened, screen) = TUIFixtures.run(wide, keys + [.key(.enter)])
        XCTAssertNil(opened.state.outlets)
        XCTAssertTrue(opened.state.articles[opened.state.openArticle!].id.hasPrefix("002"))
        XCTAssertTrue(screen.frame.lines.contains { $0.contains("Courtesy of Axios") }, screen.frame.dump)
    }

    func testEventScopeShowsWhoQuotedWhom() {
        let (app, terminal) = TUIFixtures.run(wide, [.key(.char("o")), .key(.char("a")), .key(.char("G"))])
        XCTAssertEqual(app.state.outlets?.report.event?.id, "e1")
        XCTAssertTrue(terminal.frame.lines[0].contains("outlets in e1"), terminal.frame.lines[0])
        let lines = terminal.frame.lines
        XCTAssertTrue(lines.contains { $0.hasPrefix("Who quoted whom") }, lines.joined(separator: "\n"))
        // G scrolled the speakers out of sight: the selection followed to a stop on screen.
        let scrolled = app.state.outlets!
        let shown = scrolled.layout(width: wide.width)
        XCTAssertGreaterThanOrEqual(scrolled.selectedLink(in: shown)!.line, scrolled.top)
        // Trump is quoted by all three outlets; Reporter (the transcript's) by ZeroHedge alone.
        let trump = try! XCTUnwrap(lines.first { $0.hasPrefix("Donald Trump ") })
        XCTAssertFalse(trump.contains("·"), trump)
        // j all the way down RFE/RL's column ends in the matrix, on the last
        // speaker RFE/RL quotes; Enter opens their quotation in an RFE/RL report.
        let down: [Event] = [.key(.char("o")), .key(.char("a"))] + Array(repeating: .key(.char("j")), count: 60)
        let (bottom, _) = TUIFixtures.run(wide, down)
        let state = bottom.state.outlets!
        let layout = state.layout(width: wide.width)
        let heading = layout.lines.firstIndex { $0.first?.text.hasPrefix("Who quoted whom") ?? false }!
        XCTAssertGreaterThan(state.selection!.line, heading)
        let lastQuoted = state.report.speakerMatrix.last { $0.quotes[0] > 0 }!.speaker
        XCTAssertEqual(state.selection?.target, .speaker(lastQuoted))
        let (opened, _) = TUIFixtures.run(wide, down + [.key(.enter)])
        XCTAssertEqual(opened.state.chosenSpeaker?.entry.name, lastQuoted)
        XCTAssertEqual(opened.state.articles[opened.state.openArticle!].metadata.outlet, "RFE/RL")
        // a again: back to the whole corpus.
        let (corpus, _) = TUIFixtures.run(wide, [.key(.char("o")), .key(.char("a")), .key(.char("a"))])
        XCTAssertNil(corpus.state.outlets?.report.event)
        XCTAssertNotNil(corpus.state.outlets)
    }

    func testAClickSelectsASpeakerAndTheWheelScrolls() {
        // Row 9 of the screen is the speakers' second line: Newsweek's column starts at 18 + 47.
        let (app, _) = TUIFixtures.run(wide, [.key(.char("o")), .mouse(.click(x: 70, y: 9))])
        let selection = try! XCTUnwrap(app.state.outlets?.selection)
        XCTAssertEqual(app.state.outlets?.report.profiles[selection.outlet].outlet, "Newsweek")
        XCTAssertEqual(selection.target, .speaker(app.state.outlets!.report.profiles[selection.outlet].speakers[1].name))
        let (scrolled, _) = TUIFixtures.run(wide, [.key(.char("o")), .mouse(.wheelDown(x: 70, y: 9))])
        XCTAssertEqual(scrolled.state.outlets?.top, 3)
    }

    func testEscAndOCloseTheView() {
        XCTAssertNil(TUIFixtures.run(wide, [.key(.char("o")), .key(.escape)]).0.state.outlets)
        XCTAssertNil(TUIFixtures.run(wide, [.key(.char("o")), .key(.char("o"))]).0.state.outlets)
    }
}
