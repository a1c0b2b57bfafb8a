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
                    say([article.id, m.outlet ?? "-", m.date ?? "-", m.title].joined(separator: "\t"))
                }
            case .json:
                let rows = loaded.articles.map(Row.init)
                printData(try AnalysisJSON.encoder.encode(["articles": rows]))
            }
        }
    }

    /// One article in `list --format json`.
    struct Row: Encodable {
        let id, path, title, source: String
        let outlet, date, url: String?
        let authors: [String]
        let words: Int

        init(_ a: Article) {
            id = a.id
            path = a.path
            title = a.title
            source = a.format.rawValue
            outlet = a.metadata.outlet
            date = a.metadata.date
            url = a.metadata.url
            authors = a.metadata.authors
            words = a.wordCount
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(source, forKey: .source)
            try c.encode(outlet, forKey: .outlet)  // null when unknown, not absent
            try c.encode(date, forKey: .date)
            try c.encode(url, forKey: .url)
            try c.encode(authors, forKey: .authors)
            try c.encode(words, forKey: .words)
        }

        enum CodingKeys: String, CodingKey { case id, path, title, source, outlet, date, url, authors, words }
    }
}
