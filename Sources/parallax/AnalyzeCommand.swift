import ArgumentParser
import Foundation
import ParallaxKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of the corpus: JSON (see ../shared/eval/SCHEMA.md) or a summary.",
        discussion: "--format text prints one row an article: id, outlet, date, paragraphs, entities, quotes, title.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: json (the full analysis) or text (a summary an article).")
    var format: OutputFormat = .json

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            switch format {
            case .json:
                // Streamed an article at a time: the whole document would be several times the text.
                try AnalysisJSON.stream(loaded) { FileHandle.standardOutput.write($0) }
                FileHandle.standardOutput.write(Data("\n".utf8))
            case .text:
                say(["article", "outlet", "date", "paragraphs", "entities", "quotes", "title"].joined(separator: "\t"))
                for a in loaded.articles {
                    let m = a.metadata
                    say([a.id, m.outlet ?? "-", m.date ?? "-", String(a.paragraphs.count), String(a.entities.count),
                         String(a.quotes.count), a.title].joined(separator: "\t"))
                }
            }
        }
    }
}
