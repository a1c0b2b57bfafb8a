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
            // Through the index, a speaker's quotations come from the
            // snapshot's speaker index and only the articles printed are
            // read from the index; else the corpus is loaded.
            if let opened = try corpus.openThroughIndex()?.corpus {
                let only = try articlePosition(article, in: opened.articles.summaries)
                try list(opened.articles, only: only) {
                    only == nil ? opened.speakers : SpeakerIndex(articles: opened.articles, only: only)
                }
            } else {
                let loaded = try corpus.load()
                let only = try loaded.articleIndex(article)
                try list(loaded.articles, only: only) { SpeakerIndex(articles: loaded.articles, only: only) }
            }
        }
    }

    /// Prints the quotations of `articles` (of article `only`, if given),
    /// or `--speaker`'s among them as `speakers()` indexes them.
    private func list(_ articles: some ArticleCollection, only: Int?, speakers: () -> SpeakerIndex) throws {
        let chosen: [SpeakerIndex.QuoteRef]
        if let name = speaker {
            let index = speakers()
            guard let entry = index.entry(matching: name) else {
                let near = index.entries.filter { $0.name.lowercased().contains(name.lowercased()) }.map(\.name)
                let hint = near.isEmpty ? "" : " (did you mean: \(near.joined(separator: ", "))?)"
                throw ValidationFailure("no speaker matches \(name)\(hint)")
            }
            chosen = entry.quotes
        } else {
            chosen = articles.indices.filter { only == nil || only == $0 }.flatMap { a in
                articles[a].quotes.indices.map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
            }
        }
        switch format {
        case .text:
            say(["article", "speaker", "cue", "kind", "quote"].joined(separator: "\t"))
            for ref in chosen {
                let a = articles[ref.article], q = a.quotes[ref.quote]
                say([a.id, q.speaker ?? "-", q.cue ?? "-", q.kind.rawValue, a.text(q.range)].joined(separator: "\t"))
            }
        case .json:
            let rows = chosen.map { ref in
                let a = articles[ref.article]
                return AnalysisJSON.QuoteRecord(a.quotes[ref.quote], in: a, withID: true)
            }
            let encoder = AnalysisJSON.encoder
            printData(try encoder.encode(["quotes": rows]))
        }
    }
}
