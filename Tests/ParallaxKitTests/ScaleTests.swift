import Foundation
import XCTest
@testable import ParallaxKit

/// The corpus-wide steps rewritten to grow linearly (see `make bench-scale`
/// for their speed): each gives what the step it replaced gave.
final class ScaleTests: XCTestCase {
    private func report(_ outlet: String, _ date: String, _ title: String, _ body: String) -> (String, String) {
        ("\(outlet)-\(title).txt", "---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\(title)\n\n\(body)\n")
    }

    /// One event reported five times by three outlets: quotations shared
    /// word for word, reworded, cut to a fragment, repeated by one outlet,
    /// and carried by one report only.
    private lazy var levee = Corpus.from(texts: [
        report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
            Floodwaters swept through Kelmscott on Tuesday. "We were not ready for this," Mayor Ana Ruiz told reporters.
            "The pumps failed first and then the wall gave way," engineer Tom Hale said.
            "This is really an artificial barrier that's put in front of us," Ruiz added.
            """),
        report("River News", "2024-05-15", "Kelmscott levee fails", """
            The levee at Kelmscott failed on Tuesday, flooding the town. "We were not ready for this," Ruiz said.
            Ruiz called the levee an "artificial barrier" for the town.
            """),
        report("Daily Post", "2024-05-15", "Kelmscott counts the cost of the levee breach", """
            Kelmscott began counting the cost of Tuesday's levee breach. "The pumps failed first, then the wall gave way," Tom Hale said.
            "We were not ready for this," Mayor Ana Ruiz told reporters on Tuesday.
            """),
        report("Valley Times", "2024-05-14", "Kelmscott flooded as levee breaks", """
            A levee broke in Kelmscott on Tuesday. "We were simply not ready for this," Mayor Ruiz said.
            "Nobody will be charged for the shelter," said council clerk Mia Ford.
            "The pumps failed first and then the wall gave way," Hale told the Valley Times.
            "We will have the wall rebuilt before the winter comes," Governor Lee Park said on Wednesday.
            """),
        report("River News", "2024-05-16", "Kelmscott levee repairs begin", """
            Repairs to the Kelmscott levee began on Thursday. "Nobody will be charged for the shelter," Ford said.
            "The pumps failed first and then the wall gave way," Hale said again.
            """),
    ])

    /// Every pair of an event's reports matched on its own, as the outlets
    /// report did before the index.
    private func pairwise(_ articles: [Article], _ events: [NewsEvent]) -> [Int: [SpeakerIndex.QuoteRef]] {
        var reader = ContentWordReader()
        var out: [Int: [SpeakerIndex.QuoteRef]] = [:]
        for event in events {
            var shared: [Int: Set<Int>] = [:]
            for (k, x) in event.articles.enumerated() {
                for y in event.articles[(k + 1)...] {
                    let sameOutlet = OutletReport.outlet(of: articles[x]) == OutletReport.outlet(of: articles[y])
                    for match in QuoteMatcher.match(articles[x], articles[y], reader: &reader) {
                        if !sameOutlet { shared[x, default: []].insert(match.a) }
                        shared[y, default: []].insert(match.b)
                    }
                }
            }
            for x in event.articles {
                out[x] = articles[x].quotes.indices
                    .filter { articles[x].quotes[$0].kind == .speech && !(shared[x]?.contains($0) ?? false) }
                    .map { SpeakerIndex.QuoteRef(article: x, quote: $0) }
            }
        }
        return out
    }

    func testSharedQuotationsFoundThroughTheIndexAreThePairwiseOnes() {
        let articles = levee.articles
        // All five reports as one event, and as the grouper groups them.
        let together = [NewsEvent(id: "e1", label: "levee", articles: Array(articles.indices))]
        for events in [together, levee.events] {
            let indexed = OutletReport.exclusiveQuotes(articles: articles, events: events)
            XCTAssertEqual(indexed, pairwise(articles, events))
        }
        // Something is shared and something is not, so the comparison says something.
        let exclusive = OutletReport.exclusiveQuotes(articles: articles, events: together)
        let kept = exclusive.values.map(\.count).reduce(0, +)
        let speech = articles.map { $0.quotes.filter { $0.kind == .speech }.count }.reduce(0, +)
        XCTAssertGreaterThan(kept, 0)
        XCTAssertLessThan(kept, speech)
    }

    /// Exclusive quotations kept per event, as the index keeps them, in memory.
    private final class KeptEventQuotes: EventQuotesStore, @unchecked Sendable {
        var rows: [UInt64: [[Int]]] = [:]
        var forAnyKey: [[Int]]?
        var kept = 0
        func exclusiveQuotes(of keys: [UInt64]) -> [UInt64: [[Int]]] {
            if let forAnyKey { return Dictionary(uniqueKeysWithValues: keys.map { ($0, forAnyKey) }) }
            return rows.filter { keys.contains($0.key) }
        }
        func keep(_ found: [UInt64: [[Int]]], used: Set<UInt64>) {
            kept += found.count
            rows.merge(found) { _, new in new }
        }
    }

    func testExclusiveQuotationsKeptPerEventAreFoundOnceAndAnsweredFromTheStore() throws {
        let articles = levee.articles
        let together = [NewsEvent(id: "e1", label: "levee", articles: Array(articles.indices))]
        let expected = OutletReport.exclusiveQuotes(articles: articles, events: together)
        let store = KeptEventQuotes()
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: together, kept: store), expected)
        XCTAssertEqual(store.kept, 1)
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: together, kept: store), expected)
        XCTAssertEqual(store.kept, 1, "the second time the store answers")
        // What the store says is what the report says (here: nothing exclusive).
        store.rows = store.rows.mapValues { $0.map { _ in [] } }
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: together, kept: store).values.flatMap { $0 }, [])
        // A quotation the article does not have: found again.
        store.rows = store.rows.mapValues { $0.map { _ in [999] } }
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: together, kept: store), expected)
        XCTAssertEqual(store.kept, 2)
        // One twice, or one that is not speech: found again.
        let firstSpeech = try XCTUnwrap(articles[0].quotes.firstIndex { $0.kind == .speech })
        store.rows = store.rows.mapValues { [[firstSpeech, firstSpeech]] + $0.dropFirst() }
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: together, kept: store), expected)
        // (A store answering whatever it is asked, as a hash collision would.)
        var headlined = Array(articles)
        let q = headlined[0].quotes[firstSpeech]
        headlined[0].quotes[firstSpeech] = Quotation(range: q.range, kind: .headline, speaker: q.speaker, cue: q.cue,
                                                     paragraph: q.paragraph, words: q.words)
        store.forAnyKey = [[firstSpeech]] + Array(repeating: [], count: articles.count - 1)
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: headlined, events: together, kept: store),
                       OutletReport.exclusiveQuotes(articles: headlined, events: together), "a headline is not speech")
        store.forAnyKey = nil
        XCTAssertEqual(store.kept, 4)
        // Another event (a report fewer): found, not taken from the first.
        let fewer = [NewsEvent(id: "e1", label: "levee", articles: Array(articles.indices.dropLast()))]
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: articles, events: fewer, kept: store),
                       OutletReport.exclusiveQuotes(articles: articles, events: fewer))
        XCTAssertEqual(store.kept, 5)
    }

    func testAnEventsKeyChangesWithAnyWordOfItsQuotationsOrItsOutlets() throws {
        let articles = levee.articles
        let key = OutletReport.eventKey(Array(articles))
        let texts = articles.map { ($0.path, $0.text(TextRange(0, $0.source.count))) }
        let quoted = try XCTUnwrap(articles[0].quotes.first { $0.kind == .speech })
        let said = articles[0].text(quoted.range)
        var reworded = texts
        reworded[0].1 = texts[0].1.replacingOccurrences(of: said, with: said.replacingOccurrences(of: "not", with: "now"))
        XCTAssertNotEqual(reworded[0].1, texts[0].1)
        XCTAssertNotEqual(OutletReport.eventKey(Corpus.from(texts: reworded).articles), key)
        var moved = texts
        let outlet = try XCTUnwrap(articles[1].metadata.outlet)
        moved[1].1 = texts[1].1.replacingOccurrences(of: "outlet: \(outlet)", with: "outlet: Evening Gazette")
        XCTAssertNotEqual(moved[1].1, texts[1].1)
        XCTAssertNotEqual(OutletReport.eventKey(Corpus.from(texts: moved).articles), key)
        XCTAssertEqual(OutletReport.eventKey(Corpus.from(texts: texts).articles), key)
        // The same words and place, another kind (speech taken for a scare quote).
        var rekinded = articles
        let q = try XCTUnwrap(rekinded[0].quotes.firstIndex { $0.kind == .speech })
        let old = rekinded[0].quotes[q]
        rekinded[0].quotes[q] = Quotation(range: old.range, kind: .scare, speaker: old.speaker, cue: old.cue,
                                          paragraph: old.paragraph, words: old.words)
        XCTAssertNotEqual(OutletReport.eventKey(rekinded), key)
    }

    func testEachPairsMatchesThroughTheIndexAreWhatMatchFinds() {
        let articles = levee.articles
        var reader = ContentWordReader()
        var numbering = QuoteMatcher.Numbering()
        let reports = articles.map { numbering.quotes(of: $0, reader: &reader) }
        let found = QuoteMatcher.matchAll(reports, numbering: &numbering)
        var expected: [[Int]] = []
        for i in articles.indices {
            for j in articles.indices where j > i {
                let matches = QuoteMatcher.match(articles[i], articles[j], reader: &reader)
                if !matches.isEmpty { expected.append([i, j] + matches.flatMap { [$0.a, $0.b] }) }
            }
        }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(found.map { [$0.first, $0.second] + $0.matches.sorted { $0.a < $1.a }.flatMap { [$0.a, $0.b] } },
                       expected)
    }

    func testTheIndexAgreesWithPairsOnTheBundledCorpus() {
        let c = Fixtures.corpus
        let all = [NewsEvent(id: "e1", label: "all", articles: Array(c.articles.indices))]
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: c.articles, events: all), pairwise(c.articles, all))
        XCTAssertEqual(OutletReport.exclusiveQuotes(articles: c.articles, events: c.events), pairwise(c.articles, c.events))
    }

    // MARK: - Events: candidates within the date window

    func testPairsLookedUpByDateAreThePairsWithinTheWindow() {
        // The levee reports over three days, the bundled corpus, and both with some dates
        // moved a week away or taken off.
        var texts: [(String, String)] = Fixtures.corpus.articles.map { ($0.path, $0.text(TextRange(0, $0.source.count))) }
        texts += levee.articles.map { ($0.path, $0.text(TextRange(0, $0.source.count))) }
        for (k, t) in texts.enumerated() where k % 3 == 1 {
            texts.append(("moved-\(k).txt", t.1.replacingOccurrences(of: "date: 2024-05-1", with: "date: 2024-05-2")))
            texts.append(("undated-\(k).txt", t.1.replacingOccurrences(of: "date: ", with: "written: ")))
        }
        let articles = Corpus.from(texts: texts).articles
        let (whole, _) = ArticleVectors.wholeAndLead(articles)
        let days = articles.map { $0.metadata.date.flatMap(EventGrouper.dayNumber) }
        XCTAssertGreaterThan(Set(days.compactMap { $0 }).count, 2)
        XCTAssertTrue(days.contains(nil))
        let floor = EventGrouper.threshold / 4
        let all = whole.similarPairs(atLeast: floor).filter { p in
            guard let a = days[p.a], let b = days[p.b] else { return true }
            return abs(a - b) <= EventGrouper.maxDaysApart
        }
        let windowed = whole.similarPairs(atLeast: floor, days: days, maxDaysApart: EventGrouper.maxDaysApart)
        func key(_ p: SimilarPair) -> [Double] { [Double(p.a), Double(p.b), p.similarity] }
        XCTAssertFalse(all.isEmpty)
        XCTAssertEqual(windowed.map(key).sorted { $0.lexicographicallyPrecedes($1) },
                       all.map(key).sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Runs of any size number the stems as one pass over the corpus
    /// does, so the vectors (ties broken by those numbers) are the same.
    func testVectorsAreTheSameWhateverTheRunsOfArticles() {
        let articles = Fixtures.corpus.articles + levee.articles
        func flat(_ v: ArticleVectors) -> [[Double]] {
            v.vectors.map { $0.flatMap { [Double($0.word), $0.weight] } } + v.postings.map { $0.flatMap { [Double($0.article), $0.weight] } }
        }
        let one = ArticleVectors.wholeAndLead(articles, articlesPerRun: articles.count)
        XCTAssertGreaterThan(one.whole.postings.count, 100)
        for size in [1, 2, 3] {
            let runs = ArticleVectors.wholeAndLead(articles, articlesPerRun: size)
            XCTAssertEqual(flat(runs.whole), flat(one.whole), "runs of \(size)")
            XCTAssertEqual(flat(runs.lead), flat(one.lead), "runs of \(size)")
        }
    }

    /// The heaviest words kept per article are the first of them sorted,
    /// in that order, whatever their number and ties: on the articles'
    /// own weights and on made-up lists with many equal weights.
    func testStrongestWordsAreTheFirstOfThemSorted() {
        func sortedPrefix(_ w: [(word: Int, weight: Double)], _ k: Int) -> [[Double]] {
            w.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.word < $1.word }.prefix(k)
                .map { [Double($0.word), $0.weight] }
        }
        func strongest(_ w: [(word: Int, weight: Double)], _ k: Int) -> [[Double]] {
            ArticleVectors.strongest(w, k).map { [Double($0.word), $0.weight] }
        }
        var lists: [[(word: Int, weight: Double)]] = []
        var rng = SplitMix64(seed: 80)  // the same lists every run
        for size in [0, 1, 2, 5, 79, 80, 81, 200, 1000] {
            for spread in [1, 3, 1000] {  // few distinct weights: many ties
                let words = Array(0..<(size * 2)).shuffled(using: &rng).prefix(size)
                lists.append(words.map { (word: $0, weight: Double(Int.random(in: 0..<spread, using: &rng))) })
            }
        }
        // Weights as the vectors' counts give them.
        let articles = Fixtures.corpus.articles + levee.articles
        let counts = ArticleVectors.wholeAndLead(articles).whole.vectors
        lists += counts.map { $0.map { (word: $0.word, weight: ($0.weight * 7).rounded()) } }
        for list in lists {
            for k in [0, 1, 3, 80, list.count] {
                XCTAssertEqual(strongest(list, k), sortedPrefix(list, k), "\(list.count) words, \(k) kept")
            }
        }
    }

    // MARK: - analyze --format json, streamed

    private func streamed(_ corpus: Corpus) throws -> Data {
        var out = Data()
        try AnalysisJSON.stream(corpus) { out.append($0) }
        return out
    }

    func testTheStreamedAnalysisIsTheEncodedDocument() throws {
        for corpus in [Fixtures.corpus, levee, Corpus.from(texts: [("one.txt", "A title\n\nJust one \"short\" line, said Ann.\n")])] {
            let whole = try AnalysisJSON.encode(corpus)
            let pieces = try streamed(corpus)
            XCTAssertEqual(String(decoding: pieces, as: UTF8.self), String(decoding: whole, as: UTF8.self))
        }
    }

    // MARK: - Overlapping mentions

    func testOverlapsAreSettledAsOneWholePassSettlesThem() {
        // The pass before: every mention against every one kept, longest first.
        func naive(_ mentions: [EntityMention]) -> [EntityMention] {
            let sorted = mentions.sorted { $0.range.length != $1.range.length ? $0.range.length > $1.range.length : $0.range < $1.range }
            var kept: [EntityMention] = []
            for m in sorted where !kept.contains(where: { $0.range.overlaps(m.range) }) { kept.append(m) }
            return kept.sorted { $0.range < $1.range }
        }
        // Empty, touching and equal ranges, in and out of order.
        let fixed: [[(Int, Int)]] = [[(5, 5), (5, 8)], [(3, 5), (5, 5)], [(5, 5), (5, 5)], [(3, 8), (5, 5)],
                                     [(5, 8), (3, 5)], [(3, 5), (5, 8), (8, 9)], [(3, 5), (3, 5)], [(8, 9), (3, 5), (4, 6)]]
        for ranges in fixed {
            let mentions = ranges.enumerated().map { n, r in
                EntityMention(range: TextRange(r.0, r.1), type: .person, entity: "E\(n)")
            }
            XCTAssertEqual(EntityLinker.withoutOverlaps(mentions), naive(mentions), "\(ranges)")
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let mentions = (0..<Int.random(in: 0...40, using: &rng)).map { n -> EntityMention in
                let start = Int.random(in: 0...120, using: &rng)
                return EntityMention(range: TextRange(start, start + Int.random(in: 0...12, using: &rng)),
                                     type: n % 2 == 0 ? .person : .org, entity: "E\(n)")
            }
            XCTAssertEqual(EntityLinker.withoutOverlaps(mentions), naive(mentions))
        }
    }

    // MARK: - One long line

    func testALongLineIsCleanedAsItsParagraphsWithLineBreaks() {
        // Prose only (a line of furniture is another matter on a line of its own).
        let paragraphs = [
            "Floodwaters swept through Kelmscott on Tuesday after the levee gave way below the old mill.",
            "\"We were not ready for this,\" Mayor Ana Ruiz told reporters outside the town hall on Tuesday.",
            "Engineers said on Tuesday the pumps had failed first, and the wall gave way an hour later, according to the council.",
            "\"The pumps failed first and then the wall gave way on Tuesday,\" engineer Tom Hale said. He said repairs would take weeks.",
        ]
        // Many paragraphs, none repeated (a repeated line is furniture).
        let repeated = (0..<300).flatMap { n in paragraphs.map { $0.replacingOccurrences(of: "Tuesday", with: "day \(n)") } }
        let head = "---\ntitle: Levee breach floods Kelmscott\noutlet: Daily Post\ndate: 2024-05-14\n---\nLevee breach floods Kelmscott\n\n"
        let broken = Fixtures.article(text: head + repeated.joined(separator: "\n\n") + "\n")
        let long = Fixtures.article(text: head + repeated.joined(separator: " ") + "\n")
        XCTAssertEqual(long.bodyParagraphs.count, 1)
        func texts(_ a: Article, _ ranges: [TextRange]) -> [String] { ranges.map { a.text($0) } }
        // The same body, sentences and quotations, one paragraph instead of many.
        XCTAssertEqual(long.text(long.bodyParagraphs[0].range), texts(broken, broken.bodyParagraphs.map(\.range)).joined(separator: " "))
        XCTAssertEqual(texts(long, long.bodyParagraphs.flatMap(\.sentences).map(\.range)),
                       texts(broken, broken.bodyParagraphs.flatMap(\.sentences).map(\.range)))
        XCTAssertEqual(texts(long, long.quotes.map(\.range)), texts(broken, broken.quotes.map(\.range)))
        XCTAssertEqual(long.quotes.map(\.speaker), broken.quotes.map(\.speaker))
        XCTAssertEqual(texts(long, long.entities.map(\.range)), texts(broken, broken.entities.map(\.range)))
    }
}
