import ArgumentParser
import ParallaxKit
import ParallaxTUI

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the corpus in the terminal reader (the default).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Leave the mouse to the terminal, so text can be selected.")
    var noMouse = false

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            throw ValidationFailure("reader not built yet: \(loaded.articles.count) articles")
        }
    }
}
