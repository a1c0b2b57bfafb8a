import Foundation
import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// Work off the UI thread: loading, comparisons and the outlets report are
/// asked for as effects and arrive as events; the screen shows how far
/// they have got, keys work meanwhile, and a late result is dropped.
final class BackgroundWorkTests: XCTestCase {
    private let size = Size(width: 100, height: 20)

    // MARK: - Loading

    func testTheFirstFrameShowsTheProgressLineBeforeLoadingFinishes() {
        let executor = ManualExecutor()
        let terminal = MemoryTerminal(size: size)
        let app = ReaderApp(paths: [TUIFixtures.corpusPath], terminal: terminal, executor: executor)
        app.run()
        XCTAssertEqual(executor.pending, 1, "the load waits on the executor")
        XCTAssertTrue(app.isWorking)
        XCTAssertTrue(terminal.frame.lines[0].hasPrefix(" Parallax · loading"), terminal.frame.lines[0])
        XCTAssertEqual(terminal.frame.lines[2], " Finding article files…")
        XCTAssertTrue(terminal.frame.lines[19].hasSuffix("Finding article files…" + String(repeating: " ", count: 61) + "? help  q quit"),
                      "the global keys, once: \(terminal.frame.lines[19])")
        // The load runs; the next turn of the loop takes its result and shows the list.
        executor.runAll()
        app.run()
        XCTAssertFalse(app.isWorking)
        XCTAssertTrue(terminal.frame.lines[0].hasPrefix(" Parallax · 5 articles · by event"), terminal.frame.lines[0])
        XCTAssertEqual(app.state.articles.count, 5)
        XCTAssertEqual(app.state.openArticle, 0)
        XCTAssertEqual(Route.context(of: app.state), .list)
        XCTAssertEqual(terminal.frame.dump, TUIFixtures.run(size).1.frame.dump, "the same screen as a corpus loaded first")
    }

    func testTheProgressLineSaysHowFarLoadingHasGot() {
        let layouts = LayoutCache(articles: ArticleShelf([]))
        let (loading, effects) = AppState.loading(paths: ["news"], size: size)
        guard case .start(let job, .load(let paths, let width))? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(paths, ["news"])
        XCTAssertEqual(width, size.width, "the outlets view is laid out ahead at the screen's width")
        var state = Update.update(loading, .progress(job, LoadProgress(.reading, done: 12_400, total: 20_000)), layouts: layouts).0
        var frame = Screen.render(state, layouts: layouts)
        XCTAssertTrue(frame.lines[2].hasPrefix(" Reading 12,400 / 20,000 articles…"), frame.lines[2])
        XCTAssertTrue(frame.lines[3].hasPrefix(" " + String(repeating: "█", count: 24) + String(repeating: "░", count: 16)),
                      frame.lines[3])
        XCTAssertTrue(frame.lines[19].hasPrefix(" Reading 12,400 / 20,000 articles…"), "the status bar says it too")
        // Then the analysis stages; progress of another job is not this screen's.
        state = Update.update(state, .progress(job, LoadProgress(.entities, done: 5, total: 20_000)), layouts: layouts).0
        state = Update.update(state, .progress(JobID(99), LoadProgress(.reading, done: 1, total: 2)), layouts: layouts).0
        frame = Screen.render(state, layouts: layouts)
        XCTAssertTrue(frame.lines[2].hasPrefix(" Finding names in 5 / 20,000 articles…"), frame.lines[2])
        state = Update.update(state, .progress(job, LoadProgress(.grouping, total: 20_000)), layouts: layouts).0
        XCTAssertTrue(Screen.render(state, layouts: layouts).lines[2].hasPrefix(" Grouping 20,000 articles into events…"))
    }

    func testQAndSignalsQuitAtOnceWhileLoading() {
        for (event, status) in [(Event.key(.char("q")), Int32(0)), (.signal(2), 130), (.signal(15), 143)] {
            let executor = ManualExecutor()
            let terminal = MemoryTerminal(size: size, events: [event])
            let app = ReaderApp(paths: [TUIFixtures.corpusPath], terminal: terminal, executor: executor)
            app.run()
            XCTAssertEqual(app.exitStatus, status, "\(event)")
            XCTAssertEqual(executor.pending, 1, "the load never got to run; the loop did not wait for it")
        }
        // Help opens over the progress line, with the global keys.
        let terminal = MemoryTerminal(size: Size(width: 100, height: 30), events: [.key(.char("?"))])
        let app = ReaderApp(paths: [TUIFixtures.corpusPath], terminal: terminal, executor: ManualExecutor())
        app.run()
        XCTAssertEqual(app.state.help?.context, .global)
        XCTAssertTrue(terminal.frame.dump.contains("Redraw the screen"))
    }

    func testACorpusWithNoArticlesIsSaidInTheReadersPlaceAndQQuits() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-empty-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = MemoryTerminal(size: size)
        let app = ReaderApp(paths: [folder.path], terminal: terminal, executor: InlineExecutor())
        app.run()
        XCTAssertTrue(terminal.frame.lines[2].hasPrefix(" Cannot open the corpus: no articles found in"), terminal.frame.lines[2])
        XCTAssertTrue(terminal.frame.dump.contains("Press q to quit."))
        XCTAssertTrue(terminal.frame.lines[19].hasPrefix(" No corpus"))
        XCTAssertNotNil(app.loadFailure)
        terminal.send(.key(.char("j")), .key(.escape), .key(.enter), .key(.char("q")))
        app.run()
        XCTAssertEqual(app.exitStatus, 0)
    }

    func testLoadingWithARealThreadReachesTheList() {
        let terminal = MemoryTerminal(size: size)
        let app = ReaderApp(paths: [TUIFixtures.corpusPath], terminal: terminal)
        app.run()
        app.settle()
        XCTAssertFalse(app.isWorking)
        XCTAssertEqual(app.state.articles.count, 5)
        XCTAssertTrue(terminal.frame.lines[0].hasPrefix(" Parallax · 5 articles"), terminal.frame.lines[0])
    }

    // MARK: - Comparisons and the outlets report

    func testCAsksForTheComparisonAndShowsWorkingUntilItArrives() {
        let (state, layouts) = TinyCorpus.state(size)
        let (working, effects) = Update.update(state, .key(.char("c")), layouts: layouts)
        guard case .start(let job, .compare(a: 0, b: 1))? = effects.first, effects.count == 1 else { return XCTFail("\(effects)") }
        XCTAssertEqual(Route.context(of: working), .working)
        XCTAssertNil(working.compare)
        let frame = Screen.render(working, layouts: layouts)
        XCTAssertTrue(frame.lines[0].contains("· working…"), frame.lines[0])
        XCTAssertTrue(frame.lines[2].hasPrefix(" working… comparing the two reports"), frame.lines[2])
        XCTAssertTrue(frame.lines[19].hasSuffix("Esc back  ? help  q quit"), frame.lines[19])
        // The result arrives: the comparison, with Esc going back to the list.
        let comparison = Comparison(state.articles[0], state.articles[1])
        let (done, more) = Update.update(working, .finished(JobResult(job: job, outcome: .compared(comparison))), layouts: layouts)
        XCTAssertTrue(more.isEmpty)
        XCTAssertEqual(done.compare?.a, 0)
        XCTAssertEqual(done.compare?.b, 1)
        XCTAssertEqual(done.back.count, 1)
    }

    func testEscBacksOutOfAComparisonInProgressAndTheLateResultIsDropped() {
        let (state, layouts) = TinyCorpus.state(size, [.key(.char("j"))])
        let (working, effects) = Update.update(state, .key(.char("c")), layouts: layouts)
        guard case .start(let job, _)? = effects.first else { return XCTFail("\(effects)") }
        // Keys still work: Esc goes back and tells the loop to stop the job.
        let (back, cancel) = Update.update(working, .key(.escape), layouts: layouts)
        XCTAssertEqual(cancel, [.cancel(job)])
        XCTAssertEqual(Route.context(of: back), .list)
        XCTAssertEqual(back.selected, 1, "the list as it was")
        XCTAssertTrue(back.back.isEmpty)
        let comparison = Comparison(state.articles[0], state.articles[1])
        let late = Update.update(back, .finished(JobResult(job: job, outcome: .compared(comparison))), layouts: layouts).0
        XCTAssertNil(late.compare, "nobody asked for it any more")
        XCTAssertEqual(Route.context(of: late), .list)
    }

    func testALateResultIsDroppedByTheLoopToo() {
        let executor = ManualExecutor()
        let terminal = MemoryTerminal(size: size, events: [.key(.char("c"))])
        let app = ReaderApp(corpus: TinyCorpus.corpus, terminal: terminal, executor: executor)
        app.run()
        XCTAssertTrue(terminal.frame.dump.contains("working… comparing the two reports"))
        terminal.send(.key(.escape))
        app.run()
        XCTAssertFalse(app.isWorking, "Esc let go of the job")
        executor.runAll()  // the job ends cancelled and posts nothing
        terminal.send(.key(.char("j")))
        app.run()
        XCTAssertNil(app.state.compare)
        XCTAssertEqual(app.state.selected, 1)
    }

    func testWorkingShowsWhileTheOutletsReportIsPendingAndKeysStillWork() {
        let executor = ManualExecutor()
        let terminal = MemoryTerminal(size: size, events: [.key(.char("o")), .key(.char("j")), .key(.char("?"))])
        let app = ReaderApp(corpus: TinyCorpus.corpus, terminal: terminal, executor: executor)
        app.run()
        XCTAssertEqual(app.state.help?.context, .working, "? works while waiting")
        terminal.send(.key(.escape))
        app.run()
        XCTAssertNil(app.state.overlay)
        XCTAssertTrue(terminal.frame.lines[2].hasPrefix(" working… profiling the outlets over the corpus"), terminal.frame.lines[2])
        XCTAssertNil(app.state.outlets)
        executor.runAll()
        app.run()
        XCTAssertNotNil(app.state.outlets)
        XCTAssertTrue(terminal.frame.lines[0].contains("outlets, whole corpus"), terminal.frame.lines[0])
        // a: the event's report, made in the background in the view's place; its message when it comes.
        terminal.send(.key(.char("a")))
        app.run()
        XCTAssertNil(app.state.outlets)
        XCTAssertEqual(app.state.back.count, 1, "in the outlets view's place, not over it")
        executor.runAll()
        app.run()
        XCTAssertNotNil(app.state.outlets?.report.event)
        XCTAssertTrue(terminal.frame.lines[19].contains("Outlets in event"), terminal.frame.lines[19])
    }

    /// Behind the first frame the whole corpus's outlets view is laid out at
    /// the screen's width, as `o` first shows it; `o` then shows it as it
    /// would have laid it out itself.
    func testTheOutletsViewIsLaidOutAheadAndOShowsIt() throws {
        let wide = Size(width: 160, height: 40)
        let terminal = MemoryTerminal(size: wide)
        let app = ReaderApp(paths: [TUIFixtures.corpusPath], terminal: terminal)
        app.run()
        app.settle()
        let ahead = try XCTUnwrap(try XCTUnwrap(app.state.corpus.outletsAhead, "started by the load").value(at: wide.width),
                                  "the load's report is at hand")
        let made = OutletsLayout(app.state.corpus.opened.outletReport, width: wide.width, expanded: [])
        XCTAssertEqual(ahead.width, wide.width)
        XCTAssertEqual(ahead.lines, made.lines)
        XCTAssertEqual(ahead.links, made.links)
        // The outlets job hands it over with the report (an event's report comes alone).
        guard case .outlets(_, let handed) = Jobs.perform(.outlets(article: 0, event: nil, width: wide.width),
                                                          corpus: app.state.corpus)
        else { return XCTFail("no report") }
        XCTAssertEqual(handed?.lines, made.lines)
        let event = try XCTUnwrap(app.state.corpus.events.first)
        guard case .outlets(_, nil) = Jobs.perform(.outlets(article: 0, event: event, width: wide.width),
                                                   corpus: app.state.corpus)
        else { return XCTFail("an event's report with the corpus's layout") }
        // After a resize the layout made at the old width is not handed over (nor waited for).
        guard case .outlets(_, nil) = Jobs.perform(.outlets(article: 0, event: nil, width: wide.width - 30),
                                                   corpus: app.state.corpus)
        else { return XCTFail("a layout at another width") }
        terminal.send(.key(.char("o")))
        app.run()
        app.settle()
        XCTAssertEqual(terminal.frame.dump, TUIFixtures.run(wide, [.key(.char("o"))]).1.frame.dump)
        // A corpus with no report at hand (none kept, none being made) is left for `o` to report on.
        let tiny = TinyCorpus.state(size).0.corpus
        XCTAssertNil(OutletsAhead(tiny.opened, width: size.width).value(at: size.width))
        XCTAssertNil(tiny.opened.preparedOutletReport)
    }

    /// The outlets result brings the view laid out ahead: the view shows
    /// that layout, not one made again.
    func testTheOutletsViewShowsTheLayoutItsResultBrings() throws {
        let (state, layouts) = TinyCorpus.state(size)
        let (working, effects) = Update.update(state, .key(.char("o")), layouts: layouts)
        guard case .start(let job, .outlets(_, nil, size.width))? = effects.first else { return XCTFail("\(effects)") }
        let report = OutletReport(articles: state.corpus.articles, events: state.corpus.events)
        // Laid out from another report (one event's), to tell it from the corpus's own.
        let other = OutletReport(articles: state.corpus.articles, events: state.corpus.events, event: state.corpus.events[0])
        let laidOut = OutletsLayout(other, width: size.width, expanded: [])
        let own = OutletsLayout(report, width: size.width, expanded: [])
        XCTAssertNotEqual(laidOut.lines, own.lines)
        let done = Update.update(working, .finished(JobResult(job: job, outcome: .outlets(report, laidOut: laidOut))),
                                 layouts: layouts).0
        let shown = try XCTUnwrap(done.outlets)
        XCTAssertNil(shown.report.event, "the corpus's report")
        XCTAssertEqual(shown.layout(layouts, width: size.width).lines, laidOut.lines, "the layout it brought")
        // At another width the view lays itself out.
        XCTAssertEqual(shown.layout(layouts, width: size.width + 20).lines,
                       OutletsLayout(report, width: size.width + 20, expanded: []).lines)
    }

    func testTheInboxKeepsOnlyAJobsLatestProgress() {
        let inbox = Inbox()
        let job = JobID(1)
        inbox.post(.progress(job, LoadProgress(.reading, done: 1, total: 9)))
        inbox.post(.key(.char("x")))
        inbox.post(.progress(job, LoadProgress(.reading, done: 5, total: 9)))
        inbox.post(.progress(JobID(2), LoadProgress(.reading, done: 2, total: 9)))
        XCTAssertEqual(inbox.drain(), [.progress(job, LoadProgress(.reading, done: 5, total: 9)), .key(.char("x")),
                                       .progress(JobID(2), LoadProgress(.reading, done: 2, total: 9))])
        XCTAssertEqual(inbox.drain(), [])
        XCTAssertFalse(inbox.wait(seconds: 0.01))
    }
}
