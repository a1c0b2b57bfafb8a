import XCTest
import ParallaxKit
@testable import ParallaxTUI

/// `/` in the article list: the list filtered by words (FTS5, in memory
/// here: the tests have no index), outlet and dates, in the background;
/// cleared by an empty Enter or Esc; n/N on the filter's words in an
/// article opened from it; a late result dropped.
final class ListFilterTests: XCTestCase {
    /// Five invented articles: two reports of a dock strike, a café, a
    /// budget that mentions the harbour, and an undated library report.
    static let corpus = Corpus.from(texts: [
        ("strike-coast.txt", """
            ---
            outlet: Coast Post
            date: 2024-05-06
            ---
            Harbour Strike Enters Second Week

            Dock workers at Port Avel stayed off the job for a second week, union leader Maria Oduya said.

            The strike has stopped the ferries to Kelm, and the dock is quiet.
            """),
        ("strike-northgate.txt", """
            ---
            outlet: Northgate Daily
            date: 2024-05-07
            ---
            Dock Strike Halts Ferries At Port Avel

            The strike by dock workers at Port Avel halted the ferries to Kelm on Tuesday, union leader Maria Oduya said.
            """),
        ("cafe.txt", """
            ---
            outlet: Coast Post
            date: 2024-06-01
            ---
            Café Reopens On The Kelm Waterfront

            A café on the Kelm waterfront reopened after repairs, its owner said on Saturday.
            """),
        ("budget.txt", """
            ---
            outlet: Daily Ledger
            date: 2024-07-01
            ---
            Council Approves Budget

            The council approved the budget after a long debate about the harbour fees.
            """),
        ("library.txt", """
            ---
            outlet: Northgate Daily
            ---
            Library Opens New Wing

            The library opened a new wing for children, the librarian said.
            """),
    ])

    private let narrow = Size(width: 80, height: 24)
    private let wide = Size(width: 120, height: 30)

    private func state(_ size: Size, _ events: [Event]) -> (AppState, LayoutCache) {
        TinyCorpus.state(size, events, corpus: Self.corpus)
    }

    /// `/`, the text typed, Enter.
    private func filter(_ text: String) -> [Event] {
        [.key(.char("/"))] + TUIFixtures.keys(text) + [.key(.enter)]
    }

    private func ids(_ state: AppState) -> [String] { state.listOrder.map { state.articles[$0].id } }

    /// The list's order unfiltered, kept to the articles `wanted`: a filter keeps the list's order.
    private func inListOrder(_ wanted: Set<String>) -> [String] {
        ids(state(narrow, []).0).filter(wanted.contains)
    }

    // MARK: - What a filter keeps

    func testWordsKeepTheArticlesWithEveryWordInTheListsOrder() {
        var (s, layouts) = state(narrow, filter("harbour"))
        XCTAssertEqual(ids(s), inListOrder(["strike-coast", "budget"]), "a title, a text")
        XCTAssertEqual(s.browse?.list.filter?.count, 2)
        XCTAssertEqual(Screen.render(s, layouts: layouts).lines[0].hasPrefix(" Parallax · filter: harbour · 2 of 5 · by event"), true,
                       Screen.render(s, layouts: layouts).lines[0])
        (s, layouts) = state(narrow, filter("dock kelm"))
        XCTAssertEqual(ids(s), inListOrder(["strike-coast", "strike-northgate"]), "every word must match")
        (s, layouts) = state(narrow, filter("CAFE"))
        XCTAssertEqual(ids(s), ["cafe"], "case and accents do not matter")
        (s, layouts) = state(narrow, filter("libr*"))
        XCTAssertEqual(ids(s), ["library"], "a prefix")
        (s, layouts) = state(narrow, filter("ledger"))
        XCTAssertEqual(ids(s), ["budget"], "the outlet is searched too")
    }

    func testGroupsWithNoMatchAreLeftOutAndHeadingsCountTheMatches() {
        let (all, _) = state(narrow, [])
        let (s, _) = state(narrow, filter("said"))
        let rows = s.browse!.list.rows
        XCTAssertEqual(ids(s), inListOrder(["strike-coast", "strike-northgate", "cafe", "library"]))
        XCTAssertLessThan(rows.count, all.browse!.list.rows.count)
        // Each heading counts the articles under it and the group's, and none is empty.
        let groups = Dictionary(all.browse!.list.rows.compactMap { row -> (String, Int)? in
            if case .heading(let label, let count, _) = row { return (label, count) } else { return nil }
        }, uniquingKeysWith: { first, _ in first })
        for (at, row) in rows.enumerated() {
            guard case .heading(let label, let count, let total) = row else { continue }
            let under = rows[(at + 1)...].prefix { if case .article = $0 { return true } else { return false } }.count
            XCTAssertEqual(count, under)
            XCTAssertGreaterThan(under, 0)
            XCTAssertEqual(total, groups[label])
        }
        // v regroups the filtered list: still the matches only.
        let (byOutlet, _) = state(narrow, filter("said") + [.key(.char("v"))])
        XCTAssertEqual(byOutlet.grouping, .outlet)
        XCTAssertEqual(Set(ids(byOutlet)), ["strike-coast", "strike-northgate", "cafe", "library"])
        XCTAssertFalse(byOutlet.browse!.list.rows.contains(.heading("Daily Ledger", count: 1, total: 1)))
        XCTAssertTrue(byOutlet.browse!.list.rows.contains(.heading("Coast Post", count: 2, total: 2)))
    }

    func testAHeadingSaysHowManyOfItsGroupAreListed() throws {
        // The two strike reports are one event; "tuesday" keeps one of them.
        let event = try XCTUnwrap(Self.corpus.events.first { $0.articles.count == 2 })
        XCTAssertEqual(event.articles.map { Self.corpus.articles[$0].id }, ["strike-coast", "strike-northgate"])
        let (s, layouts) = state(narrow, filter("tuesday"))
        XCTAssertEqual(ids(s), ["strike-northgate"])
        let frame = Screen.render(s, layouts: layouts)
        XCTAssertEqual(frame.lines[1], DisplayWidth.truncate(event.label, to: 80), "the event's heading")
        XCTAssertEqual(frame.lines[2], "  1 of 2 reports")
        let (all, allLayouts) = state(narrow, [])
        XCTAssertEqual(Screen.render(all, layouts: allLayouts).lines[2], "  2 reports", "unfiltered, the group's count alone")
    }

    func testOutletTokenTakesQuotesAndAnyCase() {
        let (s, _) = state(narrow, filter("outlet:\"northgate DAILY\""))
        XCTAssertEqual(ids(s), inListOrder(["strike-northgate", "library"]), "tokens alone filter without words")
        let (withWords, _) = state(narrow, filter("strike outlet:\"Northgate Daily\""))
        XCTAssertEqual(ids(withWords), ["strike-northgate"])
    }

    func testDatesAreInclusiveAndLeaveUndatedArticlesOut() {
        let (s, _) = state(narrow, filter("from:2024-05-07 to:2024-06-01"))
        XCTAssertEqual(ids(s), inListOrder(["strike-northgate", "cafe"]))
        let (from, _) = state(narrow, filter("from:2024-06-01"))
        XCTAssertEqual(ids(from), inListOrder(["cafe", "budget"]), "the library report has no date")
    }

    func testWordsOutletAndDatesCombined() {
        let (s, _) = state(narrow, filter("said outlet:\"Coast Post\" from:2024-05-01 to:2024-05-31"))
        XCTAssertEqual(ids(s), ["strike-coast"])
    }

    // MARK: - Nothing found, bad tokens

    func testNoMatchSaysSoAndLeavesTheListAsItWas() {
        let (all, _) = state(narrow, [])
        let (s, layouts) = state(narrow, filter("zebra"))
        XCTAssertEqual(s.listOrder, all.listOrder)
        XCTAssertNil(s.browse?.list.filter)
        XCTAssertNil(s.browse?.list.pending)
        XCTAssertEqual(s.message, "No articles match “zebra”: the list is as it was (/ edits the filter)")
        XCTAssertTrue(Screen.render(s, layouts: layouts).lines[23].hasPrefix(" No articles match “zebra”"))
        // A filter on stays on when the next finds nothing.
        let (kept, _) = state(narrow, filter("strike") + [.key(.char("/")), .key(.char(" "))] + TUIFixtures.keys("zebra") + [.key(.enter)])
        XCTAssertEqual(ids(kept), inListOrder(["strike-coast", "strike-northgate"]))
        XCTAssertEqual(kept.browse?.list.filter?.query.text, "strike")
        // / offers the text that found nothing, to mend it.
        let (again, _) = state(narrow, filter("zebra") + [.key(.char("/"))])
        XCTAssertEqual(again.searchPrompt?.query, "zebra")
    }

    func testABadTokenIsNamedAndTheListStaysAsItWas() {
        let (s, _) = state(narrow, filter("strike") + filter(" from:yesterday"))
        XCTAssertEqual(s.message, "Filter not applied: from: takes a day as YYYY-MM-DD (from:2024-05-31), not “yesterday”")
        XCTAssertEqual(s.browse?.list.filter?.query.text, "strike")
        XCTAssertEqual(ids(s), inListOrder(["strike-coast", "strike-northgate"]))
        for (text, message) in [("outlet:", "outlet: needs a name"), ("to:2024-5-1", "to: takes a day"),
                                ("from:2024-06-01 to:2024-05-01", "from:2024-06-01 is after to:2024-05-01"),
                                ("to:2024-01-01 to:2024-02-01", "to: is given twice")] {
            let (bad, _) = state(narrow, filter(text))
            XCTAssertTrue(bad.message?.hasPrefix("Filter not applied: " + message) == true, "\(text): \(bad.message ?? "")")
            XCTAssertNil(bad.browse?.list.filter)
        }
    }

    func testParsingTheQuery() throws {
        let query = try ListQuery.parse("  Harbour outlet:\"Northgate Daily\" strike* FROM:2024-05-01 to:2024-05-31 10:30 ").get()
        XCTAssertEqual(query.words, "Harbour strike* 10:30", "a colon in a word that is no token is text")
        XCTAssertEqual(query.outlet, "Northgate Daily")
        XCTAssertEqual(query.from, "2024-05-01", "the token's name in any case")
        XCTAssertEqual(query.to, "2024-05-31")
        XCTAssertEqual(query.text, "Harbour outlet:\"Northgate Daily\" strike* FROM:2024-05-01 to:2024-05-31 10:30")
        XCTAssertTrue(query.hasWords)
        XCTAssertFalse(try ListQuery.parse("outlet:Ledger - ").get().hasWords, "punctuation alone is no word")
    }

    // MARK: - Clearing

    func testSlashOffersTheFilterAndAnEmptyEnterOrEscClearsIt() {
        let (all, _) = state(narrow, [])
        var (s, layouts) = state(narrow, filter("strike") + [.key(.char("j")), .key(.char("/"))])
        XCTAssertEqual(s.searchPrompt?.query, "strike", "the filter on, to edit")
        XCTAssertEqual(Route.context(of: s), .filter)
        XCTAssertTrue(Screen.render(s, layouts: layouts).lines[23].hasPrefix(" filter: strike█"))
        let selected = s.selected
        // Esc at the prompt keeps the filter.
        s = TinyCorpus.step(s, .key(.escape), layouts)
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.browse?.list.filter?.count, 2)
        // Enter on the prompt emptied clears it, the selection kept.
        s = TinyCorpus.step(s, .key(.char("/")), layouts)
        for _ in 0..<6 { s = TinyCorpus.step(s, .key(.backspace), layouts) }
        s = TinyCorpus.step(s, .key(.enter), layouts)
        XCTAssertNil(s.browse?.list.filter)
        XCTAssertEqual(s.listOrder, all.listOrder)
        XCTAssertEqual(s.selected, selected)
        XCTAssertEqual(s.message, "Filter cleared: every article is listed")
        XCTAssertEqual(TinyCorpus.step(s, .key(.char("/")), layouts).searchPrompt?.query, "", "nothing to offer")

        // Esc in the list clears it too.
        (s, layouts) = state(narrow, filter("strike") + [.key(.escape)])
        XCTAssertNil(s.browse?.list.filter)
        XCTAssertEqual(s.listOrder, all.listOrder)
        XCTAssertTrue(Screen.render(s, layouts: layouts).lines[0].hasPrefix(" Parallax · 5 articles · by event"))
    }

    func testEscInTheReaderBacksOutOfTheSearchAndTheReaderBeforeTheFilter() {
        // Both panes: the filter's words are searched in the open article at once.
        var (s, layouts) = state(wide, filter("ferries") + [.key(.tab)])
        XCTAssertEqual(s.focus, .reader)
        XCTAssertEqual(s.search.query, "ferries")
        s = TinyCorpus.step(s, .key(.escape), layouts)
        XCTAssertEqual(s.search, SearchState(), "the search first")
        XCTAssertNotNil(s.browse?.list.filter)
        s = TinyCorpus.step(s, .key(.escape), layouts)
        XCTAssertEqual(s.focus, .list, "then the reader")
        XCTAssertNotNil(s.browse?.list.filter)
        s = TinyCorpus.step(s, .key(.escape), layouts)
        XCTAssertNil(s.browse?.list.filter, "then the filter")
    }

    // MARK: - n/N in an article opened from the filtered list

    func testAnArticleOpenedFromTheFilterIsSearchedForItsWords() throws {
        var (s, layouts) = state(narrow, filter("ferries dock") + [.key(.enter)])
        let open = try XCTUnwrap(s.openArticle)
        XCTAssertEqual(s.articles[open].id, ids(s).first)
        XCTAssertEqual(s.focus, .reader)
        XCTAssertTrue(s.search.fromFilter)
        let article = s.articles[open]
        let each = TextSearch.matches(of: "ferries", in: article) + TextSearch.matches(of: "dock", in: article)
        XCTAssertEqual(s.search.matches, each.sorted(), "each word on its own, in reading order")
        XCTAssertGreaterThan(s.search.matches.count, 2)
        s = TinyCorpus.step(s, .key(.char("n")), layouts)
        XCTAssertEqual(s.search.current, 0)
        s = TinyCorpus.step(s, .key(.char("n")), layouts)
        XCTAssertEqual(s.search.current, 1)
        s = TinyCorpus.step(s, .key(.char("N")), layouts)
        XCTAssertEqual(s.search.current, 0)
        XCTAssertTrue(Screen.render(s, layouts: layouts).lines[23].contains("1/\(each.count) matches “ferries dock”"))
        // The next article from the list: its own matches of the words.
        s = TinyCorpus.step(s, .key(.tab), layouts)
        s = TinyCorpus.step(s, .key(.char("j")), layouts)
        s = TinyCorpus.step(s, .key(.enter), layouts)
        let next = s.articles[try XCTUnwrap(s.openArticle)]
        XCTAssertNotEqual(next.id, article.id)
        XCTAssertEqual(s.search.matches.count,
                       TextSearch.matches(of: "ferries", in: next).count + TextSearch.matches(of: "dock", in: next).count)
        // A filter of tokens alone sets no search.
        let (tokens, _) = state(narrow, filter("outlet:\"Coast Post\"") + [.key(.enter)])
        XCTAssertEqual(tokens.search, SearchState())
    }

    func testASearchOfTheUsersOwnIsKept() {
        // A search typed in the reader stays when the filter comes and when the list opens the next article.
        let (s, _) = state(wide, [.key(.tab), .key(.char("/"))] + TUIFixtures.keys("the") + [.key(.enter), .key(.tab)]
                           + filter("strike") + [.key(.char("j"))])
        XCTAssertEqual(s.search.query, "the")
        XCTAssertFalse(s.search.fromFilter)
    }

    // MARK: - In the background

    func testTheFilterIsAJobAndALateResultIsDropped() throws {
        let layouts = LayoutCache(articles: ArticleShelf(Self.corpus.articles))
        var s = AppState(articles: Self.corpus.articles, events: Self.corpus.events, size: narrow)
        let all = s.listOrder
        var effects: [Effect] = []
        for event in filter("strike") { (s, effects) = Update.update(s, event, layouts: layouts) }
        guard case .start(let job, let task)? = effects.last, case .filter(let query) = task else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(query.words, "strike")
        XCTAssertEqual(s.browse?.list.pending?.job, job)
        XCTAssertEqual(s.listOrder, all, "the list as it was until the result comes")
        let layout = Screen.render(s, layouts: layouts).lines[0]
        XCTAssertTrue(layout.contains("filtering “strike”…"), layout)
        let outcome = Jobs.perform(task, corpus: s.corpus)

        // Esc clears the filter on its way: its job is cancelled, its result dropped.
        (s, effects) = Update.update(s, .key(.escape), layouts: layouts)
        XCTAssertEqual(effects, [.cancel(job)])
        XCTAssertNil(s.browse?.list.pending)
        s = Update.update(s, .finished(JobResult(job: job, outcome: outcome)), layouts: layouts).0
        XCTAssertEqual(s.listOrder, all)
        XCTAssertNil(s.browse?.list.filter)

        // A second filter replaces the first: the first's result is dropped, the second's taken.
        for event in filter("strike") { (s, effects) = Update.update(s, event, layouts: layouts) }
        guard case .start(let first, _)? = effects.last else { return XCTFail("\(effects)") }
        // / offers "strike": erased, then "café".
        let erase = [Event](repeating: .key(.backspace), count: "strike".count)
        for event in [.key(.char("/"))] + erase + TUIFixtures.keys("café") + [.key(.enter)] {
            (s, effects) = Update.update(s, event, layouts: layouts)
        }
        guard case .start(let second, let secondTask)? = effects.last else { return XCTFail("\(effects)") }
        XCTAssertEqual(effects.first, .cancel(first))
        s = Update.update(s, .finished(JobResult(job: first, outcome: outcome)), layouts: layouts).0
        XCTAssertEqual(s.listOrder, all, "the first filter's result is nobody's")
        s = Update.update(s, .finished(JobResult(job: second, outcome: Jobs.perform(secondTask, corpus: s.corpus))),
                          layouts: layouts).0
        XCTAssertEqual(ids(s), ["cafe"])
    }

    func testAResultForTheListUnderAComparisonWaitsThere() {
        // Filter, and open the comparison before the result comes: the list under it takes the result.
        let layouts = LayoutCache(articles: ArticleShelf(Self.corpus.articles))
        var s = AppState(articles: Self.corpus.articles, events: Self.corpus.events, size: narrow)
        var effects: [Effect] = []
        for event in filter("kelm") { (s, effects) = Update.update(s, event, layouts: layouts) }
        guard case .start(let job, let task)? = effects.last else { return XCTFail("\(effects)") }
        s = TinyCorpus.step(s, .key(.char("m")), layouts)
        s = TinyCorpus.step(s, .key(.char("j")), layouts)
        s = TinyCorpus.step(s, .key(.char("c")), layouts)
        XCTAssertNotNil(s.compare)
        s = Update.update(s, .finished(JobResult(job: job, outcome: Jobs.perform(task, corpus: s.corpus))), layouts: layouts).0
        s = TinyCorpus.step(s, .key(.escape), layouts)
        XCTAssertNil(s.compare)
        XCTAssertEqual(ids(s), inListOrder(["strike-coast", "strike-northgate", "cafe"]))
    }
}
