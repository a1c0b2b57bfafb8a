import ArgumentParser
import Foundation
import ParallaxKit
import ParallaxTUI

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the corpus in the terminal reader (the default command).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Leave the mouse to the terminal, so text can be selected.")
    var noMouse = false

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw ValidationFailure("the reader needs a terminal; for scripts use `parallax list`, `show` or `analyze`")
            }
            // 128 + the signal after SIGINT, SIGTERM, SIGHUP or SIGQUIT, as a shell reports a killed job.
            let status = ReaderApp.runInTerminal(corpus: loaded, mouse: !noMouse)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
