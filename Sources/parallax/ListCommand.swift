import ArgumentParser
import Foundation
import ParallaxKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the articles: id, outlet, date, title.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            switch format {
            case .text:
                for article in loaded.articles {
                    let m = article.metadata
                    print([article.id, m.outlet ?? "-", m.date ?? "-", m.title].joined(separator: "\t"))
                }
            case .json:
                let rows = loaded.articles.map { a in
                    ["id": a.id, "path": a.path, "title": a.title, "outlet": a.metadata.outlet, "date": a.metadata.date,
                     "words": String(a.wordCount)]
                }
                let encoder = AnalysisJSON.encoder
                printData(try encoder.encode(["articles": rows]))
            }
        }
    }
}
