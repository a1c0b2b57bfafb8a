import ArgumentParser
import Foundation
import ParallaxKit

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the named entities (people, organisations, places) of the corpus or of one article.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this article (an id from `parallax list`).")
    var article: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            // Through the index, the whole corpus's entities are the snapshot's
            // index; one article's are found in it, read from the index.
            let index: EntityIndex, ids: [String]
            if let opened = try corpus.openThroughIndex()?.corpus {
                let summaries = opened.articles.summaries
                ids = summaries.map(\.id)
                let only = try articlePosition(article, in: summaries)
                index = only == nil ? opened.entities : EntityIndex(articles: opened.articles, only: only)
            } else {
                let loaded = try corpus.load()
                ids = loaded.articles.map(\.id)
                index = EntityIndex(articles: loaded.articles, only: try loaded.articleIndex(article))
            }
            switch format {
            case .text:
                say(["entity", "type", "mentions", "articles", "written as"].joined(separator: "\t"))
                for e in index.entries {
                    say([e.name, e.type.rawValue, String(e.mentionCount), String(e.articles.count),
                           e.forms.joined(separator: ", ")].joined(separator: "\t"))
                }
            case .json:
                struct Row: Encodable {
                    let entity: String, type: String, mentions: Int, articles: [String], forms: [String]
                }
                let rows = index.entries.map { e in
                    Row(entity: e.name, type: e.type.rawValue, mentions: e.mentionCount,
                        articles: e.articles.map { ids[$0] }, forms: e.forms)
                }
                let encoder = AnalysisJSON.encoder
                printData(try encoder.encode(["entities": rows]))
            }
        }
    }
}
