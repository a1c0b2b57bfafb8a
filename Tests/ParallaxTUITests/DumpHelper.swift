import Foundation
import ParallaxKit
@testable import ParallaxTUI

/// Shared set-up for screen tests: the bundled corpus and a way to drive the
/// reader with events and look at the frame it shows.
enum TUIFixtures {
    static let corpusPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus").path
    static let corpus: Corpus = try! Corpus.load(paths: [corpusPath])

    /// Runs the reader on a memory terminal of `size` through `events` and
    /// returns the app (for its state) and the terminal (for its frame).
    /// Background work (a comparison, the outlets report) runs inline: its
    /// result is in before the next event.
    static func run(_ size: Size, _ events: [Event] = [], corpus: Corpus = corpus) -> (ReaderApp, MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, events: events)
        let app = ReaderApp(corpus: corpus, terminal: terminal, executor: InlineExecutor())
        app.run()
        return (app, terminal)
    }

    static func keys(_ text: String) -> [Event] { text.map { .key(.char($0)) } }
}
