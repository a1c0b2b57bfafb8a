import ArgumentParser
import Foundation
import ParallaxKit
import ParallaxTUI

struct Outlets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put the outlets side by side: articles, whom each quotes, what it stresses, whose reporting it credits.",
        discussion: "Over the whole corpus, or over one event (see `parallax events` for ids).")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this event's articles (an id from `parallax events`, e.g. e1).")
    var event: String?

    @Option(help: "Output format: text (outlets side by side) or json.")
    var format: OutputFormat = .text

    @OptionGroup var width: WidthOptions

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            var chosen: NewsEvent? = nil
            if let event {
                guard let found = loaded.events.first(where: { $0.id == event }) else {
                    throw ValidationFailure("no event with id \(event) (see `parallax events`)")
                }
                chosen = found
            }
            let report = OutletReport(articles: loaded.articles, events: loaded.events, event: chosen)
            switch format {
            case .text:
                // As many outlets as fit side by side, then the next ones below.
                let columns = width.columns
                var first = 0
                repeat {
                    let layout = OutletsLayout(report, width: columns, firstColumn: first)
                    if first > 0 { say("") }
                    for line in layout.text { say(line) }
                    first = layout.shown.upperBound
                } while first < report.profiles.count
            case .json:
                printData(try OutletsJSON.encode(report, articles: loaded.articles))
            }
        }
    }
}
