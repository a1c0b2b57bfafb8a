import ArgumentParser
import Foundation
import ParallaxKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of the corpus as JSON (see ../shared/eval/SCHEMA.md).")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format (json only for now).")
    var format: OutputFormat = .json

    func validate() throws {
        if format != .json { throw ValidationError("analyze prints json only; use --format json") }
    }

    func run() throws {
        try reporting {
            printData(try AnalysisJSON.encode(try corpus.load()))
        }
    }
}
