import ArgumentParser
import Foundation
import ParallaxKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one article, cleaned, as plain text.",
        discussion: "ID is an article id (or a unique prefix of one) from `parallax list`.")

    @Argument(help: "The article's id.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print every line of the file with its class and the rule that gave it.")
    var explain = false

    @Option(help: "Output format: text, or json (the article's record of `analyze`).")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            // Through the index, the article is read from it (an unchanged
            // corpus is opened from its snapshot); else the corpus is loaded.
            let article: Article
            if let opened = try corpus.openThroughIndex()?.corpus {
                guard let i = try articlePosition(id, in: opened.articles.summaries) else { return }
                article = opened.articles[i]
            } else {
                article = try corpus.load().lookup(id)
            }
            if format == .json {
                return printData(try AnalysisJSON.encode(article: article))
            }
            if explain {
                for line in article.lines {
                    let cls = line.lineClass.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                    say("\(line.line.number)\t\(cls)\t\(line.reason)\t\(article.text(line.line.content))")
                }
                return
            }
            let m = article.metadata
            say(article.plainText)
            let byline = m.authors.isEmpty ? nil : "by " + m.authors.joined(separator: ", ")
            say("\n— \([m.outlet, m.date, byline].compactMap { $0 }.joined(separator: ", "))"
                .trimmingCharacters(in: .whitespaces))
            if let url = m.url { say("  \(url)") }
        }
    }
}
