import ArgumentParser
import Foundation
import ParallaxKit

/// `parallax search QUERY [PATH...]`: the articles whose title or text has
/// every word of the query, best first, with the passage that matched.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find articles by words in their title or text: id, outlet, date, title and the passage matched.",
        discussion: """
            Every word must occur (in any form of case or accent); end a word with * to match it as a \
            prefix (elect* finds election and elected). Matched words are shown [like this].
            """)

    @Argument(help: "The words to find.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only articles from this outlet (its name as `list` shows it; case does not matter).")
    var outlet: String?

    @Option(help: "Only articles dated on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Only articles dated on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Show the best N articles (0: every match).")
    var limit = 20

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard value.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else {
                throw ValidationError("\(name) must be a date as YYYY-MM-DD, not \(value)")
            }
        }
    }

    func run() throws {
        try reporting {
            // Through the index, the corpus's summaries (from its snapshot when
            // the files have not changed) and the index's table; else a load
            // and a table in memory.
            let articles: [ArticleSummary]
            let hits: [CorpusSearch.Hit]
            // Every match, counted without ranks or snippets when more than the limit shown.
            let total: Int
            do {
                let entries: [CorpusSearch.Entry], index: CorpusIndex?, document: (Int) -> CorpusSearch.Document
                if let (opened, opening) = try corpus.openThroughIndex() {
                    articles = opened.articles.summaries
                    entries = opened.searchEntries
                    (index, document) = (opening, { CorpusSearch.Document(opened.articles[$0]) })
                } else {
                    let loaded = try corpus.load()
                    articles = loaded.articles.map(ArticleSummary.init)
                    entries = articles.map { CorpusSearch.Entry($0) }
                    (index, document) = (nil, { CorpusSearch.Document(loaded.articles[$0]) })
                }
                (hits, total) = try CorpusSearch.counted(query, entries: entries, index: index, outlet: outlet,
                                                         from: from, to: to, limit: limit > 0 ? limit : nil,
                                                         document: document)
            } catch let failure as ValidationFailure {
                throw failure
            } catch {
                throw ValidationFailure("search failed: \(error)")
            }
            switch format {
            case .text:
                for hit in hits {
                    let a = articles[hit.article], m = a.metadata
                    say([a.id, m.outlet ?? "-", m.date ?? "-", m.title, hit.snippet].joined(separator: "\t"))
                }
                if total > hits.count {
                    FileHandle.standardError.write(Data(
                        "parallax: the best \(hits.count) of \(total) articles; --limit 0 shows them all\n".utf8))
                }
            case .json:
                let rows = hits.map { hit -> Row in
                    let a = articles[hit.article]
                    return Row(id: a.id, path: a.path, outlet: a.metadata.outlet, date: a.metadata.date, title: a.title,
                               snippet: hit.snippet)
                }
                printData(try AnalysisJSON.encoder.encode(Results(query: query, total: total, articles: rows)))
            }
        }
    }

    struct Results: Encodable {
        let query: String
        /// Every article that matches; `articles` holds the best `--limit` of them.
        let total: Int
        let articles: [Row]
    }

    /// One match in `search --format json`.
    struct Row: Encodable {
        let id, path: String
        let outlet, date: String?
        let title, snippet: String
    }
}
