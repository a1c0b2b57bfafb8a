import ArgumentParser
import Foundation
import ParallaxKit

/// `parallax search QUERY [PATH...]`: the articles whose title or text has
/// every word of the query, newest first (or best first), with the passage
/// that matched.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find articles by words in their title or text: id, outlet, date, title and the passage matched.",
        discussion: """
            Every word must occur (in any form of case or accent); end a word with * to match it as a \
            prefix (elect* finds election and elected). Matched words are shown [like this]. Through the \
            index, the files are taken as the index last saw them while no folder of the corpus has changed \
            (no file added, removed or renamed); the files shown are looked at, but an edit in place of \
            another is seen only by a command that looks at every file, such as list or search --rescan.
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

    @Option(help: "Show the first N articles (0: every match).")
    var limit = 20

    @Option(help: "Order: newest (by date, newest first) or relevance (bm25: slower for common words).")
    var sort: CorpusSearch.Order = .newest

    @Flag(help: "Also look at every file's size and time, as other commands do, so that an edit in place is seen.")
    var rescan = false

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
            let (hits, total) = try found()
            switch format {
            case .text:
                for (a, snippet) in hits {
                    let m = a.metadata
                    say([a.id, m.outlet ?? "-", m.date ?? "-", m.title, snippet].joined(separator: "\t"))
                }
                if total == 0 {
                    // Standard output stays empty (nothing to list); the reader of a terminal is told why.
                    let filters = [outlet.map { "outlet \($0)" }, from.map { "from \($0)" }, to.map { "to \($0)" }]
                        .compactMap { $0 }
                    let among = filters.isEmpty ? "" : " (\(filters.joined(separator: ", ")))"
                    FileHandle.standardError.write(Data("parallax: no article matches \"\(query)\"\(among)\n".utf8))
                } else if total > hits.count {
                    let which = sort == .newest ? "newest" : "best"
                    FileHandle.standardError.write(Data(
                        "parallax: the \(which) \(hits.count) of \(total) articles; --limit 0 shows them all\n".utf8))
                }
            case .json:
                let rows = hits.map { a, snippet in
                    Row(id: a.id, path: a.path, outlet: a.metadata.outlet, date: a.metadata.date, title: a.title,
                        snippet: snippet)
                }
                printData(try AnalysisJSON.encoder.encode(Results(query: query, total: total, articles: rows)))
            }
        }
    }

    /// The first `limit` matches with their snippets, and how many match
    /// in all: from the corpus's snapshot when its files have not changed
    /// (`CorpusSearch.fromSnapshot`, without opening the corpus), else
    /// through the corpus opened (from the index, loaded if it changed, or
    /// in memory with --no-cache).
    private func found() throws -> (hits: [(summary: ArticleSummary, snippet: String)], total: Int) {
        let index = corpus.openIndex()
        if let index, let answer = CorpusSearch.fromSnapshot(query, paths: corpus.resolvedPaths, index: index,
                                                             outlet: outlet, from: from, to: to,
                                                             limit: limit > 0 ? limit : nil, order: sort,
                                                             rescan: rescan) {
            corpus.report(answer.warnings)
            return (answer.hits, answer.total)
        }
        let articles: [ArticleSummary]
        let hits: [CorpusSearch.Hit]
        // Every match, counted without ranks or snippets when more than the limit shown.
        let total: Int
        do {
            let entries: [CorpusSearch.Entry], document: (Int) -> CorpusSearch.Document
            if let index {
                let opened = try corpus.open(through: index)
                opened.keepSearch()  // the snapshot stood but its search part did not: the next search reads it
                articles = opened.articles.summaries
                entries = opened.searchEntries
                document = { CorpusSearch.Document(opened.articles[$0]) }
            } else {
                let loaded = try corpus.load()
                articles = loaded.articles.map(ArticleSummary.init)
                entries = articles.map { CorpusSearch.Entry($0) }
                document = { CorpusSearch.Document(loaded.articles[$0]) }
            }
            (hits, total) = try CorpusSearch.counted(query, entries: entries, index: index, outlet: outlet,
                                                     from: from, to: to, limit: limit > 0 ? limit : nil,
                                                     order: sort, document: document)
        } catch let failure as ValidationFailure {
            throw failure
        } catch {
            throw ValidationFailure("search failed: \(error)")
        }
        return (hits.map { (articles[$0.article], $0.snippet) }, total)
    }

    struct Results: Encodable {
        let query: String
        /// Every article that matches; `articles` holds the first `--limit` of them.
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

extension CorpusSearch.Order: ExpressibleByArgument {}
