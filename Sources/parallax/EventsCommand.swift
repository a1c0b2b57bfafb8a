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
            let loaded = try corpus.load()
            switch format {
            case .text:
                for event in loaded.events {
                    let count = event.articles.count
                    say("\(event.id)\t\(event.label)\t(\(count) article\(count == 1 ? "" : "s"))")
                    for i in event.articles {
                        let a = loaded.articles[i]
                        say("  " + [a.id, a.metadata.outlet ?? "-", a.metadata.date ?? "-", a.title].joined(separator: "\t"))
                    }
                }
            case .json:
                let records = loaded.events.map { AnalysisJSON.EventRecord($0, in: loaded) }
                printData(try AnalysisJSON.encoder.encode(["events": records]))
            }
        }
    }
}
