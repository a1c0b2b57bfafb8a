import XCTest
@testable import ParallaxKit

/// Events, sentence alignment, word differences and shared quotations, on
/// reports written for the tests.
final class CompareTests: XCTestCase {
    /// An article with front matter, so that outlet and date are known.
    private func report(_ outlet: String, _ date: String, _ title: String, _ body: String) -> (String, String) {
        ("\(outlet)-\(title.prefix(12)).txt", "---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\(title)\n\n\(body)\n")
    }

    private let floodA = """
        Floodwaters swept through the riverside town of Kelmscott on Tuesday, forcing hundreds of families from their homes.
        Mayor Ana Ruiz said the levee had failed shortly after midnight. "We were not ready for this," Ruiz told reporters.
        Engineers from the Riverway Authority were inspecting the breach on Wednesday.
        """
    private let floodB = """
        Mayor Ana Ruiz said the levee failed just after midnight on Tuesday.
        Hundreds of families were forced from their homes as floodwaters swept through Kelmscott, a riverside town.
        "We were not ready for this," Ruiz said, adding that shelters had opened in two schools.
        """
    private let election = """
        Voters in Brantholm elected a new parliament on Sunday, handing the Green Alliance its first majority.
        Turnout reached a record, the electoral commission said. Party leader Tomas Lind promised lower rail fares.
        """

    func testReportsOfOneHappeningShareAnEventAndOthersDoNot() {
        let corpus = Corpus.from(texts: [
            report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", floodA),
            report("Election Wire", "2024-05-12", "Green Alliance wins Brantholm vote", election),
            report("River News", "2024-05-15", "Kelmscott families flee as levee fails", floodB),
        ])
        XCTAssertEqual(corpus.events.map(\.articles), [[0, 2], [1]])
        XCTAssertEqual(corpus.events.event(of: 2)?.id, "e1")
        // The label names the main people, the distinctive place and the dates.
        let label = corpus.events[0].label
        XCTAssertTrue(label.contains("Ana Ruiz"), label)
        XCTAssertTrue(label.contains("Kelmscott"), label)
        XCTAssertTrue(label.hasSuffix("2024-05-14 – 2024-05-15"), label)
    }

    func testTheSameStoryMonthsApartIsTwoEvents() {
        let corpus = Corpus.from(texts: [
            report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", floodA),
            report("River News", "2024-09-30", "Kelmscott families flee as levee fails", floodB),
        ])
        XCTAssertEqual(corpus.events.count, 2)
        // Four days apart is still one event (a weekend between the news and the analysis), five is not.
        func events(_ dateB: String?) -> Int {
            Corpus.from(texts: [
                report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", floodA),
                dateB.map { report("River News", $0, "Kelmscott families flee as levee fails", floodB) }
                    ?? ("River News.txt", "Kelmscott families flee as levee fails\n\n\(floodB)\n"),
            ]).events.count
        }
        XCTAssertEqual(events("2024-05-18"), 1)
        XCTAssertEqual(events("2024-05-19"), 2)
        XCTAssertEqual(events(nil), 1, "an unknown date never keeps reports apart")
        XCTAssertEqual(EventGrouper.dayNumber("2024-03-01")! - EventGrouper.dayNumber("2024-02-28")!, 2, "a leap year")
        XCTAssertEqual(EventGrouper.dayNumber("2024-03-01T09:30:00Z"), EventGrouper.dayNumber("2024-03-01"), "a time is ignored")
    }

    /// Two stages of one story: the same council, people and budget, but
    /// different news in each title and lead. Reports of the same stage are
    /// clearly closer than reports of the other stage; a week apart the
    /// stages are two events. (On one day, in a corpus this small, they are
    /// one: every shared name is rare here.)
    func testTwoStagesOfOneStoryAreTwoEvents() {
        let rejectA = """
            The Harwick city council rejected Mayor Dana Vell's budget late on Monday, voting seven to four against a plan that would have raised property taxes by six percent.
            Councillors said the increase was too steep for families already facing higher water charges.
            Vell said she would return with a revised budget. The council must pass a budget before the fiscal year begins in July, or city services face cuts.
            The budget fight has divided the council since spring, when the library and transit departments asked for more money.
            """
        let rejectB = """
            Councillors in Harwick voted down the mayor's proposed budget on Monday night, objecting to a six percent rise in property taxes.
            The seven to four vote sends Mayor Dana Vell back to her finance team. "We heard the council," Vell said.
            Without a budget by July, city services such as the library and transit face cuts, officials said.
            """
        let dealA = """
            Mayor Dana Vell and the Harwick council struck a deal on Thursday to end the budget standoff, agreeing to cap the tax rise at three percent and to delay the new transit depot.
            The compromise passed nine to two after a late-night session. Vell called the agreement a fair bargain.
            The budget fight had divided the council since spring. City services will now continue without cuts in July.
            """
        let dealB = """
            Harwick's long budget standoff ended on Thursday when councillors approved a compromise with Mayor Dana Vell: a three percent tax cap, and the transit depot postponed a year.
            The deal passed nine to two. "This is a fair bargain for the city," Vell said after the late-night vote.
            The council had rejected her first budget earlier in the month.
            """
        let storm = """
            A spring storm brought down power lines across the Ossel valley on Monday, leaving twelve thousand homes without electricity.
            Crews from Northline Power worked through the night, and the utility said most homes would be reconnected by Wednesday.
            """
        let corpus = Corpus.from(texts: [
            report("Harwick Herald", "2024-03-11", "Council rejects Vell budget over tax rise", rejectA),
            report("Harwick Herald", "2024-03-18", "Vell and council strike budget deal, capping tax rise", dealA),
            report("Valley News", "2024-03-11", "Storm leaves twelve thousand homes in Ossel valley without power", storm),
            report("Metro Daily", "2024-03-12", "Harwick council votes down mayor's budget", rejectB),
            report("Metro Daily", "2024-03-19", "Harwick budget standoff ends in compromise", dealB),
        ])
        XCTAssertEqual(corpus.events.map(\.articles), [[0, 3], [1, 4], [2]])
        // Undated, so that the window keeps no pair out of the comparison.
        let undated = Corpus.from(texts: [
            ("a.txt", "Council rejects Vell budget over tax rise\n\n\(rejectA)\n"),
            ("b.txt", "Vell and council strike budget deal, capping tax rise\n\n\(dealA)\n"),
            ("c.txt", "Storm leaves twelve thousand homes in Ossel valley without power\n\n\(storm)\n"),
            ("d.txt", "Harwick council votes down mayor's budget\n\n\(rejectB)\n"),
            ("e.txt", "Harwick budget standoff ends in compromise\n\n\(dealB)\n"),
        ])
        var similarity: [[Int]: Double] = [:]
        for pair in EventGrouper.similarPairs(undated.articles) { similarity[[pair.a, pair.b]] = pair.similarity }
        let sameStage = [similarity[[0, 3]] ?? 0, similarity[[1, 4]] ?? 0]
        let crossStage = [[0, 1], [0, 4], [1, 3], [3, 4]]
        XCTAssertTrue(crossStage.allSatisfy { similarity[$0] != nil }, "the stages share words: every pair is a candidate")
        let otherStage = crossStage.map { similarity[$0] ?? 0 }
        XCTAssertGreaterThan(sameStage.min()!, otherStage.max()! + 0.15, "\(sameStage) against \(otherStage)")
        XCTAssertLessThan(similarity[[2, 3]] ?? 0, 0.1, "the storm shares little with the budget")
    }

    /// Average linkage: a run of articles each close to the next, but the
    /// ends far apart, is not one event (joining every close pair would
    /// chain them all), while a group whose members are all close is.
    func testClustersDoNotChain() {
        let chain = (0..<5).map { SimilarPair(a: $0, b: $0 + 1, similarity: 0.3) }
        let clusters = AverageLinkage.clusters(count: 6, pairs: chain, threshold: 0.13)
        XCTAssertEqual(clusters, [[0, 1], [2, 3], [4, 5]])
        let group = [(0, 1), (0, 2), (1, 2), (2, 3), (1, 3), (0, 3)].map { SimilarPair(a: $0.0, b: $0.1, similarity: 0.3) }
        XCTAssertEqual(AverageLinkage.clusters(count: 5, pairs: group, threshold: 0.13), [[0, 1, 2, 3], [4]])
    }

    /// Clustering the pair graph's components apart (on every core) gives
    /// what one pass over the whole graph gives: on the bundled reports'
    /// pairs, and on a large graph of many components, ties and repeated
    /// pairs included.
    func testClustersOfComponentsAreTheClustersOfTheWholeGraph() {
        let articles = Fixtures.corpus.articles
        let real = EventGrouper.similarPairs(articles)
        XCTAssertEqual(AverageLinkage.clusters(count: articles.count, pairs: real, threshold: EventGrouper.threshold),
                       AverageLinkage.clustersOfOne(count: articles.count, pairs: real, threshold: EventGrouper.threshold))
        // A seeded linear congruential generator: the same graph on every run.
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let count = 3_000
        var pairs: [SimilarPair] = []
        for _ in 0..<4_000 {
            // Mostly near neighbours (many small components), a few long links, some repeats and ties.
            let a = Int(next() % UInt64(count))
            let b = next() % 10 == 0 ? Int(next() % UInt64(count)) : min(count - 1, a + Int(next() % 4))
            pairs.append(SimilarPair(a: a, b: b, similarity: Double(next() % 8) / 16))
        }
        let parts = AverageLinkage.components(count: count, pairs: pairs)
        XCTAssertGreaterThan(parts.linked.count, 50)
        XCTAssertFalse(parts.alone.isEmpty)
        for threshold in [0.1, 0.2, 0.3] {
            let whole = AverageLinkage.clustersOfOne(count: count, pairs: pairs, threshold: threshold)
            XCTAssertGreaterThan(whole.filter { $0.count > 2 }.count, 10)
            XCTAssertEqual(AverageLinkage.clusters(count: count, pairs: pairs, threshold: threshold), whole)
        }
    }

    /// The heap gives its elements back largest first, repeats and all,
    /// however pushes and pops interleave.
    func testTheHeapPopsLargestFirst() {
        var rng = SplitMix64(seed: 16)
        var heap = MaxHeap<Int>()
        var held: [Int] = []
        for step in 0..<5_000 {
            if step % 3 == 2 {
                XCTAssertEqual(heap.pop(), held.max())
                if let top = held.max() { held.remove(at: held.firstIndex(of: top)!) }
            } else {
                let value = Int(rng.next() % 200)  // repeats on purpose
                heap.push(value)
                held.append(value)
            }
        }
        var rest: [Int] = []
        while let top = heap.pop() { rest.append(top) }
        XCTAssertEqual(rest, held.sorted(by: >))
        XCTAssertGreaterThan(rest.count, 1_000)
        XCTAssertNil(heap.pop())
    }

    func testAlignmentFollowsReorderedMaterialAndLeavesTheRestOut() {
        let a = Fixtures.article(text: report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", floodA).1)
        let b = Fixtures.article(text: report("River News", "2024-05-15", "Kelmscott families flee", floodB).1)
        let c = Comparison(a, b)
        func text(_ article: Article, _ sentences: [AlignedSentence], _ indices: [Int]) -> String {
            indices.map { article.text(sentences[$0].range) }.joined(separator: " ")
        }
        let pairs = c.pairs.map { (text(a, c.sentencesA, $0.a), text(b, c.sentencesB, $0.b), $0.kind) }
        // The first sentence of A is the second of B, reworded: order is not kept, the pair is found.
        XCTAssertTrue(pairs.contains { $0.0.hasPrefix("Floodwaters swept") && $0.1.hasPrefix("Hundreds of families") })
        XCTAssertTrue(pairs.contains { $0.0.hasPrefix("Mayor Ana Ruiz said the levee had failed") && $0.1.hasPrefix("Mayor Ana Ruiz said the levee failed") && $0.2 != .paraphrase })
        // The engineers are only in A.
        XCTAssertTrue(c.onlyA.map { a.text(c.sentencesA[$0].range) }.contains { $0.hasPrefix("Engineers from") })
        XCTAssertEqual(Set(c.pairs.flatMap(\.a)).count, c.pairs.flatMap(\.a).count, "a sentence is in one pair at most")
        // Every sentence is either paired or left out, and the rows show each once.
        var shownA: [Int] = [], shownB: [Int] = []
        for row in c.rows {
            switch row {
            case .pair(let k): shownA += c.pairs[k].a; shownB += c.pairs[k].b
            case .onlyA(let i): shownA.append(i)
            case .onlyB(let j): shownB.append(j)
            case .titles(let ta, let tb): shownA += ta; shownB += tb
            }
        }
        XCTAssertEqual(shownA.sorted(), Array(c.sentencesA.indices))
        XCTAssertEqual(shownB.sorted(), Array(c.sentencesB.indices))
        // Neither title pairs: they are a row of their own, first.
        XCTAssertEqual(c.rows.first, .titles(a: [0], b: [0]))
    }

    func testOneSentenceAgainstTwoAdjacentOnes() {
        let a = Fixtures.article(text: """
            Talks collapse

            The talks in Geneva collapsed on Friday after the delegations failed to agree on a ceasefire line along the northern border.
            Officials blamed each other.
            """)
        let b = Fixtures.article(text: """
            Geneva talks end

            The talks in Geneva collapsed on Friday. The delegations failed to agree on a ceasefire line along the northern border.
            """)
        let c = Comparison(a, b)
        let pair = c.pairs.first { a.text(c.sentencesA[$0.a[0]].range).hasPrefix("The talks in Geneva") }
        XCTAssertEqual(pair?.b.count, 2, "one long sentence against the two it was split into")
    }

    func testWordDifferencesInsideAPair() {
        let text = SourceText("He said he didn't meddle. He (Putin) said he didn't meddle.")
        let words = ContentWords.words(in: text, range: text.fullRange)
        let first = Array(words.prefix(5)), second = Array(words.dropFirst(5))
        let diff = WordDiff(first, second)
        XCTAssertEqual(diff.changedA, [])
        XCTAssertEqual(diff.changedB.map { text[$0] }, ["Putin"])
        XCTAssertGreaterThan(diff.ratio, 0.9)
        XCTAssertEqual(diff.containment, 1)
        XCTAssertEqual(Comparison.kind(diff), .same)
        // A changed word shows on both sides.
        let t2 = SourceText("The levee failed at midnight. The dam failed at midnight.")
        let w2 = ContentWords.words(in: t2, range: t2.fullRange)
        let d2 = WordDiff(Array(w2.prefix(5)), Array(w2.dropFirst(5)))
        XCTAssertEqual(d2.changedA.map { t2[$0] }, ["levee"])
        XCTAssertEqual(d2.changedB.map { t2[$0] }, ["dam"])
    }

    func testStemsLetInflectionsMeet() {
        XCTAssertEqual(ContentWords.stem("meddled"), ContentWords.stem("meddling"))
        XCTAssertEqual(ContentWords.stem("agreed"), ContentWords.stem("agree"))
        XCTAssertEqual(ContentWords.stem("lives"), ContentWords.stem("live"))
        XCTAssertEqual(ContentWords.stem("process"), "process", "a word ending in ss is no plural")
        XCTAssertNotEqual(ContentWords.stem("sanction"), ContentWords.stem("sanity"))
    }

    /// An ASCII word stems on its bytes as on its Characters: every word of
    /// the bundled corpus, then made-up words ending in each suffix, in
    /// either case, with the letters and marks the rules look at.
    func testASCIIStemsAreTheCharacterStems() {
        var words = Set<String>()
        for article in Fixtures.corpus.articles {
            for token in Tokenizer.tokens(in: article.source, range: article.source.fullRange) {
                words.insert(article.source[token.range])
                words.insert(ContentWords.form(article.source[token.range]))
            }
        }
        var random = SplitMix64(seed: 19)
        let pieces = ["a", "e", "s", "ss", "us", "is", "i", "ies", "ied", "ing", "ness", "ment", "ments", "edly", "ly",
                      "ed", "es", "ation", "ations", "E", "S", "ING", "'", "-", "1", "ee", "eee", "t"]
        for _ in 0..<20000 {
            words.insert((0..<(1 + random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined())
        }
        var read = 0
        for word in words {
            guard let ascii = ContentWords.asciiStem(word) else { continue }
            read += 1
            XCTAssertEqual(ascii, ContentWords.unicodeStem(word), word)
        }
        XCTAssertGreaterThan(read, 10000)
        XCTAssertNil(ContentWords.asciiStem("zürich"), "not ASCII: stemmed by Characters")
        XCTAssertEqual(ContentWords.stem("zürichs"), "zürich")
    }

    func testSharedQuotationsAndQuotesOnlyOneReportCarries() {
        let a = Fixtures.article(text: report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", floodA).1)
        let b = Fixtures.article(text: report("River News", "2024-05-15", "Kelmscott families flee", floodB).1)
        let c = Comparison(a, b)
        XCTAssertEqual(c.sharedQuotes.map { a.text(a.quotes[$0.a].range) }, ["We were not ready for this,"])
        XCTAssertTrue(c.summary.entitiesOnlyA.contains("Riverway Authority"))
        XCTAssertGreaterThan(c.summary.shareOfB, c.summary.shareOfA, "B's three sentences are all in A; A has one more")
    }

    func testBundledReportsAlignOnTheirSharedSentences() {
        let c = Comparison(Fixtures.article("000"), Fixtures.article("001"))
        let same = c.pairs.filter { $0.kind == .same }
        XCTAssertGreaterThanOrEqual(same.count, 10)
        let texts = c.pairs.map { c.a.text(c.sentencesA[$0.a[0]].range) }
        XCTAssertTrue(texts.contains { $0.hasPrefix("\"We agreed very quickly") })
    }

    /// The texts of each pair's two sides.
    private func pairTexts(_ c: Comparison) -> [(a: String, b: String)] {
        c.pairs.map { p in
            (p.a.map { c.a.text(c.sentencesA[$0].range) }.joined(separator: " "),
             p.b.map { c.b.text(c.sentencesB[$0].range) }.joined(separator: " "))
        }
    }

    func testAQuotationBothReportsCarryPairsItsSentences() {
        let a = Fixtures.article(text: """
            Kelmscott counts the cost

            "It came faster than anyone had planned for," Ruiz said as she toured the flooded pumping station beside the old mill on Thursday morning.
            The station's pumps were installed in 1987.
            """)
        let b = Fixtures.article(text: """
            Mayor tours flooded town

            Insurers met council officials on Friday to discuss a rebuilding budget, a week after the mayor conceded that the river had risen "faster than anyone had planned for".
            Insurers expect claims to rise.
            """)
        let c = Comparison(a, b)
        XCTAssertEqual(c.sharedQuotes.count, 1)
        let pairs = pairTexts(c)
        XCTAssertTrue(pairs.contains { $0.a.hasPrefix("\"It came faster") && $0.b.hasPrefix("Insurers met") }, "\(pairs)")
        XCTAssertFalse(pairs.contains { $0.a.hasPrefix("The station's pumps") })
    }

    func testACopyCharacterForCharacterWinsOverItsRepeat() {
        // A repeats a sentence inside a quotation; B carries it once, with
        // the quotation mark of A's first copy. The neighbours favour the
        // second copy; the identical text decides for the first.
        let a = Fixtures.article(text: """
            Mayor speaks

            Ruiz spoke to reporters at the shelter. "The levee held for an hour. The levee held for an hour. Then it broke without warning," she said.
            """)
        let b = Fixtures.article(text: """
            Levee fails

            "The levee held for an hour. Then it broke without warning."
            """)
        let c = Comparison(a, b)
        let pair = c.pairs.first { c.b.text(c.sentencesB[$0.b[0]].range).hasPrefix("\"The levee held") }
        XCTAssertEqual(pair.map { c.a.text(c.sentencesA[$0.a[0]].range) }, "\"The levee held for an hour.")
    }

    func testASentenceSayingItTwiceTakesBothSentencesThatSayItOnce() {
        let a = Fixtures.article(text: """
            Mayor speaks

            The mayor spoke at the shelter. "He said the town would rebuild. He said the town would rebuild."
            """)
        let b = Fixtures.article(text: """
            Levee fails

            Ruiz: "He said the town would rebuild, he said the town would rebuild."
            """)
        let c = Comparison(a, b)
        let pair = c.pairs.first { c.b.text(c.sentencesB[$0.b[0]].range).hasPrefix("Ruiz:") }
        XCTAssertEqual(pair?.a.count, 2, "\(pairTexts(c))")
    }

    func testAFewWordsQuotedOutOfALongerQuotationAreShared() {
        let a = Fixtures.article(text: """
            Mayor on the levee

            "This is really a political failure that nobody wanted to fix, and it is a shame," Ruiz said on Thursday.
            """)
        let b = Fixtures.article(text: """
            Levee fails

            Ruiz blamed the council for a "political failure" that left the town exposed.
            She called the delay "a shame".
            """)
        let c = Comparison(a, b)
        // "political failure": two content words found together in A's quotation.
        // "a shame" has one content word: too little to say it is the same quotation.
        XCTAssertEqual(c.sharedQuotes.map { b.text(b.quotes[$0.b].range) }, ["political failure"])
    }
}
