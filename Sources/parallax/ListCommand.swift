import ArgumentParser
import Foundation
import ParallaxKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the articles: id, outlet, date, title.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Only the articles not yet read in the reader.")
    var unread = false

    func run() throws {
        try reporting {
            // The list needs only the articles' summaries: from the index's
            // snapshot when it has one (no file is read), else from a load.
            let articles = try corpus.openThroughIndex()?.corpus.articles.summaries
                ?? corpus.load().articles.map(ArticleSummary.init)
            let read = readArticles(articles)
            let shown = articles.indices.filter { !unread || !read.contains($0) }
            switch format {
            case .text:
                for article in shown.map({ articles[$0] }) {
                    let m = article.metadata
                    say([article.id, m.outlet ?? "-", m.date ?? "-", m.title].joined(separator: "\t"))
                }
            case .json:
                let rows = shown.map { Row(articles[$0], read: read.contains($0)) }
                printData(try AnalysisJSON.encoder.encode(["articles": rows]))
            }
        }
    }

    /// The articles the reader marked read (`ReaderMemoryFile`), read, never written.
    private func readArticles(_ articles: [ArticleSummary]) -> Set<Int> {
        guard let file = ReaderMemoryFile.standard() else { return [] }
        let loaded = file.load(repair: false)
        if let warning = loaded.warning, !corpus.quiet {
            FileHandle.standardError.write(Data("parallax: warning: \(warning)\n".utf8))
        }
        return loaded.memory.marks(for: articles.map(\.key)).read
    }

    /// One article in `list --format json`.
    struct Row: Encodable {
        let id, path, title, source: String
        let outlet, date, url: String?
        let authors: [String]
        let words: Int
        let read: Bool

        init(_ a: ArticleSummary, read: Bool) {
            id = a.id
            path = a.path
            title = a.title
            source = a.format.rawValue
            outlet = a.metadata.outlet
            date = a.metadata.date
            url = a.metadata.url
            authors = a.metadata.authors
            words = a.wordCount
            self.read = read
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
            try c.encode(read, forKey: .read)
        }

        enum CodingKeys: String, CodingKey { case id, path, title, source, outlet, date, url, authors, words, read }
    }
}
