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
            let loaded = try corpus.load()
            let read = readArticles(loaded.articles)
            let shown = loaded.articles.indices.filter { !unread || !read.contains($0) }
            switch format {
            case .text:
                for article in shown.map({ loaded.articles[$0] }) {
                    let m = article.metadata
                    say([article.id, m.outlet ?? "-", m.date ?? "-", m.title].joined(separator: "\t"))
                }
            case .json:
                let rows = shown.map { Row(loaded.articles[$0], read: read.contains($0)) }
                printData(try AnalysisJSON.encoder.encode(["articles": rows]))
            }
        }
    }

    /// The articles the reader marked read (`ReaderMemoryFile`), read, never written.
    private func readArticles(_ articles: [Article]) -> Set<Int> {
        guard let file = ReaderMemoryFile.standard() else { return [] }
        let loaded = file.load(repair: false)
        if let warning = loaded.warning, !corpus.quiet {
            FileHandle.standardError.write(Data("parallax: warning: \(warning)\n".utf8))
        }
        return loaded.memory.marks(for: ArticleKey.keys(articles)).read
    }

    /// One article in `list --format json`.
    struct Row: Encodable {
        let id, path, title, source: String
        let outlet, date, url: String?
        let authors: [String]
        let words: Int
        let read: Bool

        init(_ a: Article, read: Bool) {
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
