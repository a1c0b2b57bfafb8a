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

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            guard let article = loaded.article(id: id) else {
                let candidates = loaded.articles.filter { $0.id.hasPrefix(id) }.count
                throw ValidationFailure(candidates > 1
                    ? "\(id) matches \(candidates) articles; give more of the id (see `parallax list`)"
                    : "no article with id \(id) (see `parallax list`)")
            }
            if explain {
                for line in article.lines {
                    let cls = line.lineClass.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                    print("\(line.line.number)\t\(cls)\t\(line.reason)\t\(article.text(line.line.content))")
                }
                return
            }
            let m = article.metadata
            print(article.plainText)
            let byline = m.authors.isEmpty ? nil : "by " + m.authors.joined(separator: ", ")
            print("\n— \([m.outlet, m.date, byline].compactMap { $0 }.joined(separator: ", "))"
                .trimmingCharacters(in: .whitespaces))
            if let url = m.url { print("  \(url)") }
        }
    }
}
