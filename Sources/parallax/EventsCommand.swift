import ArgumentParser
import Foundation
import ParallaxKit

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events: the articles that report the same happening, grouped from their content.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            // Events and the articles' summaries: from the index's snapshot when
            // the files have not changed, else from a load (which makes one).
            let events: [NewsEvent], articles: [ArticleSummary]
            if let opened = try corpus.openThroughIndex()?.corpus {
                (events, articles) = (opened.events, opened.articles.summaries)
            } else {
                let loaded = try corpus.load()
                (events, articles) = (loaded.events, loaded.articles.map(ArticleSummary.init))
            }
            switch format {
            case .text:
                for event in events {
                    let count = event.articles.count
                    say("\(event.id)\t\(event.label)\t(\(count) article\(count == 1 ? "" : "s"))")
                    for i in event.articles {
                        let a = articles[i]
                        say("  " + [a.id, a.metadata.outlet ?? "-", a.metadata.date ?? "-", a.title].joined(separator: "\t"))
                    }
                }
            case .json:
                let ids = articles.map(\.id)
                let records = events.map { AnalysisJSON.EventRecord($0, ids: ids) }
                printData(try AnalysisJSON.encoder.encode(["events": records]))
            }
        }
    }
}
