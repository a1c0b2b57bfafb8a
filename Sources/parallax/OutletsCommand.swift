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
            // Through the index, the whole corpus's report is the one kept
            // with its snapshot (made once per corpus state); one event's is
            // made from its articles, read from the index. Else a load.
            let ids: [String], report: OutletReport
            if let opened = try corpus.openThroughIndex()?.corpus {
                ids = opened.articles.summaries.map(\.id)
                report = try chosen(in: opened.events).map { OutletReport(articles: opened.articles, events: opened.events, event: $0) }
                    ?? opened.outletReport
            } else {
                let loaded = try corpus.load()
                ids = loaded.articles.map(\.id)
                report = OutletReport(articles: loaded.articles, events: loaded.events, event: try chosen(in: loaded.events))
            }
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
                printData(try OutletsJSON.encode(report, ids: ids))
            }
        }
    }

    /// The event `--event` names among `events`, nil without the option.
    private func chosen(in events: [NewsEvent]) throws -> NewsEvent? {
        guard let event else { return nil }
        guard let found = events.first(where: { $0.id == event }) else {
            throw ValidationFailure("no event with id \(event) (see `parallax events`)")
        }
        return found
    }
}
