import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// Entity highlighting, the entities pane and walking an entity's mentions.
final class EntityViewTests: XCTestCase {
    private let size = Size(width: 120, height: 40)

    /// The style of the cell where `word` first stands on the screen.
    private func style(of word: String, in frame: ScreenBuffer, after prefix: String = "") -> Style? {
        for y in 0..<frame.size.height {
            let line = frame.line(y)
            guard let r = line.range(of: prefix + word) else { continue }
            let column = DisplayWidth.of(line[..<r.lowerBound]) + DisplayWidth.of(prefix)
            return frame[column, y].style
        }
        return nil
    }

    func testMentionsAreMarkedByKindWithAttributesNotOnlyColour() {
        let (_, terminal) = TUIFixtures.run(size)
        let frame = terminal.frame
        let person = style(of: "Donald Trump,", in: frame, after: "U.S. President ")!
        let place = style(of: "Russia is", in: frame, after: "relationship with ")!
        let org = style(of: "Twitter", in: frame, after: "a stream of ")!
        XCTAssertTrue(person.bold && !person.underline)
        XCTAssertTrue(place.underline && !place.bold)
        XCTAssertTrue(org.bold && org.underline)
        XCTAssertFalse(style(of: "stream", in: frame)!.bold, "plain words stay plain")
        // The legend names the three kinds in their own styles.
        XCTAssertTrue(frame.dump.contains("│ person  organisation  place"))
    }

    func testEntitiesPaneListsTheArticleThenTheCorpus() {
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("e"))])
        XCTAssertEqual(app.state.leftPane, .entities)
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Entities · this article"))
        XCTAssertTrue(terminal.frame.lines[2].hasPrefix("▶ Donald Trump            PER   27   1│"))
        XCTAssertEqual(app.state.chosen?.entry.name, "Donald Trump")
        terminal.send(.key(.char("a")))
        app.run()
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Entities · whole corpus"))
        XCTAssertTrue(terminal.frame.lines[2].hasPrefix("▶ Donald Trump            PER  130   5│"))
    }

    func testChoosingAnEntityHighlightsAllItsMentions() {
        // Down to Vladimir Putin: every mention on screen in reverse video, Trump no longer.
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("e")), .key(.char("j"))])
        XCTAssertEqual(app.state.chosen?.entry.name, "Vladimir Putin")
        XCTAssertTrue(style(of: "Vladimir Putin", in: terminal.frame, after: "greets Russian President ")!.reverse)
        XCTAssertFalse(style(of: "Donald Trump", in: terminal.frame, after: "U.S. President ")!.reverse)
    }

    func testEnterListsArticlesAndOpensTheFirstMentionThenNWalksAcrossArticles() {
        let events: [Event] = [.key(.char("e")), .key(.char("a")), .key(.char("j")), .key(.enter)]
        let (app, terminal) = TUIFixtures.run(size, events)
        XCTAssertEqual(app.state.leftPane, .entityArticles)
        XCTAssertTrue(terminal.frame.lines[1].hasPrefix("Vladimir Putin · 5 articles"))
        terminal.send(.key(.char("j")), .key(.enter))  // the second article
        app.run()
        let putin = app.state.corpusEntities.entry(named: "Vladimir Putin")!
        let first = putin.mentions.firstIndex { $0.article == 1 }!
        XCTAssertEqual(app.state.openArticle, 1)
        XCTAssertEqual(app.state.chosen?.current, first)
        XCTAssertEqual(app.state.focus, .reader)
        // n past the article's last mention opens the next article that has one.
        let inArticle = putin.mentions.filter { $0.article == 1 }.count
        terminal.send(contentsOf: Array(repeating: .key(.char("n")), count: inArticle))
        app.run()
        XCTAssertEqual(app.state.openArticle, 2)
        XCTAssertEqual(app.state.chosen?.current, first + inArticle)
        XCTAssertTrue(terminal.frame.lines[39].contains("Vladimir Putin (person) \(first + inArticle + 1)/90 mentions"))
        // N goes back to the previous article.
        terminal.send(.key(.char("N")))
        app.run()
        XCTAssertEqual(app.state.openArticle, 1)
    }

    func testEscapeStepsBackOutOfTheEntityPanes() {
        let (app, terminal) = TUIFixtures.run(size, [.key(.char("e")), .key(.enter), .key(.escape)])
        XCTAssertEqual(app.state.leftPane, .entities)
        terminal.send(.key(.escape))
        app.run()
        XCTAssertEqual(app.state.leftPane, .articles)
        XCTAssertNotNil(app.state.chosen, "the entity stays chosen for n/N")
        terminal.send(.key(.tab), .key(.escape))
        app.run()
        XCTAssertNil(app.state.chosen)
    }

    func testClickingAnEntityChoosesIt() {
        let (app, _) = TUIFixtures.run(size, [.key(.char("e")), .mouse(.click(x: 4, y: 4))])
        XCTAssertEqual(app.state.chosen?.entry.name, "United States")
    }
}
