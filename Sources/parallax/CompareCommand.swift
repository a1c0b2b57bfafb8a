import ArgumentParser
import Foundation
import ParallaxKit
import ParallaxTUI

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put two reports side by side: shared and differing sentences, what each leaves out, shared quotations.",
        discussion: """
            A and B are article ids (or unique beginnings of ids) or paths. With no corpus paths, \
            two article files are read on their own; otherwise the corpus (default ./corpus).
            """)

    @Argument(help: "The first article.")
    var a: String

    @Argument(help: "The second article.")
    var b: String

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Output format: text (side by side) or json.")
    var format: OutputFormat = .text

    @OptionGroup var width: WidthOptions

    func run() throws {
        try reporting {
            var options = corpus
            if options.paths.isEmpty, FileManager.default.fileExists(atPath: a), FileManager.default.fileExists(atPath: b) {
                options.paths = [a, b]
            }
            // Through the index, the two articles are read from it; else loaded.
            let comparison: Comparison
            if let opened = try options.openThroughIndex()?.corpus {
                let summaries = opened.articles.summaries
                guard let ia = try articlePosition(a, in: summaries), let ib = try articlePosition(b, in: summaries) else { return }
                comparison = Comparison(opened.articles[ia], opened.articles[ib])
            } else {
                let loaded = try options.load()
                guard let ia = try loaded.articleIndex(a), let ib = try loaded.articleIndex(b) else { return }
                comparison = Comparison(loaded.articles[ia], loaded.articles[ib])
            }
            switch format {
            case .text:
                say(ComparisonText.render(comparison, width: width.columns), terminator: "")
            case .json:
                printData(try ComparisonJSON.encode(comparison))
            }
        }
    }
}
