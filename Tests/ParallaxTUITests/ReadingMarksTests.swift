import Foundation
import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// What the reader keeps between runs: when an article becomes read, `u`,
/// the place in each article, the marked and the last open article, and
/// the app saving them to `reading.json`.
final class ReadingMarksTests: XCTestCase {
    private let wide = Size(width: 100, height: 12)
    private let narrow = Size(width: 60, height: 12)

    private func state(_ size: Size, _ events: [Event], corpus: Corpus = TinyCorpus.corpus,
                       memory: ReaderMemory? = nil) -> AppState {
        TinyCorpus.state(size, events, corpus: corpus, memory: memory).0
    }

    /// The memory a run that ended in `state` leaves.
    private func memory(after state: AppState) -> ReaderMemory {
        var memory = ReaderMemory()
        memory.remember(state.marks, for: state.corpus.keys)
        return memory
    }

    func testMovingDownTheListShowsArticlesWithoutMakingThemRead() {
        let s = state(wide, [.key(.char("j")), .key(.char("j"))])
        XCTAssertEqual(s.openArticle, s.selected, "the reader follows the list")
        XCTAssertEqual(s.marks.read, [], "a glance beside the list is not reading")
    }

    func testGivingTheReaderAnArticleMakesItRead() {
        let opened = state(narrow, [.key(.char("j")), .key(.enter)])
        XCTAssertEqual(opened.marks.read, [opened.selected])
        let tabbed = state(wide, [.key(.tab)])
        XCTAssertEqual(tabbed.marks.read, [tabbed.selected])
        // From the list in two panes: the article after is read when the reader gets it.
        let both = state(wide, [.key(.tab), .key(.tab), .key(.char("j")), .key(.tab)])
        XCTAssertEqual(both.marks.read.count, 2)
    }

    func testScrollingAnArticleMakesItRead() {
        // The wheel over the reader while the list has the keyboard.
        let s = state(wide, [.mouse(.wheelDown(x: 60, y: 6))], corpus: TinyCorpus.long)
        XCTAssertEqual(s.focus, .list)
        XCTAssertGreaterThan(s.readerTop, 0)
        XCTAssertEqual(s.marks.read, [0])
    }

    func testUMarksTheSelectedArticleUnreadAndReadAgain() {
        var s = state(narrow, [.key(.enter), .key(.tab)])
        XCTAssertEqual(s.focus, .list)
        XCTAssertEqual(s.marks.read, [s.selected])
        let layouts = LayoutCache(articles: ArticleShelf(TinyCorpus.corpus.articles))
        s = TinyCorpus.step(s, .key(.char("u")), layouts)
        XCTAssertEqual(s.marks.read, [])
        XCTAssertEqual(s.message, "Marked unread: u again marks it read")
        s = TinyCorpus.step(s, .key(.char("u")), layouts)
        XCTAssertEqual(s.marks.read, [s.selected])
        XCTAssertEqual(s.message, "Marked read")
        // An article never opened can be marked read from the list.
        s = TinyCorpus.step(s, .key(.char("G")), layouts)
        s = TinyCorpus.step(s, .key(.char("u")), layouts)
        XCTAssertEqual(s.marks.read.count, 2)
    }

    func testUStaysUnreadWhileTheArticleStaysOpenBesideTheList() {
        // Two panes: the article open and scrolled, the list has the keyboard; u must not be undone by the next key.
        var s = state(wide, [.key(.tab), .key(.char("j")), .key(.tab)], corpus: TinyCorpus.long)
        let layouts = LayoutCache(articles: ArticleShelf(TinyCorpus.long.articles))
        s = TinyCorpus.step(s, .key(.char("u")), layouts)
        s = TinyCorpus.step(s, .key(.char("v")), layouts)
        XCTAssertEqual(s.marks.read, [])
    }

    func testThePlaceInEachArticleIsKeptAndRestored() {
        let corpus = TinyCorpus.long
        let s = state(wide, [.key(.tab)] + Array(repeating: .key(.char("j")), count: 9), corpus: corpus)
        XCTAssertEqual(s.readerTop, 9)
        let place = try! XCTUnwrap(s.marks.places[0])
        XCTAssertGreaterThan(place, 0)

        // The next run opens the article where it was left.
        let next = state(wide, [], corpus: corpus, memory: memory(after: s))
        XCTAssertEqual(next.openArticle, 0)
        XCTAssertEqual(next.readerTop, 9)
        XCTAssertEqual(next.marks.read, [0])
        // At another width the same words are on top.
        let narrower = state(Size(width: 92, height: 12), [], corpus: corpus, memory: memory(after: s))
        let layouts = LayoutCache(articles: ArticleShelf(corpus.articles))
        let ctx = UpdateContext(corpus: narrower.corpus, size: narrower.size, layouts: layouts)
        let top = ctx.readerLayout(0).lines[narrower.readerTop].source?.start ?? -1
        XCTAssertLessThanOrEqual(top, place)
        XCTAssertGreaterThan(narrower.readerTop, 0)

        // Back at the top: no place kept.
        let back = state(wide, [.key(.tab), .key(.char("j")), .key(.char("g"))], corpus: corpus)
        XCTAssertNil(back.marks.places[0])
    }

    func testEachArticleReopensAtItsPlaceInOneSession() {
        // Scroll the first, open the second, come back: the first where it was.
        let scrolled: [Event] = [.key(.enter), .key(.char("j")), .key(.char("j")), .key(.char("j")), .key(.tab)]
        let left = state(narrow, scrolled)
        let first = left.listOrder[0]
        let place = try! XCTUnwrap(left.marks.places[first])
        let s = state(narrow, scrolled + [.key(.char("j")), .key(.enter), .key(.tab), .key(.char("k")), .key(.enter)])
        XCTAssertEqual(s.openArticle, first)
        XCTAssertEqual(s.readerTop, left.readerTop)
        XCTAssertEqual(s.marks.places[first], place)
        XCTAssertEqual(s.marks.read, [first, left.listOrder[1]])
    }

    func testTheMarkedAndTheLastOpenArticleAreRestored() {
        // Mark the storm report, open the second bridge report.
        let s = state(narrow, [.key(.char("G")), .key(.char("m")), .key(.char("g")), .key(.char("j")), .key(.enter)])
        let storm = s.listOrder.last!, second = s.listOrder[1]
        XCTAssertEqual(s.marked, storm)
        XCTAssertEqual(s.openArticle, second)
        let next = state(narrow, [], memory: memory(after: s))
        XCTAssertEqual(next.marked, storm)
        XCTAssertEqual(next.selected, second)
        XCTAssertEqual(next.openArticle, second)
        // c now compares with the marked one, as before the restart.
        let compared = state(narrow, [.key(.char("c"))], memory: memory(after: s))
        XCTAssertNotNil(compared.compare)
    }

    func testALoadedCorpusOpensAsTheLastRunLeftIt() {
        // The reader loading in the background takes the memory when the corpus arrives.
        var kept = ReaderMemory()
        let keys = TinyCorpus.corpus.articles.map(ArticleKey.init)
        kept.remember(ReadingMarks(read: [2], marked: 0, open: 2), for: keys)
        let layouts = LayoutCache(articles: ArticleShelf([]))
        var (s, effects) = AppState.loading(paths: ["unused"], size: narrow, memory: kept)
        guard case .start(let job, _) = effects.first else { return XCTFail("no load started") }
        let corpus = ReaderCorpus(articles: TinyCorpus.corpus.articles, events: TinyCorpus.corpus.events)
        (s, _) = Update.update(s, .finished(JobResult(job: job, outcome: .loaded(corpus, warnings: []))), layouts: layouts)
        XCTAssertEqual(s.marks.read, [2])
        XCTAssertEqual(s.marked, 0)
        XCTAssertEqual(s.selected, 2)
    }

    func testTheListShowsReadAndUnreadArticles() {
        // One pane: the first article opened (read) and back to the list.
        let terminal = MemoryTerminal(size: Size(width: 60, height: 10), events: [.key(.enter), .key(.tab)])
        let app = ReaderApp(corpus: TinyCorpus.corpus, terminal: terminal, executor: InlineExecutor())
        app.run()
        XCTAssertEqual(Array(terminal.frame.lines[1...7]), [
            "Ana Ruiz, Tomas Berg · Alden River · 2024-03-01 – 2024-03-02",
            "  2 reports",
            "▶ Mayor Opens New Bridge Over The Alden River",
            "  Daily Post · 2024-03-01",
            "  Port Alden Celebrates As River Bridge Opens",
            "• Evening Star · 2024-03-02",
            "Port Alden · 2024-04-10",
        ])
        let frame = terminal.frame
        XCTAssertTrue(frame[2, 5].style.bold, "an unread title is bold")
        XCTAssertTrue(frame[0, 6].style.bold, "and its dot")
    }

    func testTheAppSavesWhatWasReadAndTheNextRunFindsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-marks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder)
        let corpus = TinyCorpus.long
        let terminal = MemoryTerminal(size: wide, events: [.key(.tab)] + Array(repeating: .key(.char("j")), count: 5))
        ReaderApp(corpus: corpus, terminal: terminal, executor: InlineExecutor(), memory: file).run()
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.url.path), "saved when the script ended")

        let again = ReaderApp(corpus: corpus, terminal: MemoryTerminal(size: wide), executor: InlineExecutor(), memory: file)
        XCTAssertEqual(again.state.marks.read, [0])
        XCTAssertEqual(again.state.readerTop, 5)
        XCTAssertNil(again.state.message)
    }

    func testACorruptFileIsSaidInTheStatusBarAndTheReaderGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ReaderMemoryFile(directory: folder)
        try Data("garbage".utf8).write(to: file.url)
        let terminal = MemoryTerminal(size: Size(width: 200, height: 12), events: [])
        let app = ReaderApp(corpus: TinyCorpus.corpus, terminal: terminal, executor: InlineExecutor(), memory: file)
        app.run()
        XCTAssertTrue(terminal.frame.lines.last!.contains("moved to reading.json.bad"), terminal.frame.dump)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("reading.json.bad").path))
    }

    func testAnUnwritableDataFolderIsSaidOnceAndTheReaderGoesOn() throws {
        // A file where the data folder should be: no one, root included, can create it.
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-marks-\(UUID().uuidString)")
        try Data("a file".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let file = ReaderMemoryFile(directory: blocker.appendingPathComponent("parallax"))
        let terminal = MemoryTerminal(size: Size(width: 200, height: 12), events: [.key(.enter)])
        let app = ReaderApp(corpus: TinyCorpus.corpus, terminal: terminal, executor: InlineExecutor(), memory: file)
        app.run()
        XCTAssertEqual(app.state.marks.read, [app.state.selected], "kept for this run")
        XCTAssertTrue(terminal.frame.lines.last!.contains("Read marks not saved: cannot create"), terminal.frame.dump)
        // Said once: the next change is not tried again.
        terminal.send(.key(.tab), .key(.char("j")), .key(.enter))
        app.run()
        XCTAssertFalse(terminal.frame.lines.last!.contains("Read marks not saved"), terminal.frame.dump)
    }
}
