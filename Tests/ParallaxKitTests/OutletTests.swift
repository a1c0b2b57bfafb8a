import Foundation
import XCTest
@testable import ParallaxKit

/// Outlet profiles: credits, speakers' shares, stressed entities and the
/// quotations only one outlet carries; on reports written for the tests
/// and on the bundled corpus checked against ../shared/gold.
final class OutletTests: XCTestCase {
    private func report(_ outlet: String, _ date: String, _ title: String, _ body: String) -> (String, String) {
        ("\(outlet)-\(title.prefix(12)).txt", "---\ntitle: \(title)\noutlet: \(outlet)\ndate: \(date)\n---\n\(title)\n\n\(body)\n")
    }

    func testCreditsComeFromCreditLinesAndCitingPhrasesNotFromOtherSources() {
        let a = Fixtures.article(text: report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
            Floodwaters swept through the riverside town of Kelmscott on Tuesday, according to the Associated Press.
            The levee failed after midnight, Mayor Ana Ruiz told CNN, and the BBC reported that hundreds had fled.
            According to the Riverway Authority, engineers were inspecting the breach.

            With reporting by Reuters and AFP
            """).1)
        let credits = CreditFinder.credits(in: a)
        XCTAssertEqual(Set(credits.map(\.source)), ["Associated Press", "CNN", "BBC", "Reuters", "Agence France-Presse"])
        XCTAssertEqual(credits.first { $0.source == "Associated Press" }?.cue, "according to")
        XCTAssertEqual(credits.first { $0.source == "CNN" }?.cue, "told")
        XCTAssertEqual(credits.first { $0.source == "BBC" }?.cue, "reported")
        XCTAssertEqual(credits.first { $0.source == "Reuters" }?.cue, "with reporting by")
        // Every credit points at the name in the text.
        for credit in credits {
            XCTAssertTrue(["Associated Press", "CNN", "BBC", "Reuters", "AFP"].contains(a.text(credit.range)), a.text(credit.range))
        }
    }

    func testWireDatelinesAndContributorLinesAreCredits() {
        let a = Fixtures.article(text: report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
            KELMSCOTT (Reuters) - Floodwaters swept through the riverside town of Kelmscott on Tuesday, forcing hundreds from their homes.
            Mayor Ana Ruiz (Democrat) said the levee had failed shortly after midnight.
            This story was originally published by the Kelmscott Herald.

            The Associated Press contributed to this report.
            """).1)
        let credits = Dictionary(uniqueKeysWithValues: CreditFinder.credits(in: a).map { ($0.source, $0.cue) })
        XCTAssertEqual(credits, ["Reuters": "dateline", "Associated Press": "contributed", "Kelmscott Herald": "originally published by"])
    }

    /// One outlet under one name: the directory's short names, a data
    /// set's slug, and a name the directory does not know on articles from
    /// a site it does. A known name keeps its outlet whatever the site, and
    /// two unknown names are never joined through a site.
    func testOneOutletUnderSeveralNamesIsOneOutlet() {
        func file(_ name: String, _ outlet: String, url: String? = nil) -> (String, String) {
            let urlLine = url.map { "url: \($0)\n" } ?? ""
            return ("\(name).txt", "---\noutlet: \(outlet)\ndate: 2024-05-14\n\(urlLine)---\nA title for \(name)\n\nSome text about Kelmscott.\n")
        }
        let corpus = Corpus.from(texts: [
            file("a", "NYT"), file("b", "The New York Times"), file("c", "nyt"),
            file("d", "Fox"), file("e", "Fox News", url: "https://apnews.com/article/levee-breach"),
            file("f", "Huffington Post"), file("g", "huff-post"), file("h", "HPD", url: "https://www.huffpost.com/entry/levee"),
            file("i", "Kelmscott Herald", url: "https://news.portal.example/kelmscott-herald/levee"),
            file("j", "Valley Courier", url: "https://news.portal.example/valley-courier/levee"),
            file("k", "river-valley-gazette"),
        ])
        XCTAssertEqual(corpus.articles.map { $0.metadata.outlet ?? "-" }, [
            "The New York Times", "The New York Times", "The New York Times", "Fox News", "Fox News",
            "HuffPost", "HuffPost", "HuffPost", "Kelmscott Herald", "Valley Courier", "River Valley Gazette",
        ])
        // An article with a URL and no outlet takes its site's name.
        let unnamed = OutletNames.unify([("Kelmscott Herald", "https://kelmscottherald.example/a"),
                                         (nil, "https://www.kelmscottherald.example/b"), (nil, "nytimes.com/c"),
                                         (nil, "https://www.unheard-of.example/d"), (nil, nil)])
        XCTAssertEqual(unnamed, ["Kelmscott Herald", "Kelmscott Herald", "The New York Times", "unheard-of.example", nil])
        XCTAssertEqual(OutletNames.site(of: "https://www.bbc.co.uk/news/world"), "bbc.co.uk")
        XCTAssertEqual(OutletNames.site(of: "https://abcnews.go.com/Politics/x"), "abcnews.go.com")
    }

    /// An outlet never credits itself (its own staff's contributor line),
    /// nor a photo agency, and does not "stress" its own name.
    func testAnOutletDoesNotCreditItselfOrAPhotoAgency() {
        let corpus = Corpus.from(texts: [
            report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
                Floodwaters swept through Kelmscott on Tuesday, the Daily Post reported, and Reuters reported that hundreds had fled.
                The Daily Post has covered the levee for years. A photograph courtesy of Getty Images showed the breach.

                Daily Post reporter Jane Doe contributed to this report.
                """),
            report("River News", "2024-05-15", "Kelmscott families flee", """
                Families fled Kelmscott on Tuesday, according to the Daily Post. Shelters opened in two schools.
                """),
        ])
        let outlets = OutletReport(articles: corpus.articles, events: corpus.events)
        let post = outlets.profiles.first { $0.outlet == "Daily Post" }!
        let news = outlets.profiles.first { $0.outlet == "River News" }!
        XCTAssertEqual(post.credits.map(\.source), ["Reuters"])
        XCTAssertEqual(news.credits.map(\.source), ["Daily Post"], "another outlet's credit still counts")
        XCTAssertFalse(post.stressed.contains { $0.name == "Daily Post" || $0.name == "Getty Images" }, "\(post.stressed.map(\.name))")
        XCTAssertTrue(CreditFinder.isPhotoAgency("Getty Images"))
        XCTAssertTrue(CreditFinder.isPhotoAgency("AP Photo"))
        XCTAssertTrue(CreditFinder.isPhotoAgency("Reuters Pictures"))
        XCTAssertFalse(CreditFinder.isPhotoAgency("Associated Press"))
        XCTAssertFalse(CreditFinder.isPhotoAgency("Sony Pictures"))
        XCTAssertFalse(CreditFinder.isPhotoAgency("Getty Center"))
    }

    func testAnOutletStressesWhatItNamesMoreThanTheOthers() {
        let corpus = Corpus.from(texts: [
            report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
                Mayor Ana Ruiz said the levee in Kelmscott failed. Ruiz blamed the Riverway Authority.
                The Riverway Authority said it had warned Kelmscott. Ruiz said the Riverway Authority was wrong.
                """),
            report("River News", "2024-05-15", "Kelmscott families flee", """
                Families fled Kelmscott on Tuesday. Ana Ruiz said shelters had opened in Kelmscott.
                Governor Tom Hale visited Kelmscott and met Ruiz.
                """),
        ])
        let outlets = OutletReport(articles: corpus.articles, events: corpus.events)
        let post = outlets.profiles.first { $0.outlet == "Daily Post" }!
        let news = outlets.profiles.first { $0.outlet == "River News" }!
        XCTAssertEqual(post.stressed.first?.name, "Riverway Authority", "\(post.stressed.map(\.name))")
        XCTAssertFalse(news.stressed.contains { $0.name == "Riverway Authority" })
        XCTAssertTrue(news.stressed.contains { $0.name == "Tom Hale" }, "\(news.stressed.map(\.name))")
        // Both name Kelmscott: the one who names it more stresses it, not both.
        XCTAssertEqual([post, news].filter { p in p.stressed.contains { $0.name == "Kelmscott" } }.count, 1)
    }

    func testQuotesOnlyOneOutletCarriesInAnEvent() {
        let corpus = Corpus.from(texts: [
            report("Daily Post", "2024-05-14", "Levee breach floods Kelmscott", """
                Floodwaters swept through Kelmscott on Tuesday. "We were not ready for this," Mayor Ana Ruiz told reporters.
                "The pumps failed first," engineer Tom Hale said.
                """),
            report("River News", "2024-05-15", "Kelmscott levee fails", """
                The levee at Kelmscott failed on Tuesday, flooding the town. "We were not ready for this," Ruiz said.
                """),
        ])
        XCTAssertEqual(corpus.events.count, 1)
        let outlets = OutletReport(articles: corpus.articles, events: corpus.events, event: corpus.events[0])
        let post = outlets.profiles.first { $0.outlet == "Daily Post" }!
        let only = post.coverage[0].exclusiveQuotes.map { corpus.articles[$0.article].text(corpus.articles[$0.article].quotes[$0.quote].range) }
        XCTAssertEqual(only, ["The pumps failed first,"])
        XCTAssertEqual(outlets.profiles.first { $0.outlet == "River News" }!.coverage[0].exclusiveQuotes, [])
        // Who quoted whom: Ruiz by both, Hale by one.
        let matrix = Dictionary(uniqueKeysWithValues: outlets.speakerMatrix.map { ($0.speaker, $0.quotes) })
        XCTAssertEqual(matrix["Ana Ruiz"], [1, 1])
        XCTAssertEqual(matrix["Tom Hale"]?.reduce(0, +), 1)
    }

    // MARK: - The bundled corpus against ../shared/gold

    private lazy var bundled = OutletReport(articles: Fixtures.corpus.articles, events: Fixtures.corpus.events)

    private func profile(_ outlet: String) -> OutletProfile {
        bundled.profiles.first { $0.outlet == outlet }!
    }

    /// A report made from the index reads each article with only its
    /// quotations' text (`QuotedArticles`): the same quotation words, so the
    /// same event keys (each event's kept answer is found again) and the
    /// same report, its quotations placed in the whole texts.
    func testArticlesReducedToTheirQuotationsGiveTheSameReport() throws {
        let corpus = Fixtures.corpus
        let reduced = QuotedArticles(ArticleShelf(corpus.articles))
        XCTAssertLessThan(reduced.articles.map(\.source.count).reduce(0, +),
                          corpus.articles.map(\.source.count).reduce(0, +) / 2, "only the quotations' text")
        let shared = corpus.events.filter { $0.articles.count > 1 }
        XCTAssertFalse(shared.isEmpty)
        for event in shared {
            XCTAssertEqual(OutletReport.eventKey(event.articles.map { reduced.articles[$0] }),
                           OutletReport.eventKey(event.articles.map { corpus.articles[$0] }))
        }
        let ids = corpus.articles.map(\.id)
        let expected = OutletReport(articles: corpus.articles, events: corpus.events)
        XCTAssertGreaterThan(expected.quotations.count, 2)
        XCTAssertEqual(String(decoding: try OutletsJSON.encode(reduced.report(events: corpus.events, kept: nil), ids: ids), as: UTF8.self),
                       String(decoding: try OutletsJSON.encode(expected, ids: ids), as: UTF8.self))
    }

    func testTheThreeOutletsOfTheBundledCorpus() {
        XCTAssertEqual(Set(bundled.profiles.map(\.outlet)), ["RFE/RL", "ZeroHedge", "Newsweek"])
        XCTAssertEqual(profile("RFE/RL").articles.count, 3)
        XCTAssertEqual(profile("RFE/RL").events.count, 2)
        XCTAssertEqual(profile("ZeroHedge").events.count, 1)
    }

    /// Each outlet's speakers' shares of quoted words, against the shares
    /// the gold quotations give (their speakers, their words).
    func testSpeakerSharesAgreeWithTheGoldQuotations() throws {
        for outlet in ["RFE/RL", "ZeroHedge", "Newsweek"] {
            var words: [String: Int] = [:], total = 0
            for index in profile(outlet).articles {
                let id = Fixtures.corpus.articles[index].id
                let url = URL(fileURLWithPath: Fixtures.sharedPath + "/gold/seeds/\(id).quotes.json")
                guard let data = try? Data(contentsOf: url) else { throw XCTSkip("no gold quotes for \(id)") }
                let quotes = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
                for q in quotes where q["kind"] as? String == "speech" {
                    let text = SourceText(q["text"] as! String)
                    let n = Tokenizer.wordCount(in: text, range: text.fullRange)
                    total += n
                    if let speaker = q["speaker"] as? String { words[speaker, default: 0] += n }
                }
            }
            let ours = profile(outlet).speakers
            XCTAssertEqual(ours.first?.name, words.max { $0.value < $1.value }?.key, outlet)
            for (speaker, n) in words where Double(n) / Double(total) >= 0.05 {
                let share = ours.first { $0.name == speaker }?.share ?? 0
                XCTAssertEqual(share, Double(n) / Double(total), accuracy: 0.03, "\(outlet): \(speaker)")
            }
        }
    }

    /// The credits the articles' own lines give: "With reporting by ...",
    /// "as cited by the Associated Press", "Courtesy of Axios", a byline.
    func testCreditedSourcesAgreeWithTheCreditLines() {
        func credits(_ outlet: String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: profile(outlet).credits.map { ($0.source, $0.count) })
        }
        let rferl = credits("RFE/RL")
        XCTAssertEqual(rferl["Reuters"], 3)
        XCTAssertEqual(rferl["Agence France-Presse"], 3)
        XCTAssertEqual(rferl["Associated Press"], 1)
        XCTAssertEqual(rferl["Rossia-24"], 1)
        XCTAssertEqual(rferl["Sky News"], 1)
        XCTAssertEqual(rferl["CNN"], 1, "Vershbow told CNN")
        XCTAssertEqual(credits("ZeroHedge"), ["Axios": 1])
        XCTAssertEqual(credits("Newsweek"), ["Associated Press": 1, "Reuters": 1])
        XCTAssertEqual(profile("Newsweek").credits.first { $0.source == "Reuters" }?.cues, ["byline"])
    }
}
