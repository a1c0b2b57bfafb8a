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

    /// The reader opens at once and loads the corpus behind a progress line.
    /// Paths that do not exist are an error before it opens (cheap to check);
    /// a corpus with no articles is said in the reader's place, then again
    /// on standard error with status 1 once q has closed it. File warnings
    /// are printed after the reader closes.
    func run() throws {
        try reporting {
            let paths = corpus.resolvedPaths
            do {
                try Corpus.checkPaths(paths)
            } catch let error as CorpusError {
                throw ValidationFailure(error.description)
            }
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw ValidationFailure("the reader needs a terminal; for scripts use `parallax list`, `show` or `analyze`")
            }
            // Opened before the terminal is taken; what it said is printed after.
            var notes: [String] = []
            if !corpus.noCache {
                let opened = CorpusIndex.open()
                Jobs.index = opened.index
                notes = opened.notes
            }
            // 128 + the signal after SIGINT, SIGTERM, SIGHUP or SIGQUIT, as a shell reports a killed job.
            let outcome = ReaderApp.runInTerminal(paths: paths, mouse: !noMouse)
            // The reader's quit signals only set a flag: from here Ctrl-C ends the process.
            for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { Glibc.signal(signal, SIG_DFL) }
            corpus.note(notes)
            corpus.report(outcome.warnings)
            if let warning = outcome.memoryWarning {
                FileHandle.standardError.write(Data("parallax: warning: \(warning)\n".utf8))
            }
            if outcome.status != 0 { throw ExitCode(outcome.status) }
            if let failure = outcome.failure { throw ValidationFailure(failure) }
            keepReport(of: outcome.corpus)
        }
    }

    /// Closed soon after a load, the reader leaves the outlets report the
    /// load started unmade: it is waited for and kept in the index now
    /// (the terminal is the shell's again), as `parallax list` keeps it,
    /// so that the next start's `o` reads it rather than making it again.
    private func keepReport(of corpus: OpenedCorpus) {
        guard Jobs.index != nil, corpus.isMakingReport else { return }  // (without the index it is not kept)
        FileHandle.standardError.write(Data("parallax: keeping the outlets report in the index (Ctrl-C skips it)\n".utf8))
        corpus.keepReportBeingMade()
    }
}
