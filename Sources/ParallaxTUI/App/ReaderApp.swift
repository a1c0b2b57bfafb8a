import Foundation
import ParallaxKit

/// The event loop: render the state, show the frame, wait for an event,
/// update the state. Data flows one way; only the terminal has side effects.
public final class ReaderApp {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let layouts: LayoutCache

    public init(corpus: Corpus, terminal: Terminal) {
        let skipped = corpus.warnings.filter(\.isSkipped).count
        let repaired = corpus.warnings.count - skipped
        var notes: [String] = []
        if skipped > 0 { notes.append("\(skipped) file\(skipped == 1 ? "" : "s") skipped") }
        if repaired > 0 { notes.append("\(repaired) file\(repaired == 1 ? "" : "s") with problems") }
        let message = notes.isEmpty ? nil : notes.joined(separator: ", ") + " (see `parallax list`)"
        state = AppState(articles: corpus.articles, events: corpus.events, size: terminal.size, message: message)
        self.terminal = terminal
        layouts = LayoutCache(articles: corpus.articles)
    }

    /// Runs until the user quits, a quit signal arrives, or (for a scripted
    /// terminal) the events run out.
    public func run() {
        draw()
        while !state.quit {
            switch terminal.nextInput(timeoutMilliseconds: 250) {
            case .end: return
            case .idle: continue
            case .event(let event):
                state = Update.update(state, event, layouts: layouts)
                if !state.quit { draw() }
            }
        }
    }

    private func draw() { terminal.show(Screen.render(state, layouts: layouts)) }

    /// Opens the reader on a real terminal and gives it back on the way out.
    public static func runInTerminal(corpus: Corpus, mouse: Bool) {
        let color = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = NcursesTerminal(mouse: mouse, color: color)
        defer { terminal.close() }
        ReaderApp(corpus: corpus, terminal: terminal).run()
    }
}
