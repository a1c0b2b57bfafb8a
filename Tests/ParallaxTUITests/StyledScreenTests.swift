import Foundation
import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// The main screens with their styles, on the invented articles: a lost
/// highlight (the selection, the open article, entities, quotes, the
/// current match or difference, the hint keys) fails these.
final class StyledScreenTests: XCTestCase {
    private func screen(_ size: Size, _ events: [Event], corpus: Corpus = TinyCorpus.corpus) -> String {
        let (state, layouts) = TinyCorpus.state(size, events, corpus: corpus)
        return Screen.render(state, layouts: layouts).styledDump
    }

    private func check(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        if ProcessInfo.processInfo.environment["PRINT_SCREENS"] != nil { print("----\n" + actual + "\n----") }
        XCTAssertEqual(actual, expected, file: file, line: line)
    }

    func testListAndReader() {
        check(screen(Size(width: 100, height: 12), []), """
            [br] Parallax · 3 articles · by event                                                                   [/]
            [bu]Ana Ruiz, Tomas Berg · Alden Ri…[/][d]│[/] [bu green]Mayor Opens New Bridge Over The Alden River[/]
            [d cyan]  2 reports[/]                     [d]│[/] [cyan]Daily Post · 2024-03-01 · 60 words[/]
            [br]▶ Mayor Opens New Bridge Over T…[/][d]│[/] [b magenta]person[/]  [bu cyan]organisation[/]  [u green]place[/]  [b yellow]┃ [/][yellow]quote[/]
            [br]• Daily Post · 2024-03-01       [/][d]│[/] [d]────────────────────────────────────────[/]
            [b]  Port Alden Celebrates As Rive…[/][d]│[/]
            [b]•[/][d cyan] Evening Star · 2024-03-02[/]     [d]│[/] Mayor [b magenta]Ana Ruiz[/] opened the new bridge over the [u green]Alden River[/] on
            [bu]Port Alden · 2024-04-10[/]         [d]│[/] Friday, ending three years of building work.
            [d cyan]  1 report[/]                      [d]│[/]
            [b]  Storm Closes The Harbour For …[/][d]│[/] "[yellow]This bridge joins the two halves of our town,[/]" [b magenta]Ruiz[/] told a crowd
            [b]•[/][d cyan] Harbour Times · 2024-04-10[/]    [d]│[/] of several hundred people.
            [r] Article 1/3 · 76% · [list]           [/][br]e[/][r] entities  [/][br]s[/][r] speakers  [/][br]c[/][r] compare  [/][br]o[/][r] outlets  [/][br]?[/][r] help  [/][br]q[/][r] quit  [/]
            """)
    }

    func testReaderWithASearchMatchAndAFollowedSpeaker() {
        check(screen(Size(width: 100, height: 12), [.key(.char("s")), .key(.enter), .key(.char("/"))] + TUIFixtures.keys("bridge") + [.key(.enter)]), """
            [br] Parallax · 3 articles · by event                                                                   [/]
            [bu]Speakers · this article (a: swi…[/][d]│[/] [bu green]Mayor Opens New [/][bur yellow]Bridge[/][bu green] Over The Alden River[/]
            [bu]▶ [/][bu yellow]Ana Ruiz[/][bu]             1q     9w[/][d]│[/] [cyan]Daily Post · 2024-03-01 · 60 words[/]
                                            [d]│[/] [b magenta]person[/]  [bu cyan]organisation[/]  [u green]place[/]  [b yellow]┃ [/][yellow]quote[/]
                                            [d]│[/] [d]────────────────────────────────────────[/]
                                            [d]│[/]
                                            [d]│[/] Mayor [b magenta]Ana Ruiz[/] opened the new [r yellow]bridge[/] over the [u green]Alden River[/] on
                                            [d]│[/] Friday, ending three years of building work.
                                            [d]│[/]
                                            [d]│[/] "[bur yellow]This bridge joins the two halves of our town,[/]" [b magenta]Ruiz[/] told a crowd
                                            [d]│[/] of several hundred people.
            [r] Article 1/3 · 76% · Ana Ruiz 1/1 quotes · quote: Ana Ruiz, told · 1/4 matches “bridge” · [reader]  [/]
            """)
    }

    func testCompareView() {
        check(screen(Size(width: 100, height: 16), [.key(.char("c")), .key(.char("]"))]), """
            [br] Parallax · 3 articles · comparing two reports                                                      [/]
            [br]▶A[/][cyan] Daily Post · 2024-03-01 · [/][b]Mayor Opens New Bridge Over The Alden River[/]
            [b] B[/][cyan] Evening Star · 2024-03-02 · [/][b]Port Alden Celebrates As River Bridge Opens[/]
            [cyan]   Shared: 32% of A is in B, 53% of B is in A (1 same, 0 near, 0 paraphrase); quotes in common: 0[/]
            [cyan]   Only A quotes: Ana Ruiz · only B quotes: Tomas Berg[/]
            [cyan]   Only A names: Mayor Opens New Bridge Over The Alden River · only B names: Tomas Berg[/]
               [d]= same  [/][b cyan]≈[/][d] near  [/][b magenta]~[/][d] paraphrase  [/][b red]<[/][d] only A  [/][b red]>[/][d] only B  [/][r red]changed words[/]
            [d]────────────────────────────────────────────────────────────────────────────────────────────────────[/]
            [b red]≠[/] [u green]Mayor Opens New Bridge Over The Alden River[/]     [d]│[/] Port Alden Celebrates As River Bridge Opens

            [d]=[/] Mayor [b magenta]Ana Ruiz[/] opened the new bridge over the   [d]│[/] Mayor [b magenta]Ana Ruiz[/] opened the new bridge over the
              [u green]Alden River[/] on Friday, ending three years of    [d]│[/] [u green]Alden River[/] on Friday, ending three years of
              building work.                                  [d]│[/] building work.

            [br red]>[/] [d]— not in A —[/]                                    [d]│[/] "[yellow]It is money well spent,[/]" said council member
            [r] Row 3/5 · difference 2/4 · only in B · Enter opens A         [/][br]Enter[/][r] open  [/][br]Esc[/][r] back  [/][br]?[/][r] help  [/][br]q[/][r] quit  [/]
            """)
    }

    func testOutletsView() {
        check(screen(Size(width: 100, height: 14), [.key(.char("o"))]), """
            [br] Parallax · 3 articles · outlets, whole corpus                                                      [/]
                              [b]Daily Post[/]                               [b]Evening Star[/]
            [d]───────────────────────────────────────────────────────────────────────────────────────────────────[/]
            [cyan]Articles[/]          1                                        1
            [cyan]Words[/]             60                                       36
            [cyan]Events[/]            1                                        1
            [cyan]Quoted words[/]      9                                        5

            [bu]Speakers[/]          [br]Ana Ruiz                  ██████ 100% 1q[/] [yellow]Tomas Berg[/]                ██████ 100% 1q
            [d cyan]% of quoted[/]
            [d cyan]words, quotes[/]

            [bu]Stresses[/]          [u green]Mayor Opens New Bridge Over…[/] █▌      0.2 [b magenta]Tomas Berg[/]                   ██      0.3
            [r] outlets 1–2 of 3 (h/l for more) · whole corpus · Ana Ruiz: 1 quote in Daily Post   [/][br]?[/][r] help  [/][br]q[/][r] quit  [/]
            """)
    }

    func testHelpOverTheReader() {
        check(screen(Size(width: 100, height: 12), [.key(.tab), .key(.char("?"))]), """
            [br] Parallax · 3 articles · by event                                                                   [/]
            [bu]Ana[/][b]┌─ Keys in the reading view ────────────────────────────────────────────────────────────────┐[/]
            [d cyan]  2[/][b]│[/] [b cyan]j ↓[/]         Scroll down a line                                                            [b]│[/]
            [bu]▶ M[/][b]│[/] [b cyan]k ↑[/]         Scroll up a line                                                              [b]│[/]
            [d cyan]  D[/][b]│[/] [b cyan]Space PgDn[/]  Page down                                                                     [b]│[/]
            [b]  P│[/] [b cyan]b PgUp[/]      Page up                                                                       [b]│[/]
            [b]•[/][d cyan] E[/][b]│[/] [b cyan]g Home[/]      Top of the article                                                            [b]│[/]
            [bu]Por[/][b]│[/] [b cyan]G End[/]       End of the article                                                            [b]│[/]
            [d cyan]  1[/][b]│[/] [b cyan]m[/]           Mark the article (✓) to compare with any other; again unmarks                 [b]│[/]
            [b]  S│[/] [d]Keys 1–7 of 24 · j/k scroll · Esc or ? closes[/]                                             [b]│[/]owd
            [b]•[/][d cyan] H[/][b]└───────────────────────────────────────────────────────────────────────────────────────────┘[/]
            [r] Article 1/3 · 76% · [reader]                                                [/][br]j/k[/][r] scroll  [/][br]Esc[/][r] close  [/]
            """)
    }
}
