import ArgumentParser
import Foundation
import ParallaxKit

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotations of the corpus or of one article, with who said them.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this speaker's quotations (a name or part of one: \"Trump\").")
    var speaker: String?

    @Option(help: "Only this article (an id from `parallax list`).")
    var article: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            let only = try loaded.articleIndex(article)
            let chosen: [SpeakerIndex.QuoteRef]
            if let name = speaker {
                let index = SpeakerIndex(articles: loaded.articles, only: only)
                guard let entry = index.entry(matching: name) else {
                    let near = index.entries.filter { $0.name.lowercased().contains(name.lowercased()) }.map(\.name)
                    let hint = near.isEmpty ? "" : " (did you mean: \(near.joined(separator: ", "))?)"
                    throw ValidationFailure("no speaker matches \(name)\(hint)")
                }
                chosen = entry.quotes
            } else {
                chosen = loaded.articles.indices.filter { only == nil || only == $0 }.flatMap { a in
                    loaded.articles[a].quotes.indices.map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
                }
            }
            switch format {
            case .text:
                say(["article", "speaker", "cue", "kind", "quote"].joined(separator: "\t"))
                for ref in chosen {
                    let a = loaded.articles[ref.article], q = a.quotes[ref.quote]
                    say([a.id, q.speaker ?? "-", q.cue ?? "-", q.kind.rawValue, a.text(q.range)].joined(separator: "\t"))
                }
            case .json:
                let rows = chosen.map { ref in
                    AnalysisJSON.QuoteRecord(loaded.articles[ref.article].quotes[ref.quote], in: loaded.articles[ref.article], withID: true)
                }
                let encoder = AnalysisJSON.encoder
                printData(try encoder.encode(["quotes": rows]))
            }
        }
    }
}
